// The multi-year plan, funding and current staffing, and the cost of violence from the command
// line (issue 5): --years, --start-year, --ramp; json "years", "cumulativeTotal", "costOfViolence",
// "funding", "hiresNeeded"; the table and CSV sections; plan files that keep what was entered.
// Expected numbers are worked by hand from the rules and the methodology (§3–4, §6, §8, §9),
// never taken from the code under test.
import { describe, expect, it } from 'vitest';
import { cli, DETROIT, parseCsv } from './helpers';

interface JsonYear {
  year: number;
  share: number;
  roles: { id: string; headcount: number; salary: number; cost: number }[];
  totalHeadcount: number;
  lines: { id: string; amount: number }[];
  total: number;
}
interface JsonCost {
  annualTaxpayerCost: number;
  breakEvenShare: number | null;
  breakEvenShootings: number | null;
}
interface JsonPlan {
  budget: { total: number; lines: { id: string; amount: number }[] };
  roles: { id: string; headcount: number }[];
  costOfViolence: JsonCost | null;
  startYear?: number;
  years?: JsonYear[];
  cumulativeTotal?: number;
  funding?: {
    years: { year: number; total: number; funded: number; gap: number; fundedShare: number }[];
    totalGap: number;
    callouts: string[];
  };
  hiresNeeded?: { id: string; planned: number; current: number; hires: number }[];
}

const DETROIT_3 = [...DETROIT.argv, '--years', '3', '--start-year', '2027'];

async function json(argv: string[], files: Record<string, string> = {}, today?: Date): Promise<JsonPlan> {
  const r = await cli([...argv, '--format', 'json'], files, today);
  expect(r.stderr).toEqual([]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonPlan;
}

const headcounts = (y: { roles: { id: string; headcount: number }[] }) => Object.fromEntries(y.roles.map((r) => [r.id, r.headcount]));
const lineOf = (y: { lines: { id: string; amount: number }[] }, id: string) => y.lines.find((l) => l.id === id)?.amount;
const yearAt = (plan: JsonPlan, i: number): JsonYear => {
  const y = plan.years?.[i];
  if (!y) throw new Error(`no year ${i}`);
  return y;
};

// Issue 5: year k's frontline headcount = round(full × share_k), half up; supervisors = round(that
// year's frontline ÷ 5) (docs/methodology.md §3); OVP staff at full strength from the first year.
// Detroit at full strength (docs/methodology.md §9): 43, 46, 27, 13, 21, 8, 19 frontline; 35 supervisors; 7 OVP.
const YEAR_1 = {
  'street-outreach': 22, // 43 × 0.5 = 21.5 → 22
  mediator: 23, // 46 × 0.5
  'case-manager': 14, // 13.5 → 14
  'family-case-manager': 7, // 6.5 → 7
  'victim-advocate': 11, // 10.5 → 11
  'hospital-responder': 4,
  'trauma-counselor': 10, // 9.5 → 10
  supervisor: 18, // frontline 91 ÷ 5 = 18.2 → 18
  'ovp-staff': 7,
};
const YEAR_2 = {
  'street-outreach': 32, // 43 × 0.75 = 32.25
  mediator: 35, // 34.5 → 35
  'case-manager': 20, // 20.25
  'family-case-manager': 10, // 9.75
  'victim-advocate': 16, // 15.75
  'hospital-responder': 6,
  'trauma-counselor': 14, // 14.25
  supervisor: 27, // frontline 133 ÷ 5 = 26.6 → 27
  'ovp-staff': 7,
};

// docs/methodology.md §4: salary × (1 + 30% fringe); frontline $60,000, trauma counselors $75,000,
// supervisors $80,000, OVP staff $90,000; training & TA 25% and data & evaluation 15% of staffing;
// wraparound $45,000 × participants (Detroit: 639.111 at 100% reach).
const FRONTLINE_1 = (22 + 23 + 14 + 7 + 11 + 4) * 60_000 * 1.3 + 10 * 75_000 * 1.3; // 7,293,000
const SUPERVISION_OVP_1 = 18 * 80_000 * 1.3 + 7 * 90_000 * 1.3; // 2,691,000
const STAFFING_1 = FRONTLINE_1 + SUPERVISION_OVP_1; // 9,984,000
const WRAPAROUND_1 = 14_379_998; // $45,000 × 639.111 × 0.5 = $14,379,997.50 → 14,379,998 (half up)

// Year 3 (k = 2): salaries × 1.03², each role's cost rounded to whole dollars.
const GROWTH_3 = 1.03 ** 2;
const roleCost3 = (people: number, salary: number) => Math.round(people * salary * GROWTH_3 * 1.3);
const FRONTLINE_3 = [43, 46, 27, 13, 21, 8].reduce((s, n) => s + roleCost3(n, 60_000), 0) + roleCost3(19, 75_000); // 15,039,849

// Everytown (docs/methodology.md §8): $270,399 a fatal shooting, $52,585 a nonfatal one.
const DETROIT_SHOOTING_COST = 606 * 52_585; // 31,866,510

describe('--years: the multi-year plan (issue 5)', () => {
  it('Detroit, 3 years from 2027: ramp 50%, 75%, 100%, headcounts by the issue’s rounding rules', async () => {
    const plan = await json(DETROIT_3);
    expect(plan.startYear).toBe(2027);
    expect(plan.years?.map((y) => y.year)).toEqual([2027, 2028, 2029]);
    expect(plan.years?.map((y) => y.share)).toEqual([0.5, 0.75, 1]);
    expect(headcounts(yearAt(plan, 0))).toEqual(YEAR_1);
    expect(headcounts(yearAt(plan, 1))).toEqual(YEAR_2);
    expect(headcounts(yearAt(plan, 2))).toEqual(DETROIT.headcounts);
    expect(plan.years?.map((y) => y.totalHeadcount)).toEqual([91 + 18 + 7, 133 + 27 + 7, 177 + 35 + 7]);
  });

  it('year 1 budget lines by hand (no growth in the first year)', async () => {
    const y = yearAt(await json(DETROIT_3), 0);
    expect(lineOf(y, 'frontline')).toBe(FRONTLINE_1);
    expect(lineOf(y, 'supervision-ovp')).toBe(SUPERVISION_OVP_1);
    expect(lineOf(y, 'training-ta')).toBe(0.25 * STAFFING_1);
    expect(lineOf(y, 'data-evaluation')).toBe(0.15 * STAFFING_1);
    expect(lineOf(y, 'wraparound')).toBe(WRAPAROUND_1);
    expect(y.total).toBe(FRONTLINE_1 + SUPERVISION_OVP_1 + 0.25 * STAFFING_1 + 0.15 * STAFFING_1 + WRAPAROUND_1);
  });

  it('year 3 salaries grow 3% a year: street outreach at $60,000 × 1.03², the frontline line from those costs', async () => {
    const y = yearAt(await json(DETROIT_3), 2);
    const street = y.roles.find((r) => r.id === 'street-outreach');
    expect(street?.salary).toBeCloseTo(60_000 * 1.0609, 6); // $63,654
    expect(street?.cost).toBe(roleCost3(43, 60_000)); // 43 × $63,654 × 1.3 = 3,558,258.6 → 3,558,259
    expect(lineOf(y, 'frontline')).toBe(FRONTLINE_3);
    // Wraparound grows 2.5% a year: $45,000 × 639.111 × 1.025².
    expect(lineOf(y, 'wraparound')).toBe(Math.round(45_000 * 639.111 * 1.025 ** 2));
  });

  it('cumulativeTotal is the sum of the year totals; each year total is the sum of its lines', async () => {
    const plan = await json(DETROIT_3);
    const years = plan.years ?? [];
    expect(years).toHaveLength(3);
    for (const y of years) expect(y.total).toBe(y.lines.reduce((s, l) => s + l.amount, 0));
    expect(plan.cumulativeTotal).toBe(years.reduce((s, y) => s + y.total, 0));
  });

  it('the full-strength plan is unchanged by --years', async () => {
    const plan = await json(DETROIT_3);
    expect(plan.budget.total).toBe(DETROIT.total);
    expect(headcounts(plan)).toEqual(DETROIT.headcounts);
  });

  it('without --years there are no years in the json', async () => {
    const plan = await json(DETROIT.argv);
    expect(plan).not.toHaveProperty('years');
    expect(plan).not.toHaveProperty('cumulativeTotal');
  });

  it('--ramp sets the shares in percent; years after the last share are at 100%', async () => {
    const plan = await json([...DETROIT.argv, '--years', '4', '--start-year', '2030', '--ramp', '40,80%']);
    expect(plan.years?.map((y) => [y.year, y.share])).toEqual([
      [2030, 0.4],
      [2031, 0.8],
      [2032, 1],
      [2033, 1],
    ]);
    // 43 × 0.4 = 17.2 → 17 street outreach workers in the first year.
    expect(headcounts(yearAt(plan, 0))['street-outreach']).toBe(17);
  });

  it('--ramp 100: full staffing from the first year, the same people as the full plan', async () => {
    const plan = await json([...DETROIT.argv, '--years', '1', '--start-year', '2027', '--ramp', '100']);
    expect(headcounts(yearAt(plan, 0))).toEqual(DETROIT.headcounts);
    expect(yearAt(plan, 0).total).toBe(DETROIT.total);
  });

  it('the default start year is the calendar year after today', async () => {
    const plan = await json([...DETROIT.argv, '--years', '2'], {}, new Date(2031, 5, 15));
    expect(plan.startYear).toBe(2032);
    expect(plan.years?.map((y) => y.year)).toEqual([2032, 2033]);
    const now = await json([...DETROIT.argv, '--years', '1']);
    expect(now.startYear).toBe(new Date().getFullYear() + 1);
  });

  it('the table has a per-year section and the cumulative total', async () => {
    const r = await cli(DETROIT_3);
    expect(r.code).toBe(0);
    const plan = await json(DETROIT_3);
    const text = r.stdout;
    expect(text).toContain('Multi-year plan, 2027–2029');
    const usd = (n: number) => `$${n.toLocaleString('en-US')}`;
    const rows = text.split('\n');
    for (const [i, [year, share, staff]] of [
      ['2027', '50%', '116'],
      ['2028', '75%', '167'],
      ['2029', '100%', '219'],
    ].entries()) {
      const row = rows.find((l) => l.trim().startsWith(`${year} `));
      expect(row, year).toBeDefined();
      expect(row?.trim().split(/\s{2,}/)).toEqual([year, share, staff, usd(yearAt(plan, i).total)]);
    }
    expect(rows.find((l) => l.trim().startsWith('Cumulative total'))?.trim().split(/\s{2,}/)).toEqual(['Cumulative total', usd(plan.cumulativeTotal ?? 0)]);
    expect(text).toContain('Annual budget at full strength');
  });

  it('csv adds a "year" column and year rows: one per line and a total per year, then the cumulative total', async () => {
    const r = await cli([...DETROIT_3, '--format', 'csv']);
    expect(r.code).toBe(0);
    const plan = await json(DETROIT_3);
    const rows = parseCsv(r.stdout);
    expect(Object.keys(rows[0] ?? {}).at(-1)).toBe('year');
    for (const y of plan.years ?? []) {
      const mine = rows.filter((row) => row.table === 'year' && row.year === String(y.year));
      expect(mine.map((row) => row.id)).toEqual([...y.lines.map((l) => l.id), 'total']);
      expect(mine.map((row) => Number(row.amount))).toEqual([...y.lines.map((l) => l.amount), y.total]);
      expect(mine.every((row) => Number(row.value) === y.share)).toBe(true);
    }
    const cumulative = rows.find((row) => row.table === 'year' && row.id === 'cumulative');
    expect(Number(cumulative?.amount)).toBe(plan.cumulativeTotal);
    // The full-strength rows are still there, with an empty year.
    const total = rows.find((row) => row.table === 'budget' && row.id === 'total');
    expect(Number(total?.amount)).toBe(DETROIT.total);
    expect(total?.year).toBe('');
  });

  it('csv without --years keeps its header (no year column)', async () => {
    const r = await cli([...DETROIT.argv, '--format', 'csv']);
    expect(Object.keys(parseCsv(r.stdout)[0] ?? {})).not.toContain('year');
  });

  it('bdw-csv with --years: one worksheet per fiscal year, each Total row the year’s total', async () => {
    const r = await cli([...DETROIT_3, '--format', 'bdw-csv']);
    expect(r.code).toBe(0);
    const plan = await json(DETROIT_3);
    const totals = parseCsv(r.stdout).filter((row) => row.category === 'Total');
    expect(totals.map((row) => row.year)).toEqual(['FY2027', 'FY2028', 'FY2029']);
    expect(totals.map((row) => Number(row.cost))).toEqual(plan.years?.map((y) => y.total));
  });

  it('the narrative with --years describes the first year and the budget by year', async () => {
    const r = await cli([...DETROIT_3, '--format', 'narrative']);
    expect(r.code).toBe(0);
    const plan = await json(DETROIT_3);
    expect(r.stdout.split('\n')[0]).toBe('# Budget narrative — the jurisdiction, FY2027');
    expect(r.stdout).toContain(`## Budget by year — $${(plan.cumulativeTotal ?? 0).toLocaleString('en-US')} over 3 years`);
  });
});

describe('--years, --start-year, --ramp: invalid values exit 2 naming the flag', () => {
  const cases: [string[], string][] = [
    [['--years', '0'], '--years: Years must be a whole number from 1 to 10.'],
    [['--years', '11'], '--years: Years must be a whole number from 1 to 10.'],
    [['--years', '2.5'], '--years: Years must be a whole number from 1 to 10.'],
    [['--years', 'three'], '--years: Years must be a whole number from 1 to 10.'],
    [['--years', '3', '--start-year', '1999'], '--start-year: Start year must be a whole number from 2000 to 2100.'],
    [['--years', '3', '--start-year', '2101'], '--start-year: Start year must be a whole number from 2000 to 2100.'],
    [['--years', '3', '--start-year', 'next'], '--start-year: Start year must be a whole number from 2000 to 2100.'],
    [['--years', '3', '--ramp', '50,abc'], '--ramp: share 2 ("abc"): Each ramp-up share must be a percentage from 0 to 100.'],
    [['--years', '3', '--ramp', '50,150'], '--ramp: share 2 ("150"): Each ramp-up share must be a percentage from 0 to 100.'],
    [['--years', '3', '--ramp', '50,,100'], '--ramp: share 2 (""): Each ramp-up share must be a percentage from 0 to 100.'],
    [['--years', '3', '--ramp=-10'], '--ramp: share 1 ("-10"): Each ramp-up share must be a percentage from 0 to 100.'],
    [['--years', '3', '--ramp', '10,20,30,40,50,60,70,80,90,95,100'], '--ramp: At most 10 ramp-up shares.'],
  ];
  for (const [flags, message] of cases) {
    it(`${flags.join(' ')}`, async () => {
      const r = await cli([...DETROIT.argv, ...flags, '--format', 'json']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toEqual([message]);
    });
  }

  it('every problem at once: a bad place flag and a bad --years', async () => {
    const r = await cli(['--population', 'lots', '--years', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr.some((l) => l.startsWith('--population: '))).toBe(true);
    expect(r.stderr).toContain('--years: Years must be a whole number from 1 to 10.');
  });

  it('--start-year or --ramp without --years is refused (they would do nothing), except for a plan file', async () => {
    const r = await cli([...DETROIT.argv, '--start-year', '2027', '--ramp', '50,100']);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([
      '--start-year: sets the multi-year plan, which is shown only with --years N (or saved with --format plan-file or library).',
      '--ramp: sets the multi-year plan, which is shown only with --years N (or saved with --format plan-file or library).',
    ]);
    const saved = await cli([...DETROIT.argv, '--start-year', '2027', '--ramp', '50,100', '--format', 'plan-file']);
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout).scenarios[0].multiYear).toEqual({ startYear: 2027, years: 3, ramp: [0.5, 1] });
  });

  it('a ramp written as fractions is planned, with a warning on standard error', async () => {
    const r = await cli([...DETROIT.argv, '--years', '3', '--ramp', '0.5,0.75,1', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toMatch(/^warning: --ramp: the shares are in percent: 0\.5,0\.75,1 means 0\.5%, 0\.75%, 1% of full staffing/);
  });

  it('batch (--input) refuses --years, --start-year and --ramp', async () => {
    const csv = 'name,state,population,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach\nDetroit,MI,639111,203,,606,100,50\n';
    const r = await cli(['--input', 'places.csv', '--years', '3', '--start-year', '2027', '--ramp', '50,100'], { 'places.csv': csv });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    for (const flag of ['--years', '--start-year', '--ramp']) {
      expect(r.stderr).toContain(`${flag}: cannot be used with --input: a batch plans each place at full strength, one year; plan one place for a multi-year plan.`);
    }
  });
});

describe('cost of violence and break-even (docs/methodology.md §8)', () => {
  it('Detroit (no fatal shooting count): 606 × $52,585 a year; break-even = full-strength total ÷ that', async () => {
    const plan = await json(DETROIT.argv);
    expect(plan.costOfViolence?.annualTaxpayerCost).toBe(DETROIT_SHOOTING_COST);
    expect(plan.costOfViolence?.breakEvenShare).toBeCloseTo(DETROIT.total / DETROIT_SHOOTING_COST, 12);
    expect(plan.costOfViolence?.breakEvenShootings).toBeCloseTo((DETROIT.total / DETROIT_SHOOTING_COST) * 606, 9);
  });

  it('with --years it still weighs the annual budget at full strength', async () => {
    const plan = await json(DETROIT_3);
    expect(plan.costOfViolence?.breakEvenShare).toBeCloseTo(DETROIT.total / DETROIT_SHOOTING_COST, 12);
  });

  it('fatal and nonfatal counts: fatal × $270,399 + nonfatal × $52,585', async () => {
    const plan = await json([...DETROIT.argv, '--fatal-shootings', '200']);
    expect(plan.costOfViolence?.annualTaxpayerCost).toBe(200 * 270_399 + 606 * 52_585);
  });

  it('null without shooting counts (homicides alone are not shootings)', async () => {
    // (even when the homicides size the plan, under the violence-adjusted estimate)
    const plan = await json(['--population', '639111', '--homicides', '203', '--method', 'violence-adjusted']);
    expect(plan.costOfViolence).toBeNull();
  });

  it('the table says what the plan "would need to prevent", never what it "will prevent"', async () => {
    const r = await cli(DETROIT.argv);
    expect(r.code).toBe(0);
    // 54,849,695 ÷ 31,866,510 = 1.7212 → 172.1% of shootings; × 606 = 1,043 a year.
    expect(r.stdout).toContain('would need to prevent 172.1% of shootings (1,043 a year) for avoided taxpayer cost to equal the budget');
    expect(r.stdout).toContain(`$${DETROIT_SHOOTING_COST.toLocaleString('en-US')}`);
    expect(r.stdout).not.toMatch(/will prevent/i);
  });

  it('a plan smaller than the cost: a share under 100%', async () => {
    // 54,849,695 ÷ (200 × 270,399 + 606 × 52,585 = 85,946,310) = 63.8%; × 806 shootings = 514 a year.
    const r = await cli([...DETROIT.argv, '--fatal-shootings', '200']);
    expect(r.stdout).toContain('would need to prevent 63.8% of shootings (514 a year)');
  });

  it('no cost-of-violence section without shooting counts', async () => {
    const r = await cli(['--population', '639111', '--homicides', '203']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Cost of violence');
  });
});

// A v2 plan file written by hand: two scenarios, the second active, with a funding source that
// ends, an ongoing one, and current staff.
const DETROIT_INPUT = {
  placeName: 'Detroit',
  state: 'MI',
  population: 639111,
  homicides: 203,
  fatalShootings: null,
  nonfatalShootings: 606,
  serviceReachPct: 100,
  hospitalReachPct: 50,
  method: 'population',
  localHighRiskCount: null,
  preset: 'shooting-informed',
};
const PLAN_V2 = {
  format: 'cvi-ecosystem-plan',
  version: 2,
  activeScenario: 1,
  scenarios: [
    {
      name: 'Full from the start',
      input: { ...DETROIT_INPUT, serviceReachPct: 80 },
      assumptions: { costOfLiving: 1.1 },
      multiYear: { startYear: null, years: 2, ramp: [1] },
      funding: [],
      currentStaffing: {},
    },
    {
      name: 'With funding',
      input: DETROIT_INPUT,
      assumptions: {},
      multiYear: { startYear: 2027, years: 4, ramp: [0.5, 0.75] },
      funding: [
        { name: 'Relief money', kind: 'federal', annualAmount: 10_000_000, firstYear: 2025, lastYear: 2027 },
        { name: 'General fund', kind: 'city-general-fund', annualAmount: 5_000_000, firstYear: 2027, lastYear: null },
      ],
      currentStaffing: { 'street-outreach': 20, mediator: 50 },
    },
  ],
};
const FILES = { 'plan.json': JSON.stringify(PLAN_V2, null, 2) };

describe('--plan with funding and current staffing', () => {
  it('the file’s start year and ramp are the defaults; --years turns the multi-year plan on', async () => {
    const plan = await json(['--plan', 'plan.json', '--years', '3'], FILES);
    expect(plan.years?.map((y) => [y.year, y.share])).toEqual([
      [2027, 0.5],
      [2028, 0.75],
      [2029, 1],
    ]);
    expect(headcounts(yearAt(plan, 0))).toEqual(YEAR_1);
    const flagged = await json(['--plan', 'plan.json', '--years', '2', '--start-year', '2030', '--ramp', '25'], FILES);
    expect(flagged.years?.map((y) => [y.year, y.share])).toEqual([
      [2030, 0.25],
      [2031, 1],
    ]);
  });

  it('funding: funded and gap each year; the gap that opens when a source ends is called out', async () => {
    const plan = await json(['--plan', 'plan.json', '--years', '3'], FILES);
    const years = plan.years ?? [];
    // 2027: relief $10M + general fund $5M; 2028 and 2029: the general fund alone.
    const funded = [15_000_000, 5_000_000, 5_000_000];
    expect(plan.funding?.years.map((y) => y.year)).toEqual([2027, 2028, 2029]);
    expect(plan.funding?.years.map((y) => y.funded)).toEqual(funded);
    expect(plan.funding?.years.map((y) => y.total)).toEqual(years.map((y) => y.total));
    expect(plan.funding?.years.map((y) => y.gap)).toEqual(years.map((y, i) => Math.max(0, y.total - (funded[i] ?? 0))));
    plan.funding?.years.forEach((y, i) => expect(y.fundedShare).toBeCloseTo((funded[i] ?? 0) / (years[i]?.total ?? 1), 12));
    expect(plan.funding?.totalGap).toBe(plan.funding?.years.reduce((s, y) => s + y.gap, 0));
    expect(plan.funding?.callouts).toHaveLength(1);
    expect(plan.funding?.callouts[0]).toMatch(/^Relief money \(\$10,000,000 a year\) ends after 2027: in 2028 the unfunded gap is /);
  });

  it('without --years there is no funding picture (it is per year); the table says how to get one', async () => {
    const plan = await json(['--plan', 'plan.json'], FILES);
    expect(plan).not.toHaveProperty('funding');
    const r = await cli(['--plan', 'plan.json'], FILES);
    expect(r.stdout).toContain('Funding: the plan file has 2 funding sources; add --years N to compare them with each year’s budget.');
  });

  it('hires needed per role against the full plan, never negative', async () => {
    const plan = await json(['--plan', 'plan.json'], FILES);
    const hires = Object.fromEntries((plan.hiresNeeded ?? []).map((h) => [h.id, [h.planned, h.current, h.hires]]));
    expect(hires['street-outreach']).toEqual([43, 20, 23]);
    expect(hires.mediator).toEqual([46, 50, 0]); // 4 more than planned: no hires, not −4
    expect(hires.supervisor).toEqual([35, 0, 35]);
    expect(Object.keys(hires)).toHaveLength(9);
  });

  it('no hiresNeeded without current staffing', async () => {
    const plan = await json(DETROIT.argv);
    expect(plan).not.toHaveProperty('hiresNeeded');
  });

  it('the table has the funding and hires sections', async () => {
    const r = await cli(['--plan', 'plan.json', '--years', '3'], FILES);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Funding and the gap');
    expect(r.stdout).toContain('Relief money ($10,000,000 a year) ends after 2027');
    const hires = r.stdout.split('\n').find((l) => l.trim().startsWith('Street outreach workers') && l.trim().split(/\s{2,}/).length === 4);
    expect(hires?.trim().split(/\s{2,}/)).toEqual(['Street outreach workers', '43', '20', '23']);
  });

  it('csv has current-staff, hires and funding rows', async () => {
    const r = await cli(['--plan', 'plan.json', '--years', '3', '--format', 'csv'], FILES);
    const rows = parseCsv(r.stdout);
    expect(rows.find((row) => row.table === 'current-staff' && row.id === 'mediator')?.headcount).toBe('50');
    expect(rows.find((row) => row.table === 'hires' && row.id === 'street-outreach')?.headcount).toBe('23');
    expect(rows.filter((row) => row.table === 'funding' && row.id === 'funded').map((row) => [row.year, row.amount])).toEqual([
      ['2027', '15000000'],
      ['2028', '5000000'],
      ['2029', '5000000'],
    ]);
  });
});

describe('--format plan-file keeps what the person entered', () => {
  it('round trip: read a v2 file with funding, current staff and two scenarios, write it back unchanged', async () => {
    const r = await cli(['--plan', 'plan.json', '--format', 'plan-file'], FILES);
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([]);
    expect(JSON.parse(r.stdout)).toEqual(PLAN_V2);
  });

  it('flags change only the active scenario’s input, assumptions and multi-year settings', async () => {
    const r = await cli(['--plan', 'plan.json', '--reach', '60', '--fringe', '0.25', '--years', '5', '--start-year', '2030', '--ramp', '25,50,75', '--format', 'plan-file'], FILES);
    expect(r.code).toBe(0);
    const written = JSON.parse(r.stdout) as typeof PLAN_V2;
    const active = PLAN_V2.scenarios[1];
    expect(written).toEqual({
      ...PLAN_V2,
      scenarios: [
        PLAN_V2.scenarios[0],
        {
          ...active,
          input: { ...DETROIT_INPUT, serviceReachPct: 60 },
          assumptions: { fringeRate: 0.25 },
          multiYear: { startYear: 2030, years: 5, ramp: [0.25, 0.5, 0.75] },
        },
      ],
    });
  });

  it('the written file read again gives the same multi-year plan, funding and hires', async () => {
    const first = await cli(['--plan', 'plan.json', '--years', '4', '--start-year', '2028', '--ramp', '30,60', '--format', 'plan-file'], FILES);
    const files = { 'again.json': first.stdout };
    const fromFile = await json(['--plan', 'again.json', '--years', '4'], files);
    const fromFlags = await json(['--plan', 'plan.json', '--years', '4', '--start-year', '2028', '--ramp', '30,60'], FILES);
    expect(fromFile.years).toEqual(fromFlags.years);
    expect(fromFile.funding).toEqual(fromFlags.funding);
    expect(fromFile.hiresNeeded).toEqual(fromFlags.hiresNeeded);
    expect(fromFile.years?.map((y) => y.share)).toEqual([0.3, 0.6, 1, 1]);
  });

  it('from flags: the multi-year settings go in the scenario; no --start-year means "next year when opened"', async () => {
    const r = await cli([...DETROIT.argv, '--years', '4', '--ramp', '30,60', '--format', 'plan-file']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(2);
    expect(doc.scenarios).toHaveLength(1);
    expect(doc.scenarios[0].multiYear).toEqual({ startYear: null, years: 4, ramp: [0.3, 0.6] });
    expect(doc.scenarios[0].funding).toEqual([]);
    expect(doc.scenarios[0].currentStaffing).toEqual({});
  });

  it('from flags without multi-year flags: the default settings (3 years, 50%, 75%, then 100%)', async () => {
    const r = await cli([...DETROIT.argv, '--format', 'plan-file']);
    expect(JSON.parse(r.stdout).scenarios[0].multiYear).toEqual({ startYear: null, years: 3, ramp: [0.5, 0.75, 1] });
  });
});

describe('workbooks with --years and a plan file (xlsx, bdw)', () => {
  type Worksheet = import('exceljs').Worksheet;
  async function workbookOf(data: string | Uint8Array | undefined) {
    if (!(data instanceof Uint8Array)) throw new Error('no workbook bytes written');
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
    return workbook;
  }
  /** The number in a cell: the value, or the cached result of its formula (an empty result is 0). */
  const numberIn = (sheet: Worksheet | undefined, row: number, column: number): number | undefined => {
    const value = sheet?.getRow(row).getCell(column).value;
    if (typeof value === 'number') return value;
    if (value !== null && typeof value === 'object' && 'formula' in value) return typeof value.result === 'number' ? value.result : 0;
    return undefined;
  };
  const rowWhere = (sheet: Worksheet | undefined, column: number, text: string): number => {
    let found = 0;
    sheet?.eachRow((row, n) => {
      if (found === 0 && row.getCell(column).value === text) found = n;
    });
    return found;
  };

  it('xlsx: a live sheet per fiscal year, the cumulative total on Summary, Funding and Hires sheets', async () => {
    const r = await cli(['--plan', 'plan.json', '--years', '3', '--format', 'xlsx', '--out', 'plan.xlsx'], FILES);
    expect(r.code).toBe(0);
    const workbook = await workbookOf(r.written['plan.xlsx']);
    const names = workbook.worksheets.map((w) => w.name);
    for (const name of ['Summary', 'FY2027', 'FY2028', 'FY2029', 'Funding', 'Hires']) expect(names).toContain(name);
    const plan = await json(['--plan', 'plan.json', '--years', '3'], FILES);
    const summary = workbook.getWorksheet('Summary');
    expect(numberIn(summary, rowWhere(summary, 1, 'Cumulative total'), 2)).toBe(plan.cumulativeTotal);
  });

  it('xlsx without --years or a plan file: no year, Funding or Hires sheets', async () => {
    const r = await cli([...DETROIT.argv, '--format', 'xlsx', '--out', 'plan.xlsx']);
    const names = (await workbookOf(r.written['plan.xlsx'])).worksheets.map((w) => w.name);
    expect(names.filter((n) => /^FY\d{4}$/.test(n) || n === 'Funding' || n === 'Hires')).toEqual([]);
  });

  it('bdw: one worksheet per fiscal year and a total; the federal column is the federal money of each year', async () => {
    const r = await cli(['--plan', 'plan.json', '--years', '3', '--format', 'bdw', '--out', 'bdw.xlsx'], FILES);
    expect(r.code).toBe(0);
    const workbook = await workbookOf(r.written['bdw.xlsx']);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Summary', 'FY2027', 'FY2028', 'FY2029', 'Total', 'Budget narrative']);
    const plan = await json(['--plan', 'plan.json', '--years', '3'], FILES);
    // Federal money: the $10,000,000 relief award in 2027 only (it ends after 2027). Non-federal is
    // only the $5,000,000 general fund each year; the rest is not yet funded, never match.
    const federal = [10_000_000, 0, 0];
    const city = 5_000_000;
    ['FY2027', 'FY2028', 'FY2029'].forEach((name, i) => {
      const sheet = workbook.getWorksheet(name);
      const total = rowWhere(sheet, 1, 'Total');
      expect(numberIn(sheet, total, 8), name).toBe(yearAt(plan, i).total);
      expect(numberIn(sheet, total, 9), name).toBe(federal[i]);
      expect(numberIn(sheet, total, 10), name).toBe(city);
      expect(numberIn(sheet, total, 11), name).toBe(yearAt(plan, i).total - (federal[i] ?? 0) - city);
    });
    const across = workbook.getWorksheet('Total');
    expect(numberIn(across, rowWhere(across, 1, 'Total'), 2)).toBe(plan.cumulativeTotal);
  });
});

describe('batch json', () => {
  it('each place has its costOfViolence (null without shooting counts)', async () => {
    const csv = 'name,state,population,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach\nDetroit,MI,639111,203,,606,100,50\nQuiet,ST,50000,2,,,100,50\n';
    const r = await cli(['--input', 'places.csv', '--format', 'json'], { 'places.csv': csv });
    expect(r.code).toBe(0);
    const places = JSON.parse(r.stdout) as (JsonPlan & { name: string })[];
    expect(places.map((p) => p.costOfViolence?.annualTaxpayerCost ?? null)).toEqual([DETROIT_SHOOTING_COST, null]);
  });
});

describe('--help', () => {
  it('documents --years, --start-year and --ramp', async () => {
    const r = await cli(['--help']);
    for (const flag of ['--years N', '--start-year YYYY', '--ramp PCT,PCT,...', 'costOfViolence', 'would need to']) expect(r.stdout).toContain(flag);
  });
});

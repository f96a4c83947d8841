// One plan from flags: table, json and csv output, city presets, methods and assumption flags.
// Expected numbers come from the methodology (§2–4, §9), never from the code under test.
import { describe, expect, it } from 'vitest';
import cityData from '../../src/data/city-presets.json';
import { ROLE_IDS } from '../../src/model';
import { cli, DETROIT, LOADED, NORFOLK_CAPS, parseCsv } from './helpers';

interface JsonRole {
  id: string;
  label: string;
  fte: number;
  headcount: number;
  salary: number;
  cost: number;
  partTimeNeed: boolean;
}
interface JsonPlan {
  highRiskPopulation: number;
  participants: number;
  hospitalClients: number;
  roles: JsonRole[];
  budget: { lines: { id: string; label: string; amount: number }[]; total: number };
  warnings: { field: string; message: string }[];
  costPerParticipant: number | null;
  costPerResident: number;
  staffPer100k: number;
  preset: string;
  input: Record<string, unknown>;
  overrides: { id: string; value: unknown; presetValue: unknown }[];
  working: Record<string, { formula: string; value: number | null }>;
  city?: { key: string; provenance: Record<string, { year: number | null }> };
}

async function planJson(argv: string[]): Promise<JsonPlan> {
  const r = await cli([...argv, '--format', 'json']);
  expect(r.stderr).toEqual([]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonPlan;
}

const headcounts = (plan: JsonPlan) => Object.fromEntries(plan.roles.map((r) => [r.id, r.headcount]));
const lines = (plan: JsonPlan) => Object.fromEntries(plan.budget.lines.map((l) => [l.id, l.amount]));

/** The latest full-year count in the shipped city data (what a preset should fill). */
function latestCount(name: string, key: 'homicides' | 'nonfatalShootingVictims'): { year: number; value: number } {
  const city = cityData.cities.find((c) => c.name === name) as Record<string, unknown> | undefined;
  const counts = (city?.[key] ?? {}) as Record<string, number>;
  const year = Math.max(...Object.keys(counts).map(Number));
  return { year, value: counts[String(year)] as number };
}

describe('--format json', () => {
  it('reproduces the published Norfolk, VA profile with --city and --preset caps (docs/methodology.md §9)', async () => {
    const plan = await planJson(['--city', 'Norfolk, VA', '--preset', 'caps']);
    expect(headcounts(plan)).toEqual(NORFOLK_CAPS.headcounts);
    expect(lines(plan)).toEqual(NORFOLK_CAPS.lines);
    expect(plan.budget.total).toBe(NORFOLK_CAPS.total);
    expect(Math.abs(plan.budget.total - NORFOLK_CAPS.published) / NORFOLK_CAPS.published).toBeLessThan(0.005);
    expect(plan.highRiskPopulation).toBeCloseTo(238.005, 9);
    expect(plan.participants).toBeCloseTo(238.005, 9);
    expect(plan.hospitalClients).toBe(0);
    expect(plan.preset).toBe('caps');
  });

  it('reproduces the Detroit worked example of the default preset (docs/methodology.md §9)', async () => {
    const plan = await planJson(DETROIT.argv);
    expect(plan.preset).toBe('shooting-informed');
    expect(headcounts(plan)).toEqual(DETROIT.headcounts);
    expect(lines(plan)).toEqual(DETROIT.lines);
    expect(plan.budget.total).toBe(DETROIT.total);
    expect(plan.hospitalClients).toBe(303);
  });

  it('has every documented field, role ids in order, and is the plan, not a recomputation', async () => {
    const plan = await planJson(['--city', 'Norfolk, VA', '--preset', 'caps']);
    for (const key of ['highRiskPopulation', 'participants', 'hospitalClients', 'roles', 'budget', 'warnings', 'costPerParticipant', 'costPerResident', 'staffPer100k', 'preset', 'input', 'overrides', 'working']) {
      expect(plan).toHaveProperty(key);
    }
    expect(plan.roles.map((r) => r.id)).toEqual([...ROLE_IDS]);
    const street = plan.roles.find((r) => r.id === 'street-outreach');
    expect(street).toMatchObject({ label: 'Street outreach workers', headcount: 16, salary: 60_000, cost: 16 * LOADED.frontline });
    expect(street?.fte).toBeCloseTo(238.005 / 15, 9);
    expect(plan.budget.lines.map((l) => l.id)).toEqual(['frontline', 'supervision-ovp', 'training-ta', 'data-evaluation', 'wraparound']);
    expect(plan.budget.lines.find((l) => l.id === 'wraparound')?.label).toBe('Wraparound services');
    expect(plan.warnings).toEqual([]);
    expect(plan.working.total?.value).toBe(NORFOLK_CAPS.total);
    expect(plan.working['line.wraparound']?.formula).toMatch(/participants/i);
    expect(plan.costPerParticipant).toBeCloseTo(NORFOLK_CAPS.total / 238.005, 6);
    expect(plan.costPerResident).toBeCloseTo(NORFOLK_CAPS.total / 238_005, 9);
    expect(plan.staffPer100k).toBeCloseTo((78 / 238_005) * 100_000, 9);
    expect(plan.overrides).toEqual([]);
  });

  it('says which year the city preset counts come from', async () => {
    const plan = await planJson(['--city', 'Detroit, MI']);
    const homicides = latestCount('Detroit', 'homicides');
    const nonfatal = latestCount('Detroit', 'nonfatalShootingVictims');
    expect(plan.input.homicides).toBe(homicides.value);
    expect(plan.input.nonfatalShootings).toBe(nonfatal.value);
    expect(plan.city?.key).toBe('Detroit, MI');
    expect(plan.city?.provenance.homicides?.year).toBe(homicides.year);
  });

  it('prints warnings as {field, message} and still succeeds', async () => {
    // (Violence-adjusted, so the homicides count: under the population method the CLI adds a note that they change nothing.)
    const plan = await planJson(['--population', '1000', '--homicides', '10', '--fatal-shootings', '12', '--method', 'violence-adjusted']);
    // 10 homicides in 1,000 residents is 1,000 per 100,000 (over 150); fatal shootings above homicides.
    expect(plan.warnings.map((w) => w.field).sort()).toEqual(['fatalShootings', 'homicides']);
    expect(plan.warnings.every((w) => typeof w.message === 'string' && w.message.length > 0)).toBe(true);
  });

  it('never prints NaN or Infinity: reach 0 gives a null cost per participant', async () => {
    const r = await cli(['--population', '238005', '--reach', '0', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
    const plan = JSON.parse(r.stdout) as JsonPlan;
    expect(plan.participants).toBe(0);
    expect(plan.costPerParticipant).toBeNull();
    expect(plan.roles.find((r) => r.id === 'street-outreach')?.headcount).toBe(0);
  });
});

describe('--city preset and explicit flags', () => {
  it('explicit flags override the preset', async () => {
    const r = await cli(['--city', 'Norfolk, VA', '--preset', 'caps', '--population', '476010', '--homicides', '50', '--format', 'json']);
    expect(r.code).toBe(0);
    // The homicides flag is taken, and the command line says it changes nothing under the population method.
    expect(r.stderr).toEqual([
      'note: --homicides: Changes nothing with the “Population (CAPS, 0.1%)” high-risk estimate. The “Violence-adjusted” estimate uses it: --method violence-adjusted.',
    ]);
    const plan = JSON.parse(r.stdout) as JsonPlan;
    expect(plan.input.placeName).toBe('Norfolk');
    expect(plan.input.population).toBe(476_010);
    expect(plan.input.homicides).toBe(50);
    expect(plan.highRiskPopulation).toBeCloseTo(476.01, 9); // 0.1% × 476,010
    // Twice Norfolk's participants: 476.01 ÷ 15 = 31.7 → 32 street outreach workers.
    expect(headcounts(plan)['street-outreach']).toBe(32);
  });

  it('keeps preset values that no flag overrides', async () => {
    const plan = await planJson(['--city', 'Norfolk, VA', '--reach', '50']);
    expect(plan.input.population).toBe(238_005);
    expect(plan.input.homicides).toBe(latestCount('Norfolk', 'homicides').value);
    expect(plan.input.serviceReachPct).toBe(50);
  });

  it('looks cities up regardless of case and spacing', async () => {
    const plan = await planJson(['--city', '  norfolk ,va ', '--preset', 'caps']);
    expect(plan.budget.total).toBe(NORFOLK_CAPS.total);
  });
});

describe('methods, presets and assumption flags', () => {
  it('--reach scales participants and wraparound (Norfolk caps at 50%)', async () => {
    const plan = await planJson(['--city', 'Norfolk, VA', '--preset', 'caps', '--reach', '50']);
    // P = 0.5 × 238.005 = 119.0025: 7.9→8, 8.5→9, 4.96→5, 2.48→2, 3.97→4, 2.98→3; 31 frontline; 6.2→6 supervisors.
    expect(headcounts(plan)).toEqual({
      'street-outreach': 8,
      mediator: 9,
      'case-manager': 5,
      'family-case-manager': 2,
      'victim-advocate': 4,
      'hospital-responder': 3,
      'trauma-counselor': 0,
      supervisor: 6,
      'ovp-staff': 4,
    });
    const staffing = 31 * LOADED.frontline + 6 * LOADED.supervisor + 4 * LOADED.ovp; // 3,510,000
    expect(lines(plan).wraparound).toBe(5_355_113); // 45,000 × 119.0025 = 5,355,112.5, half up
    expect(plan.budget.total).toBe(staffing * 1.4 + 5_355_113);
  });

  it('accepts a percent sign on --reach', async () => {
    const plan = await planJson(['--population', '238005', '--reach', '50%']);
    expect(plan.input.serviceReachPct).toBe(50);
  });

  it('--fringe sets the fringe rate (Norfolk caps at 25%)', async () => {
    const plan = await planJson(['--city', 'Norfolk, VA', '--preset', 'caps', '--fringe', '0.25']);
    const staffing = 62 * 60_000 * 1.25 + 12 * 80_000 * 1.25 + 4 * 90_000 * 1.25; // 6,300,000
    expect(plan.budget.total).toBe(staffing * 1.4 + NORFOLK_CAPS.lines.wraparound);
    expect(plan.overrides).toEqual([{ id: 'fringeRate', value: 0.25, presetValue: 0.3 }]);
  });

  it('--cost-of-living scales every salary (Norfolk caps at 1.2)', async () => {
    const plan = await planJson(['--city', 'Norfolk, VA', '--preset', 'caps', '--cost-of-living', '1.2']);
    expect(plan.roles.find((r) => r.id === 'supervisor')?.salary).toBeCloseTo(96_000, 6);
    const staffing = (62 * LOADED.frontline + 12 * LOADED.supervisor + 4 * LOADED.ovp) * 1.2; // 7,862,400
    expect(plan.budget.total).toBe(Math.round(staffing * 1.4 + NORFOLK_CAPS.lines.wraparound));
  });

  it('--method violence-adjusted clamps the factor at 4 (docs/methodology.md §2)', async () => {
    // 100 homicides in 100,000 residents: 100 per 100,000, ÷ 20 = 5, held to 4.
    const plan = await planJson(['--population', '100000', '--homicides', '100', '--method', 'violence-adjusted']);
    expect(plan.highRiskPopulation).toBeCloseTo(400, 9);
    expect(plan.input.method).toBe('violence-adjusted');
  });

  it('--method custom uses --high-risk-count; the count alone implies custom', async () => {
    const explicit = await planJson(['--population', '100000', '--method', 'custom', '--high-risk-count', '300']);
    expect(explicit.highRiskPopulation).toBe(300);
    const implied = await planJson(['--population', '100000', '--high-risk-count', '300']);
    expect(implied.input.method).toBe('custom');
    expect(implied.highRiskPopulation).toBe(300);
    const r = await cli(['--population', '100000', '--method', 'population', '--high-risk-count', '300', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonPlan).highRiskPopulation).toBeCloseTo(100, 9);
    expect(r.stderr).toEqual([
      'note: --high-risk-count: Changes nothing with the “Population (CAPS, 0.1%)” high-risk estimate. The “Local count” estimate uses it: --method custom.',
    ]);
  });

  it('not given and 0 differ for nonfatal shootings under shooting-informed (docs/methodology.md §2)', async () => {
    const notGiven = await planJson(['--population', '238005']);
    const zero = await planJson(['--population', '238005', '--nonfatal-shootings', '0']);
    // Not given: hospital responders fall back to P ÷ 40 = 5.95 → 6. Zero: C = 0 → none.
    expect(headcounts(notGiven)['hospital-responder']).toBe(6);
    expect(headcounts(zero)['hospital-responder']).toBe(0);
    expect(notGiven.input.nonfatalShootings).toBeNull();
    expect(zero.input.nonfatalShootings).toBe(0);
  });
});

describe('--format table (default)', () => {
  it('shows the place, inputs, staffing, budget, derived figures for Norfolk caps', async () => {
    const r = await cli(['--city', 'Norfolk, VA', '--preset', 'caps']);
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([]);
    const out = r.stdout;
    expect(out).toContain('Norfolk, VA');
    expect(out).toMatch(/Population\s+238,005\s+city preset/);
    expect(out).toMatch(/Participants\s+238\b/);
    // Staffing row: role, driver, caseload, FTE (1 decimal), people, salary, annual cost.
    expect(out).toMatch(/Street outreach workers\s+Participants\s+15\s+15\.9\s+16\s+\$60,000\s+\$1,248,000/);
    expect(out).toMatch(/CVI supervisors\s+Frontline workers\s+5\s+12\.4\s+12\s+\$80,000\s+\$1,248,000/);
    expect(out).toMatch(/Office of Violence Prevention staff.*\s4\s+\$90,000\s+\$468,000/);
    expect(out).toMatch(/Total\s+78\.0\s+78\s+\$6,552,000/);
    expect(out).toMatch(/Frontline CVI workers\s+\$4,836,000/);
    expect(out).toMatch(/CVI supervision & OVP staff\s+\$1,716,000/);
    expect(out).toMatch(/Staff training & technical assistance\s+\$1,638,000/);
    expect(out).toMatch(/Data & evaluation\s+\$982,800/);
    expect(out).toMatch(/Wraparound services\s+\$10,710,225/);
    expect(out).toMatch(/Total annual budget\s+\$19,883,025/);
    // 19,883,025 ÷ 238.005 = 83,540.37; ÷ 238,005 = 83.54; 78 ÷ 238,005 × 100,000 = 32.8.
    expect(out).toMatch(/Cost per participant\s+\$83,540/);
    expect(out).toMatch(/Cost per resident\s+\$83\.54/);
    expect(out).toMatch(/Staff per 100,000 residents\s+32\.8/);
    expect(out).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('aligns the staffing table: every row starts its numbers in the same columns', async () => {
    const r = await cli(['--city', 'Norfolk, VA', '--preset', 'caps']);
    const lines = r.stdout.split('\n');
    const section = lines.slice(lines.indexOf('Staffing') + 1, lines.findIndex((l) => l.includes('Annual cost = ')));
    expect(section).toHaveLength(11); // header, nine roles, total
    expect(section[0]).toMatch(/^\s+Role\s+Driver\s+Caseload\s+FTE\s+People\s+Salary\s+Annual cost$/);
    expect(new Set(section.map((l) => l.length)).size).toBe(1); // right-aligned annual cost column
    const enabled = section.filter((l) => !/Trauma counselors/.test(l)); // off under caps
    const fteColumn = section[0]?.indexOf('FTE') ?? -1;
    for (const row of enabled.slice(1)) expect(row.slice(fteColumn - 3, fteColumn + 3)).toMatch(/^\s*\d+\.\d$/);
  });

  it('marks part-time needs and minimums in a small place', async () => {
    // 1,000 residents: P = 1, every caseload role is a fraction of a person; OVP minimum 1.
    const r = await cli(['--population', '1000', '--preset', 'caps']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Street outreach workers.*\s0\*\s/);
    expect(r.stdout).toMatch(/part-time need/);
    expect(r.stdout).toMatch(/Office of Violence Prevention staff.*\s1†\s/);
  });

  it('shows who set each input and the year of preset counts', async () => {
    const r = await cli(['--city', 'Norfolk, VA', '--population', '240000']);
    expect(r.stdout).toMatch(/Population\s+240,000\s+from --population/);
    expect(r.stdout).toMatch(new RegExp(`Homicides per year\\s+${latestCount('Norfolk', 'homicides').value}\\s+city preset, ${latestCount('Norfolk', 'homicides').year}`));
    expect(r.stdout).toMatch(/Nonfatal shooting victims per year\s+not given/);
  });

  it('lists warnings and changed assumptions', async () => {
    const r = await cli(['--population', '1000', '--homicides', '10', '--fringe', '0.25']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Warnings\n\s+--homicides: Homicides per year gives 1,000 per 100,000/);
    expect(r.stdout).toMatch(/Fringe benefits \(share of salary\)\s+25%\s+preset: 30%/);
  });

  it('reach 0 prints no NaN and says there is no cost per participant', async () => {
    const r = await cli(['--population', '238005', '--reach', '0']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Cost per participant\s+— \(no participants\)/);
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
  });
});

describe('--format csv (one plan)', () => {
  it('writes staffing and budget rows in a long table with plain whole-dollar amounts', async () => {
    const r = await cli(['--city', 'Norfolk, VA', '--preset', 'caps', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe('table,id,label,driver,driver_value,ratio,fte,headcount,part_time_need,salary,amount,value');
    const rows = parseCsv(r.stdout);
    const staffing = rows.filter((row) => row.table === 'staffing' && row.id !== 'total');
    expect(Object.fromEntries(staffing.map((row) => [row.id, Number(row.headcount)]))).toEqual(NORFOLK_CAPS.headcounts);
    expect(staffing.find((row) => row.id === 'street-outreach')).toMatchObject({
      label: 'Street outreach workers',
      driver: 'Participants',
      ratio: '15',
      salary: '60000',
      amount: String(16 * LOADED.frontline),
      part_time_need: 'false',
    });
    const budget = rows.filter((row) => row.table === 'budget' && row.id !== 'total');
    expect(Object.fromEntries(budget.map((row) => [row.id, Number(row.amount)]))).toEqual(NORFOLK_CAPS.lines);
    expect(rows.find((row) => row.table === 'budget' && row.id === 'total')?.amount).toBe(String(NORFOLK_CAPS.total));
    expect(rows.find((row) => row.table === 'staffing' && row.id === 'total')).toMatchObject({ headcount: '78', amount: '6552000' });
    // Money as plain numbers: digits only, no $ or thousands separators.
    for (const row of rows) if (row.amount !== '') expect(row.amount).toMatch(/^\d+$/);
    expect(rows.find((row) => row.id === 'participants')?.value).toBe('238.005');
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
  });

  it('quotes labels with commas (RFC 4180) and sends warnings to stderr', async () => {
    const r = await cli(['--population', '1000', '--homicides', '10', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"Staff per 100,000 residents"');
    expect(r.stderr).toHaveLength(2);
    expect(r.stderr[0]).toMatch(/^warning: --homicides: /);
    // then the note that homicides change nothing under the population method
    expect(r.stderr[1]).toMatch(/^note: --homicides: Changes nothing with /);
  });
});

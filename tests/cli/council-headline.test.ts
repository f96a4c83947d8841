// What the command line says beside the total (issue 12, observations 1, 2 and 5): the total is
// the plan at full strength; with a multi-year plan, year 1 of the ramp-up and the total over the
// years are beside it; the CAPS method is compared at the plan's own reach (docs/methodology.md
// §5); people in the table are whole while the JSON keeps them exact. Expected figures are worked
// by hand from docs/methodology.md §2–5, never read from the code under test.
import { describe, expect, it } from 'vitest';
import { cli, LOADED } from './helpers';

const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

/**
 * Norfolk (238,005 residents, no nonfatal count) under `caps` at 60% reach, by hand (§2–4):
 * H = 238.005, P = 0.6 × H = 142.803; outreach P/15 = 9.52 → 10, mediators P/14 = 10.2 → 10, case
 * managers P/24 = 5.95 → 6, family P/48 = 2.98 → 3, victim advocates P/30 = 4.76 → 5, hospital
 * responders P/40 = 3.57 → 4: 38 frontline; supervisors 38/5 = 7.6 → 8; OVP 4 (4 at 238,005).
 */
const NORFOLK_60 = (() => {
  const participants = 0.6 * 238.005;
  const staffing = 38 * LOADED.frontline + 8 * LOADED.supervisor + 4 * LOADED.ovp;
  const capsTotal = staffing * (1 + 0.25 + 0.15) + Math.round(45_000 * participants);
  // Shooting-informed adds trauma counselors (P + C)/50 = 2.86 → 3, with their training and evaluation.
  const shootingInformedTotal = capsTotal + 3 * LOADED.counselor * 1.4;
  return { participants, capsTotal, capsStaff: 50, shootingInformedTotal };
})();

const NORFOLK_60_ARGS = ['--city', 'Norfolk, VA', '--reach', '60'];
const BATCH_HEADER = 'name,state,population,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach';

async function table(argv: string[]): Promise<string> {
  const r = await cli(argv);
  expect(r.stderr).toEqual([]);
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('the CAPS comparison at the same reach', () => {
  it('given Norfolk at 60% reach, when --format json, then capsReference is the CAPS plan at 60% reach, and the people stay exact', async () => {
    expect(NORFOLK_60.capsTotal).toBe(12_395_735);
    const r = await cli([...NORFOLK_60_ARGS, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { capsReference: { participants: number }; budget: { total: number }; highRiskPopulation: number; participants: number };
    // CAPS participants: 0.1% × 238,005 × 60% = 142.803 (exact in the JSON, as every count of people there).
    expect(json.capsReference).toEqual({ total: NORFOLK_60.capsTotal, totalHeadcount: NORFOLK_60.capsStaff, participants: json.capsReference.participants, reachPct: 60, hospitalReachPct: 50 });
    expect(json.capsReference.participants).toBeCloseTo(142.803, 9);
    expect(json.budget.total).toBe(NORFOLK_60.shootingInformedTotal);
    // The JSON is for programs: its people are the exact values, unchanged.
    expect(json.highRiskPopulation).toBeCloseTo(238.005, 9);
    expect(json.participants).toBeCloseTo(NORFOLK_60.participants, 9);
  });

  it('given the CAPS plan at 60% reach, when --format json, then capsReference equals the plan itself', async () => {
    const r = await cli([...NORFOLK_60_ARGS, '--preset', 'caps', '--format', 'json']);
    const json = JSON.parse(r.stdout) as { capsReference: { total: number; totalHeadcount: number }; budget: { total: number }; totalHeadcount: number };
    expect(json.budget.total).toBe(NORFOLK_60.capsTotal);
    expect(json.capsReference).toMatchObject({ total: json.budget.total, totalHeadcount: json.totalHeadcount });
  });

  it('given a batch, when --format json, then every place has its capsReference at its own reach', async () => {
    const csv = `${BATCH_HEADER}\nNorfolk,VA,238005,,,,60,\nFull,VA,238005,,,,100,\n`;
    const r = await cli(['--input', 'places.csv', '--format', 'json', '--preset', 'caps'], { 'places.csv': csv });
    expect(r.code).toBe(0);
    const places = JSON.parse(r.stdout) as { capsReference: { total: number; reachPct: number } }[];
    expect(places.map((p) => [p.capsReference.reachPct, p.capsReference.total])).toEqual([
      [60, NORFOLK_60.capsTotal],
      [100, 19_883_025],
    ]);
  });

  it('given Norfolk at 60% reach, when --format table, then the line beside the total says the CAPS method at the same reach (60%) and the difference', async () => {
    const out = await table(NORFOLK_60_ARGS);
    const difference = NORFOLK_60.shootingInformedTotal - NORFOLK_60.capsTotal;
    expect(difference).toBe(409_500);
    expect(out).toContain(
      `  CAPS method at the same reach (60%): ${usd(NORFOLK_60.capsTotal)} (${NORFOLK_60.capsStaff} staff). This plan is ${usd(difference)} more.\n`,
    );
    expect(out).not.toMatch(/for this population/);
  });

  it('given the CAPS plan itself, when --format table, then it says the plan equals the CAPS method at the same reach', async () => {
    const out = await table(['--city', 'Norfolk, VA', '--preset', 'caps']);
    expect(out).toContain('  This plan equals the CAPS method at the same reach (100%): $19,883,025 (78 staff).\n');
  });
});

describe('which total it is', () => {
  it('given no --years, when --format table, then the budget is headed "at full strength", with no year 1 beside it', async () => {
    const out = await table(NORFOLK_60_ARGS);
    expect(out).toMatch(/\nAnnual budget at full strength\n/);
    expect(out).not.toMatch(/year 1\)/i);
    expect(out).toMatch(new RegExp(`Total annual budget\\s+\\${usd(NORFOLK_60.shootingInformedTotal)}\\n`));
    expect(out).not.toMatch(/Year 1 \(/);
  });

  it('given --years 3, when --format table, then year 1 of the ramp-up and the 3-year total are beside the total and match the multi-year rows', async () => {
    const out = await table([...NORFOLK_60_ARGS, '--years', '3', '--start-year', '2027']);
    const year1 = /\n {2}2027\s+50%\s+\d+\s+(\$[\d,]+)\n/.exec(out)?.[1];
    const cumulative = /\n {2}Cumulative total\s+(\$[\d,]+)\n/.exec(out)?.[1];
    expect(year1).toBeDefined();
    expect(cumulative).toBeDefined();
    const besideTotal = new RegExp(`\\n {2}Total annual budget\\s+\\${usd(NORFOLK_60.shootingInformedTotal)}\\n(.*)\\n`).exec(out)?.[1];
    expect(besideTotal).toBe(`  Year 1 (2027, 50% of full staffing): ${year1}. 3-year total (2027–2029): ${cumulative}.`);
  });

  it('given --years 1, when --format table, then year 1 is beside the full-strength total (what the brief and worksheet ask for) with no multi-year total', async () => {
    const out = await table([...NORFOLK_60_ARGS, '--years', '1', '--start-year', '2027']);
    expect(out).toMatch(/\nAnnual budget at full strength\n/);
    const year1 = /\n {2}2027\s+50%\s+\d+\s+(\$[\d,]+)\n/.exec(out)?.[1];
    expect(year1).toBeDefined();
    const besideTotal = new RegExp(`\\n {2}Total annual budget\\s+\\${usd(NORFOLK_60.shootingInformedTotal)}\\n(.*)\\n`).exec(out)?.[1];
    expect(besideTotal).toBe(`  Year 1 (2027, 50% of full staffing): ${year1}.`);
    expect(out).not.toMatch(/year total/);
  });
});

describe('people are whole in the table', () => {
  it('given Norfolk with 87 nonfatal shootings at 60% reach, then the table shows 238, 143 and 44 people, never 238.005, 142.803 or 43.5', async () => {
    // H = 238.005; P = 142.803; hospital clients C = 50% × 87 = 43.5 → 44 (half up, as headcount).
    const out = await table([...NORFOLK_60_ARGS, '--nonfatal-shootings', '87']);
    expect(out).toMatch(/High-risk population\s+238\s/);
    expect(out).toMatch(/Participants\s+143\s+60% reach/);
    expect(out).toMatch(/Hospital clients a year\s+44\s+50% hospital reach/);
    expect(out).not.toMatch(/238\.005|142\.8|43\.5/);
  });

  it('given a tiny place, then participants below one person are "fewer than 1", not a fraction', async () => {
    // H = 0.1% × 300 = 0.3 people; at 100% reach P = 0.3.
    const out = await table(['--population', '300']);
    expect(out).toMatch(/Participants\s+fewer than 1\s+100% reach/);
  });

  it('given a batch, when --format table, then each place’s participants are whole', async () => {
    const csv = `${BATCH_HEADER}\nNorfolk,VA,238005,,,,60,\n`;
    const r = await cli(['--input', 'places.csv'], { 'places.csv': csv });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Norfolk, VA\s+238,005\s+143\s/);
  });
});

describe('the CAPS comparison says when it serves a different number of people', () => {
  it('given Norfolk violence-adjusted at 60% reach, when --format table, then the CAPS line says how many each serves', async () => {
    // Violence-adjusted with 42 homicides (17.65 per 100,000, against the reference 20):
    // H = 0.1% × 238,005 × 17.65 ÷ 20 = 210.0 people,
    // so the plan serves 60% × 210 = 126; CAPS at the same reach serves 60% × 238.005 = 142.8 → 143.
    const out = await table([...NORFOLK_60_ARGS, '--method', 'violence-adjusted', '--homicides', '42']);
    expect(out).toContain('At this reach the CAPS method serves 143 participants (its high-risk estimate is 0.1% of the population); this plan serves 126.');
  });

  it('given the population method, then no such note: both serve the same people', async () => {
    const out = await table(NORFOLK_60_ARGS);
    expect(out).not.toContain('At this reach the CAPS method serves');
  });
});

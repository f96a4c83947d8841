// The site-based preset on the command line (docs/methodology.md §11): --preset site-based, its
// default method, --participants-per-site, --case-management and the JSON's `sites`. Expected
// numbers are worked by hand from §11 (the Baltimore worked example).
import { describe, expect, it } from 'vitest';
import { cli, parseCsv } from './helpers';

interface JsonPlan {
  sites: number;
  input: { method: string; preset: string };
  roles: { id: string; headcount: number; enabled: boolean; perSite: number | null }[];
  budget: { lines: { id: string; label: string; amount: number }[]; total: number };
}

const BALTIMORE = ['--place', 'Baltimore', '--state', 'MD', '--population', '585708', '--homicides', '201', '--nonfatal-shootings', '414'];
const people = (plan: JsonPlan, id: string) => plan.roles.find((r) => r.id === id)?.headcount;

async function json(argv: string[]): Promise<JsonPlan> {
  const r = await cli([...argv, '--format', 'json']);
  expect(r.stderr.filter((line) => !line.startsWith('note: '))).toEqual([]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonPlan;
}

describe('--preset site-based', () => {
  it('plans the §11 worked example: violence-adjusted by default, 21 sites, $26,382,700', async () => {
    const plan = await json([...BALTIMORE, '--preset', 'site-based']);
    expect(plan.input.method).toBe('violence-adjusted');
    expect(plan.sites).toBe(21);
    expect([people(plan, 'street-outreach'), people(plan, 'mediator'), people(plan, 'trauma-counselor'), people(plan, 'supervisor')]).toEqual([63, 63, 21, 22]);
    expect(plan.budget.lines.map((l) => [l.id, l.amount])).toEqual([
      ['frontline', 12_265_500],
      ['supervision-ovp', 2_990_000],
      ['training-ta', 3_813_875],
      ['data-evaluation', 2_288_325],
      ['wraparound', 5_025_000],
    ]);
    expect(plan.budget.lines.find((l) => l.id === 'wraparound')?.label).toBe('Direct assistance to participants');
    expect(plan.budget.total).toBe(26_382_700);
  });

  it('--city "Baltimore, MD" gives the same plan from the city preset', async () => {
    const plan = await json(['--city', 'Baltimore, MD', '--preset', 'site-based']);
    expect(plan.sites).toBe(21);
    expect(plan.budget.total).toBe(26_382_700);
  });

  it('--method population is kept (and the homicides flag is said to change nothing): H = 585.708, S = ⌈11.7⌉ = 12', async () => {
    const r = await cli([...BALTIMORE, '--preset', 'site-based', '--method', 'population', '--format', 'json']);
    expect(r.stderr).toEqual(['note: --homicides: Changes nothing with the “Population (CAPS, 0.1%)” high-risk estimate. The “Violence-adjusted” estimate uses it: --method violence-adjusted.']);
    const plan = JSON.parse(r.stdout) as JsonPlan;
    expect(plan.input.method).toBe('population');
    expect(plan.sites).toBe(12);
  });

  it('without homicides or fatal shootings the population method stands', async () => {
    const plan = await json(['--population', '80000', '--preset', 'site-based']);
    expect(plan.input.method).toBe('population');
    expect(plan.sites).toBe(2);
  });

  it('--participants-per-site 25: S = ⌈1,005 ÷ 25⌉ = ⌈40.2⌉ = 41 sites, 123 outreach workers', async () => {
    const plan = await json([...BALTIMORE, '--preset', 'site-based', '--participants-per-site', '25']);
    expect(plan.sites).toBe(41);
    expect(people(plan, 'street-outreach')).toBe(123);
  });

  it('--case-management on adds the three roles at their caseloads (1,005 ÷ 24 → 42, ÷ 48 → 21, ÷ 30 → 34)', async () => {
    const plan = await json([...BALTIMORE, '--preset', 'site-based', '--case-management', 'on']);
    expect([people(plan, 'case-manager'), people(plan, 'family-case-manager'), people(plan, 'victim-advocate')]).toEqual([42, 21, 34]);
    const off = await json([...BALTIMORE, '--preset', 'site-based', '--case-management', 'OFF']);
    expect(off.roles.filter((r) => ['case-manager', 'family-case-manager', 'victim-advocate'].includes(r.id)).map((r) => [r.headcount, r.enabled])).toEqual([
      [0, false],
      [0, false],
      [0, false],
    ]);
  });

  it('the other presets carry sites: 0 and their own default method', async () => {
    for (const preset of ['caps', 'shooting-informed']) {
      const plan = await json([...BALTIMORE, '--preset', preset]);
      expect(plan.sites).toBe(0);
      expect(plan.input.method).toBe('population');
    }
  });

  it('the table says how many sites and marks the case-management roles as left to the site teams', async () => {
    const r = await cli([...BALTIMORE, '--preset', 'site-based']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Sites \(site teams\)\s+21\s+50 participants per site/);
    expect(r.stdout).toContain('Direct assistance to participants');
    expect(r.stdout).toContain('--case-management on adds these roles');
  });

  it('a batch under --preset site-based plans each row with its own default method', async () => {
    const csv = 'name,state,population,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach\nBaltimore,MD,585708,201,,414,,\nQuietville,XX,80000,,,,,\n';
    const r = await cli(['--input', 'places.csv', '--preset', 'site-based', '--format', 'csv'], { 'places.csv': csv });
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows.map((row) => Number(row.total))).toEqual([26_382_700, expect.any(Number)]);
    // What a funder compares: 21 sites; 201 ÷ 585,708 × 100,000 = 34.32 homicides per 100,000;
    // 414 nonfatal (fatal not given) = 70.68 per 100,000; $26,382,700 ÷ 585,708 = $45.04 a resident;
    // ÷ 201 homicides = $131,257.21 each. Quietville gives no counts: those cells are blank.
    const [baltimore, quiet] = rows;
    expect(Number(baltimore?.sites)).toBe(21);
    expect(Number(baltimore?.homicides_per_100k)).toBeCloseTo(34.3174, 3);
    expect(Number(baltimore?.shooting_victims_per_100k)).toBeCloseTo(70.6837, 3);
    expect(Number(baltimore?.budget_per_resident)).toBe(45.04);
    expect(Number(baltimore?.cost_per_homicide)).toBe(131_257.21);
    expect([quiet?.homicides_per_100k, quiet?.shooting_victims_per_100k, quiet?.cost_per_homicide]).toEqual(['', '', '']);
    expect(Number(quiet?.sites)).toBe(2);
  });
});

describe('site-team flags without site teams are refused (they would change nothing)', () => {
  it.each([
    [['--participants-per-site', '40'], '--participants-per-site'],
    [['--case-management', 'on'], '--case-management'],
  ])('%j under the default preset → exit 2 naming the flag and the preset that uses it', async (flags, flag) => {
    const r = await cli([...BALTIMORE, ...flags]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toEqual([`${flag}: sets the site teams of the site-based preset, which this plan does not use: add --preset site-based.`]);
  });

  it('--case-management maybe → exit 2 with the rule', async () => {
    const r = await cli([...BALTIMORE, '--preset', 'site-based', '--case-management', 'maybe']);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual(['--case-management: must be on or off (got "maybe").']);
  });

  it('--participants-per-site 0 → exit 2 with the parameter’s range', async () => {
    const r = await cli([...BALTIMORE, '--preset', 'site-based', '--participants-per-site', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr.join('\n')).toMatch(/^--participants-per-site: Site teams: participants per site/);
  });
});

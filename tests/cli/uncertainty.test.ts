// --sensitivity and --uncertainty (issue 6): every sensitivity endpoint is a plan computed with
// the moved assumption; the ranges are the model's Monte Carlo, reproducible with a seed.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SENSITIVITY,
  DRAWS_LIMITS,
  PARAMS,
  SEED_LIMITS,
  SENSITIVITY_LIMITS,
  computePlan,
  monteCarlo,
  resolveAssumptions,
  type AssumptionOverrides,
  type PlanInput,
} from '../../src/model';
import { cli, NORFOLK_CAPS, parseCsv } from './helpers';

const NORFOLK = ['--city', 'Norfolk, VA', '--preset', 'caps'];

interface SensitivityEntry {
  assumption: string;
  label: string;
  low: number;
  high: number;
  lowSetting: string;
  highSetting: string;
}
interface UncertaintyJson {
  draws: number;
  seed: number;
  p10: number;
  p50: number;
  p90: number;
  min: number;
  max: number;
  staff: { p10: number; p50: number; p90: number };
  ranges: { id: string; low: number; high: number; basis: string }[];
}
interface PlanOut {
  input: PlanInput;
  budget: { total: number };
  totalHeadcount: number;
  sensitivity?: SensitivityEntry[];
  sensitivityBase?: number;
  sensitivityAmount?: number;
  uncertainty?: UncertaintyJson;
}

async function json(argv: string[]): Promise<{ plan: PlanOut; stdout: string }> {
  const r = await cli([...argv, '--format', 'json']);
  expect(r.stderr).toEqual([]);
  expect(r.code).toBe(0);
  return { plan: JSON.parse(r.stdout) as PlanOut, stdout: r.stdout };
}

async function fails(argv: string[]): Promise<string[]> {
  const r = await cli(argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  return r.stderr;
}

const total = (input: PlanInput, overrides: AssumptionOverrides) => computePlan(input, overrides).budget.total;

describe('--sensitivity', () => {
  it('moves the street-outreach caseload to 12 and 18 for Norfolk (caps): the totals of those plans', async () => {
    const { plan } = await json([...NORFOLK, '--sensitivity']);
    expect(plan.input.population).toBe(238_005);
    expect(plan.input.preset).toBe('caps');
    expect(plan.budget.total).toBe(NORFOLK_CAPS.total);
    expect(plan.sensitivityBase).toBe(NORFOLK_CAPS.total);
    expect(plan.sensitivityAmount).toBe(0.2);

    const outreach = plan.sensitivity?.find((e) => e.assumption === 'street-outreach.caseload');
    expect(outreach).toBeDefined();
    expect(outreach?.low).toBe(total(plan.input, { 'street-outreach.caseload': 12 }));
    expect(outreach?.high).toBe(total(plan.input, { 'street-outreach.caseload': 18 }));
    // docs/methodology.md §3: 238.005 participants / 12 = 19.8 → 20 workers (4 more, and one more supervisor).
    expect(outreach?.low).toBe(NORFOLK_CAPS.total + (4 * 78_000 + 104_000) * 1.4);
    expect(Object.keys(outreach ?? {}).sort()).toEqual(['assumption', 'high', 'highSetting', 'label', 'low', 'lowSetting']);
  });

  it('lists every key assumption once, largest swing |high − low| first', async () => {
    const { plan } = await json([...NORFOLK, '--sensitivity']);
    const entries = plan.sensitivity ?? [];
    expect(entries.map((e) => e.assumption).sort()).toEqual(
      [
        'street-outreach.caseload',
        'mediator.caseload',
        'case-manager.caseload',
        'family-case-manager.caseload',
        'victim-advocate.caseload',
        'hospital-responder.caseload',
        'hospital-responder.clientsPerResponder',
        'trauma-counselor.caseload',
        'salaries',
        'fringeRate',
        'wraparoundPerParticipant',
        'reach',
        'highRiskRate',
      ].sort(),
    );
    const swings = entries.map((e) => Math.abs(e.high - e.low));
    for (let i = 1; i < swings.length; i++) expect(swings[i - 1]).toBeGreaterThanOrEqual(swings[i] ?? Infinity);
    expect(swings[0]).toBeGreaterThan(0);
  });

  it('every parameter endpoint equals the plan computed with that parameter moved (a chosen amount, a plan file)', async () => {
    for (const argv of [
      [...NORFOLK, '--sensitivity'],
      [...NORFOLK, '--sensitivity', '--sensitivity-amount', '10'],
      ['--city', 'Detroit, MI', '--fringe', '0.25', '--reach', '60', '--sensitivity', '--sensitivity-amount', '35%'],
    ]) {
      const { plan } = await json(argv);
      const amount = plan.sensitivityAmount ?? NaN;
      const overrides: AssumptionOverrides = argv.includes('--fringe') ? { fringeRate: 0.25 } : {};
      const assumptions = resolveAssumptions(plan.input.preset, overrides);
      let checked = 0;
      for (const e of plan.sensitivity ?? []) {
        if (!Object.prototype.hasOwnProperty.call(PARAMS, e.assumption) || e.lowSetting.includes('held') || e.highSetting.includes('held')) continue;
        const id = e.assumption as keyof typeof assumptions;
        const base = assumptions[id] as number;
        expect(e.low).toBe(total(plan.input, { ...overrides, [id]: base * (1 - amount) }));
        expect(e.high).toBe(total(plan.input, { ...overrides, [id]: base * (1 + amount) }));
        checked++;
      }
      expect(checked).toBeGreaterThanOrEqual(8);
      const reach = plan.sensitivity?.find((e) => e.assumption === 'reach');
      const reachPct = plan.input.serviceReachPct;
      expect(reach?.low).toBe(total({ ...plan.input, serviceReachPct: reachPct * (1 - amount) }, overrides));
      expect(reach?.high).toBe(total({ ...plan.input, serviceReachPct: Math.min(100, reachPct * (1 + amount)) }, overrides));
    }
  });

  it('--sensitivity-amount 10 moves the outreach caseload to 13.5 and 16.5', async () => {
    const { plan } = await json([...NORFOLK, '--sensitivity', '--sensitivity-amount', '10']);
    expect(plan.sensitivityAmount).toBe(0.1);
    const outreach = plan.sensitivity?.find((e) => e.assumption === 'street-outreach.caseload');
    expect(outreach?.low).toBe(total(plan.input, { 'street-outreach.caseload': 13.5 }));
    expect(outreach?.high).toBe(total(plan.input, { 'street-outreach.caseload': 16.5 }));
  });

  it('uses a plan file’s assumptions: the base is the plan’s total', async () => {
    const saved = await cli([...NORFOLK, '--fringe', '0.25', '--format', 'plan-file']);
    expect(saved.code).toBe(0);
    const r = await cli(['--plan', 'p.json', '--sensitivity', '--format', 'json'], { 'p.json': saved.stdout });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as PlanOut;
    expect(plan.sensitivityBase).toBe(plan.budget.total);
    const fringe = plan.sensitivity?.find((e) => e.assumption === 'fringeRate');
    expect(fringe?.low).toBe(total(plan.input, { fringeRate: 0.2 }));
    expect(fringe?.high).toBe(total(plan.input, { fringeRate: 0.3 }));
  });

  it('adds nothing without the flag', async () => {
    const { plan } = await json(NORFOLK);
    expect(plan).not.toHaveProperty('sensitivity');
    expect(plan).not.toHaveProperty('sensitivityBase');
    expect(plan).not.toHaveProperty('uncertainty');
  });
});

describe('--uncertainty N --seed S', () => {
  it('is deterministic for a seed, and the model’s Monte Carlo for the plan', async () => {
    const argv = [...NORFOLK, '--uncertainty', '2000', '--seed', '7'];
    const first = await json(argv);
    const second = await json(argv);
    expect(second.stdout).toBe(first.stdout);
    const u = first.plan.uncertainty;
    expect(u?.draws).toBe(2000);
    expect(u?.seed).toBe(7);
    const model = monteCarlo(first.plan.input, {}, { draws: 2000, seed: 7 });
    expect(u).toMatchObject({ ...model.total, staff: { p10: model.staff.p10, p50: model.staff.p50, p90: model.staff.p90 } });
    expect(u?.ranges.find((r) => r.id === 'street-outreach.caseload')).toMatchObject({ low: 15, high: 20, basis: 'source' });
    expect(u?.ranges.find((r) => r.id === 'fringeRate')).toMatchObject({ low: 0.22, high: 0.38, basis: 'source' });
  });

  it('has ordered percentiles inside the lowest and highest draw, around the plan’s total', async () => {
    for (const seed of ['7', '0', '4294967295']) {
      const { plan } = await json([...NORFOLK, '--uncertainty', '2000', '--seed', seed]);
      const u = plan.uncertainty as UncertaintyJson;
      expect(u.min).toBeLessThanOrEqual(u.p10);
      expect(u.p10).toBeLessThanOrEqual(u.p50);
      expect(u.p50).toBeLessThanOrEqual(u.p90);
      expect(u.p90).toBeLessThanOrEqual(u.max);
      expect(u.p10).toBeLessThan(u.p90);
      expect(u.staff.p10).toBeLessThanOrEqual(u.staff.p50);
      expect(u.staff.p50).toBeLessThanOrEqual(u.staff.p90);
      expect(u.p10).toBeLessThan(plan.budget.total);
      expect(u.p90).toBeGreaterThan(plan.budget.total);
      expect(u.staff.p10).toBeLessThan(plan.totalHeadcount);
      expect(u.staff.p90).toBeGreaterThan(plan.totalHeadcount);
    }
  });

  it('different seeds give different draws; the default seed is 1', async () => {
    const seven = (await json([...NORFOLK, '--uncertainty', '2000', '--seed', '7'])).plan.uncertainty;
    const eight = (await json([...NORFOLK, '--uncertainty', '2000', '--seed', '8'])).plan.uncertainty;
    expect(eight?.p50).not.toBe(seven?.p50);
    expect(eight?.min).not.toBe(seven?.min);
    const unseeded = (await json([...NORFOLK, '--uncertainty', '2000'])).plan.uncertainty;
    const one = (await json([...NORFOLK, '--uncertainty', '2000', '--seed', '1'])).plan.uncertainty;
    expect(unseeded?.seed).toBe(1);
    expect(unseeded).toEqual(one);
  });
});

describe('table and csv', () => {
  it('the table has the sensitivity and range sections, worded as ranges, with no NaN', async () => {
    const r = await cli([...NORFOLK, '--sensitivity', '--uncertainty', '2000', '--seed', '7']);
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([]);
    expect(r.stdout).toContain('Sensitivity (±20%)');
    expect(r.stdout).toContain('Range (2,000 draws, seed 7)');
    expect(r.stdout).toContain('not a forecast');
    expect(r.stdout).not.toMatch(/NaN|Infinity|undefined/);
    expect(r.stdout).toMatch(/Street outreach caseload +12 +\$20,465,425 +18 +\$19,555,425 +\$910,000/);
    expect(r.stdout).toMatch(/Fringe benefits +24% .* 36% /);
    expect(r.stdout).toMatch(/Total annual budget +\$[\d,]+ +\$[\d,]+ +\$[\d,]+/);
    expect(r.stdout).toMatch(/Total staff +\d+ +\d+ +\d+/);
    const sensitivityAt = r.stdout.indexOf('Sensitivity (');
    expect(r.stdout.indexOf('High-risk share of the population', sensitivityAt)).toBeLessThan(r.stdout.indexOf('Trauma counselor caseload', sensitivityAt));
    const amount = await cli([...NORFOLK, '--sensitivity', '--sensitivity-amount', '12.5']);
    expect(amount.stdout).toContain('Sensitivity (±12.5%)');
    expect(amount.stdout).toContain('Down 12.5%');
  });

  it('csv adds table=sensitivity and table=uncertainty rows with the json’s numbers', async () => {
    const argv = [...NORFOLK, '--sensitivity', '--uncertainty', '500', '--seed', '3'];
    const { plan } = await json(argv);
    const r = await cli([...argv, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    const sens = rows.filter((row) => row.table === 'sensitivity');
    expect(sens).toHaveLength(1 + 2 * (plan.sensitivity?.length ?? 0));
    expect(sens[0]).toMatchObject({ id: 'base', amount: String(NORFOLK_CAPS.total), value: '0.2' });
    for (const e of plan.sensitivity ?? []) {
      expect(sens.find((row) => row.id === `${e.assumption}:low`)?.amount).toBe(String(e.low));
      expect(sens.find((row) => row.id === `${e.assumption}:high`)?.amount).toBe(String(e.high));
    }
    const unc = Object.fromEntries(rows.filter((row) => row.table === 'uncertainty').map((row) => [row.id, row]));
    expect(unc.draws?.value).toBe('500');
    expect(unc.seed?.value).toBe('3');
    const u = plan.uncertainty as UncertaintyJson;
    for (const key of ['p10', 'p50', 'p90', 'min', 'max'] as const) expect(Number(unc[`total-${key}`]?.amount)).toBe(u[key]);
    for (const key of ['p10', 'p50', 'p90'] as const) expect(Number(unc[`staff-${key}`]?.value)).toBe(u.staff[key]);
  });

  it('with --years, the csv rows keep the year column (empty)', async () => {
    const r = await cli([...NORFOLK, '--years', '2', '--sensitivity', '--uncertainty', '100', '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    const added = rows.filter((row) => row.table === 'sensitivity' || row.table === 'uncertainty');
    expect(added.length).toBeGreaterThan(0);
    for (const row of added) expect(row.year).toBe('');
  });
});

describe('a batch (--input)', () => {
  const CSV = 'name,state,population,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach\nNorfolk,VA,238005,,,,,\nDetroit,MI,639111,203,,606,100,50\n';

  it('--uncertainty adds each place’s p10/p50/p90, the model’s for that place', async () => {
    const argv = ['--input', 'p.csv', '--preset', 'caps', '--uncertainty', '1000', '--seed', '11'];
    const j = await cli([...argv, '--format', 'json'], { 'p.csv': CSV });
    expect(j.code).toBe(0);
    const places = JSON.parse(j.stdout) as PlanOut[];
    const c = await cli([...argv, '--format', 'csv'], { 'p.csv': CSV });
    expect(c.code).toBe(0);
    const rows = parseCsv(c.stdout);
    expect(rows).toHaveLength(2);
    places.forEach((place, i) => {
      const model = monteCarlo(place.input, {}, { draws: 1000, seed: 11 });
      expect(place.uncertainty).toMatchObject({ draws: 1000, seed: 11, p10: model.total.p10, p50: model.total.p50, p90: model.total.p90 });
      const row = rows[i] ?? {};
      expect(Number(row.total_p10)).toBe(model.total.p10);
      expect(Number(row.total_p50)).toBe(model.total.p50);
      expect(Number(row.total_p90)).toBe(model.total.p90);
      expect(Number(row.staff_p50)).toBe(model.staff.p50);
    });
    const t = await cli(argv, { 'p.csv': CSV });
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('1,000 draws, seed 11');
    expect(t.stdout).toContain('not a forecast');
    expect(t.stdout).toMatch(/Total p10 +p50 +p90/);
    expect(t.stdout).not.toMatch(/NaN/);
  });

  it('without --uncertainty, no range columns', async () => {
    const c = await cli(['--input', 'p.csv', '--format', 'csv'], { 'p.csv': CSV });
    expect(c.stdout.split('\n')[0]).not.toContain('total_p10');
  });

  it('--sensitivity is refused with a clear message', async () => {
    const lines = await fails(['--input', 'p.csv', '--sensitivity']);
    expect(lines).toEqual([expect.stringMatching(/^--sensitivity: cannot be used with --input/)]);
  });
});

describe('invalid flags exit 2 naming the flag', () => {
  it.each([
    [['--seed', '5'], '--seed', /needs --uncertainty|give --uncertainty too/],
    [['--uncertainty', '50'], '--uncertainty', /100 to 100,000/],
    [['--uncertainty', '100001'], '--uncertainty', /100 to 100,000/],
    [['--uncertainty', '2.5'], '--uncertainty', /whole number/],
    [['--uncertainty', 'many'], '--uncertainty', /must be a number/],
    [['--uncertainty='], '--uncertainty', /needs a value/],
    [['--uncertainty', '100', '--seed', '4294967296'], '--seed', /0 to 4,294,967,295/],
    [['--uncertainty', '100', '--seed', '1.5'], '--seed', /whole number/],
    [['--sensitivity-amount', '20'], '--sensitivity-amount', /give --sensitivity too/],
    [['--sensitivity', '--sensitivity-amount', '0.2'], '--sensitivity-amount', /1% to 90%.*write 20\./],
    [['--sensitivity', '--sensitivity-amount', '95'], '--sensitivity-amount', /1% to 90%/],
    [['--sensitivity', '--sensitivity-amount', '0'], '--sensitivity-amount', /1% to 90%/],
    [['--sensitivity=yes'], '--sensitivity', /takes no value/],
    [['--sensitivity', '--format', 'narrative'], '--sensitivity', /table, json and csv/],
    [['--uncertainty', '100', '--format', 'xlsx', '--out', 'x.xlsx'], '--uncertainty', /table, json and csv/],
  ])('%j', async (argv, flag, message) => {
    const lines = await fails([...NORFOLK, ...argv]);
    const line = lines.find((l) => l.startsWith(`${flag}:`) || l.startsWith(`${flag}=`));
    expect(line, lines.join('\n')).toBeDefined();
    expect(line).toMatch(message);
    for (const l of lines) expect(l).not.toMatch(/NaN|undefined/);
  });

  it('the limits and defaults are the model’s (SENSITIVITY_LIMITS, DRAWS_LIMITS, SEED_LIMITS), the ones the planner’s fields use', async () => {
    const ok = async (argv: string[]) => expect((await cli([...NORFOLK, ...argv, '--format', 'json'])).code, argv.join(' ')).toBe(0);
    await ok(['--sensitivity', '--sensitivity-amount', String(SENSITIVITY_LIMITS.min)]);
    await ok(['--sensitivity', '--sensitivity-amount', String(SENSITIVITY_LIMITS.max)]);
    await ok(['--uncertainty', String(DRAWS_LIMITS.min), '--seed', String(SEED_LIMITS.min)]);
    await ok(['--uncertainty', String(DRAWS_LIMITS.min), '--seed', String(SEED_LIMITS.max)]);
    for (const argv of [
      ['--sensitivity', '--sensitivity-amount', String(SENSITIVITY_LIMITS.min - 0.5)],
      ['--sensitivity', '--sensitivity-amount', String(SENSITIVITY_LIMITS.max + 0.5)],
      ['--uncertainty', String(DRAWS_LIMITS.min - 1)],
      ['--uncertainty', String(DRAWS_LIMITS.max + 1)],
      ['--uncertainty', String(DRAWS_LIMITS.min), '--seed', String(SEED_LIMITS.max + 1)],
    ]) {
      expect(await fails([...NORFOLK, ...argv]), argv.join(' ')).not.toEqual([]);
    }
    const { plan } = await json([...NORFOLK, '--sensitivity', '--uncertainty', String(DRAWS_LIMITS.min)]);
    expect(plan.sensitivityAmount).toBe(DEFAULT_SENSITIVITY);
    expect(DEFAULT_SENSITIVITY).toBe(SENSITIVITY_LIMITS.default / 100);
    expect(plan.uncertainty?.seed).toBe(SEED_LIMITS.default);
  });

  it('--help lists the flags', async () => {
    const r = await cli(['--help']);
    for (const flag of ['--sensitivity ', '--sensitivity-amount PCT', '--uncertainty N', '--seed S']) expect(r.stdout).toContain(flag);
  });
});

// Sensitivity (issue 6): each key assumption moved down and up by a chosen amount, the rest held.
// Every endpoint must equal a plan computed independently with that assumption set by hand to the
// moved value (12 and 18 for an outreach caseload of 15 at ±20%, and so on), and the results come
// largest swing first.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SENSITIVITY,
  PARAMS,
  computePlan,
  makeInput,
  resolveAssumptions,
  sensitivity,
  type AssumptionOverrides,
  type PlanInput,
} from '../../src/model';
import { arbInput } from './support/arbitraries';

/** Norfolk, VA, the CAPS calibration city (docs/methodology.md §9): full reach, CAPS preset. */
const NORFOLK: PlanInput = makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 50, preset: 'caps' });

const total = (input: PlanInput, overrides: AssumptionOverrides = {}) => computePlan(input, overrides).budget.total;

/** The salary of every role, named here rather than found by the model's own filter. */
const SALARIES = {
  'street-outreach.salary': 60_000,
  'mediator.salary': 60_000,
  'case-manager.salary': 60_000,
  'family-case-manager.salary': 60_000,
  'victim-advocate.salary': 60_000,
  'hospital-responder.salary': 60_000,
  'trauma-counselor.salary': 75_000,
  'supervisor.salary': 80_000,
  'ovp-staff.salary': 90_000,
} as const;

function row(result: ReturnType<typeof sensitivity>, assumption: string) {
  const found = result.results.find((r) => r.assumption === assumption);
  if (!found) throw new Error(`no sensitivity row for ${assumption}`);
  return found;
}

describe('sensitivity endpoints equal plans computed with the moved assumption', () => {
  const result = sensitivity(NORFOLK);

  it('given the defaults, then the base is the plan total and the amount is 20%', () => {
    expect(DEFAULT_SENSITIVITY).toBe(0.2);
    expect(result.amount).toBe(0.2);
    expect(result.base).toBe(total(NORFOLK));
  });

  it('given an outreach caseload of 15, then ±20% is the plan with 12 and with 18', () => {
    const r = row(result, 'street-outreach.caseload');
    expect(r.low).toBe(total(NORFOLK, { 'street-outreach.caseload': 12 }));
    expect(r.high).toBe(total(NORFOLK, { 'street-outreach.caseload': 18 }));
    expect([r.lowSetting, r.highSetting]).toEqual(['12', '18']);
    // Fewer people per worker means more workers: the lower caseload costs more.
    expect(r.low).toBeGreaterThan(r.high);
  });

  it('given the salaries, then ±20% is every salary × 0.8 and × 1.2 together', () => {
    for (const [id, salary] of Object.entries(SALARIES)) expect(resolveAssumptions('caps')[id as keyof typeof SALARIES]).toBe(salary);
    const scaled = (factor: number) => Object.fromEntries(Object.entries(SALARIES).map(([id, s]) => [id, s * factor])) as AssumptionOverrides;
    const r = row(result, 'salaries');
    expect(r.low).toBe(total(NORFOLK, scaled(0.8)));
    expect(r.high).toBe(total(NORFOLK, scaled(1.2)));
    expect(r.low).toBeLessThan(result.base);
    expect(r.high).toBeGreaterThan(result.base);
  });

  it('given full reach, then −20% is reach 80 and +20% is held at 100', () => {
    const r = row(result, 'reach');
    expect(r.low).toBe(total({ ...NORFOLK, serviceReachPct: 80 }));
    expect(r.high).toBe(total({ ...NORFOLK, serviceReachPct: 100 }));
    expect(r.high).toBe(result.base);
    expect(r.highSetting).toContain('held at 100%');
  });

  it('given fringe 30%, wraparound $45,000 and a high-risk share of 0.1%, then the endpoints are 24/36%, $36,000/$54,000 and 0.08/0.12%', () => {
    expect(row(result, 'fringeRate').low).toBe(total(NORFOLK, { fringeRate: 0.24 }));
    expect(row(result, 'fringeRate').high).toBe(total(NORFOLK, { fringeRate: 0.36 }));
    expect(row(result, 'wraparoundPerParticipant').low).toBe(total(NORFOLK, { wraparoundPerParticipant: 36_000 }));
    expect(row(result, 'wraparoundPerParticipant').high).toBe(total(NORFOLK, { wraparoundPerParticipant: 54_000 }));
    expect(row(result, 'highRiskRate').low).toBe(total(NORFOLK, { highRiskRate: 0.0008 }));
    expect(row(result, 'highRiskRate').high).toBe(total(NORFOLK, { highRiskRate: 0.0012 }));
  });

  it('given every caseload, then each endpoint is the plan with that caseload × 0.8 and × 1.2', () => {
    const caseloads = ['mediator.caseload', 'case-manager.caseload', 'family-case-manager.caseload', 'victim-advocate.caseload', 'hospital-responder.caseload', 'hospital-responder.clientsPerResponder', 'trauma-counselor.caseload'] as const;
    const defaults = resolveAssumptions('caps');
    for (const id of caseloads) {
      const r = row(result, id);
      expect(r.low, id).toBe(total(NORFOLK, { [id]: defaults[id] * 0.8 }));
      expect(r.high, id).toBe(total(NORFOLK, { [id]: defaults[id] * 1.2 }));
    }
  });

  it('given the issue’s list, then every key assumption has a row', () => {
    expect(result.results.map((r) => r.assumption).sort()).toEqual(
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
  });

  it('given any plan, then rows come largest swing first and each swing is |high − low|', () => {
    for (const r of result.results) expect(r.swing).toBe(Math.abs(r.high - r.low));
    const swings = result.results.map((r) => r.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    // Norfolk: the high-risk share moves the total most (it scales every participant-driven line).
    expect(result.results[0]?.assumption).toBe('highRiskRate');
    expect(swings[0]).toBeGreaterThan(0);
  });
});

describe('sensitivity with a chosen amount and the user’s own values', () => {
  it('given ±10%, then the outreach caseload moves to 13.5 and 16.5', () => {
    const r = row(sensitivity(NORFOLK, {}, 0.1), 'street-outreach.caseload');
    expect(r.low).toBe(total(NORFOLK, { 'street-outreach.caseload': 13.5 }));
    expect(r.high).toBe(total(NORFOLK, { 'street-outreach.caseload': 16.5 }));
  });

  it('given an outreach caseload the user set to 10 and reach 50%, then ±20% moves around their values (8/12, reach 40/60)', () => {
    const input = { ...NORFOLK, serviceReachPct: 50 };
    const overrides: AssumptionOverrides = { 'street-outreach.caseload': 10 };
    const result = sensitivity(input, overrides);
    expect(result.base).toBe(total(input, overrides));
    expect(row(result, 'street-outreach.caseload').low).toBe(total(input, { 'street-outreach.caseload': 8 }));
    expect(row(result, 'street-outreach.caseload').high).toBe(total(input, { 'street-outreach.caseload': 12 }));
    // The other rows keep the user's caseload.
    expect(row(result, 'reach').low).toBe(total({ ...input, serviceReachPct: 40 }, overrides));
    expect(row(result, 'reach').high).toBe(total({ ...input, serviceReachPct: 60 }, overrides));
  });

  it('given fringe at 90%, then +20% is held at the parameter’s maximum (100%) and says so', () => {
    expect(PARAMS.fringeRate.max).toBe(1);
    const r = row(sensitivity(NORFOLK, { fringeRate: 0.9 }), 'fringeRate');
    expect(r.high).toBe(total(NORFOLK, { fringeRate: 1 }));
    expect(r.highSetting).toContain('held to its valid range');
    expect(r.low).toBe(total(NORFOLK, { fringeRate: 0.72 }));
  });

  it('given no reach, then nothing moves the total (no participants to scale)', () => {
    const result = sensitivity({ ...NORFOLK, serviceReachPct: 0 });
    const participantDriven = result.results.filter((r) => r.assumption.endsWith('.caseload') || r.assumption === 'wraparoundPerParticipant');
    for (const r of participantDriven) expect(r.swing, r.assumption).toBe(0);
  });

  it('property: for any valid input, the base is the plan total and the outreach (or participants-per-site) and reach rows equal plans with the moved values', () => {
    fc.assert(
      fc.property(arbInput, fc.constantFrom(0.05, 0.2, 0.5), (input, amount) => {
        const result = sensitivity(input, {}, amount);
        expect(result.base).toBe(total(input));
        // Under site teams (§11) outreach workers are sites × per site: participants per site moves them instead.
        const moved = resolveAssumptions(input.preset).staffingModel === 'sites' ? 'sites.participantsPerSite' : 'street-outreach.caseload';
        const value = resolveAssumptions(input.preset)[moved];
        const outreach = row(result, moved);
        expect(outreach.low).toBe(total(input, { [moved]: value * (1 - amount) }));
        expect(outreach.high).toBe(total(input, { [moved]: value * (1 + amount) }));
        const reach = row(result, 'reach');
        expect(reach.low).toBe(total({ ...input, serviceReachPct: input.serviceReachPct * (1 - amount) }));
        expect(reach.high).toBe(total({ ...input, serviceReachPct: Math.min(100, input.serviceReachPct * (1 + amount)) }));
        const swings = result.results.map((r) => r.swing);
        expect(swings).toEqual([...swings].sort((a, b) => b - a));
      }),
      { numRuns: 60 },
    );
  });
});

describe('site teams (docs/methodology.md §11)', () => {
  const baltimore = { ...NORFOLK, placeName: 'Baltimore', state: 'MD', population: 585_708, homicides: 201, nonfatalShootings: 414, method: 'violence-adjusted' as const, preset: 'site-based' as const };

  it('given a site-based plan, then participants per site and direct assistance are moved, and the site roles’ caseloads (which size nobody) are not', () => {
    const ids = sensitivity(baltimore).results.map((r) => r.assumption);
    expect(ids).toContain('sites.participantsPerSite');
    expect(ids).toContain('directAssistancePerParticipant');
    expect(ids).not.toContain('wraparoundPerParticipant');
    for (const id of ['street-outreach.caseload', 'mediator.caseload', 'trauma-counselor.caseload']) expect(ids).not.toContain(id);
    // The case-management caseloads stay: the switch can bring those roles back.
    expect(ids).toContain('case-manager.caseload');
  });

  it('given ±20% on participants per site (40 and 60), then the totals are the plans with 26 and 17 sites', () => {
    // 1,005 ÷ 40 = 25.1 → 26 sites; 1,005 ÷ 60 = 16.75 → 17 sites.
    const r = row(sensitivity(baltimore), 'sites.participantsPerSite');
    expect(r.low).toBe(total(baltimore, { 'sites.participantsPerSite': 40 }));
    expect(r.high).toBe(total(baltimore, { 'sites.participantsPerSite': 60 }));
    expect(computePlan(baltimore, { 'sites.participantsPerSite': 40 }).sites).toBe(26);
    expect(computePlan(baltimore, { 'sites.participantsPerSite': 60 }).sites).toBe(17);
  });
});

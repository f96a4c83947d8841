// docs/methodology.md §11: the site-based preset. Every expected number is worked by hand from the
// methodology's text; the arithmetic is written out beside it.
import { describe, expect, it } from 'vitest';
import {
  computeMultiYear,
  computePlan,
  explainPlan,
  makeInput,
  presetMethod,
  ROLE_IDS,
  roleOf,
  type BudgetLineId,
  type Plan,
  type PlanInput,
  type RoleId,
} from '../../src/model';

const headcounts = (plan: Plan): Record<RoleId, number> => Object.fromEntries(plan.roles.map((r) => [r.id, r.headcount])) as Record<RoleId, number>;
const line = (plan: Plan, id: BudgetLineId): number | undefined => plan.budget.lines.find((l) => l.id === id)?.amount;
const sitePlan = (fields: Partial<PlanInput> & Pick<PlanInput, 'population'>, overrides = {}) => {
  const input = makeInput({ preset: 'site-based', ...fields });
  return computePlan({ ...input, method: fields.method ?? presetMethod('site-based', input) }, overrides);
};

describe('Baltimore, MD — the §11 worked example, line by line', () => {
  // population 585,708, homicides 201, nonfatal 414, reach 100%, hospital reach 50%.
  const plan = sitePlan({ placeName: 'Baltimore', state: 'MD', population: 585_708, homicides: 201, nonfatalShootings: 414 });

  it('takes the violence-adjusted method because homicides are given', () => {
    expect(plan.input.method).toBe('violence-adjusted');
  });

  it('H = P = 1,005: rate 201 ÷ 585,708 × 100,000 = 34.32, factor 1.7159, 0.001 × 585,708 × 1.7159 = 5 × 201', () => {
    expect(plan.highRiskPopulation).toBeCloseTo(1005, 9);
    expect(plan.participants).toBeCloseTo(1005, 9);
  });

  it('S = ⌈1,005 ÷ 50⌉ = ⌈20.1⌉ = 21 sites', () => {
    expect(plan.sites).toBe(21);
  });

  it('staffs 21 × 3 outreach, 21 × 3 interrupters, 21 trauma counselors; responders 207 ÷ 40 = 5.175 → 5; supervisors 21 + round(5 ÷ 5) = 22; OVP 4 × √2.4609 = 6.27 → 6', () => {
    expect(headcounts(plan)).toEqual({
      'street-outreach': 63,
      mediator: 63,
      'case-manager': 0,
      'family-case-manager': 0,
      'victim-advocate': 0,
      'hospital-responder': 5,
      'trauma-counselor': 21,
      supervisor: 22,
      'ovp-staff': 6,
    });
    expect(plan.hospitalClients).toBe(207);
  });

  it('lists every role, the case-management roles at 0 and marked as left to the site teams', () => {
    expect(plan.roles.map((r) => r.id)).toEqual(ROLE_IDS);
    for (const id of ['case-manager', 'family-case-manager', 'victim-advocate'] as const) {
      expect(roleOf(plan.roles, id)).toMatchObject({ enabled: false, offInSiteTeams: true, headcount: 0, cost: 0 });
    }
  });

  it('prices every line as §11 gives it', () => {
    // Frontline: (63 + 63 + 5) × $78,000 + 21 × $97,500 = 10,218,000 + 2,047,500 = 12,265,500.
    expect(line(plan, 'frontline')).toBe(12_265_500);
    // Supervision & OVP: 22 × $104,000 + 6 × $117,000 = 2,288,000 + 702,000 = 2,990,000.
    expect(line(plan, 'supervision-ovp')).toBe(2_990_000);
    // Training 25% and evaluation 15% of 15,255,500.
    expect(line(plan, 'training-ta')).toBe(3_813_875);
    expect(line(plan, 'data-evaluation')).toBe(2_288_325);
    // Direct assistance: $5,000 × 1,005 = 5,025,000, on the wraparound line with its own label.
    expect(line(plan, 'wraparound')).toBe(5_025_000);
    expect(plan.budget.lines.find((l) => l.id === 'wraparound')?.label).toBe('Direct assistance to participants');
    expect(plan.budget.total).toBe(26_382_700);
  });

  it('costs $26,251 per participant (26,382,700 ÷ 1,005 = 26,251.44)', () => {
    expect(Math.round(plan.costPerParticipant ?? NaN)).toBe(26_251);
  });

  it('the shooting-informed plan for the same inputs (its own default method, population) is $49,689,260 (§11)', () => {
    const si = computePlan({ ...plan.input, preset: 'shooting-informed', method: presetMethod('shooting-informed', plan.input) });
    expect(si.budget.total).toBe(49_689_260);
    expect(si.sites).toBe(0);
  });

  it('"Why this number?" explains the sites and each per-site count', () => {
    const w = explainPlan(plan);
    expect(w.sites.value).toBe(21);
    expect(w.sites.formula).toContain('participants per site');
    expect(w.sites.terms.map((t) => t.param ?? t.figure)).toEqual(['participants', 'sites.participantsPerSite']);
    const outreach = w['role.street-outreach.headcount'];
    expect(outreach.formula).toContain('Sites × people per site');
    expect(outreach.terms.map((t) => [t.figure ?? t.param, t.value])).toEqual([
      ['sites', 21],
      ['sites.streetOutreach', 3],
    ]);
    expect(w['role.mediator.headcount'].terms.map((t) => t.param ?? t.figure)).toEqual(['sites', 'sites.interrupters']);
    const supervisors = w['role.supervisor.headcount'];
    expect(supervisors.terms.map((t) => t.value)).toEqual([21, 1, 5, 5, 1]);
    expect(w['role.case-manager.headcount'].formula).toContain('site teams carry the case work');
  });
});

describe('edges of the site count', () => {
  it('P = 0 (reach 0%): no sites, no site staff, no supervisors; OVP staff remain', () => {
    const plan = sitePlan({ population: 585_708, homicides: 201, nonfatalShootings: 414, serviceReachPct: 0 });
    expect(plan.participants).toBe(0);
    expect(plan.sites).toBe(0);
    // Hospital responders follow hospital clients (207 ÷ 40 → 5), so they still need 1 supervisor.
    expect(headcounts(plan)).toMatchObject({ 'street-outreach': 0, mediator: 0, 'trauma-counselor': 0, 'hospital-responder': 5, supervisor: 1, 'ovp-staff': 6 });
    expect(line(plan, 'wraparound')).toBe(0);
  });

  it('P = 0 and no shootings given: only the OVP core is planned', () => {
    const plan = sitePlan({ population: 100_000, serviceReachPct: 0 });
    expect(plan.sites).toBe(0);
    expect(plan.totalHeadcount).toBe(roleOf(plan.roles, 'ovp-staff').headcount);
  });

  it('P just over a multiple of 50 opens one more site: P = 100.1 → 3 sites; P = 100 exactly → 2', () => {
    // Population method, 0.1%: population 100,100 → P = 100.1; 100,000 → P = 100.
    const over = sitePlan({ population: 100_100 });
    const exact = sitePlan({ population: 100_000 });
    expect(over.participants).toBeCloseTo(100.1, 9);
    expect(over.sites).toBe(3);
    expect(exact.sites).toBe(2);
    expect(roleOf(over.roles, 'street-outreach').headcount).toBe(9);
    expect(roleOf(exact.roles, 'street-outreach').headcount).toBe(6);
  });

  it('P from floating-point products at an exact multiple stays on it (reach 10% of 1,000 = 100.00000000000001)', () => {
    // 0.001 × 1,000,000 × 0.1 is not exactly 100 in doubles; the 10⁻⁹ in §11 keeps it at 2 sites.
    const plan = sitePlan({ population: 1_000_000, serviceReachPct: 10 });
    expect(plan.sites).toBe(2);
  });
});

describe('a place without shooting counts', () => {
  const plan = sitePlan({ placeName: 'Quietville', population: 80_000 });

  it('falls back to the population method: H = 80, S = ⌈1.6⌉ = 2', () => {
    expect(presetMethod('site-based', plan.input)).toBe('population');
    expect(plan.input.method).toBe('population');
    expect(plan.sites).toBe(2);
  });

  it('hospital responders follow participants (80 ÷ 40 = 2), supervisors 2 sites + round(2 ÷ 5) → 1 (the minimum)', () => {
    expect(headcounts(plan)).toMatchObject({ 'street-outreach': 6, mediator: 6, 'trauma-counselor': 2, 'hospital-responder': 2, supervisor: 3 });
    expect(roleOf(plan.roles, 'supervisor').minimumApplied).toBe(true);
  });
});

describe('the case-management switch and per-site counts', () => {
  const base = { population: 585_708, homicides: 201, nonfatalShootings: 414 };

  it('switched on, the three roles return at the §3 caseloads and are supervised with the responders', () => {
    const plan = sitePlan(base, { 'sites.caseManagement': true });
    // P = 1,005: 1,005 ÷ 24 = 41.9 → 42; ÷ 48 = 20.9 → 21; ÷ 30 = 33.5 → 34. Outside the teams:
    // 42 + 21 + 34 + 5 = 102 → 102 ÷ 5 = 20.4 → 20; supervisors 21 + 20 = 41.
    expect(headcounts(plan)).toMatchObject({ 'case-manager': 42, 'family-case-manager': 21, 'victim-advocate': 34, supervisor: 41 });
  });

  it('each per-site count is a parameter: 2 interrupters and 2 supervisors per site', () => {
    const plan = sitePlan(base, { 'sites.interrupters': 2, 'sites.supervisors': 2 });
    expect(headcounts(plan)).toMatchObject({ mediator: 42, supervisor: 43 });
  });

  it('the other presets have no sites and keep every role they had', () => {
    for (const preset of ['caps', 'shooting-informed'] as const) {
      const plan = computePlan(makeInput({ ...base, preset }));
      expect(plan.sites).toBe(0);
      expect(plan.roles.every((r) => r.perSite === null && !r.offInSiteTeams)).toBe(true);
    }
  });

  it('presetMethod: only site-based, and only with homicides or fatal shootings, turns to violence-adjusted', () => {
    expect(presetMethod('site-based', { homicides: null, fatalShootings: 3 })).toBe('violence-adjusted');
    expect(presetMethod('site-based', { homicides: 0, fatalShootings: null })).toBe('violence-adjusted');
    expect(presetMethod('site-based', { homicides: null, fatalShootings: null })).toBe('population');
    expect(presetMethod('shooting-informed', { homicides: 201, fatalShootings: null })).toBe('population');
    expect(presetMethod('caps', { homicides: 201, fatalShootings: null })).toBe('population');
  });
});

describe('a multi-year site-based plan ramps the site teams', () => {
  it('year 1 at 50%: 63 × 0.5 = 31.5 → 32 outreach; site supervisors 21 × 0.5 = 10.5 → 11, plus 1 for the responders', () => {
    const input = { ...makeInput({ population: 585_708, homicides: 201, nonfatalShootings: 414, preset: 'site-based' as const }), method: 'violence-adjusted' as const };
    const multi = computeMultiYear(input, {}, { startYear: 2027, years: 3, ramp: [0.5, 0.75, 1] }, 2026);
    const first = multi.years[0];
    if (!first) throw new Error('no first year');
    // Responders: 5 × 0.5 = 2.5 → 3; their supervision round(3 ÷ 5) = 1.
    expect(headcounts(first)).toMatchObject({ 'street-outreach': 32, mediator: 32, 'trauma-counselor': 11, 'hospital-responder': 3, supervisor: 12 });
    expect(multi.years[2]?.budget.total).toBeGreaterThan(26_382_700);
  });
});

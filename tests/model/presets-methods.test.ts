// docs/methodology.md §2 (methods, participants, hospital clients, not-given vs 0) and §5 (presets).
// Expected values are worked by hand from the spec; the arithmetic is in the comments.
import { describe, expect, it } from 'vitest';
import {
  explainPlan,
  computeCapsReference,
  capsReferenceOf,
  computePlan,
  makeInput,
  roleOf,
  type PlanInput,
  type RoleId,
} from '../../src/model';

const NORFOLK = { placeName: 'Norfolk', state: 'VA', population: 238_005 } as const;
const plan = (fields: Partial<PlanInput> & { population: number }, overrides = {}) => computePlan(makeInput(fields), overrides);
const hc = (p: ReturnType<typeof computePlan>, id: RoleId) => roleOf(p.roles, id).headcount;

describe('presets (§5)', () => {
  it('caps: population method, HVIP from P, no trauma counselors, no optional lines', () => {
    const p = plan({ ...NORFOLK, preset: 'caps', nonfatalShootings: 606 });
    expect(p.assumptions['trauma-counselor.enabled']).toBe(false);
    expect(p.assumptions['hospital-responder.driver']).toBe('participants');
    expect(p.assumptions['stipends.enabled']).toBe(false);
    expect(p.assumptions['wellness.enabled']).toBe(false);
    expect(p.assumptions['indirect.enabled']).toBe(false);
    // Even with nonfatal shootings given, HVIP stays P ÷ 40 = 5.95 → 6.
    expect(roleOf(p.roles, 'hospital-responder').driver.kind).toBe('participants');
    expect(hc(p, 'hospital-responder')).toBe(6);
    expect(hc(p, 'trauma-counselor')).toBe(0);
    // C is still computed (50% × 606), it just drives nothing under caps.
    expect(p.hospitalClients).toBe(303);
    expect(p.budget.total).toBe(19_883_025);
  });

  it('shooting-informed is the default preset for new plans', () => {
    expect(makeInput({ population: 1000 }).preset).toBe('shooting-informed');
  });

  it('shooting-informed with nonfatal given: HVIP from C ÷ 40, trauma counselors from (P + C) ÷ 50', () => {
    // Norfolk, nonfatal 100, hospital reach 50% → C = 50. HVIP 50/40 = 1.25 → 1.
    // TC (238.005 + 50)/50 = 5.76 → 6. Frontline 16+17+10+5+8+1+6 = 63 → supervisors 12.6 → 13.
    const p = plan({ ...NORFOLK, nonfatalShootings: 100 });
    expect(p.hospitalClients).toBe(50);
    expect(roleOf(p.roles, 'hospital-responder').driver.kind).toBe('hospital-clients');
    expect(roleOf(p.roles, 'hospital-responder').fte).toBeCloseTo(1.25, 12);
    expect(hc(p, 'hospital-responder')).toBe(1);
    expect(roleOf(p.roles, 'trauma-counselor').fte).toBeCloseTo(288.005 / 50, 12);
    expect(hc(p, 'trauma-counselor')).toBe(6);
    expect(p.frontlineHeadcount).toBe(63);
    expect(hc(p, 'supervisor')).toBe(13);
    // frontline 57 × $78,000 + 6 × $97,500
    expect(p.budget.lines[0]).toMatchObject({ id: 'frontline', amount: 57 * 78_000 + 6 * 97_500 });
  });

  it('shooting-informed without nonfatal shootings: HVIP falls back to P ÷ 40, trauma counselors from P ÷ 50', () => {
    // HVIP 5.95 → 6; TC 238.005/50 = 4.76 → 5; frontline 67 → supervisors 13.4 → 13.
    const p = plan({ ...NORFOLK, nonfatalShootings: null });
    expect(p.hospitalClientsGiven).toBe(false);
    expect(p.hospitalClients).toBe(0);
    expect(roleOf(p.roles, 'hospital-responder').driver.kind).toBe('participants');
    expect(hc(p, 'hospital-responder')).toBe(6);
    expect(hc(p, 'trauma-counselor')).toBe(5);
    expect(p.frontlineHeadcount).toBe(67);
    expect(hc(p, 'supervisor')).toBe(13);
    expect(explainPlan(p)['role.hospital-responder.fte'].note).toMatch(/not given/i);
  });

  it('a plan records its preset and the overrides that differ from it', () => {
    const p = plan({ ...NORFOLK, preset: 'caps' }, { fringeRate: 0.25, 'mediator.caseload': 14 });
    expect(p.preset).toBe('caps');
    expect(p.overrides).toEqual([{ id: 'fringeRate', value: 0.25, presetValue: 0.3 }]);
  });

  it('the CAPS reference for any plan is caps + population method at the same reach (§5)', () => {
    const input = makeInput({ ...NORFOLK, homicides: 50, method: 'violence-adjusted', serviceReachPct: 40, nonfatalShootings: 10 });
    const ref = computeCapsReference(input);
    expect(ref.preset).toBe('caps');
    expect(ref.input.method).toBe('population');
    // Same reach: 40% of the CAPS high-risk population, not all of it.
    expect(ref.participants).toBeCloseTo(0.4 * ref.highRiskPopulation, 9);
    const full = computeCapsReference({ ...input, serviceReachPct: 100 });
    expect(full.budget.total).toBe(19_883_025);
    expect(ref.budget.total).toBeLessThan(full.budget.total);
    const summary = capsReferenceOf(input);
    expect(summary).toEqual({ total: ref.budget.total, totalHeadcount: ref.totalHeadcount, participants: ref.participants, reachPct: 40, hospitalReachPct: input.hospitalReachPct });
  });
});

describe('not given vs zero (§2)', () => {
  it('nonfatal shootings 0: C = 0 and HVIP driven by C = 0 → no hospital responders', () => {
    const p = plan({ ...NORFOLK, nonfatalShootings: 0 });
    expect(p.hospitalClientsGiven).toBe(true);
    expect(p.hospitalClients).toBe(0);
    const hr = roleOf(p.roles, 'hospital-responder');
    expect(hr.driver.kind).toBe('hospital-clients');
    expect(hr.fte).toBe(0);
    expect(hr.headcount).toBe(0);
    expect(hr.partTimeNeed).toBe(false);
    // TC from P + 0 = 4.76 → 5; frontline 56 + 0 + 5 = 61 → 12.2 → 12.
    expect(hc(p, 'trauma-counselor')).toBe(5);
    expect(p.frontlineHeadcount).toBe(61);
    expect(hc(p, 'supervisor')).toBe(12);
  });

  it('nonfatal shootings not given: C = 0 too, but HVIP falls back to P ÷ 40', () => {
    const given0 = plan({ ...NORFOLK, nonfatalShootings: 0 });
    const missing = plan({ ...NORFOLK, nonfatalShootings: null });
    expect(given0.hospitalClients).toBe(0);
    expect(missing.hospitalClients).toBe(0);
    expect(hc(given0, 'hospital-responder')).toBe(0);
    expect(hc(missing, 'hospital-responder')).toBe(6);
    // trauma counselors use P + C with C = 0 in both
    expect(roleOf(given0.roles, 'trauma-counselor').fte).toBe(roleOf(missing.roles, 'trauma-counselor').fte);
  });

  it('hospital reach 0 with shootings given is C = 0 (given), not a fallback', () => {
    const p = plan({ ...NORFOLK, nonfatalShootings: 606, hospitalReachPct: 0 });
    expect(p.hospitalClients).toBe(0);
    expect(hc(p, 'hospital-responder')).toBe(0);
  });

  it('under caps the difference does not matter: HVIP is P ÷ 40 either way', () => {
    expect(hc(plan({ ...NORFOLK, preset: 'caps', nonfatalShootings: 0 }), 'hospital-responder')).toBe(6);
    expect(hc(plan({ ...NORFOLK, preset: 'caps', nonfatalShootings: null }), 'hospital-responder')).toBe(6);
  });

  it('homicides 0 is given: violence-adjusted uses 0, not the fatal shooting count', () => {
    // rate 0 → factor clamped to 0.25 → H = 0.001 × 100,000 × 0.25 = 25
    const p = plan({ population: 100_000, homicides: 0, fatalShootings: 40, method: 'violence-adjusted' });
    expect(p.highRiskPopulation).toBeCloseTo(25, 9);
  });
});

describe('high-risk methods (§2)', () => {
  it('population: H = 0.1% × population, ignoring homicides and local counts', () => {
    const p = plan({ ...NORFOLK, homicides: 1000, localHighRiskCount: 9999, method: 'population' });
    expect(p.highRiskPopulation).toBeCloseTo(238.005, 9);
  });

  it('violence-adjusted from homicides: Norfolk 50 → rate 21.008, factor 1.0504, H = 250', () => {
    // 0.001 × 238,005 × (50 × 100,000 / 238,005) / 20 = 0.001 × 100,000 × 50 / 20 = 250
    const p = plan({ ...NORFOLK, homicides: 50, method: 'violence-adjusted', preset: 'caps' });
    expect(p.highRiskPopulation).toBeCloseTo(250, 9);
    // P = 250: 16.67 → 17, 17.86 → 18, 10.42 → 10, 5.21 → 5, 8.33 → 8, HVIP 6.25 → 6; 64 → 12.8 → 13
    expect(p.roles.map((r) => r.headcount)).toEqual([17, 18, 10, 5, 8, 6, 0, 13, 4]);
    expect(p.budget.lines.find((l) => l.id === 'wraparound')?.amount).toBe(11_250_000);
    expect(explainPlan(p).highRiskPopulation.formula).toMatch(/homicides/);
  });

  it('violence-adjusted falls back to fatal shootings when homicides are not given', () => {
    // 0.001 × 238,005 × (40 × 100,000 / 238,005) / 20 = 200
    const p = plan({ ...NORFOLK, homicides: null, fatalShootings: 40, method: 'violence-adjusted' });
    expect(p.highRiskPopulation).toBeCloseTo(200, 9);
    expect(explainPlan(p).highRiskPopulation.formula).toMatch(/fatal shooting/);
  });

  it('violence-adjusted prefers homicides when both are given', () => {
    const p = plan({ ...NORFOLK, homicides: 50, fatalShootings: 10, method: 'violence-adjusted' });
    expect(p.highRiskPopulation).toBeCloseTo(250, 9);
  });

  it('violence-adjusted clamps the factor at 0.25 and 4', () => {
    // 10 homicides in 1,000,000 → rate 1 → factor 0.05 → 0.25 → H = 1,000 × 0.25 = 250
    expect(plan({ population: 1_000_000, homicides: 10, method: 'violence-adjusted' }).highRiskPopulation).toBeCloseTo(250, 9);
    // 200 in 100,000 → rate 200 → factor 10 → 4 → H = 100 × 4 = 400
    const high = plan({ population: 100_000, homicides: 200, method: 'violence-adjusted' });
    expect(high.highRiskPopulation).toBeCloseTo(400, 9);
    expect(explainPlan(high).highRiskPopulation.note).toMatch(/highest/);
    // exactly at the bounds: rate 5 → 0.25 → 25; rate 80 → 4 → 400; rate 81 → 4 → 400
    expect(plan({ population: 100_000, homicides: 5, method: 'violence-adjusted' }).highRiskPopulation).toBeCloseTo(25, 9);
    expect(plan({ population: 100_000, homicides: 80, method: 'violence-adjusted' }).highRiskPopulation).toBeCloseTo(400, 9);
    expect(plan({ population: 100_000, homicides: 81, method: 'violence-adjusted' }).highRiskPopulation).toBeCloseTo(400, 9);
    // just inside: rate 6 → factor 0.3 → H = 30; rate 79 → 3.95 → 395
    expect(plan({ population: 100_000, homicides: 6, method: 'violence-adjusted' }).highRiskPopulation).toBeCloseTo(30, 9);
    expect(plan({ population: 100_000, homicides: 79, method: 'violence-adjusted' }).highRiskPopulation).toBeCloseTo(395, 9);
  });

  it('violence-adjusted follows overridden clamp bounds and reference rate', () => {
    // rate 200 per 100k, reference 40 → factor 5, clamp [0.5, 6] → H = 100 × 5 = 500
    const p = plan(
      { population: 100_000, homicides: 200, method: 'violence-adjusted' },
      { violenceReferenceRate: 40, violenceFactorMin: 0.5, violenceFactorMax: 6 },
    );
    expect(p.highRiskPopulation).toBeCloseTo(500, 9);
  });

  it('custom: H = the local high-risk count; participants = reach × H', () => {
    const p = plan({ ...NORFOLK, method: 'custom', localHighRiskCount: 500, serviceReachPct: 50 });
    expect(p.highRiskPopulation).toBe(500);
    expect(p.participants).toBe(250);
    // P = 250 → as the violence-adjusted case above: 17, 18, 10, 5, 8; HVIP 6.25 → 6; TC 5
    expect(p.roles.map((r) => r.headcount).slice(0, 7)).toEqual([17, 18, 10, 5, 8, 6, 5]);
  });

  it('custom count 0: no frontline staff, no supervisors, OVP still planned', () => {
    const p = plan({ ...NORFOLK, method: 'custom', localHighRiskCount: 0 });
    expect(p.frontlineHeadcount).toBe(0);
    expect(hc(p, 'supervisor')).toBe(0);
    expect(roleOf(p.roles, 'supervisor').minimumApplied).toBe(false);
    expect(hc(p, 'ovp-staff')).toBe(4);
    expect(p.costPerParticipant).toBeNull();
  });

  it('service reach scales participants: 25% of Norfolk = 59.50125', () => {
    const p = plan({ ...NORFOLK, serviceReachPct: 25, preset: 'caps' });
    expect(p.participants).toBeCloseTo(59.50125, 9);
    // 59.50125/15 = 3.97 → 4; /14 = 4.25 → 4; /24 = 2.48 → 2; /48 = 1.24 → 1; /30 = 1.98 → 2; /40 = 1.49 → 1
    expect(p.roles.map((r) => r.headcount).slice(0, 6)).toEqual([4, 4, 2, 1, 2, 1]);
    // wraparound 45,000 × 59.50125 = 2,677,556.25 → 2,677,556
    expect(p.budget.lines.find((l) => l.id === 'wraparound')?.amount).toBe(2_677_556);
  });
});

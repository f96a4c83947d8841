// docs/methodology.md §3: every role driver, rounding (half up), the part-time-need flag, supervisors'
// and OVP staff's minimums, and switched-off roles. Expected numbers are worked by hand.
import { describe, expect, it } from 'vitest';
import {
  explainPlan,
  FRONTLINE_ROLE_IDS,
  ROLE_IDS,
  computePlan,
  makeInput,
  roleOf,
  type AssumptionOverrides,
  type PlanInput,
  type RoleId,
} from '../../src/model';

const plan = (fields: Partial<PlanInput> & { population: number }, overrides: AssumptionOverrides = {}) =>
  computePlan(makeInput(fields), overrides);
const role = (p: ReturnType<typeof computePlan>, id: RoleId) => roleOf(p.roles, id);

/** caps preset with only street outreach among frontline roles, so frontline headcount = round(H ÷ 15). */
const ONLY_OUTREACH: AssumptionOverrides = {
  'mediator.enabled': false,
  'case-manager.enabled': false,
  'family-case-manager.enabled': false,
  'victim-advocate.enabled': false,
  'hospital-responder.enabled': false,
};
const outreachOnly = (localHighRiskCount: number, extra: AssumptionOverrides = {}) =>
  plan({ population: 238_005, method: 'custom', localHighRiskCount, preset: 'caps' }, { ...ONLY_OUTREACH, ...extra });

describe('role ids and order (public contract)', () => {
  it('plans every role, in the documented order', () => {
    const p = plan({ population: 238_005 });
    expect(p.roles.map((r) => r.id)).toEqual([
      'street-outreach',
      'mediator',
      'case-manager',
      'family-case-manager',
      'victim-advocate',
      'hospital-responder',
      'trauma-counselor',
      'supervisor',
      'ovp-staff',
    ]);
    expect(ROLE_IDS).toHaveLength(9);
    expect(p.roles.filter((r) => r.budgetLine === 'frontline').map((r) => r.id)).toEqual([...FRONTLINE_ROLE_IDS]);
  });

  it('labels follow CAPS where CAPS names the position', () => {
    const p = plan({ population: 238_005 });
    expect(role(p, 'hospital-responder').capsLabel).toBe('HVIP Violence Intervention Specialists');
    expect(role(p, 'supervisor').capsLabel).toBe('CVI Supervisors');
    expect(role(p, 'ovp-staff').capsLabel).toBe('OVP Staff');
    expect(role(p, 'trauma-counselor').capsLabel).toBeNull();
  });
});

describe('caseload drivers (FTE = driver ÷ ratio)', () => {
  const p = plan({ population: 238_005, nonfatalShootings: 100 }); // P = 238.005, C = 50
  it.each([
    ['street-outreach', 238.005 / 15, 15],
    ['mediator', 238.005 / 14, 14],
    ['case-manager', 238.005 / 24, 24],
    ['family-case-manager', 238.005 / 48, 48],
    ['victim-advocate', 238.005 / 30, 30],
    ['hospital-responder', 50 / 40, 40],
    ['trauma-counselor', (238.005 + 50) / 50, 50],
  ] as const)('%s: FTE %f, ratio %i', (id, fte, ratio) => {
    expect(role(p, id).fte).toBeCloseTo(fte, 12);
    expect(role(p, id).ratio).toBe(ratio);
  });

  it('a lower caseload override gives more staff: outreach at 10 per worker → 238.005/10 = 23.8 → 24', () => {
    expect(role(plan({ population: 238_005 }, { 'street-outreach.caseload': 10 }), 'street-outreach').headcount).toBe(24);
  });

  it('hospital clients per responder override: C = 50 at 20 a year → 2.5 → 3', () => {
    expect(role(plan({ population: 238_005, nonfatalShootings: 100 }, { 'hospital-responder.clientsPerResponder': 20 }), 'hospital-responder').headcount).toBe(3);
  });
});

describe('half-up rounding (CAPS rounding, §3)', () => {
  it.each([
    // [population, reach %, role, exact FTE, headcount]
    [7_500, 100, 'street-outreach', 0.5, 1], // P 7.5 / 15
    [37_500, 100, 'street-outreach', 2.5, 3], // banker's rounding would give 2
    [125_000, 30, 'street-outreach', 2.5, 3], // P = 0.3 × 125 = 37.5
    [21_000, 100, 'mediator', 1.5, 2], // 21 / 14
    [180_000, 35, 'mediator', 4.5, 5], // P = 63; in floating point 63/14 comes out 4.4999999999999991
    [170_000, 70, 'mediator', 8.5, 9], // P = 119; floating point 8.499999999999998
    [36_000, 100, 'case-manager', 1.5, 2], // 36 / 24
    [72_000, 100, 'family-case-manager', 1.5, 2], // 72 / 48
    [45_000, 100, 'victim-advocate', 1.5, 2], // 45 / 30
    [60_000, 100, 'hospital-responder', 1.5, 2], // 60 / 40 (nonfatal not given)
    [75_000, 100, 'trauma-counselor', 1.5, 2], // (75 + 0) / 50
  ] as const)('population %i, reach %i%%: %s FTE %f → %i', (population, reach, id, fte, headcount) => {
    const r = role(plan({ population, serviceReachPct: reach }), id);
    expect(r.fte).toBeCloseTo(fte, 9);
    expect(r.headcount).toBe(headcount);
  });

  it('just below a half rounds down: P = 7.4 → outreach 0.4933 → 0', () => {
    expect(role(plan({ population: 7_400 }), 'street-outreach').headcount).toBe(0);
  });

  it('supervisor FTE of exactly x.5 rounds up: 10 workers at 4 per supervisor → 2.5 → 3', () => {
    // H = 150 → outreach 150/15 = 10 exactly
    const p = outreachOnly(150, { 'supervisor.workersPerSupervisor': 4 });
    expect(p.frontlineHeadcount).toBe(10);
    expect(role(p, 'supervisor').headcount).toBe(3);
  });

  it('OVP FTE of exactly x.5 rounds up: 2.5 staff at the reference population → 3', () => {
    expect(role(plan({ population: 238_005 }, { 'ovp-staff.staffAtReference': 2.5 }), 'ovp-staff').headcount).toBe(3);
  });
});

describe('supervisors: round(frontline ÷ 5), at least 1 whenever frontline > 0', () => {
  it.each([
    // [H, frontline = round(H/15), supervisors, minimum applied]
    [15, 1, 1, true], // 0.2 → 0 → raised to 1
    [30, 2, 1, true], // 0.4 → 0 → 1
    [45, 3, 1, false], // 0.6 → 1
    [105, 7, 1, false], // 1.4 → 1
    [180, 12, 2, false], // 2.4 → 2
    [195, 13, 3, false], // 2.6 → 3
  ])('H = %i → frontline %i → supervisors %i', (h, frontline, supervisors, minimumApplied) => {
    const p = outreachOnly(h);
    expect(p.frontlineHeadcount).toBe(frontline);
    const s = role(p, 'supervisor');
    expect(s.driver.kind).toBe('frontline-headcount');
    expect(s.driver.value).toBe(frontline);
    expect(s.fte).toBeCloseTo(frontline / 5, 12);
    expect(s.headcount).toBe(supervisors);
    expect(s.minimumApplied).toBe(minimumApplied);
  });

  it('no frontline workers → no supervisors, minimum not applied', () => {
    const p = outreachOnly(0);
    expect(p.frontlineHeadcount).toBe(0);
    expect(role(p, 'supervisor').headcount).toBe(0);
    expect(role(p, 'supervisor').minimumApplied).toBe(false);
    expect(role(p, 'supervisor').partTimeNeed).toBe(false);
  });

  it('frontline made only of part-time needs (all round to 0) → no supervisors', () => {
    // H = 7 → outreach 0.47 → 0
    const p = outreachOnly(7);
    expect(role(p, 'street-outreach').partTimeNeed).toBe(true);
    expect(p.frontlineHeadcount).toBe(0);
    expect(role(p, 'supervisor').headcount).toBe(0);
  });

  it('counts every frontline role, including hospital responders and trauma counselors', () => {
    // Detroit-like: frontline 177 → 35 (docs/methodology.md §9)
    const p = plan({ population: 639_111, nonfatalShootings: 606 });
    expect(role(p, 'supervisor').driver.value).toBe(177);
    expect(role(p, 'supervisor').headcount).toBe(35);
  });

  it('a supervisor minimum override is honoured', () => {
    const p = outreachOnly(15, { 'supervisor.minimum': 2 });
    expect(role(p, 'supervisor').headcount).toBe(2);
    expect(role(p, 'supervisor').minimumApplied).toBe(true);
  });
});

describe('OVP staff: max(1, round(4 × √(population ÷ 238,005)))', () => {
  it.each([
    // 4 × √(p/238,005) computed by hand
    [1, 1, true], // 0.0082 → 0 → 1
    [3_718, 1, true], // 0.49994 → 0 → 1
    [3_719, 1, false], // 0.50001 → 1
    [33_469, 1, false], // 1.49999 → 1
    [33_470, 2, false], // 1.50001 → 2
    [238_005, 4, false], // 4
    [639_111, 7, false], // 6.55
    [8_804_190, 24, false], // 24.33
    [50_000_000, 58, false], // 57.98
  ])('population %i → %i', (population, headcount, minimumApplied) => {
    const r = role(plan({ population }), 'ovp-staff');
    expect(r.driver.kind).toBe('population');
    expect(r.fte).toBeCloseTo(4 * Math.sqrt(population / 238_005), 12);
    expect(r.headcount).toBe(headcount);
    expect(r.minimumApplied).toBe(minimumApplied);
  });

  it('OVP staff do not depend on participants: reach 0 still plans them', () => {
    expect(role(plan({ population: 238_005, serviceReachPct: 0 }), 'ovp-staff').headcount).toBe(4);
  });
});

describe('part-time need (FTE above 0 that rounds to nobody)', () => {
  it('a small town: every frontline role is a part-time need, OVP raised to 1', () => {
    // population 2,000 → P = 2: 2/15, 2/14, 2/24, 2/48, 2/30, 2/40, 2/50 all < 0.5
    const p = plan({ population: 2_000 });
    for (const id of FRONTLINE_ROLE_IDS) {
      expect(role(p, id).fte).toBeGreaterThan(0);
      expect(role(p, id).headcount).toBe(0);
      expect(role(p, id).partTimeNeed).toBe(true);
      expect(explainPlan(p)[`role.${id}.headcount`].note).toMatch(/part-time/);
    }
    expect(role(p, 'supervisor').headcount).toBe(0);
    expect(role(p, 'ovp-staff').headcount).toBe(1);
    expect(role(p, 'ovp-staff').partTimeNeed).toBe(false);
  });

  it('roles with headcount ≥ 1 or FTE 0 are not part-time needs', () => {
    const p = plan({ population: 238_005, nonfatalShootings: 0 });
    expect(p.roles.every((r) => !r.partTimeNeed)).toBe(true); // hospital responders: FTE 0
  });

  it('a switched-off role is never a part-time need (caps: trauma counselors)', () => {
    const tc = role(plan({ population: 2_000, preset: 'caps' }), 'trauma-counselor');
    expect(tc.partTimeNeed).toBe(false);
  });

  it('OVP with minimum 0 in a small place is a part-time need', () => {
    const ovp = role(plan({ population: 2_000 }, { 'ovp-staff.minimum': 0 }), 'ovp-staff');
    expect(ovp.headcount).toBe(0);
    expect(ovp.partTimeNeed).toBe(true);
  });
});

describe('switched-off roles give 0', () => {
  it.each(ROLE_IDS.filter((id) => id !== 'trauma-counselor'))('%s off → FTE 0, headcount 0, cost 0', (id) => {
    const p = plan({ population: 639_111, nonfatalShootings: 606 }, { [`${id}.enabled`]: false } as AssumptionOverrides);
    const r = role(p, id);
    expect(r.enabled).toBe(false);
    expect(r.fte).toBe(0);
    expect(r.headcount).toBe(0);
    expect(r.cost).toBe(0);
    expect(r.minimumApplied).toBe(false);
  });

  it('trauma counselors on under caps by override: (P + 0) ÷ 50 = 4.76 → 5', () => {
    expect(role(plan({ population: 238_005, preset: 'caps' }, { 'trauma-counselor.enabled': true }), 'trauma-counselor').headcount).toBe(5);
  });

  it('mediators off at Norfolk (caps): frontline 62 − 17 = 45 → supervisors 9', () => {
    const p = plan({ population: 238_005, preset: 'caps' }, { 'mediator.enabled': false });
    expect(p.frontlineHeadcount).toBe(45);
    expect(role(p, 'supervisor').headcount).toBe(9);
  });

  it('OVP off: no minimum applies', () => {
    expect(role(plan({ population: 238_005 }, { 'ovp-staff.enabled': false }), 'ovp-staff').headcount).toBe(0);
  });
});

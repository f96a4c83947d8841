// docs/methodology.md §9: the Norfolk, VA calibration (published CAPS profile) and the Detroit worked
// example for the default preset. Every expected number below is worked by hand from the
// methodology's tables; the arithmetic is written out next to it.
import { describe, expect, it } from 'vitest';
import { computePlan, makeInput, roleOf, type Plan, type RoleId, type BudgetLineId } from '../../src/model';

const headcounts = (plan: Plan): Record<RoleId, number> =>
  Object.fromEntries(plan.roles.map((r) => [r.id, r.headcount])) as Record<RoleId, number>;
const line = (plan: Plan, id: BudgetLineId): number | undefined => plan.budget.lines.find((l) => l.id === id)?.amount;

describe('Norfolk, VA calibration (docs/methodology.md §9, preset caps)', () => {
  const plan = computePlan(makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 50, preset: 'caps' }));

  it('estimates the published high-risk population: 0.1% × 238,005 = 238.005 (238 shown)', () => {
    expect(plan.highRiskPopulation).toBeCloseTo(238.005, 9);
    expect(plan.participants).toBeCloseTo(238.005, 9);
    expect(Math.round(plan.highRiskPopulation)).toBe(238);
  });

  it('reproduces the eight published headcounts exactly', () => {
    // P = 238.005: 238.005/15 = 15.87 → 16; /14 = 17.0004 → 17; /24 = 9.92 → 10; /48 = 4.96 → 5;
    // /30 = 7.93 → 8; HVIP /40 = 5.95 → 6. Frontline 62; supervisors 62/5 = 12.4 → 12; OVP 4 × √1 = 4.
    expect(headcounts(plan)).toEqual({
      'street-outreach': 16,
      mediator: 17,
      'case-manager': 10,
      'family-case-manager': 5,
      'victim-advocate': 8,
      'hospital-responder': 6,
      'trauma-counselor': 0,
      supervisor: 12,
      'ovp-staff': 4,
    });
  });

  it('has no trauma counselors (CAPS names no such position) and no part-time needs', () => {
    const tc = roleOf(plan.roles, 'trauma-counselor');
    expect(tc.enabled).toBe(false);
    expect(tc.fte).toBe(0);
    expect(tc.cost).toBe(0);
    expect(plan.roles.every((r) => !r.partTimeNeed)).toBe(true);
  });

  it('drives HVIP specialists from participants (P ÷ 40)', () => {
    const hr = roleOf(plan.roles, 'hospital-responder');
    expect(hr.driver.kind).toBe('participants');
    expect(hr.fte).toBeCloseTo(238.005 / 40, 12);
  });

  it('wraparound is exactly $45,000 × 238.005 = $10,710,225', () => {
    expect(line(plan, 'wraparound')).toBe(10_710_225);
  });

  it('frontline line is 62 × $60,000 × 1.3 = 62 × $78,000 = $4,836,000', () => {
    expect(plan.frontlineHeadcount).toBe(62);
    expect(line(plan, 'frontline')).toBe(62 * 78_000);
    expect(line(plan, 'frontline')).toBe(4_836_000);
    // within 0.02% of the published $4,837,055
    expect(Math.abs(4_836_000 - 4_837_055) / 4_837_055).toBeLessThan(0.0003);
  });

  it('supervision & OVP, training 25%, evaluation 15% follow from the staffing lines', () => {
    // supervisors 12 × $104,000 = $1,248,000; OVP 4 × $117,000 = $468,000
    expect(line(plan, 'supervision-ovp')).toBe(1_716_000);
    expect(plan.budget.staffingCost).toBe(6_552_000);
    expect(line(plan, 'training-ta')).toBe(1_638_000);
    expect(line(plan, 'data-evaluation')).toBe(982_800);
  });

  it('total is exactly $19,883,025 and within 0.5% of the published $19,889,880', () => {
    expect(plan.budget.total).toBe(19_883_025);
    expect(Math.abs(plan.budget.total - 19_889_880) / 19_889_880).toBeLessThan(0.005);
  });

  it('has only the five CAPS budget lines, in the public order', () => {
    expect(plan.budget.lines.map((l) => l.id)).toEqual(['frontline', 'supervision-ovp', 'training-ta', 'data-evaluation', 'wraparound']);
  });

  it('derived figures: staff 78, per 100,000 residents, per participant, per resident', () => {
    expect(plan.totalHeadcount).toBe(62 + 12 + 4);
    expect(plan.staffPer100k).toBeCloseTo((78 / 238_005) * 100_000, 9);
    expect(plan.costPerParticipant).toBeCloseTo(19_883_025 / 238.005, 6);
    expect(plan.costPerResident).toBeCloseTo(19_883_025 / 238_005, 9);
  });

  it('records the preset and no overrides', () => {
    expect(plan.preset).toBe('caps');
    expect(plan.overrides).toEqual([]);
  });
});

describe('Detroit, MI worked example (docs/methodology.md §9, default preset shooting-informed)', () => {
  const input = makeInput({ placeName: 'Detroit', state: 'MI', population: 639_111, homicides: 203, nonfatalShootings: 606 });

  it('uses the documented defaults: shooting-informed, population method, reach 100%, hospital reach 50%', () => {
    expect(input.preset).toBe('shooting-informed');
    expect(input.method).toBe('population');
    expect(input.serviceReachPct).toBe(100);
    expect(input.hospitalReachPct).toBe(50);
  });

  const plan = computePlan(input);

  it('H = P = 639.111, C = 303', () => {
    expect(plan.highRiskPopulation).toBeCloseTo(639.111, 9);
    expect(plan.participants).toBeCloseTo(639.111, 9);
    expect(plan.hospitalClients).toBe(303);
    expect(plan.hospitalClientsGiven).toBe(true);
  });

  it('headcounts: 43, 46, 27, 13, 21, 8, 19, 35, 7', () => {
    expect(headcounts(plan)).toEqual({
      'street-outreach': 43, // 42.6
      mediator: 46, // 45.65
      'case-manager': 27, // 26.63
      'family-case-manager': 13, // 13.31
      'victim-advocate': 21, // 21.30
      'hospital-responder': 8, // 303 ÷ 40 = 7.575
      'trauma-counselor': 19, // (639.111 + 303) ÷ 50 = 18.84
      supervisor: 35, // 177 ÷ 5 = 35.4
      'ovp-staff': 7, // 4 × √2.6853 = 6.55
    });
    expect(plan.frontlineHeadcount).toBe(177);
    expect(roleOf(plan.roles, 'hospital-responder').fte).toBeCloseTo(7.575, 12);
    expect(roleOf(plan.roles, 'trauma-counselor').fte).toBeCloseTo((639.111 + 303) / 50, 12);
    expect(roleOf(plan.roles, 'ovp-staff').fte).toBeCloseTo(4 * Math.sqrt(639_111 / 238_005), 12);
  });

  it('every line and the total $54,849,695', () => {
    // frontline: 158 × $78,000 + 19 × $75,000 × 1.3 = $12,324,000 + $1,852,500
    // supervision & OVP: 35 × $104,000 + 7 × $117,000 = $3,640,000 + $819,000
    expect(plan.budget.lines.map((l) => [l.id, l.amount])).toEqual([
      ['frontline', 14_176_500],
      ['supervision-ovp', 4_459_000],
      ['training-ta', 4_658_875],
      ['data-evaluation', 2_795_325],
      ['wraparound', 28_759_995],
    ]);
    expect(plan.budget.total).toBe(54_849_695);
  });

  it('role costs: salary × 1.3 per person', () => {
    expect(roleOf(plan.roles, 'trauma-counselor').cost).toBe(1_852_500);
    expect(roleOf(plan.roles, 'trauma-counselor').salary).toBe(75_000);
    expect(roleOf(plan.roles, 'supervisor').cost).toBe(3_640_000);
    expect(roleOf(plan.roles, 'ovp-staff').cost).toBe(819_000);
    expect(roleOf(plan.roles, 'street-outreach').cost).toBe(43 * 78_000);
  });
});

// Methodology §4 budget lines and §10 MTDC (the base of the indirect line). Expected amounts
// are worked by hand from the spec; the arithmetic is in the comments.
import { describe, expect, it } from 'vitest';
import {
  BUDGET_LINE_IDS,
  computePlan,
  makeInput,
  modifiedTotalDirectCosts,
  roleOf,
  subawardThreshold,
  type AssumptionOverrides,
  type BudgetLineId,
  type PlanInput,
} from '../../src/model';

const NORFOLK_CAPS: PlanInput = makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 50, preset: 'caps' });
const norfolk = (overrides: AssumptionOverrides = {}) => computePlan(NORFOLK_CAPS, overrides);
const amount = (p: ReturnType<typeof computePlan>, id: BudgetLineId) => p.budget.lines.find((l) => l.id === id)?.amount;

// Norfolk caps, by hand (§9): staffing 4,836,000 + 1,716,000 = 6,552,000; training 1,638,000;
// evaluation 982,800; wraparound 10,710,225; total 19,883,025; OVP 4 × 117,000 = 468,000.
const NORFOLK_TOTAL = 19_883_025;

const EIGHT_LINES = ['frontline', 'supervision-ovp', 'training-ta', 'data-evaluation', 'wraparound', 'stipends', 'wellness', 'indirect'];

describe('budget line ids (public contract)', () => {
  it('the eight documented ids come first, in order', () => {
    expect(BUDGET_LINE_IDS.slice(0, 8)).toEqual(EIGHT_LINES);
  });
});

describe('staffing lines, training 25% and evaluation 15%', () => {
  it('training & TA = 25% and data & evaluation = 15% of the two staffing lines', () => {
    const p = norfolk();
    expect(amount(p, 'frontline')! + amount(p, 'supervision-ovp')!).toBe(6_552_000);
    expect(amount(p, 'training-ta')).toBe(6_552_000 / 4);
    expect(amount(p, 'data-evaluation')).toBe((6_552_000 * 15) / 100);
  });

  it('rate overrides: training 10% → 655,200; evaluation 0 → a 0 line that still appears', () => {
    const p = norfolk({ trainingRate: 0.1, evaluationRate: 0 });
    expect(amount(p, 'training-ta')).toBe(655_200);
    expect(amount(p, 'data-evaluation')).toBe(0);
    expect(p.budget.total).toBe(NORFOLK_TOTAL - 1_638_000 - 982_800 + 655_200);
  });

  it('wraparound per participant override: $30,000 × 238.005 = $7,140,150', () => {
    expect(amount(norfolk({ wraparoundPerParticipant: 30_000 }), 'wraparound')).toBe(7_140_150);
  });
});

describe('cost of living and fringe scale every salary', () => {
  it('cost of living 1.2 and fringe 25%: $60,000 → $72,000 salary, $90,000 a person loaded', () => {
    const p = norfolk({ costOfLiving: 1.2, fringeRate: 0.25 });
    expect(roleOf(p.roles, 'street-outreach').salary).toBeCloseTo(72_000, 6);
    expect(roleOf(p.roles, 'supervisor').salary).toBeCloseTo(96_000, 6);
    expect(roleOf(p.roles, 'ovp-staff').salary).toBeCloseTo(108_000, 6);
    expect(amount(p, 'frontline')).toBe(62 * 90_000); // 5,580,000
    expect(amount(p, 'supervision-ovp')).toBe(12 * 120_000 + 4 * 135_000); // 1,980,000
    expect(amount(p, 'training-ta')).toBe(1_890_000); // 25% of 7,560,000
    expect(amount(p, 'data-evaluation')).toBe(1_134_000);
    expect(amount(p, 'wraparound')).toBe(10_710_225); // not a salary: unchanged
    expect(p.budget.total).toBe(21_294_225);
  });

  it('fringe 0: frontline 62 × $60,000 = $3,720,000', () => {
    expect(amount(norfolk({ fringeRate: 0 }), 'frontline')).toBe(3_720_000);
  });

  it('a salary override changes only that role: outreach $50,000 → 16 × $65,000', () => {
    const p = norfolk({ 'street-outreach.salary': 50_000 });
    expect(roleOf(p.roles, 'street-outreach').cost).toBe(1_040_000);
    expect(amount(p, 'frontline')).toBe(4_836_000 - 16 * 78_000 + 1_040_000);
  });

  it('role costs are whole dollars, half up: 16 × $60,001 × 1.3 = $1,248,020.80 → $1,248,021', () => {
    expect(roleOf(norfolk({ 'street-outreach.salary': 60_001 }).roles, 'street-outreach').cost).toBe(1_248_021);
  });
});

describe('optional lines (off by default)', () => {
  it('are off in both presets', () => {
    for (const preset of ['caps', 'shooting-informed'] as const) {
      const p = computePlan(makeInput({ population: 500_000, nonfatalShootings: 300, preset }));
      expect(p.budget.lines.map((l) => l.id)).toEqual(['frontline', 'supervision-ovp', 'training-ta', 'data-evaluation', 'wraparound']);
    }
  });

  it('stipends: 50% × 238.005 × $500 × 12 = $714,015', () => {
    const p = norfolk({ 'stipends.enabled': true });
    expect(amount(p, 'stipends')).toBe(714_015);
    expect(p.budget.total).toBe(NORFOLK_TOTAL + 714_015);
    expect(p.budget.lines.map((l) => l.id)).toEqual(['frontline', 'supervision-ovp', 'training-ta', 'data-evaluation', 'wraparound', 'stipends']);
  });

  it('stipends with their parameters: 25% × 238.005 × $1,000 × 6 = $357,007.50 → $357,008', () => {
    const p = norfolk({ 'stipends.enabled': true, 'stipends.participantShare': 0.25, 'stipends.monthlyAmount': 1_000, 'stipends.months': 6 });
    expect(amount(p, 'stipends')).toBe(357_008);
  });

  it('wellness: 62 frontline workers × $2,500 = $155,000 (supervisors and OVP not counted)', () => {
    expect(amount(norfolk({ 'wellness.enabled': true }), 'wellness')).toBe(155_000);
    expect(amount(norfolk({ 'wellness.enabled': true, 'wellness.perWorker': 1_000 }), 'wellness')).toBe(62_000);
  });

  it('wellness counts hospital responders and trauma counselors: Detroit 177 × $2,500', () => {
    const p = computePlan(makeInput({ population: 639_111, nonfatalShootings: 606 }), { 'wellness.enabled': true });
    expect(amount(p, 'wellness')).toBe(442_500);
  });

  it('all three on: lines appear in the public order', () => {
    const p = norfolk({ 'stipends.enabled': true, 'wellness.enabled': true, 'indirect.enabled': true });
    expect(p.budget.lines.map((l) => l.id)).toEqual(EIGHT_LINES);
  });
});

describe('indirect costs = rate × MTDC (§4, §10)', () => {
  // Norfolk caps: six frontline teams (outreach 16, mediators 17, case managers 10, family 5,
  // advocates 8, HVIP 6), each costing at least 5 × $78,000 > $50,000, so each subaward counts
  // $50,000: 6 × 50,000 = 300,000. MTDC = OVP 468,000 + 300,000 + training 1,638,000 +
  // evaluation 982,800 + wraparound 10,710,225 = 14,099,025.
  it('default: 15% × $14,099,025 = $2,114,853.75 → $2,114,854', () => {
    const p = norfolk({ 'indirect.enabled': true });
    expect(p.budget.mtdc).toBe(14_099_025);
    expect(amount(p, 'indirect')).toBe(2_114_854);
    expect(p.budget.total).toBe(NORFOLK_TOTAL + 2_114_854);
  });

  it('a negotiated rate of 10%: $1,409,902.50 → $1,409,903', () => {
    const p = norfolk({ 'indirect.enabled': true, 'indirect.rateBasis': 'negotiated', 'indirect.rate': 0.1 });
    expect(amount(p, 'indirect')).toBe(1_409_903);
    // a negotiated rate applies whatever the award date
    const old = norfolk({ 'indirect.enabled': true, 'indirect.rateBasis': 'negotiated', 'indirect.rate': 0.2, 'indirect.revisedUniformGuidance': false });
    expect(amount(old, 'indirect')).toBe(2_789_805); // 20% × 13,949,025
  });

  it('before the revised Uniform Guidance: first $25,000 of each subaward, de minimis 10%', () => {
    // 6 × 25,000 = 150,000 → MTDC 13,949,025 → 10% = 1,394,902.50 → 1,394,903
    const p = norfolk({ 'indirect.enabled': true, 'indirect.revisedUniformGuidance': false });
    expect(p.budget.mtdc).toBe(13_949_025);
    expect(amount(p, 'indirect')).toBe(1_394_903);
  });

  it('stipends (participant support) are excluded from MTDC', () => {
    const p = norfolk({ 'indirect.enabled': true, 'stipends.enabled': true });
    expect(p.budget.mtdc).toBe(14_099_025);
    expect(amount(p, 'indirect')).toBe(2_114_854);
  });

  it('wellness is included in MTDC: + $155,000 → 15% × 14,254,025 = $2,138,104', () => {
    const p = norfolk({ 'indirect.enabled': true, 'wellness.enabled': true });
    expect(p.budget.mtdc).toBe(14_254_025);
    expect(amount(p, 'indirect')).toBe(2_138_104);
  });

  it('N organizations: the subawarded money split into N equal subawards', () => {
    // 2 subawards of (4,836,000 + 1,248,000) / 2 = 3,042,000 → 2 × 50,000 counted
    // MTDC = 468,000 + 100,000 + 1,638,000 + 982,800 + 10,710,225 = 13,899,025 → 2,084,853.75
    const p = norfolk({ 'indirect.enabled': true, 'indirect.subawardCount': 2 });
    expect(p.budget.mtdc).toBe(13_899_025);
    expect(amount(p, 'indirect')).toBe(2_084_854);
  });

  it('MTDC is computed (and shown in the working) even when the indirect line is off', () => {
    const p = norfolk();
    expect(p.budget.mtdc).toBe(14_099_025);
    expect(p.working.mtdc.value).toBe(14_099_025);
  });

  describe('supervisors are shared among the frontline teams by headcount', () => {
    // Custom H = 30, caps, cost of living 0.1, outreach caseload 5. Headcounts: outreach 30/5 = 6,
    // mediators 2.14 → 2, case managers 1.25 → 1, family 0.625 → 1, advocates 1, HVIP 0.75 → 1;
    // frontline 12 → supervisors 2.4 → 2. Loaded costs: frontline $7,800, supervisor $10,400,
    // OVP $11,700 a person. Supervisors $20,800 shared over 12 workers.
    // Teams: outreach 46,800 + 6/12 × 20,800 = 57,200; mediators 15,600 + 3,466.67; the four
    // single-worker teams 7,800 + 1,733.33 each. Subawarded 93,600 + 20,800 = 114,400.
    // Staffing 93,600 + 20,800 + 46,800 = 161,200 → training 40,300, evaluation 24,180;
    // wraparound 45,000 × 30 = 1,350,000.
    const input = makeInput({ population: 238_005, method: 'custom', localHighRiskCount: 30, preset: 'caps' });
    const base: AssumptionOverrides = { costOfLiving: 0.1, 'street-outreach.caseload': 5, 'indirect.enabled': true };

    it('the headcounts are as worked', () => {
      const p = computePlan(input, base);
      expect(p.roles.map((r) => r.headcount)).toEqual([6, 2, 1, 1, 1, 1, 0, 2, 4]);
    });

    it('$50,000 threshold: outreach team counts 50,000, the others in full: 107,200 → MTDC 1,568,480 → $235,272', () => {
      // 46,800 (OVP) + 107,200 + 40,300 + 24,180 + 1,350,000 = 1,568,480; 15% = 235,272
      const p = computePlan(input, base);
      expect(p.budget.subawardsCounted).toBe(107_200);
      expect(p.budget.mtdc).toBe(1_568_480);
      expect(amount(p, 'indirect')).toBe(235_272);
    });

    it('$25,000 threshold (de minimis 10%): 25,000 + 57,200 = 82,200 → MTDC 1,543,480 → $154,348', () => {
      const p = computePlan(input, { ...base, 'indirect.revisedUniformGuidance': false });
      expect(p.budget.subawardsCounted).toBe(82_200);
      expect(p.budget.mtdc).toBe(1_543_480);
      expect(amount(p, 'indirect')).toBe(154_348);
    });

    it('three organizations: 3 × 38,133.33 all under $50,000 → 114,400 counted → $236,352', () => {
      const p = computePlan(input, { ...base, 'indirect.subawardCount': 3 });
      expect(p.budget.mtdc).toBe(1_575_680);
      expect(amount(p, 'indirect')).toBe(236_352);
      const old = computePlan(input, { ...base, 'indirect.subawardCount': 3, 'indirect.revisedUniformGuidance': false });
      expect(old.budget.mtdc).toBe(1_536_280); // 3 × 25,000
      expect(amount(old, 'indirect')).toBe(153_628); // 10%
    });

    it('the MTDC function directly: thresholds, subawards and exclusions', () => {
      const p = computePlan(input, base);
      expect(subawardThreshold(true)).toBe(50_000);
      expect(subawardThreshold(false)).toBe(25_000);
      const m = modifiedTotalDirectCosts({
        roles: p.roles,
        cityPersonnelCost: 46_800,
        contractCosts: 1_000,
        otherCosts: 2_000,
        revisedUniformGuidance: true,
        subawardCount: 0,
      });
      expect(m.threshold).toBe(50_000);
      expect(m.subawards).toHaveLength(6);
      expect(m.subawards.reduce((s, x) => s + x.amount, 0)).toBeCloseTo(114_400, 6);
      expect(m.subawards[0]!.amount).toBe(57_200);
      expect(m.subawards[0]!.counted).toBe(50_000);
      expect(m.subawards[1]!.amount).toBeCloseTo(15_600 + 20_800 / 6, 6); // mediators: 2 of 12 workers
      expect(m.subawards[1]!.counted).toBeCloseTo(15_600 + 20_800 / 6, 6);
      expect(m.subawardsCounted).toBe(107_200);
      expect(m.total).toBe(46_800 + 107_200 + 1_000 + 2_000);
    });
  });
});

describe('derived figures', () => {
  it('reach 0: no participants, so no cost per participant; cost per resident still given', () => {
    const p = computePlan(makeInput({ population: 238_005, serviceReachPct: 0, preset: 'caps' }));
    expect(p.participants).toBe(0);
    expect(p.costPerParticipant).toBeNull();
    // only OVP staff: 4 × 117,000 = 468,000; + 40% → 655,200
    expect(p.budget.total).toBe(655_200);
    expect(p.costPerResident).toBeCloseTo(655_200 / 238_005, 12);
    expect(p.staffPer100k).toBeCloseTo((4 / 238_005) * 100_000, 12);
  });
});

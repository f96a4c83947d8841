// docs/methodology.md §4 budget lines and §10 MTDC (the base of the indirect line). Expected amounts
// are worked by hand from the spec; the arithmetic is in the comments.
import { describe, expect, it } from 'vitest';
import {
  explainPlan,
  BUDGET_LINE_IDS,
  computePlan,
  makeInput,
  modifiedTotalDirectCosts,
  roleOf,
  roundHalfUp,
  roundMoney,
  subawardThreshold,
  validateInput,
  type AssumptionOverrides,
  type BudgetLineId,
  type PlanInput,
} from '../../src/model';
import { collectNumbers } from './support/arbitraries';

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
  // §10: each frontline role's team is a subaward and supervision is one more (the model's
  // decision: supervisors are not shared among the teams, so no subaward ever shrinks when a plan
  // adds people). Norfolk caps: six frontline teams (outreach 16, mediators 17, case managers 10,
  // family 5, advocates 8, HVIP 6), each costing at least 5 × $78,000 = 390,000, and supervision
  // 12 × $104,000 = 1,248,000: seven subawards over $50,000, so 7 × 50,000 = 350,000 counted.
  // MTDC = OVP 468,000 + 350,000 + training 1,638,000 + evaluation 982,800 + wraparound
  // 10,710,225 = 14,149,025.
  it('default: 15% × $14,149,025 = $2,122,353.75 → $2,122,354', () => {
    const p = norfolk({ 'indirect.enabled': true });
    expect(p.budget.subawardsCounted).toBe(350_000);
    expect(p.budget.mtdc).toBe(14_149_025);
    expect(amount(p, 'indirect')).toBe(2_122_354);
    expect(p.budget.total).toBe(NORFOLK_TOTAL + 2_122_354);
    expect(explainPlan(p).mtdc.terms.find((t) => t.name === 'Number of subawards')?.value).toBe(7);
  });

  it('a negotiated rate of 10%: $1,414,902.50 → $1,414,903', () => {
    const p = norfolk({ 'indirect.enabled': true, 'indirect.rateBasis': 'negotiated', 'indirect.rate': 0.1 });
    expect(amount(p, 'indirect')).toBe(1_414_903);
    // a negotiated rate applies whatever the award date: 7 × 25,000 = 175,000 counted →
    // MTDC 14,149,025 − 350,000 + 175,000 = 13,974,025 → 20% = 2,794,805
    const old = norfolk({ 'indirect.enabled': true, 'indirect.rateBasis': 'negotiated', 'indirect.rate': 0.2, 'indirect.revisedUniformGuidance': false });
    expect(amount(old, 'indirect')).toBe(2_794_805);
  });

  it('before the revised Uniform Guidance: first $25,000 of each subaward, de minimis 10%', () => {
    // 7 × 25,000 = 175,000 → MTDC 13,974,025 → 10% = 1,397,402.50 → 1,397,403
    const p = norfolk({ 'indirect.enabled': true, 'indirect.revisedUniformGuidance': false });
    expect(p.budget.subawardsCounted).toBe(175_000);
    expect(p.budget.mtdc).toBe(13_974_025);
    expect(amount(p, 'indirect')).toBe(1_397_403);
  });

  it('stipends (participant support) are excluded from MTDC', () => {
    const p = norfolk({ 'indirect.enabled': true, 'stipends.enabled': true });
    expect(p.budget.mtdc).toBe(14_149_025);
    expect(amount(p, 'indirect')).toBe(2_122_354);
  });

  it('wellness is included in MTDC: + $155,000 → 15% × 14,304,025 = $2,145,603.75 → $2,145,604', () => {
    const p = norfolk({ 'indirect.enabled': true, 'wellness.enabled': true });
    expect(p.budget.mtdc).toBe(14_304_025);
    expect(amount(p, 'indirect')).toBe(2_145_604);
  });

  it('Detroit (shooting-informed): seven teams and supervision → 8 × $50,000; 15% × $37,433,195 = $5,614,979', () => {
    // Trauma counselors are a seventh team (19 × $97,500); the smallest team is HVIP 8 × $78,000
    // = 624,000 and supervision is 35 × $104,000 = 3,640,000, so all eight count $50,000.
    // MTDC = OVP 7 × 117,000 = 819,000 + 400,000 + training 4,658,875 + evaluation 2,795,325 +
    // wraparound 28,759,995 = 37,433,195; 15% = 5,614,979.25 → 5,614,979.
    const p = computePlan(makeInput({ population: 639_111, homicides: 203, nonfatalShootings: 606 }), { 'indirect.enabled': true });
    expect(p.budget.subawardsCounted).toBe(400_000);
    expect(p.budget.mtdc).toBe(37_433_195);
    expect(amount(p, 'indirect')).toBe(5_614_979);
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
    expect(p.budget.mtdc).toBe(14_149_025);
    expect(explainPlan(p).mtdc.value).toBe(14_149_025);
  });

  describe('supervision is its own subaward, not shared among the frontline teams', () => {
    // Custom H = 30, caps, cost of living 0.1, outreach caseload 5. Headcounts: outreach 30/5 = 6,
    // mediators 2.14 → 2, case managers 1.25 → 1, family 0.625 → 1, advocates 1, HVIP 0.75 → 1;
    // frontline 12 → supervisors 2.4 → 2. Loaded costs: frontline $7,800, supervisor $10,400,
    // OVP $11,700 a person.
    // Subawards: outreach 6 × 7,800 = 46,800; mediators 15,600; the four single-worker teams
    // 7,800 each; CVI supervision 2 × 10,400 = 20,800. Subawarded 93,600 + 20,800 = 114,400.
    // Staffing 93,600 + 20,800 + OVP 46,800 = 161,200 → training 40,300, evaluation 24,180;
    // wraparound 45,000 × 30 = 1,350,000.
    const input = makeInput({ population: 238_005, method: 'custom', localHighRiskCount: 30, preset: 'caps' });
    const base: AssumptionOverrides = { costOfLiving: 0.1, 'street-outreach.caseload': 5, 'indirect.enabled': true };

    it('the headcounts are as worked', () => {
      const p = computePlan(input, base);
      expect(p.roles.map((r) => r.headcount)).toEqual([6, 2, 1, 1, 1, 1, 0, 2, 4]);
    });

    it('$50,000 threshold: every subaward is under it and counts in full: 114,400 → MTDC 1,575,680 → $236,352', () => {
      // 46,800 (OVP) + 114,400 + 40,300 + 24,180 + 1,350,000 = 1,575,680; 15% = 236,352
      const p = computePlan(input, base);
      expect(p.budget.subawardsCounted).toBe(114_400);
      expect(p.budget.mtdc).toBe(1_575_680);
      expect(amount(p, 'indirect')).toBe(236_352);
    });

    it('$25,000 threshold (de minimis 10%): 25,000 + 15,600 + 4 × 7,800 + 20,800 = 92,600 → MTDC 1,553,880 → $155,388', () => {
      // outreach 46,800 counts 25,000; the rest are under 25,000 and count in full.
      // 46,800 + 92,600 + 40,300 + 24,180 + 1,350,000 = 1,553,880; 10% = 155,388
      const p = computePlan(input, { ...base, 'indirect.revisedUniformGuidance': false });
      expect(p.budget.subawardsCounted).toBe(92_600);
      expect(p.budget.mtdc).toBe(1_553_880);
      expect(amount(p, 'indirect')).toBe(155_388);
    });

    it('supervision over the threshold counts only $50,000: supervisors at $200,000 → 2 × $26,000 = $52,000', () => {
      // Supervisor loaded 200,000 × 0.1 × 1.3 = 26,000 a person; supervision 52,000 → 50,000.
      // Counted 46,800 + 15,600 + 31,200 + 50,000 = 143,600. Staffing 93,600 + 52,000 + 46,800
      // = 192,400 → training 48,100, evaluation 28,860.
      // MTDC = 46,800 + 143,600 + 48,100 + 28,860 + 1,350,000 = 1,617,360; 15% = 242,604
      const p = computePlan(input, { ...base, 'supervisor.salary': 200_000 });
      expect(p.budget.subawardsCounted).toBe(143_600);
      expect(p.budget.mtdc).toBe(1_617_360);
      expect(amount(p, 'indirect')).toBe(242_604);
    });

    it('no supervisors, no supervision subaward: six teams, 93,600 → MTDC 1,546,560 → $231,984', () => {
      // Staffing 93,600 + 46,800 = 140,400 → training 35,100, evaluation 21,060.
      // MTDC = 46,800 + 93,600 + 35,100 + 21,060 + 1,350,000 = 1,546,560; 15% = 231,984
      const p = computePlan(input, { ...base, 'supervisor.enabled': false });
      expect(p.budget.subawardsCounted).toBe(93_600);
      expect(p.budget.mtdc).toBe(1_546_560);
      expect(amount(p, 'indirect')).toBe(231_984);
      expect(explainPlan(p).mtdc.terms.find((t) => t.name === 'Number of subawards')?.value).toBe(6);
    });

    it('three organizations: 3 × 38,133.33 all under $50,000 → 114,400 counted → $236,352', () => {
      const p = computePlan(input, { ...base, 'indirect.subawardCount': 3 });
      expect(p.budget.mtdc).toBe(1_575_680);
      expect(amount(p, 'indirect')).toBe(236_352);
      const old = computePlan(input, { ...base, 'indirect.subawardCount': 3, 'indirect.revisedUniformGuidance': false });
      expect(old.budget.mtdc).toBe(1_536_280); // 3 × 25,000 = 75,000 counted
      expect(amount(old, 'indirect')).toBe(153_628); // 10%
    });

    it('the MTDC function directly: thresholds, subawards and exclusions', () => {
      const p = computePlan(input, base);
      expect(subawardThreshold(true)).toBe(50_000);
      expect(subawardThreshold(false)).toBe(25_000);
      const parts = { roles: p.roles, cityPersonnelCost: 46_800, contractCosts: 1_000, otherCosts: 2_000, revisedUniformGuidance: true, subawardCount: 0 };
      const m = modifiedTotalDirectCosts(parts);
      expect(m.threshold).toBe(50_000);
      // the six teams with people (no trauma counselors in caps), then supervision
      expect(m.subawards.map((x) => [x.label, x.amount, x.counted])).toEqual([
        ['Street outreach workers team', 46_800, 46_800],
        ['Mediators / violence interrupters team', 15_600, 15_600],
        ['Case managers / life coaches team', 7_800, 7_800],
        ['Family case managers team', 7_800, 7_800],
        ['Victim advocates team', 7_800, 7_800],
        ['Hospital responders team', 7_800, 7_800],
        ['CVI supervision', 20_800, 20_800],
      ]);
      expect(m.subawardsCounted).toBe(114_400);
      expect(m.total).toBe(46_800 + 114_400 + 1_000 + 2_000); // 164,200

      const old = modifiedTotalDirectCosts({ ...parts, revisedUniformGuidance: false });
      expect(old.threshold).toBe(25_000);
      expect(old.subawards[0]!.counted).toBe(25_000);
      expect(old.subawards[6]!.counted).toBe(20_800);
      expect(old.subawardsCounted).toBe(92_600);

      const three = modifiedTotalDirectCosts({ ...parts, subawardCount: 3 });
      expect(three.subawards.map((x) => x.label)).toEqual(['Community organization 1', 'Community organization 2', 'Community organization 3']);
      for (const x of three.subawards) expect(x.amount).toBeCloseTo(114_400 / 3, 6);
      expect(three.subawardsCounted).toBe(114_400);
    });
  });
});

describe('money is rounded once to whole dollars, half up, with only a float-noise allowance', () => {
  // computePlan's money rule: each amount is rounded once, half up. The allowance for
  // floating-point noise is max(1e-9, |x| × 8 × machine epsilon): a few units in the last place,
  // never a real fraction. Regression cases from when it was |x| × 1e-12, which rounded genuine
  // amounts just below a half up and added a dollar to every whole amount from $500 billion.
  it('whole numbers stay whole numbers', () => {
    expect(roundHalfUp(1_000_000_000_000)).toBe(1_000_000_000_000); // was 1,000,000,000,001
    expect(roundMoney(500_000_000_000)).toBe(500_000_000_000); // was 500,000,000,001
  });

  it('halves go up; an amount below a half goes down: 2,249,323,335.4995 → 2,249,323,335', () => {
    expect(roundHalfUp(2_249_323_335.4995)).toBe(2_249_323_335); // was …336
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(0.5 * 15)).toBe(8);
    expect(roundHalfUp(7.4999)).toBe(7);
  });

  it('in a plan: population 49,999,963, reach 99.97% → wraparound $45,000 × 49,984.96301 = $2,249,323,335.4995 → $2,249,323,335', () => {
    // P = 0.9997 × 49,999.963 = 49,984.9630111; × 45,000 = 2,249,323,335.4995 (exact)
    const p = computePlan(makeInput({ population: 49_999_963, serviceReachPct: 99.97 }));
    expect(amount(p, 'wraparound')).toBe(2_249_323_335);
  });

  it('in a plan: custom count 49,999,990 at reach 22.3% → wraparound exactly 45 × 223 × 49,999,990 = $501,749,899,650', () => {
    const p = computePlan(makeInput({ population: 49_999_990, method: 'custom', localHighRiskCount: 49_999_990, serviceReachPct: 22.3, preset: 'caps' }));
    expect(amount(p, 'wraparound')).toBe(501_749_899_650);
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

  it('a tiny positive reach: no cost per participant rather than Infinity (population 1, reach 1e-300%)', () => {
    // Regression: P = 1e-302 × 0.001 = 1e-305, and $163,800 ÷ 1e-305 overflows to Infinity.
    // Total: OVP minimum 1 × 117,000 + 40% = 163,800 (wraparound 45,000 × 1e-305 rounds to 0).
    // §1 allows any reach from 0 to 100%; a plan never holds NaN or Infinity.
    const input = makeInput({ population: 1, serviceReachPct: 1e-300 });
    expect(validateInput(input).ok).toBe(true);
    const p = computePlan(input);
    expect(p.participants).toBeGreaterThan(0);
    expect(p.budget.total).toBe(163_800);
    expect(p.costPerParticipant).toBeNull();
    expect(explainPlan(p).costPerParticipant.value).toBeNull();
    expect(collectNumbers(p).filter((n) => !Number.isFinite(n.value))).toEqual([]);
  });
});

// The model against an independent, exact reading of the methodology (support/specOracle.ts),
// over the whole valid input space. The oracle is first checked against the hand-worked §9
// numbers, so it cannot silently agree with a wrong model.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  explainPlan,
  FRONTLINE_ROLE_IDS,
  PARAMS,
  computePlan,
  makeInput,
  roleOf,
  type Plan,
  type PlanInput,
} from '../../src/model';
import { arbGridOverrides, arbInput, checkedOverrides } from './support/arbitraries';
import { Q, roundHalfUpQ } from './support/rational';
import {
  SPEC_DEFAULTS,
  SPEC_LINES,
  SPEC_ROLES,
  specAssumptions,
  specIndirectRate,
  specMtdc,
  specPlan,
  specSubawards,
  specSubawardsCounted,
  type Line,
  type Role,
  type SpecInput,
  type SpecPlan,
} from './support/specOracle';

/** Inputs whose reach values are typed with at most one decimal (what a form or CSV would hold). */
const arbTypedInput: fc.Arbitrary<PlanInput> = fc
  .tuple(arbInput, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
  .map(([input, r, h]) => ({ ...input, serviceReachPct: r / 10, hospitalReachPct: h / 10 }));

describe('the oracle itself reproduces docs/methodology.md §9', () => {
  it('Norfolk, caps', () => {
    const input: SpecInput = {
      population: 238_005,
      homicides: 50,
      fatalShootings: null,
      nonfatalShootings: null,
      serviceReachPct: 100,
      hospitalReachPct: 50,
      method: 'population',
      localHighRiskCount: null,
      preset: 'caps',
    };
    const o = specPlan(input, specAssumptions('caps'));
    expect(SPEC_ROLES.map((r) => o.headcount[r])).toEqual([16, 17, 10, 5, 8, 6, 0, 12, 4]);
    expect(o.lines.wraparound).toBe(10_710_225);
    expect(o.lines.frontline).toBe(4_836_000);
    expect(o.total).toBe(19_883_025);
    // §10 by hand: six frontline teams (each ≥ 5 × $78,000) and supervision (12 × $104,000), each
    // over $50,000: 7 × 50,000 = 350,000; MTDC = OVP 468,000 + 350,000 + training 1,638,000 +
    // evaluation 982,800 + wraparound 10,710,225 = 14,149,025.
    expect(o.mtdc).toBe(14_149_025);
  });

  it('Detroit, shooting-informed', () => {
    const input: SpecInput = {
      population: 639_111,
      homicides: 203,
      fatalShootings: null,
      nonfatalShootings: 606,
      serviceReachPct: 100,
      hospitalReachPct: 50,
      method: 'population',
      localHighRiskCount: null,
      preset: 'shooting-informed',
    };
    const o = specPlan(input, specAssumptions('shooting-informed'));
    expect(SPEC_ROLES.map((r) => o.headcount[r])).toEqual([43, 46, 27, 13, 21, 8, 19, 35, 7]);
    expect(o.lines).toEqual({
      frontline: 14_176_500,
      'supervision-ovp': 4_459_000,
      'training-ta': 4_658_875,
      'data-evaluation': 2_795_325,
      wraparound: 28_759_995,
    });
    expect(o.total).toBe(54_849_695);
    // §10 by hand: seven frontline teams (the smallest, HVIP, 8 × $78,000) and supervision
    // (35 × $104,000), each over $50,000: 8 × 50,000 = 400,000; MTDC = OVP 819,000 + 400,000 +
    // 4,658,875 + 2,795,325 + 28,759,995 = 37,433,195.
    expect(o.mtdc).toBe(37_433_195);
  });

  it('Baltimore, site-based (§11 worked example)', () => {
    const input: SpecInput = {
      population: 585_708,
      homicides: 201,
      fatalShootings: null,
      nonfatalShootings: 414,
      serviceReachPct: 100,
      hospitalReachPct: 50,
      method: 'violence-adjusted',
      localHighRiskCount: null,
      preset: 'site-based',
    };
    const o = specPlan(input, specAssumptions('site-based'));
    // §11: H = P = 1,005 (5 per homicide inside the clamp), S = ⌈20.1⌉ = 21.
    expect(o.P.toNumber()).toBeCloseTo(1005, 9);
    expect(o.S).toBe(21);
    expect(SPEC_ROLES.map((r) => o.headcount[r])).toEqual([63, 63, 0, 0, 0, 5, 21, 22, 6]);
    expect(o.lines).toEqual({
      frontline: 12_265_500,
      'supervision-ovp': 2_990_000,
      'training-ta': 3_813_875,
      'data-evaluation': 2_288_325,
      wraparound: 5_025_000,
    });
    expect(o.total).toBe(26_382_700);
  });

  it('the methodology defaults agree with the model catalog', () => {
    for (const [id, value] of Object.entries(SPEC_DEFAULTS)) {
      expect(PARAMS[id as keyof typeof PARAMS].defaultValue, id).toBe(value);
    }
  });
});

/**
 * Whole-dollar rounding half up of an exact amount. CONTRACT: the model rounds doubles, with a
 * documented allowance for floating-point noise of max(1e-9, |x| × 8 × machine epsilon) (a few
 * units in the last place, never a real fraction), so an exact amount that far or less below a
 * half may also round up. Amounts under $1 billion from typed inputs never come that close, and
 * the strict property below checks them exactly.
 */
function roundsHalfUp(model: number, exact: Q): boolean {
  const r = roundHalfUpQ(exact);
  if (BigInt(model) === r) return true;
  const allowance = Math.max(1e-9, Math.abs(exact.toNumber()) * 8 * Number.EPSILON) * 1.001;
  const withAllowance = exact.add(Q.of(1, 2)).add(Q.dec(allowance)).floor();
  return BigInt(model) > r && BigInt(model) <= withAllowance;
}

/** Every figure of the plan against the oracle, each amount from the figures it depends on. */
function oracleProblems(plan: Plan, input: PlanInput, raw: Record<string, unknown>): { problems: string[]; oracle: SpecPlan } {
  const a = specAssumptions(input.preset, raw);
  const o = specPlan(input, a);
  const out: string[] = [];
  const close = (actual: number, exact: Q, what: string) => {
    const e = exact.toNumber();
    if (!(Math.abs(actual - e) <= 1e-9 * Math.max(1, Math.abs(e)))) out.push(`${what}: ${actual} vs exact ${exact.toString()}`);
  };
  const rounded = (actual: number | undefined, exact: Q, what: string) => {
    if (actual === undefined || !roundsHalfUp(actual, exact)) out.push(`${what}: ${actual} vs exact ${exact.toString()} rounded half up`);
  };
  close(plan.highRiskPopulation, o.H, 'H');
  close(plan.participants, o.P, 'P');
  close(plan.hospitalClients, o.C, 'C');
  if (plan.sites !== o.S) out.push(`sites ${plan.sites} vs ${o.S}`);

  const headcount = {} as Record<Role, number>;
  const cost = {} as Record<Role, number>;
  for (const id of SPEC_ROLES) {
    const r = roleOf(plan.roles, id);
    if (r.headcount !== o.headcount[id]) out.push(`${id} headcount ${r.headcount} vs ${o.headcount[id]} (exact FTE ${o.fte[id].toString()})`);
    if (r.minimumApplied !== o.minimumApplied[id]) out.push(`${id} minimumApplied ${r.minimumApplied}`);
    if (id !== 'ovp-staff') close(r.fte, o.fte[id], `${id} FTE`);
    headcount[id] = r.headcount;
    cost[id] = r.cost;
    const salary = Q.dec(a[`${id}.salary`]).mul(Q.dec(a.costOfLiving));
    close(r.salary, salary, `${id} salary`);
    rounded(r.cost, salary.mul(Q.of(1).add(Q.dec(a.fringeRate))).mul(r.headcount), `${id} cost`);
  }

  const line = (id: Line) => plan.budget.lines.find((l) => l.id === id)?.amount;
  const sum = (ids: readonly Role[]) => ids.reduce((s, id) => s + cost[id], 0);
  if (line('frontline') !== sum(FRONTLINE_ROLE_IDS)) out.push('frontline line is not the sum of frontline role costs');
  if (line('supervision-ovp') !== sum(['supervisor', 'ovp-staff'])) out.push('supervision-ovp line is not supervisors + OVP');
  const staffing = plan.budget.staffingCost;
  if (staffing !== (line('frontline') ?? NaN) + (line('supervision-ovp') ?? NaN)) out.push('staffing cost');
  rounded(line('training-ta'), Q.dec(a.trainingRate).mul(staffing), 'training-ta');
  rounded(line('data-evaluation'), Q.dec(a.evaluationRate).mul(staffing), 'data-evaluation');
  rounded(line('wraparound'), Q.dec(a.staffingModel === 'sites' ? a.directAssistancePerParticipant : a.wraparoundPerParticipant).mul(o.P), 'wraparound');
  if (a['stipends.enabled']) {
    rounded(line('stipends'), Q.dec(a['stipends.participantShare']).mul(o.P).mul(Q.dec(a['stipends.monthlyAmount'])).mul(a['stipends.months']), 'stipends');
  }
  const frontline = FRONTLINE_ROLE_IDS.reduce((s, id) => s + headcount[id], 0);
  if (a['wellness.enabled']) rounded(line('wellness'), Q.dec(a['wellness.perWorker']).mul(frontline), 'wellness');

  const lines: Partial<Record<Line, number>> = Object.fromEntries(plan.budget.lines.map((l) => [l.id, l.amount]));
  const counted = specSubawardsCounted(cost, headcount, a);
  rounded(plan.budget.subawardsCounted, counted, 'subawards counted');
  const subawards = explainPlan(plan).mtdc.terms.find((t) => t.name === 'Number of subawards')?.value;
  const expectedSubawards = specSubawards(cost, headcount, a).length;
  if (subawards !== expectedSubawards) out.push(`number of subawards ${subawards} vs ${expectedSubawards}`);
  const mtdc = specMtdc(cost, headcount, lines, lines.wellness ?? 0, a) - Number(roundHalfUpQ(counted)) + plan.budget.subawardsCounted;
  if (plan.budget.mtdc !== mtdc) out.push(`MTDC ${plan.budget.mtdc} vs ${mtdc}`);
  if (a['indirect.enabled']) rounded(line('indirect'), specIndirectRate(a).mul(mtdc), 'indirect');

  const ids = plan.budget.lines.map((l) => l.id).join();
  const expectedIds = SPEC_LINES.filter((id) => o.lines[id] !== undefined).join();
  if (ids !== expectedIds) out.push(`lines ${ids} vs ${expectedIds}`);
  if (plan.budget.total !== plan.budget.lines.reduce((s, l) => s + l.amount, 0)) out.push('total is not the sum of the lines');
  return { problems: out, oracle: o };
}

const arbSwitches = fc.record(
  {
    'stipends.enabled': fc.boolean(),
    'wellness.enabled': fc.boolean(),
    'indirect.enabled': fc.boolean(),
    'indirect.revisedUniformGuidance': fc.boolean(),
    'indirect.subawardCount': fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: [] },
);

describe('model = oracle with the methodology defaults', () => {
  it('every input (every preset, every method), optional lines on or off', () => {
    fc.assert(
      fc.property(arbTypedInput, arbSwitches, (input, raw) => {
        expect(oracleProblems(computePlan(input, checkedOverrides(raw, input.preset)), input, raw).problems).toEqual([]);
      }),
      { numRuns: 700 },
    );
  });

  it('plans under $1 billion: every line and the total exactly as the oracle rounds them', () => {
    fc.assert(
      fc.property(arbTypedInput, arbSwitches, (input, raw) => {
        const plan = computePlan(input, checkedOverrides(raw, input.preset));
        const o = specPlan(input, specAssumptions(input.preset, raw));
        fc.pre(o.total < 1e9);
        expect(plan.budget.lines.map((l) => [l.id, l.amount])).toEqual(SPEC_LINES.filter((id) => o.lines[id] !== undefined).map((id) => [id, o.lines[id]]));
        expect(plan.budget.total).toBe(o.total);
        expect(plan.budget.mtdc).toBe(o.mtdc);
        expect(plan.roles.map((r) => r.cost)).toEqual(SPEC_ROLES.map((id) => o.cost[id]));
      }),
      { numRuns: 700 },
    );
  });

  it('small places, where part-time needs and minimums happen', () => {
    const small = arbTypedInput.filter((i) => i.population <= 60_000);
    fc.assert(
      fc.property(small, (input) => {
        const plan = computePlan(input);
        const { problems, oracle } = oracleProblems(plan, input, {});
        expect(problems).toEqual([]);
        expect(plan.budget.total).toBe(oracle.total);
      }),
      { numRuns: 500 },
    );
  });
});

describe('model = oracle with random overrides of every parameter', () => {
  it('headcounts exactly; each amount is its formula rounded half up', () => {
    fc.assert(
      fc.property(arbTypedInput, arbGridOverrides, (input, raw) => {
        expect(oracleProblems(computePlan(input, checkedOverrides(raw, input.preset)), input, raw).problems).toEqual([]);
      }),
      { numRuns: 700 },
    );
  });
});

describe('the comparison can fail', () => {
  const input: PlanInput = { ...makeInput({ population: 639_111, homicides: 203, nonfatalShootings: 606 }) };
  const plan = computePlan(input);

  it('agrees with the model on Detroit', () => {
    expect(oracleProblems(plan, input, {}).problems).toEqual([]);
  });

  it('notices a wrong preset, a dollar off in a line, and a headcount off by one', () => {
    expect(oracleProblems(plan, { ...input, preset: 'caps' }, {}).problems.length).toBeGreaterThan(0);
    const lineOff: Plan = { ...plan, budget: { ...plan.budget, lines: plan.budget.lines.map((l) => (l.id === 'wraparound' ? { ...l, amount: l.amount + 1 } : l)) } };
    expect(oracleProblems(lineOff, input, {}).problems).toContain('wraparound: 28759996 vs exact 28759995 rounded half up');
    const roleOff: Plan = { ...plan, roles: plan.roles.map((r) => (r.id === 'mediator' ? { ...r, headcount: r.headcount - 1 } : r)) };
    expect(oracleProblems(roleOff, input, {}).problems.some((p) => p.startsWith('mediator headcount 45 vs 46'))).toBe(true);
  });
});

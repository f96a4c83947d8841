// Property tests (fast-check) over the whole valid input space: population 1–50,000,000, counts
// 0–population or not given, reach 0–100 with fractions, every method with its required field,
// both presets, and random overrides of every catalog parameter within its documented range.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  explainPlan,
  FRONTLINE_ROLE_IDS,
  PARAMS,
  computePlan,
  makeInput,
  resolveAssumptions,
  roleOf,
  validateInput,
  type AssumptionOverrides,
  type Assumptions,
  type FigureId,
  type ParamId,
  type Plan,
  type PlanInput,
  type RoleId,
} from '../../src/model';
import {
  POP_MAX,
  arbCommonOverrides,
  arbGridOverrides,
  arbInput,
  arbOverrides,
  checkedOverrides,
  collectNumbers,
} from './support/arbitraries';
import { SPEC_LINES } from './support/specOracle';

const RUNS = { numRuns: 800 } as const;
const MONO_RUNS = { numRuns: 500 } as const;

/** Float allowance when comparing a headcount with its FTE (the rounding is half up on a double). */
const noise = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

/** An input and overrides drawn from the whole space; a third of cases use everyday overrides. */
const arbCase = fc.tuple(arbInput, fc.oneof(arbOverrides(), arbCommonOverrides, fc.constant({}))).map(([input, raw]) => ({
  input,
  overrides: checkedOverrides(raw, input.preset),
}));

const total = (p: Plan) => p.budget.total;
const staff = (p: Plan) => p.totalHeadcount;

describe('the generators cover only valid inputs', () => {
  it('validateInput accepts every generated input unchanged', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const v = validateInput(input);
        expect(v.ok).toBe(true);
        if (v.ok) expect(v.input).toEqual({ ...input, placeName: input.placeName.trim(), state: input.state.trim() });
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * The structural rules of a plan (issue 2, docs/methodology.md §3–4). Each returns the problems it finds,
 * so one property run reports every broken rule at once.
 */
function budgetProblems(plan: Plan, a: Assumptions): string[] {
  const out: string[] = [];
  let sum = 0;
  for (const line of plan.budget.lines) sum += line.amount;
  if (sum !== plan.budget.total) out.push(`lines sum to ${sum}, total is ${plan.budget.total}`);
  const expectedIds = SPEC_LINES.filter(
    (id) => (id !== 'stipends' || a['stipends.enabled']) && (id !== 'wellness' || a['wellness.enabled']) && (id !== 'indirect' || a['indirect.enabled']),
  );
  const ids = plan.budget.lines.map((l) => l.id);
  if (ids.join() !== expectedIds.join()) out.push(`lines ${ids.join()} instead of ${expectedIds.join()}`);
  const line = (id: string) => plan.budget.lines.find((l) => l.id === id)?.amount;
  const roleSum = (which: 'frontline' | 'supervision-ovp') => plan.roles.filter((r) => r.budgetLine === which).reduce((s, r) => s + r.cost, 0);
  if (line('frontline') !== roleSum('frontline')) out.push('frontline line is not the sum of frontline role costs');
  if (line('supervision-ovp') !== roleSum('supervision-ovp')) out.push('supervision-ovp line is not the sum of its role costs');
  if (plan.budget.staffingCost !== (line('frontline') ?? NaN) + (line('supervision-ovp') ?? NaN)) out.push('staffing cost is not the two staffing lines');
  for (const l of plan.budget.lines) if (!Number.isInteger(l.amount) || l.amount < 0) out.push(`line ${l.id} = ${l.amount} is not whole dollars ≥ 0`);
  for (const r of plan.roles) if (!Number.isInteger(r.cost) || r.cost < 0) out.push(`role ${r.id} cost ${r.cost} is not whole dollars ≥ 0`);
  if (!Number.isInteger(plan.budget.total)) out.push(`total ${plan.budget.total} is not whole dollars`);
  if (!Number.isInteger(plan.budget.mtdc)) out.push(`MTDC ${plan.budget.mtdc} is not whole dollars`);
  return out;
}

function staffingProblems(plan: Plan, a: Assumptions): string[] {
  const out: string[] = [];
  for (const r of plan.roles) {
    if (!Number.isInteger(r.headcount) || r.headcount < 0) out.push(`${r.id} headcount ${r.headcount} is not a whole number ≥ 0`);
    // §11: site teams leave the three case-management roles out unless their switch is on.
    const leftToSites = a.staffingModel === 'sites' && !a['sites.caseManagement'] && ['case-manager', 'family-case-manager', 'victim-advocate'].includes(r.id);
    if (r.enabled !== (a[`${r.id}.enabled` as ParamId] && !leftToSites)) out.push(`${r.id} enabled flag does not follow the assumptions`);
    if (r.partTimeNeed !== (r.enabled && r.fte > 0 && r.headcount === 0)) out.push(`${r.id} part-time flag wrong (fte ${r.fte}, headcount ${r.headcount})`);
    if (!r.enabled && (r.fte !== 0 || r.headcount !== 0 || r.cost !== 0)) out.push(`${r.id} is off but plans fte ${r.fte}, headcount ${r.headcount}, cost ${r.cost}`);
    if (r.minimumApplied) {
      const min = r.id === 'supervisor' ? a['supervisor.minimum'] : r.id === 'ovp-staff' ? a['ovp-staff.minimum'] : NaN;
      // Site supervisors (one set per site) come on top of the minimum for the rest of the frontline.
      const team = ['street-outreach', 'mediator', 'trauma-counselor'].reduce((s, id) => s + roleOf(plan.roles, id as RoleId).headcount, 0);
      const onSites = r.id === 'supervisor' && a.staffingModel === 'sites' && team > 0 ? plan.sites * a['sites.supervisors'] : 0;
      if (r.headcount !== onSites + min || !(r.fte - onSites < min)) out.push(`${r.id} minimum applied but headcount ${r.headcount}, fte ${r.fte}, minimum ${min}`);
    } else if (r.id === 'supervisor' && plan.frontlineHeadcount === 0) {
      if (r.headcount !== 0) out.push(`supervisors ${r.headcount} with no frontline workers`);
    } else if (Math.abs(r.headcount - r.fte) > 0.5 + noise(r.fte)) {
      out.push(`${r.id}: |headcount ${r.headcount} − FTE ${r.fte}| > 0.5`);
    }
  }
  const frontline = FRONTLINE_ROLE_IDS.reduce((s, id) => s + roleOf(plan.roles, id).headcount, 0);
  if (plan.frontlineHeadcount !== frontline) out.push(`frontline headcount ${plan.frontlineHeadcount} ≠ ${frontline}`);
  if (plan.totalHeadcount !== plan.roles.reduce((s, r) => s + r.headcount, 0)) out.push('total headcount is not the sum of roles');
  const sup = roleOf(plan.roles, 'supervisor').headcount;
  if ((frontline === 0 || !a['supervisor.enabled']) && sup !== 0) out.push(`supervisors ${sup} without frontline workers or switched off`);
  if (a.staffingModel === 'sites') {
    // §11: the minimum applies to the supervision of the frontline outside the site teams.
    const team = ['street-outreach', 'mediator', 'trauma-counselor'].reduce((s, id) => s + roleOf(plan.roles, id as RoleId).headcount, 0);
    const siteSupervisors = a['supervisor.enabled'] && team > 0 ? plan.sites * a['sites.supervisors'] : 0;
    if (frontline - team > 0 && a['supervisor.enabled'] && sup - siteSupervisors < a['supervisor.minimum']) out.push(`supervisors ${sup} below site supervisors + the minimum`);
  } else if (frontline > 0 && a['supervisor.enabled'] && sup < a['supervisor.minimum']) out.push(`supervisors ${sup} below the minimum`);
  const ovp = roleOf(plan.roles, 'ovp-staff').headcount;
  if (a['ovp-staff.enabled'] && ovp < a['ovp-staff.minimum']) out.push(`OVP staff ${ovp} below the minimum`);
  return out;
}

describe('the invariant checks can fail', () => {
  const plan = computePlan(makeInput({ population: 639_111, nonfatalShootings: 606 }), { 'indirect.enabled': true });
  const a = resolveAssumptions('shooting-informed', { 'indirect.enabled': true });

  it('a correct plan has no problems', () => {
    expect(budgetProblems(plan, a)).toEqual([]);
    expect(staffingProblems(plan, a)).toEqual([]);
  });

  it('a total a dollar off, a fractional cost, a headcount far from its FTE are all reported', () => {
    expect(budgetProblems({ ...plan, budget: { ...plan.budget, total: plan.budget.total + 1 } }, a)).toHaveLength(1);
    const fractional = plan.roles.map((r) => (r.id === 'mediator' ? { ...r, cost: r.cost + 0.5 } : r));
    expect(budgetProblems({ ...plan, roles: fractional }, a).length).toBeGreaterThan(0);
    const far = plan.roles.map((r) => (r.id === 'mediator' ? { ...r, headcount: r.headcount + 1 } : r));
    expect(staffingProblems({ ...plan, roles: far }, a).length).toBeGreaterThan(0);
    const hidden = plan.roles.map((r) => (r.id === 'mediator' ? { ...r, headcount: 0, partTimeNeed: false } : r));
    expect(staffingProblems({ ...plan, roles: hidden }, a).length).toBeGreaterThan(0);
  });
});

describe('plan invariants over the whole valid space', () => {
  it('no NaN or Infinity anywhere in a plan, including its working', () => {
    fc.assert(
      fc.property(arbCase, ({ input, overrides }) => {
        const plan = computePlan(input, overrides);
        const bad = collectNumbers({ plan, working: explainPlan(plan) }).filter((n) => !Number.isFinite(n.value));
        expect(bad).toEqual([]);
      }),
      RUNS,
    );
  });

  it('budget lines sum exactly to the total; every line and role cost is whole dollars; lines are the enabled ones in order', () => {
    fc.assert(
      fc.property(arbCase, ({ input, overrides }) => {
        expect(budgetProblems(computePlan(input, overrides), resolveAssumptions(input.preset, overrides))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('|headcount − FTE| ≤ 0.5 except where a minimum was applied; part-time need; switched-off roles; supervisor and OVP minimums; totals', () => {
    fc.assert(
      fc.property(arbCase, ({ input, overrides }) => {
        expect(staffingProblems(computePlan(input, overrides), resolveAssumptions(input.preset, overrides))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('zero reach gives zero participant-driven staff', () => {
    fc.assert(
      fc.property(arbCase, ({ input: base, overrides }) => {
        const input: PlanInput = { ...base, serviceReachPct: 0 };
        const plan = computePlan(input, overrides);
        const a = resolveAssumptions(input.preset, overrides);
        const out: string[] = [];
        if (plan.participants !== 0) out.push(`participants ${plan.participants}`);
        for (const id of ['street-outreach', 'mediator', 'case-manager', 'family-case-manager', 'victim-advocate'] as const) {
          const r = roleOf(plan.roles, id);
          if (r.fte !== 0 || r.headcount !== 0) out.push(`${id}: fte ${r.fte}, headcount ${r.headcount}`);
        }
        const hrFromParticipants = a['hospital-responder.driver'] === 'participants' || input.nonfatalShootings === null;
        if (hrFromParticipants && roleOf(plan.roles, 'hospital-responder').headcount !== 0) out.push('hospital responders driven by P = 0');
        // With no hospital clients either, nobody on the frontline and so no supervisors.
        if (input.nonfatalShootings === null || input.nonfatalShootings === 0 || input.hospitalReachPct === 0) {
          if (plan.hospitalClients !== 0) out.push(`hospital clients ${plan.hospitalClients}`);
          if (roleOf(plan.roles, 'trauma-counselor').headcount !== 0) out.push('trauma counselors driven by P + C = 0');
          if (plan.frontlineHeadcount !== 0) out.push(`frontline ${plan.frontlineHeadcount}`);
          if (roleOf(plan.roles, 'supervisor').headcount !== 0) out.push('supervisors without frontline');
        }
        if (plan.budget.lines.find((l) => l.id === 'wraparound')?.amount !== 0) out.push('wraparound for nobody');
        if (a['stipends.enabled'] && plan.budget.lines.find((l) => l.id === 'stipends')?.amount !== 0) out.push('stipends for nobody');
        if (plan.costPerParticipant !== null) out.push('cost per participant with no participants');
        expect(out).toEqual([]);
      }),
      RUNS,
    );
  });

  it('every figure carries working whose value is the figure, with sources on every default it used', () => {
    const LABELS = ['CAPS', 'CAPS-calibrated', 'research', 'assumption'];
    fc.assert(
      fc.property(arbCase, ({ input, overrides }) => {
        const plan = computePlan(input, overrides);
        const w = explainPlan(plan);
        const out: string[] = [];
        const check = (id: FigureId, value: number | null) => {
          if (!w[id]) out.push(`no working for ${id}`);
          else if (!Object.is(w[id].value, value)) out.push(`${id}: working ${w[id].value} ≠ figure ${value}`);
        };
        check('highRiskPopulation', plan.highRiskPopulation);
        check('participants', plan.participants);
        check('hospitalClients', plan.hospitalClients);
        for (const r of plan.roles) {
          check(`role.${r.id}.fte`, r.fte);
          check(`role.${r.id}.headcount`, r.headcount);
          check(`role.${r.id}.salary`, r.salary);
          check(`role.${r.id}.cost`, r.cost);
        }
        for (const l of plan.budget.lines) check(`line.${l.id}`, l.amount);
        check('staffingCost', plan.budget.staffingCost);
        check('mtdc', plan.budget.mtdc);
        check('total', plan.budget.total);
        check('totalHeadcount', plan.totalHeadcount);
        check('frontlineHeadcount', plan.frontlineHeadcount);
        check('costPerParticipant', plan.costPerParticipant);
        check('costPerResident', plan.costPerResident);
        check('staffPer100k', plan.staffPer100k);
        for (const [id, working] of Object.entries(w)) {
          if (working.formula.length === 0) out.push(`${id} has no formula`);
          for (const term of working.terms) {
            if (term.param) {
              if (!Object.prototype.hasOwnProperty.call(PARAMS, term.param)) out.push(`${id}: unknown parameter ${term.param}`);
              if (!LABELS.includes(term.source?.label ?? '') || !term.source?.citation) out.push(`${id}: ${term.param} has no source`);
            }
            if (term.figure && !w[term.figure]) out.push(`${id} → ${term.figure} has no working`);
          }
        }
        expect(out).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('monotonicity: more demand never gives fewer staff or a smaller budget', () => {
  function expectNoLess(small: Plan, large: Plan) {
    const out: string[] = [];
    if (staff(large) < staff(small)) out.push(`total staff ${staff(small)} → ${staff(large)}`);
    small.roles.forEach((r, i) => {
      if (large.roles[i]!.headcount < r.headcount) out.push(`${r.id} ${r.headcount} → ${large.roles[i]!.headcount}`);
    });
    if (total(large) < total(small)) out.push(`total budget ${total(small)} → ${total(large)}`);
    expect(out).toEqual([]);
  }

  it('more population', () => {
    fc.assert(
      fc.property(arbCase, fc.double({ min: 0, max: 1, noNaN: true }), ({ input, overrides }, t) => {
        const population = Math.min(POP_MAX, input.population + Math.floor(t * (POP_MAX - input.population)));
        expectNoLess(computePlan(input, overrides), computePlan({ ...input, population }, overrides));
      }),
      MONO_RUNS,
    );
  });

  it('more population, by one resident', () => {
    fc.assert(
      fc.property(arbCase, ({ input, overrides }) => {
        fc.pre(input.population < POP_MAX);
        expectNoLess(computePlan(input, overrides), computePlan({ ...input, population: input.population + 1 }, overrides));
      }),
      MONO_RUNS,
    );
  });

  it('more service reach', () => {
    fc.assert(
      fc.property(arbCase, fc.double({ min: 0, max: 1, noNaN: true }), ({ input, overrides }, t) => {
        const reach = Math.max(input.serviceReachPct, Math.min(100, input.serviceReachPct + t * (100 - input.serviceReachPct)));
        expectNoLess(computePlan(input, overrides), computePlan({ ...input, serviceReachPct: reach }, overrides));
      }),
      MONO_RUNS,
    );
  });

  it('more nonfatal shootings (given vs given)', () => {
    fc.assert(
      fc.property(arbCase, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), ({ input, overrides }, seed, t) => {
        const nf = input.nonfatalShootings ?? seed % (input.population + 1);
        const more = Math.min(input.population, nf + Math.ceil(t * (input.population - nf)));
        const small = { ...input, nonfatalShootings: nf };
        expectNoLess(computePlan(small, overrides), computePlan({ ...small, nonfatalShootings: more }, overrides));
      }),
      MONO_RUNS,
    );
  });

  it('more hospital reach', () => {
    fc.assert(
      fc.property(arbCase, fc.double({ min: 0, max: 1, noNaN: true }), ({ input, overrides }, t) => {
        const reach = Math.max(input.hospitalReachPct, Math.min(100, input.hospitalReachPct + t * (100 - input.hospitalReachPct)));
        expectNoLess(computePlan(input, overrides), computePlan({ ...input, hospitalReachPct: reach }, overrides));
      }),
      MONO_RUNS,
    );
  });

  it('more homicides (or fatal shootings when homicides are not given) under violence-adjusted', () => {
    fc.assert(
      fc.property(arbCase, fc.double({ min: 0, max: 1, noNaN: true }), ({ input: base, overrides }, t) => {
        const input: PlanInput = { ...base, method: 'violence-adjusted' };
        if (input.homicides === null && input.fatalShootings === null) input.homicides = 0;
        const field = input.homicides !== null ? 'homicides' : 'fatalShootings';
        const now = input[field] ?? 0;
        const more = Math.min(input.population, now + Math.ceil(t * (input.population - now)));
        expectNoLess(computePlan(input, overrides), computePlan({ ...input, [field]: more }, overrides));
      }),
      MONO_RUNS,
    );
  });

  const RATIO_PARAMS = [
    'street-outreach.caseload',
    'mediator.caseload',
    'case-manager.caseload',
    'family-case-manager.caseload',
    'victim-advocate.caseload',
    'hospital-responder.caseload',
    'hospital-responder.clientsPerResponder',
    'trauma-counselor.caseload',
    'supervisor.workersPerSupervisor',
  ] as const satisfies readonly ParamId[];

  it('a lower caseload (or fewer workers per supervisor)', () => {
    fc.assert(
      fc.property(arbCase, fc.constantFrom(...RATIO_PARAMS), fc.double({ min: 0, max: 1, noNaN: true }), ({ input, overrides }, id, t) => {
        const a = resolveAssumptions(input.preset, overrides);
        const floor = PARAMS[id].min; // the lowest value validation accepts
        const now = a[id];
        const lower = Math.max(floor, Math.min(now, floor + t * (now - floor)));
        const lowered: AssumptionOverrides = { ...overrides, [id]: lower };
        expectNoLess(computePlan(input, overrides), computePlan(input, lowered));
      }),
      MONO_RUNS,
    );
  });

  describe('with the indirect line on (§10 MTDC): each subaward only grows with staffing', () => {
    // Every frontline team is its own subaward and supervision one more (or the whole is split
    // into N equal subawards), so adding people never moves cost out of a subaward under the
    // threshold: MTDC, the indirect line and the total never fall.
    const arbIndirectCase = fc.tuple(arbInput, fc.oneof(arbOverrides(), arbGridOverrides)).map(([input, raw]) => ({
      input,
      overrides: checkedOverrides({ ...raw, 'indirect.enabled': true }, input.preset),
    }));
    const indirect = (p: Plan) => p.budget.lines.find((l) => l.id === 'indirect')?.amount ?? NaN;
    function expectIndirectNoLess(small: Plan, large: Plan) {
      const out: string[] = [];
      if (large.budget.mtdc < small.budget.mtdc) out.push(`MTDC ${small.budget.mtdc} → ${large.budget.mtdc}`);
      if (large.budget.subawardsCounted < small.budget.subawardsCounted) out.push(`subawards counted ${small.budget.subawardsCounted} → ${large.budget.subawardsCounted}`);
      if (!(indirect(large) >= indirect(small))) out.push(`indirect ${indirect(small)} → ${indirect(large)}`);
      if (total(large) < total(small)) out.push(`total ${total(small)} → ${total(large)}`);
      expect(out).toEqual([]);
    }

    it('a lower caseload (or fewer workers per supervisor)', () => {
      fc.assert(
        fc.property(arbIndirectCase, fc.constantFrom(...RATIO_PARAMS), fc.double({ min: 0, max: 1, noNaN: true }), ({ input, overrides }, id, t) => {
          const a = resolveAssumptions(input.preset, overrides);
          const floor = PARAMS[id].min;
          const lower = Math.max(floor, Math.min(a[id], floor + t * (a[id] - floor)));
          expectIndirectNoLess(computePlan(input, overrides), computePlan(input, { ...overrides, [id]: lower }));
        }),
        MONO_RUNS,
      );
    });

    it('more service reach', () => {
      fc.assert(
        fc.property(arbIndirectCase, fc.double({ min: 0, max: 1, noNaN: true }), ({ input, overrides }, t) => {
          const reach = Math.max(input.serviceReachPct, Math.min(100, input.serviceReachPct + t * (100 - input.serviceReachPct)));
          expectIndirectNoLess(computePlan(input, overrides), computePlan({ ...input, serviceReachPct: reach }, overrides));
        }),
        MONO_RUNS,
      );
    });

    it('more population', () => {
      fc.assert(
        fc.property(arbIndirectCase, fc.double({ min: 0, max: 1, noNaN: true }), ({ input, overrides }, t) => {
          const population = Math.min(POP_MAX, input.population + Math.floor(t * (POP_MAX - input.population)));
          expectIndirectNoLess(computePlan(input, overrides), computePlan({ ...input, population }, overrides));
        }),
        MONO_RUNS,
      );
    });

    it('regression: outreach caseload 2.5 → 2.3 adds an outreach worker and no longer lowers the total', () => {
      // When supervisors were shared among the teams' subawards by headcount, this case lost $37:
      // the added outreach worker (salary $0, team already over $25,000) drew supervisor cost out
      // of the mediators' subaward, which was under $25,000 (counted 33,171 → 32,800).
      // Custom H 30, reach 100% → P 30; caps; only outreach and mediators; award before
      // 2024-10-01 ($25,000 threshold, de minimis 10%).
      //   caseload 2.5: outreach 30/2.5 = 12; caseload 2.3: 30/2.3 = 13.04 → 13.
      //   mediators 30/14 = 2.14 → 2; supervisors (12 + 2)/5 = 2.8 → 3 and (13 + 2)/5 = 3 → 3.
      // Costs (× 1.3 fringe): outreach $0; mediators 2 × 1,300 = 2,600; supervisors 3 × 13,000 =
      // 39,000; OVP 4 × 117,000 = 468,000. Staffing 509,600 → training 127,400, evaluation 76,440;
      // wraparound 45,000 × 30 = 1,350,000.
      // Subawards (both cases): outreach 0, mediators 2,600, supervision 39,000 → 25,000; counted
      // 27,600. MTDC = 468,000 + 27,600 + 127,400 + 76,440 + 1,350,000 = 2,049,440 → 10% = 204,944.
      // Total = 509,600 + 127,400 + 76,440 + 1,350,000 + 204,944 = 2,268,384 both times.
      const input = makeInput({ population: 238_005, method: 'custom', localHighRiskCount: 30, preset: 'caps' });
      const base: AssumptionOverrides = {
        'case-manager.enabled': false,
        'family-case-manager.enabled': false,
        'victim-advocate.enabled': false,
        'hospital-responder.enabled': false,
        'street-outreach.salary': 0,
        'mediator.salary': 1_000,
        'supervisor.salary': 10_000,
        'indirect.enabled': true,
        'indirect.revisedUniformGuidance': false,
      };
      const before = computePlan(input, { ...base, 'street-outreach.caseload': 2.5 });
      const after = computePlan(input, { ...base, 'street-outreach.caseload': 2.3 });
      expect(roleOf(before.roles, 'street-outreach').headcount).toBe(12);
      expect(roleOf(after.roles, 'street-outreach').headcount).toBe(13);
      expect(after.totalHeadcount).toBe(before.totalHeadcount + 1);
      for (const p of [before, after]) {
        expect(p.budget.subawardsCounted).toBe(27_600);
        expect(p.budget.mtdc).toBe(2_049_440);
        expect(indirect(p)).toBe(204_944);
        expect(p.budget.total).toBe(2_268_384);
      }
      expectIndirectNoLess(before, after);
    });
  });
});

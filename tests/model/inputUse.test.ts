// What each input drives (src/model/inputUse.ts), checked two ways: the statements of
// docs/methodology.md §2, §3, §5 and §8 for the cases a person meets, and — over the whole valid
// input space — against the plan itself: an input said to change nothing changes no figure of the
// plan, and one said to change only the cost of violence changes no staff or budget.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computePlan,
  costOfViolence,
  explainInput,
  inputUse,
  inputUseContext,
  inputUses,
  makeInput,
  presetDefaults,
  resolveAssumptions,
  rolesFedByHospitalClients,
  type InputField,
  type Plan,
  type PlanInput,
} from '../../src/model';
import { arbInput, arbPercent } from './support/arbitraries';

const NORFOLK = { placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 42 } as const;
const useOf = (field: InputField, fields: Partial<PlanInput> & { population: number }, overrides = {}) => {
  const input = makeInput(fields);
  return inputUse(field, inputUseContext(input), resolveAssumptions(input.preset, overrides));
};
const feeds = (u: ReturnType<typeof useOf>) => u.feeds.map((f) => f.figure);

describe('homicides and fatal shootings (§2 high-risk estimate, §8 cost of violence)', () => {
  it('given the default population method, homicides change nothing, and the notice names the violence-adjusted estimate', () => {
    const u = useOf('homicides', NORFOLK);
    expect(u.status).toBe('unused');
    expect(u.feeds).toEqual([]);
    expect(u.usedBy).toEqual({ kind: 'method', method: 'violence-adjusted' });
    expect(u.notice).toBe('Changes nothing with the “Population (CAPS, 0.1%)” high-risk estimate. The “Violence-adjusted” estimate uses it.');
  });

  it('under the violence-adjusted estimate, homicides feed the high-risk population', () => {
    const u = useOf('homicides', { ...NORFOLK, method: 'violence-adjusted' });
    expect(u.status).toBe('drives');
    expect(feeds(u)).toEqual(['highRiskPopulation']);
    expect(u.notice).toBeNull();
    expect(u.summary).toBe('Feeds: High-risk population. Through them it changes staff and the budget.');
  });

  it('under the local count, homicides change nothing either', () => {
    expect(useOf('homicides', { ...NORFOLK, method: 'custom', localHighRiskCount: 300 }).status).toBe('unused');
  });

  it('fatal shootings always feed the cost of violence; the high-risk population only under violence-adjusted with homicides blank', () => {
    const population = useOf('fatalShootings', { ...NORFOLK, fatalShootings: 30 });
    expect(population.status).toBe('context');
    expect(feeds(population)).toEqual(['costOfViolence']);
    expect(population.usedBy).toEqual({ kind: 'method', method: 'violence-adjusted' });
    expect(population.notice).toMatch(/^Changes only the cost of violence, not staff or budget, with the “Population \(CAPS, 0.1%\)” high-risk estimate\./);

    const withHomicides = useOf('fatalShootings', { ...NORFOLK, method: 'violence-adjusted', fatalShootings: 30 });
    expect(withHomicides.status).toBe('context');
    expect(withHomicides.usedBy).toEqual({ kind: 'input', field: 'homicides', when: 'blank' });

    const alone = useOf('fatalShootings', { ...NORFOLK, homicides: null, method: 'violence-adjusted', fatalShootings: 30 });
    expect(alone.status).toBe('drives');
    expect(feeds(alone)).toEqual(['highRiskPopulation', 'costOfViolence']);
  });
});

describe('nonfatal shootings and hospital reach (§2 hospital clients, §3 hospital responders, §5 presets)', () => {
  it('shooting-informed: nonfatal shootings feed hospital clients, hospital responders, trauma counselors and the cost of violence', () => {
    const u = useOf('nonfatalShootings', { ...NORFOLK, nonfatalShootings: 606 });
    expect(u.status).toBe('drives');
    expect(feeds(u)).toEqual(['hospitalClients', 'role.hospital-responder.headcount', 'role.trauma-counselor.headcount', 'costOfViolence']);
    expect(useOf('hospitalReachPct', { ...NORFOLK, nonfatalShootings: 606 }).status).toBe('drives');
  });

  it('CAPS: nonfatal shootings change only the cost of violence, and hospital reach nothing; both name the shooting-informed preset', () => {
    const nonfatal = useOf('nonfatalShootings', { ...NORFOLK, preset: 'caps', nonfatalShootings: 606 });
    expect(nonfatal.status).toBe('context');
    expect(nonfatal.usedBy).toEqual({ kind: 'preset', preset: 'shooting-informed' });
    expect(nonfatal.notice).toBe(
      'Changes only the cost of violence, not staff or budget, with the CAPS methodology. The Shooting-informed methodology sizes hospital responders and trauma counselors from it.',
    );
    const reach = useOf('hospitalReachPct', { ...NORFOLK, preset: 'caps', nonfatalShootings: 606 });
    expect(reach.status).toBe('unused');
    expect(reach.usedBy).toEqual({ kind: 'preset', preset: 'shooting-informed' });
  });

  it('shooting-informed without a nonfatal count: hospital reach changes nothing until the count is given', () => {
    const reach = useOf('hospitalReachPct', NORFOLK);
    expect(reach.status).toBe('unused');
    expect(reach.usedBy).toEqual({ kind: 'input', field: 'nonfatalShootings', when: 'given' });
    expect(reach.notice).toBe('Changes nothing until nonfatal shooting victims per year are given.');
  });

  it('shooting-informed with responders sent back to participants and trauma counselors off: the notice points at the assumptions, not a preset', () => {
    const overrides = { 'hospital-responder.driver': 'participants', 'trauma-counselor.enabled': false } as const;
    const u = useOf('hospitalReachPct', { ...NORFOLK, nonfatalShootings: 606 }, overrides);
    expect(u.status).toBe('unused');
    expect(u.usedBy).toEqual({ kind: 'assumption', param: 'hospital-responder.driver' });
  });

  it('rolesFedByHospitalClients follows the presets: none under CAPS, two under shooting-informed', () => {
    expect(rolesFedByHospitalClients(presetDefaults('caps'))).toEqual([]);
    expect(rolesFedByHospitalClients(presetDefaults('shooting-informed'))).toEqual(['hospital-responder', 'trauma-counselor']);
  });
});

describe('the other inputs', () => {
  it('local high-risk count only under the local count method', () => {
    expect(useOf('localHighRiskCount', NORFOLK)).toMatchObject({ status: 'unused', usedBy: { kind: 'method', method: 'custom' } });
    expect(feeds(useOf('localHighRiskCount', { ...NORFOLK, method: 'custom', localHighRiskCount: 300 }))).toEqual(['highRiskPopulation']);
  });

  it('population feeds the high-risk population (not under a local count), OVP staff and the per-resident ratios; reach feeds participants', () => {
    expect(feeds(useOf('population', NORFOLK))).toEqual(['highRiskPopulation', 'role.ovp-staff.headcount', 'costPerResident', 'staffPer100k']);
    expect(feeds(useOf('population', { ...NORFOLK, method: 'custom', localHighRiskCount: 300 }))).not.toContain('highRiskPopulation');
    expect(feeds(useOf('serviceReachPct', NORFOLK))).toEqual(['participants']);
  });

  it('place and state are labels only', () => {
    const all = inputUses(inputUseContext(makeInput(NORFOLK)), presetDefaults('shooting-informed'));
    expect(all.placeName.status).toBe('label');
    expect(all.state.status).toBe('label');
    expect(Object.values(all).every((u) => u.status !== 'unused' || u.notice !== null)).toBe(true);
  });
});

describe('the input’s working (explainInput) says which figures it feeds', () => {
  it('homicides under violence-adjusted: one term, the high-risk population, with its value', () => {
    const plan = computePlan(makeInput({ ...NORFOLK, method: 'violence-adjusted' }));
    const w = explainInput(plan, 'homicides');
    expect(w.label).toBe('Homicides per year');
    expect(w.value).toBe(42);
    expect(w.terms).toEqual([{ name: 'High-risk population', value: plan.highRiskPopulation, unit: 'people', figure: 'highRiskPopulation' }]);
    expect(w.note).toBeUndefined();
  });

  it('homicides under the population method: no figure, and the note says so', () => {
    const w = explainInput(computePlan(makeInput(NORFOLK)), 'homicides');
    expect(w.terms).toEqual([]);
    expect(w.formula).toBe('Feeds no figure in this plan.');
    expect(w.note).toMatch(/^Changes nothing with the “Population/);
  });

  it('a reach is shown as a rate; a count not given is null', () => {
    const plan = computePlan(makeInput({ ...NORFOLK, serviceReachPct: 60 }));
    expect(explainInput(plan, 'serviceReachPct')).toMatchObject({ value: 0.6, unit: 'rate' });
    expect(explainInput(plan, 'nonfatalShootings').value).toBeNull();
  });
});

// ——— Against the plan itself, over the whole valid input space ———

/** Everything a plan shows: staff, every line, the figures beside them. */
const planFigures = (p: Plan) => ({
  total: p.budget.total,
  lines: p.budget.lines.map((l) => [l.id, l.amount]),
  roles: p.roles.map((r) => [r.id, r.headcount, r.fte, r.cost]),
  highRisk: p.highRiskPopulation,
  participants: p.participants,
});

/** The same input with one field changed to another valid value. */
function changed(input: PlanInput, field: InputField, next: number): PlanInput {
  return { ...input, [field]: next };
}

describe('property: what inputUse says matches what the plan does', () => {
  const numeric: InputField[] = ['homicides', 'fatalShootings', 'nonfatalShootings', 'hospitalReachPct', 'localHighRiskCount'];

  it('an input said to change nothing changes no figure; one said to change only the cost of violence changes no staff or budget', () => {
    fc.assert(
      fc.property(arbInput, fc.constantFrom(...numeric), arbPercent, fc.boolean(), (input, field, percent, switchOff) => {
        // Sometimes with the hospital roles switched off by hand (the assumption case).
        const overrides = switchOff ? { 'hospital-responder.driver': 'participants' as const, 'trauma-counselor.enabled': false } : {};
        const use = inputUse(field, inputUseContext(input), resolveAssumptions(input.preset, overrides));
        if (use.status !== 'unused' && use.status !== 'context') return;
        const current = input[field] as number | null;
        // Another valid value of the same field: a different count (at most the population) or percentage.
        const next = field === 'hospitalReachPct' ? percent : Math.min(input.population, (current ?? 0) + 7);
        if (next === current) return;
        // (A count that is not given stays not given: giving it would change which are given, another context.)
        if (field !== 'hospitalReachPct' && current === null) return;
        const before = computePlan(input, overrides);
        const after = computePlan(changed(input, field, next), overrides);
        expect(planFigures(after)).toEqual(planFigures(before));
        if (use.status === 'context') expect(costOfViolence(after)?.annualTaxpayerCost).not.toBe(costOfViolence(before)?.annualTaxpayerCost);
      }),
      { numRuns: 300 },
    );
  });

  it('a count said to drive the plan under violence-adjusted moves the high-risk population when its rate is inside the clamp', () => {
    // Norfolk's 42 homicides: 17.6 per 100,000, a factor of 0.88; 60 homicides: 25.2, a factor of 1.26.
    const before = computePlan(makeInput({ ...NORFOLK, method: 'violence-adjusted' }));
    const after = computePlan(makeInput({ ...NORFOLK, method: 'violence-adjusted', homicides: 60 }));
    expect(useOf('homicides', { ...NORFOLK, method: 'violence-adjusted' }).status).toBe('drives');
    expect(after.highRiskPopulation).toBeGreaterThan(before.highRiskPopulation);
    expect(after.budget.total).toBeGreaterThan(before.budget.total);
  });
});

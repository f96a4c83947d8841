// fast-check generators for the whole valid input space (docs/methodology.md §1) and for assumption
// overrides drawn from every parameter's documented range. Test support only.
import fc from 'fast-check';
import {
  PARAMS,
  PARAM_IDS,
  makeInput,
  validateOverrides,
  type AssumptionOverrides,
  type ParamSpec,
  type PlanInput,
  type PresetId,
} from '../../../src/model';

export const POP_MAX = 50_000_000;

/** Small towns, mid-size and large cities, and the two ends of the range. */
export const arbPopulation: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 1, max: 2_000 }),
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.integer({ min: 1, max: POP_MAX }),
  fc.constantFrom(1, 238_005, POP_MAX),
);

/** A count of people from 0 to the population (counts above the population are invalid). */
export const arbCountUpTo = (pop: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 0, max: Math.min(pop, 500) }), fc.integer({ min: 0, max: pop }), fc.constantFrom(0, pop));

export const arbMaybeCount = (pop: number): fc.Arbitrary<number | null> => fc.option(arbCountUpTo(pop), { nil: null, freq: 3 });

/** 0–100, whole and fractional. */
export const arbPercent: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.integer({ min: 0, max: 1000 }).map((k) => k / 10),
  fc.constantFrom(0, 100, 50, 0.5, 99.5),
);

export const arbMethod = fc.constantFrom('population', 'violence-adjusted', 'custom' as const);
export const arbPreset: fc.Arbitrary<PresetId> = fc.constantFrom('caps', 'shooting-informed', 'site-based');

/**
 * Any valid plan input. Methods get the fields they require: violence-adjusted has homicides or
 * fatal shootings, custom has a local count.
 */
export const arbInput: fc.Arbitrary<PlanInput> = arbPopulation.chain((pop) =>
  fc
    .record({
      placeName: fc.string({ maxLength: 30 }),
      state: fc.constantFrom('', 'VA', 'MI', 'Puerto Rico'),
      homicides: arbMaybeCount(pop),
      fatalShootings: arbMaybeCount(pop),
      nonfatalShootings: arbMaybeCount(pop),
      localHighRiskCount: arbMaybeCount(pop),
      spare: arbCountUpTo(pop),
      useFatal: fc.boolean(),
      serviceReachPct: arbPercent,
      hospitalReachPct: arbPercent,
      method: arbMethod,
      preset: arbPreset,
    })
    .map(({ spare, useFatal, ...f }) => {
      const input = makeInput({ ...f, population: pop });
      if (input.method === 'violence-adjusted' && input.homicides === null && input.fatalShootings === null) {
        if (useFatal) input.fatalShootings = spare;
        else input.homicides = spare;
      }
      if (input.method === 'custom' && input.localHighRiskCount === null) input.localHighRiskCount = spare;
      return input;
    }),
);

/**
 * A value from a number parameter's documented range: anywhere in it, its ends and its default,
 * and whole numbers. Every ratio (caseloads, workers per supervisor, the high-risk share, the
 * reference rate) has a positive minimum, so the lowest accepted value is always drawn; a range
 * that excludes its minimum is sampled strictly above it.
 */
function arbParam(spec: ParamSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'switch':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...spec.options.map((o) => o.value));
    case 'number': {
      if (spec.integer) return fc.oneof(fc.integer({ min: spec.min, max: spec.max }), fc.constantFrom(spec.min, spec.max, spec.defaultValue));
      const exclusive = spec.minExclusive === true;
      const edges = [spec.min, spec.max, spec.defaultValue].filter((v) => !exclusive || v > spec.min);
      const arbs: fc.Arbitrary<number>[] = [
        fc.double({ min: spec.min, max: spec.max, noNaN: true, minExcluded: exclusive }),
        fc.constantFrom(...edges),
      ];
      const intLo = exclusive ? Math.floor(spec.min) + 1 : Math.ceil(spec.min);
      if (intLo <= Math.floor(spec.max)) arbs.push(fc.integer({ min: intLo, max: Math.floor(spec.max) }));
      return fc.oneof(...arbs);
    }
  }
}

function fixFactorOrder(o: Record<string, unknown>): Record<string, unknown> {
  const min = (o.violenceFactorMin as number | undefined) ?? PARAMS.violenceFactorMin.defaultValue;
  const max = (o.violenceFactorMax as number | undefined) ?? PARAMS.violenceFactorMax.defaultValue;
  return min > max ? { ...o, violenceFactorMin: max, violenceFactorMax: min } : o;
}

/** A random subset of every catalog parameter, each drawn from its documented range. */
export const arbOverrides = (): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record(Object.fromEntries(PARAM_IDS.map((id) => [id, arbParam(PARAMS[id])])) as Record<string, fc.Arbitrary<unknown>>, {
      requiredKeys: [],
    })
    .map(fixFactorOrder);

/** Overrides a person would plausibly make: only the groups the issue names, plus optional lines. */
export const arbCommonOverrides: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    'street-outreach.caseload': fc.double({ min: 1, max: 200, noNaN: true }),
    'case-manager.caseload': fc.integer({ min: 1, max: 100 }),
    'street-outreach.salary': fc.double({ min: 0, max: 300_000, noNaN: true }),
    'supervisor.salary': fc.integer({ min: 0, max: 300_000 }),
    fringeRate: fc.double({ min: 0, max: 1, noNaN: true }),
    costOfLiving: fc.double({ min: 0.1, max: 5, noNaN: true }),
    'stipends.enabled': fc.boolean(),
    'wellness.enabled': fc.boolean(),
    'indirect.enabled': fc.boolean(),
    'indirect.revisedUniformGuidance': fc.boolean(),
    'indirect.rateBasis': fc.constantFrom('de-minimis', 'negotiated'),
    'indirect.rate': fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: [] },
);

/** Validate overrides produced by a generator; the generators only produce valid ones. */
export function checkedOverrides(raw: Record<string, unknown>, preset: PresetId): AssumptionOverrides {
  const v = validateOverrides(raw, preset);
  if (!v.ok) throw new Error(`generator produced invalid overrides: ${JSON.stringify(v.errors)}`);
  return v.overrides;
}

/**
 * Overrides on decimal grids (whole dollars, hundredths of rates, half-person caseloads), so the
 * rational oracle reads exactly the value a person typed. Every parameter is covered.
 */
export const arbGridOverrides: fc.Arbitrary<Record<string, unknown>> = (() => {
  const money = (step: number, max: number) => fc.integer({ min: 0, max: max / step }).map((k) => k * step);
  const hundredths = (lo: number, hi: number) => fc.integer({ min: Math.round(lo * 100), max: Math.round(hi * 100) }).map((k) => k / 100);
  const halves = (lo: number, hi: number) => fc.integer({ min: lo * 2, max: hi * 2 }).map((k) => k / 2);
  const model: Record<string, fc.Arbitrary<unknown>> = {
    highRiskRate: fc.integer({ min: 1, max: 100 }).map((k) => k / 10_000),
    violenceReferenceRate: halves(1, 60),
    violenceFactorMin: hundredths(0, 2),
    violenceFactorMax: hundredths(2, 8),
    'hospital-responder.driver': fc.constantFrom('participants', 'hospital-clients'),
    'hospital-responder.clientsPerResponder': halves(1, 80),
    'supervisor.workersPerSupervisor': halves(1, 12),
    'supervisor.minimum': fc.integer({ min: 0, max: 3 }),
    'ovp-staff.staffAtReference': fc.integer({ min: 0, max: 10 }),
    'ovp-staff.minimum': fc.integer({ min: 0, max: 3 }),
    fringeRate: hundredths(0, 1),
    costOfLiving: hundredths(0.1, 3),
    trainingRate: hundredths(0, 0.5),
    evaluationRate: hundredths(0, 0.5),
    wraparoundPerParticipant: money(500, 100_000),
    'stipends.enabled': fc.boolean(),
    'stipends.participantShare': hundredths(0, 1),
    'stipends.monthlyAmount': money(10, 2_000),
    'stipends.months': fc.integer({ min: 0, max: 12 }),
    'wellness.enabled': fc.boolean(),
    'wellness.perWorker': money(100, 10_000),
    'indirect.enabled': fc.boolean(),
    'indirect.rateBasis': fc.constantFrom('de-minimis', 'negotiated'),
    'indirect.rate': hundredths(0, 0.3),
    'indirect.revisedUniformGuidance': fc.boolean(),
    'indirect.subawardCount': fc.integer({ min: 0, max: 8 }),
  };
  for (const role of ['street-outreach', 'mediator', 'case-manager', 'family-case-manager', 'victim-advocate', 'hospital-responder', 'trauma-counselor']) {
    if (role !== 'trauma-counselor') model[`${role}.enabled`] = fc.boolean();
    model[`${role}.caseload`] = halves(1, 80);
    model[`${role}.salary`] = money(500, 150_000);
  }
  model['trauma-counselor.enabled'] = fc.boolean();
  model['supervisor.enabled'] = fc.boolean();
  model['supervisor.salary'] = money(500, 150_000);
  model['ovp-staff.enabled'] = fc.boolean();
  model['ovp-staff.salary'] = money(500, 150_000);
  // §11 site teams.
  model.staffingModel = fc.constantFrom('caseloads', 'sites');
  model['sites.participantsPerSite'] = halves(1, 120);
  for (const key of ['sites.streetOutreach', 'sites.interrupters', 'sites.traumaCounselors', 'sites.supervisors']) model[key] = fc.integer({ min: 0, max: 6 });
  model['sites.caseManagement'] = fc.boolean();
  model.directAssistancePerParticipant = money(500, 30_000);
  return fc.record(model, { requiredKeys: [] });
})();

/** Every number anywhere in a value, with its path. */
export function collectNumbers(value: unknown, path = '$', out: { path: string; value: number }[] = []): { path: string; value: number }[] {
  if (typeof value === 'number') out.push({ path, value });
  else if (Array.isArray(value)) value.forEach((v, i) => collectNumbers(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collectNumbers(v, `${path}.${k}`, out);
  }
  return out;
}

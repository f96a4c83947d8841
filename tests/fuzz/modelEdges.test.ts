// Fuzz (issue 7): the model's edges for outside data — form text (draftToInput), anything claiming
// to be a plan input or assumptions (validateInput, validateOverrides) and plan files
// (parsePlanText). Nothing throws, an accepted value plans without NaN or Infinity, and every
// rejection names the field and says why.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computePlan,
  draftToInput,
  HIGH_RISK_METHODS,
  INPUT_LABELS,
  NUMERIC_FIELDS,
  readInputNumber,
  PARAM_IDS,
  parsePlanDocument,
  parsePlanText,
  PRESET_IDS,
  serialisePlanDocument,
  validateInput,
  validateOverrides,
  type InputDraft,
  type PlanInput,
} from '../../src/model';
import { arbInput, arbOverrides, arbPreset } from '../model/support/arbitraries';
import { arbMutatedDocument, arbNumberText, arbPlanDocument, arbText, expectExplained, expectFinite, FUZZ_TIMEOUT_MS, runs } from './support';

const INPUT_FIELDS = new Set(Object.keys(INPUT_LABELS));

/** A form as typed: any text in every field; method and preset as stored text (valid or not). */
const arbDraft: fc.Arbitrary<InputDraft> = fc.record({
  placeName: arbText,
  state: arbText,
  method: fc.oneof(fc.constantFrom(...HIGH_RISK_METHODS), fc.string({ maxLength: 12 })),
  preset: fc.oneof(fc.constantFrom(...PRESET_IDS), fc.string({ maxLength: 12 })),
  population: arbNumberText,
  homicides: arbNumberText,
  fatalShootings: arbNumberText,
  nonfatalShootings: arbNumberText,
  serviceReachPct: arbNumberText,
  hospitalReachPct: arbNumberText,
  localHighRiskCount: arbNumberText,
}) as fc.Arbitrary<InputDraft>;

describe('form text → draftToInput', () => {
  it('given any text in any field, when it is read, then it is a valid input that plans finitely or a rejection per field', () => {
    fc.assert(
      fc.property(arbDraft, (draft) => {
        const result = draftToInput(draft);
        if (result.ok) {
          expect(validateInput(result.input).ok).toBe(true);
          expectFinite(computePlan(result.input), 'the plan of an accepted draft');
        } else {
          expectExplained(result.errors, 'a rejected draft', draft);
          for (const e of result.errors) expect(INPUT_FIELDS.has(e.field), `unknown field ${e.field}`).toBe(true);
        }
      }),
      runs(2500),
    );
  }, FUZZ_TIMEOUT_MS);

  it('given a valid input with one numeric field replaced by any text, then text that is not a number is refused naming that field', () => {
    const REQUIRED = new Set(['population', 'serviceReachPct', 'hospitalReachPct']);
    fc.assert(
      fc.property(arbInput, fc.constantFrom(...NUMERIC_FIELDS), arbNumberText, (input, field, text) => {
        const draft = { ...draftOf(input), method: 'custom' as const, localHighRiskCount: '1', [field]: text };
        const result = draftToInput(draft);
        // The form reads each field as its kind is written ("60%" for a percentage, "1,200" for a count).
        const parsed = readInputNumber(field, text);
        const unreadable = !parsed.ok || (parsed.value === null && REQUIRED.has(field));
        if (unreadable) {
          expect(result.ok, `"${text}" was accepted as ${field}`).toBe(false);
          if (!result.ok) {
            expectExplained(result.errors, 'a rejected field', draft);
            expect(result.errors.map((e) => e.field)).toContain(field);
          }
        } else if (result.ok) {
          expectFinite(computePlan(result.input), 'the plan of an accepted draft');
        } else {
          // A number out of range or against another field (a count above the population).
          expectExplained(result.errors, 'a rejected field', draft);
        }
      }),
      runs(1000),
    );
  }, FUZZ_TIMEOUT_MS);
});

function draftOf(input: PlanInput): InputDraft {
  const text = (v: number | null) => (v === null ? '' : String(v));
  return {
    placeName: input.placeName,
    state: input.state,
    method: input.method,
    preset: input.preset,
    population: text(input.population),
    homicides: text(input.homicides),
    fatalShootings: text(input.fatalShootings),
    nonfatalShootings: text(input.nonfatalShootings),
    serviceReachPct: text(input.serviceReachPct),
    hospitalReachPct: text(input.hospitalReachPct),
    localHighRiskCount: text(input.localHighRiskCount),
  };
}
describe('anything → validateInput', () => {
  it('given any value at all, then it is a valid input or a rejection per field, never a throw', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (raw) => {
        const result = validateInput(raw);
        if (result.ok) expectFinite(computePlan(result.input), 'the plan of an accepted input');
        else expectExplained(result.errors, 'a rejected input', raw);
      }),
      runs(700),
    );
  }, FUZZ_TIMEOUT_MS);

  it('given a valid input with one field replaced by any JSON value, then it plans finitely or the rejection names a field', () => {
    const keys = Object.keys(INPUT_LABELS);
    fc.assert(
      fc.property(arbInput, fc.constantFrom(...keys), fc.jsonValue(), (input, key, value) => {
        const result = validateInput({ ...input, [key]: value });
        if (result.ok) {
          expectFinite(computePlan(result.input), 'the plan of an accepted input');
        } else {
          expectExplained(result.errors, 'a rejected input', value);
          for (const e of result.errors) expect(INPUT_FIELDS.has(e.field) || e.field === 'input').toBe(true);
        }
      }),
      runs(1000),
    );
  }, FUZZ_TIMEOUT_MS);
});

describe('anything → validateOverrides', () => {
  it('given any JSON, then valid overrides plan finitely or every problem is named', () => {
    fc.assert(
      fc.property(fc.jsonValue(), arbPreset, (raw, preset) => {
        const result = validateOverrides(raw, preset);
        if (!result.ok) expectExplained(result.errors, 'rejected assumptions', raw);
      }),
      runs(700),
    );
  }, FUZZ_TIMEOUT_MS);

  it('given valid overrides with some values replaced by any JSON, then they plan finitely or each bad key is named', () => {
    const arbBroken = fc.tuple(arbOverrides(), fc.dictionary(fc.constantFrom(...PARAM_IDS, 'not-a-parameter', '__proto__', 'constructor'), fc.jsonValue(), { maxKeys: 3 }));
    fc.assert(
      fc.property(arbInput, arbBroken, (input, [good, bad]) => {
        const raw = { ...good, ...bad };
        const result = validateOverrides(raw, input.preset);
        if (result.ok) {
          expectFinite(computePlan(input, result.overrides), 'a plan with accepted assumptions');
        } else {
          expectExplained(result.errors, 'rejected assumptions', raw);
          for (const e of result.errors) expect(Object.keys(raw).includes(e.field) || e.field === 'violenceFactorMin').toBe(true);
        }
      }),
      runs(800),
    );
  }, FUZZ_TIMEOUT_MS);
});

describe('plan files → parsePlanText', () => {
  const accepted = (text: string) => {
    const result = parsePlanText(text);
    if (!result.ok) {
      expectExplained(result.errors, 'a refused plan file', text);
      return;
    }
    // An accepted file plans finitely in every scenario and saves back to the same document.
    for (const scenario of result.doc.scenarios) expectFinite(computePlan(scenario.input, scenario.assumptions), 'a scenario of an accepted file');
    const again = parsePlanDocument(JSON.parse(serialisePlanDocument(result.doc)));
    expect(again.ok && again.doc).toEqual(result.doc);
  };

  it('given any text, then it opens or is refused with a reason', () => {
    fc.assert(fc.property(fc.oneof(arbText, fc.json(), fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null')), accepted), runs(800));
  }, FUZZ_TIMEOUT_MS);

  it('given a valid plan file with random changes, then it opens (and plans) or is refused naming the field', () => {
    fc.assert(fc.property(arbMutatedDocument, (doc) => accepted(JSON.stringify(doc))), runs(800));
  }, FUZZ_TIMEOUT_MS);

  it('given a valid plan file cut short or padded, then it is refused with a reason', () => {
    fc.assert(
      fc.property(arbPlanDocument, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('', '}', ',', '\u0000', 'x'), (doc, at, tail) => {
        const text = serialisePlanDocument(doc);
        const cut = `${text.slice(0, Math.floor(text.length * at))}${tail}`;
        accepted(cut);
      }),
      runs(300),
    );
  }, FUZZ_TIMEOUT_MS);
});

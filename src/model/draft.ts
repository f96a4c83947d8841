// What a person has typed, before it is a valid plan input. The form keeps every keystroke as
// text (nothing typed is ever lost or silently clamped); this turns it into a PlanInput or into
// messages that name the field and the rule.
import {
  INPUT_LABELS,
  parseNumberText,
  validateInput,
  type HighRiskMethod,
  type InputField,
  type Issue,
  type PlanInput,
} from './input';
import type { PresetId } from './presets';

export const NUMERIC_FIELDS = [
  'population',
  'homicides',
  'fatalShootings',
  'nonfatalShootings',
  'serviceReachPct',
  'hospitalReachPct',
  'localHighRiskCount',
] as const satisfies readonly InputField[];
export type NumericField = (typeof NUMERIC_FIELDS)[number];

export type InputDraft = {
  placeName: string;
  state: string;
  method: HighRiskMethod;
  preset: PresetId;
} & Record<NumericField, string>;

const REQUIRED: ReadonlySet<NumericField> = new Set(['population', 'serviceReachPct', 'hospitalReachPct']);

export type DraftResult =
  | { ok: true; input: PlanInput; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

export function draftToInput(draft: InputDraft): DraftResult {
  const errors: Issue[] = [];
  const numbers = {} as Record<NumericField, number | null>;
  for (const field of NUMERIC_FIELDS) {
    // The local count only matters for the local-count method; text left in it otherwise is kept
    // in the draft but does not block the plan.
    if (field === 'localHighRiskCount' && draft.method !== 'custom') {
      numbers[field] = null;
      continue;
    }
    const parsed = parseNumberText(draft[field], INPUT_LABELS[field]);
    if (!parsed.ok) {
      errors.push({ field, message: parsed.message });
      numbers[field] = null;
    } else if (parsed.value === null && REQUIRED.has(field)) {
      errors.push({ field, message: `${INPUT_LABELS[field]} is required.` });
      numbers[field] = null;
    } else {
      numbers[field] = parsed.value;
    }
  }
  if (errors.length > 0) return { ok: false, errors, warnings: [] };
  return validateInput({
    placeName: draft.placeName,
    state: draft.state,
    method: draft.method,
    preset: draft.preset,
    ...numbers,
  });
}

const text = (value: number | null) => (value === null ? '' : String(value));

export function inputToDraft(input: PlanInput): InputDraft {
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

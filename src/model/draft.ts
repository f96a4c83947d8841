// What a person has typed, before it is a valid plan input. The form keeps every keystroke as
// text (nothing typed is ever lost or silently clamped); this turns it into a PlanInput or into
// messages that name the field and the rule. Which fields are numbers, required or only used
// under one method comes from the input table (inputFields.ts).
import { blankInput, presetMethod, readInputNumber, validateInput, type Issue } from './input';
import { PRESETS } from './presets';
import type { PresetId } from './presets';
import type { InputUseContext } from './inputUse';
import {
  INPUT_FIELD_IDS,
  INPUT_FIELDS,
  INPUT_LABELS,
  NUMERIC_FIELDS,
  type InputFieldSpec,
  type NumericField,
  type PlanInput,
} from './inputFields';

/** The form's text: a string for every numeric field, the value itself for the others. */
export type InputDraft = Omit<PlanInput, NumericField> & Record<NumericField, string>;

/** A number the form cannot leave blank: a count that is never "not given", or a percentage. */
function requiredInForm(spec: InputFieldSpec): boolean {
  return (spec.kind === 'count' && !spec.optional) || spec.kind === 'percent';
}

export type DraftResult =
  | { ok: true; input: PlanInput; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

export function draftToInput(draft: InputDraft): DraftResult {
  const errors: Issue[] = [];
  const raw: Record<string, unknown> = {};
  for (const field of INPUT_FIELD_IDS) {
    const spec: InputFieldSpec = INPUT_FIELDS[field];
    if (spec.kind !== 'count' && spec.kind !== 'percent') {
      raw[field] = draft[field as Exclude<typeof field, NumericField>];
      continue;
    }
    // A field used only under one method (the local count) may keep text under another method:
    // it stays in the draft but does not block the plan.
    if (spec.kind === 'count' && spec.onlyWithMethod !== undefined && draft.method !== spec.onlyWithMethod) {
      raw[field] = null;
      continue;
    }
    const parsed = readInputNumber(field, draft[field as NumericField]);
    if (!parsed.ok) {
      errors.push({ field, message: parsed.message });
      raw[field] = null;
    } else if (parsed.value === null && requiredInForm(spec)) {
      errors.push({ field, message: `${INPUT_LABELS[field]} is required.` });
      raw[field] = null;
    } else {
      raw[field] = parsed.value;
    }
  }
  if (errors.length > 0) return { ok: false, errors, warnings: [] };
  return validateInput(raw);
}

export function inputToDraft(input: PlanInput): InputDraft {
  const draft: Record<string, unknown> = {};
  for (const field of INPUT_FIELD_IDS) {
    const value = input[field];
    draft[field] = NUMERIC_FIELDS.includes(field as NumericField) ? (value === null || value === undefined ? '' : String(value)) : value;
  }
  return draft as InputDraft;
}

/** The form before anything is typed: blank text and counts, the documented defaults, no population. */
export function blankDraft(preset: PresetId): InputDraft {
  return { ...inputToDraft(blankInput() as PlanInput), preset };
}

/** What decides how the inputs are used (inputUse.ts), read from what is typed: a count is given when its field is not blank. */
export function draftUseContext(draft: InputDraft): InputUseContext {
  const given = (text: string) => text.trim() !== '';
  return {
    method: draft.method,
    preset: draft.preset,
    given: { homicides: given(draft.homicides), fatalShootings: given(draft.fatalShootings), nonfatalShootings: given(draft.nonfatalShootings) },
  };
}

/**
 * The draft with the high-risk method its preset gives (docs/methodology.md §5, §11): for a preset
 * just chosen (`always`), or after a city filled the counts under a preset that follows them. A
 * local count (the custom method) is the person's own choice and always stays. The counts are read
 * as typed: text that is not a number counts as given.
 */
export function withPresetMethod(draft: InputDraft, when: 'preset-chosen' | 'counts-filled'): InputDraft {
  // A preset that is not one (text from an old save or a hand-edited file) is for validation to name.
  if (draft.method === 'custom' || !Object.prototype.hasOwnProperty.call(PRESETS, draft.preset)) return draft;
  if (when === 'counts-filled' && !(PRESETS[draft.preset].violenceAdjustedWhenCounted && draft.method === 'population')) return draft;
  const count = (text: string): number | null => {
    const parsed = readInputNumber('homicides', text);
    return parsed.ok ? parsed.value : text.trim() === '' ? null : 0;
  };
  const method = presetMethod(draft.preset, { homicides: count(draft.homicides), fatalShootings: count(draft.fatalShootings) });
  return method === draft.method ? draft : { ...draft, method };
}

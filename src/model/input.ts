// The plan input (docs/methodology.md §1): what a person enters about a place, validated at every
// edge (form, CLI, batch CSV, storage, links, files) by the one schema built here from the input
// table (inputFields.ts); the model then trusts it.
import { z } from 'zod';
import { formatInteger, formatPercent } from './format';
import { parseNumberText, type NumberReading } from './numberText';
import { PRESETS, type PresetId } from './presets';
import {
  INPUT_FIELD_IDS,
  INPUT_FIELDS,
  INPUT_LABELS,
  NAME_MAX_LENGTH,
  POPULATION_MAX,
  isInputField,
  type HighRiskMethod,
  type ChoiceInputField,
  type InputField,
  type InputFieldSpec,
  type PlanInput,
} from './inputFields';

export const HIGH_RISK_METHOD_LABELS: Readonly<Record<HighRiskMethod, string>> = {
  population: 'Population (CAPS, 0.1%)',
  'violence-adjusted': 'Violence-adjusted',
  custom: 'Local count',
};

export const HIGH_RISK_METHOD_HINTS: Readonly<Record<HighRiskMethod, string>> = {
  population: 'CAPS: 0.1% of residents are at highest risk.',
  'violence-adjusted': 'The CAPS rule scaled by the local homicide rate (20 per 100,000 = ×1, held between ×0.25 and ×4).',
  custom: 'A count from a local gun violence problem analysis.',
};

export interface Issue {
  /** The input field or assumption the problem is about. */
  readonly field: string;
  readonly message: string;
}

/** The rule of an input, in the words every message uses. */
function inputRule(field: InputField): string {
  const spec: InputFieldSpec = INPUT_FIELDS[field];
  const label = spec.label;
  switch (spec.kind) {
    case 'text':
      return `${label} must be text of at most ${NAME_MAX_LENGTH} characters.`;
    case 'count':
      return spec.min > 0
        ? `${label} must be a whole number from ${formatInteger(spec.min)} to ${formatInteger(POPULATION_MAX)}.`
        : `${label} must be a whole number of ${spec.min} or more.`;
    case 'percent':
      return `${label} must be a number from 0 to 100.`;
    case 'choice':
      return `${label} must be one of: ${spec.options.join(', ')}.`;
  }
}

function fieldSchema(field: InputField): z.ZodType {
  const spec: InputFieldSpec = INPUT_FIELDS[field];
  const error = inputRule(field);
  switch (spec.kind) {
    case 'text':
      return z.string({ error }).transform((v) => v.trim()).pipe(z.string().max(NAME_MAX_LENGTH, { error }));
    case 'count': {
      const count = z.number({ error }).int({ error }).min(spec.min, { error }).max(POPULATION_MAX, { error });
      return spec.optional ? count.nullable() : count;
    }
    case 'percent':
      return z.number({ error }).min(0, { error }).max(100, { error });
    case 'choice':
      return z.enum(spec.options, { error });
  }
}

/** Shape and range of each field, in table order. Cross-field rules are in validateInput. */
export const planInputSchema = z.object(
  Object.fromEntries(INPUT_FIELD_IDS.map((id) => [id, fieldSchema(id)])) as Record<InputField, z.ZodType>,
) as unknown as z.ZodType<PlanInput> & { readonly shape: Readonly<Record<InputField, z.ZodType>> };

export type InputValidation =
  | { ok: true; input: PlanInput; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

/**
 * Validate anything claiming to be a plan input. Errors name the field and the rule; warnings
 * (implausible but valid) come back separately and never block a plan.
 */
export function validateInput(raw: unknown): InputValidation {
  const parsed = planInputSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: Issue[] = [];
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? String(issue.path[0]) : 'input';
      if (seen.has(field)) continue; // one message per field is enough
      seen.add(field);
      // "Missing" only when the key is truly absent: zod 4 leaves issue.input unset unless asked,
      // so a given-but-wrong value (2.5 people, null population) must keep its rule message.
      const absent = typeof raw === 'object' && raw !== null && (raw as Record<string, unknown>)[field] === undefined;
      const message =
        field === 'input'
          ? 'A plan input must be an object with the fields population, reach, method and preset.'
          : isInputField(field) && issue.code === 'invalid_type' && absent
            ? `${INPUT_LABELS[field]} is missing.`
            : issue.message;
      errors.push({ field, message });
    }
    return { ok: false, errors, warnings: [] };
  }
  const input: PlanInput = parsed.data;
  const errors = crossFieldErrors(input);
  const warnings = errors.length === 0 ? inputWarnings(input) : [];
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, input, warnings };
}

/** The optional counts (null when not given): none may exceed the population. */
type OptionalCountField = { [K in InputField]: PlanInput[K] extends number | null ? (null extends PlanInput[K] ? K : never) : never }[InputField];
const COUNT_FIELDS = INPUT_FIELD_IDS.filter((id): id is OptionalCountField => {
  const spec: InputFieldSpec = INPUT_FIELDS[id];
  return spec.kind === 'count' && spec.optional;
});

function crossFieldErrors(input: PlanInput): Issue[] {
  const errors: Issue[] = [];
  for (const field of COUNT_FIELDS) {
    const value = input[field];
    if (value !== null && value > input.population) {
      errors.push({
        field,
        message: `${INPUT_LABELS[field]} must not be larger than the population (${formatInteger(input.population)}).`,
      });
    }
  }
  if (input.method === 'violence-adjusted' && input.homicides === null && input.fatalShootings === null) {
    errors.push({
      field: 'homicides',
      message: `${INPUT_LABELS.homicides} (or ${INPUT_LABELS.fatalShootings}) is needed for the violence-adjusted high-risk estimate.`,
    });
  }
  if (input.method === 'custom' && input.localHighRiskCount === null) {
    errors.push({
      field: 'localHighRiskCount',
      message: `${INPUT_LABELS.localHighRiskCount} is needed when the high-risk estimate is a local count.`,
    });
  }
  return errors;
}

/**
 * The message for one validateInput error at an edge that read `raw` from text (a flag, a cell).
 * A value that was given but breaks its field's rule gets that field's own rule: validateInput
 * words some of these as "is missing" (a fraction of a person, an empty population), which would
 * mislead about a value that is there.
 */
export function givenValueMessage(error: Issue, raw: Readonly<Record<string, unknown>>): string {
  const field = error.field;
  if (isInputField(field) && raw[field] !== undefined) {
    const result = planInputSchema.shape[field].safeParse(raw[field]);
    const message = result.success ? undefined : result.error.issues[0]?.message;
    if (message) return message;
  }
  return error.message;
}

/** Read one of a choice input's ids (the method, the preset) as a person typed it. */
export function readInputChoice<F extends ChoiceInputField>(field: F, text: string): { ok: true; value: PlanInput[F] } | { ok: false; message: string } {
  const result = planInputSchema.shape[field].safeParse(text.trim());
  return result.success ? { ok: true, value: result.data as PlanInput[F] } : { ok: false, message: result.error.issues[0]?.message ?? inputRule(field) };
}

/** An input's value as a person reads it: "not given", "1,234", "50%", a method's or preset's name. */
export function formatInputValue(input: PlanInput, field: InputField): string {
  const spec: InputFieldSpec = INPUT_FIELDS[field];
  const value = input[field];
  if (value === null) return 'not given';
  switch (spec.kind) {
    case 'count':
      return formatInteger(value as number);
    case 'percent':
      return formatPercent((value as number) / 100);
    case 'choice':
      return field === 'method' ? HIGH_RISK_METHOD_LABELS[value as HighRiskMethod] : PRESETS[value as PresetId].label;
    default:
      return String(value);
  }
}

/**
 * The high-risk method a preset gives a plan when no method was asked for (docs/methodology.md §5
 * and §11): the site-based preset follows the local homicide rate whenever homicides or fatal
 * shooting victims are given; every other case is the CAPS population rule.
 */
export function presetMethod(preset: PresetId, counts: Pick<PlanInput, 'homicides' | 'fatalShootings'>): HighRiskMethod {
  return PRESETS[preset].violenceAdjustedWhenCounted && (counts.homicides !== null || counts.fatalShootings !== null) ? 'violence-adjusted' : 'population';
}

/** Homicides per 100,000 above which a count is probably a typo (no U.S. city has come close). */
const IMPLAUSIBLE_HOMICIDE_RATE = 150;

export function inputWarnings(input: PlanInput): Issue[] {
  const warnings: Issue[] = [];
  if (input.homicides !== null && (input.homicides / input.population) * 100_000 > IMPLAUSIBLE_HOMICIDE_RATE) {
    const rate = (input.homicides / input.population) * 100_000;
    warnings.push({
      field: 'homicides',
      message: `${INPUT_LABELS.homicides} gives ${formatInteger(Math.round(rate))} per 100,000 residents, above ${IMPLAUSIBLE_HOMICIDE_RATE}: please check the count and the population.`,
    });
  }
  if (input.homicides !== null && input.fatalShootings !== null && input.fatalShootings > input.homicides) {
    warnings.push({
      field: 'fatalShootings',
      message: `${INPUT_LABELS.fatalShootings} (${formatInteger(input.fatalShootings)}) is above ${INPUT_LABELS.homicides} (${formatInteger(input.homicides)}): fatal shootings are a subset of homicides, unless the counts are from different years or sources.`,
    });
  }
  return warnings;
}

/**
 * Read a flag value, CSV cell or form field for a numeric input with the one number reading
 * (numberText.ts): "1,200" for a count, "60" or "60%" for a percentage. A percentage typed as a
 * fraction ("0.6") is kept as typed, with `didYouMean` for the edge to offer.
 */
export function readInputNumber(field: InputField, text: string): NumberReading {
  return parseNumberText(text, INPUT_LABELS[field], INPUT_FIELDS[field].kind === 'percent' ? 'percent' : 'number');
}

/**
 * Every input's value before a person gives one: blank text, counts not given, then the
 * documented defaults. (Key order matters: a share link is the compressed JSON of the input, so
 * this order keeps links made from a fresh input the same text as before the input table.)
 */
const BLANK_INPUT = Object.fromEntries(
  (['text', 'count', 'percent'] as const).flatMap((group) =>
    INPUT_FIELD_IDS.flatMap((id) => {
      const spec: InputFieldSpec = INPUT_FIELDS[id];
      const inGroup = group === 'percent' ? spec.kind === 'percent' || spec.kind === 'choice' : spec.kind === group;
      return inGroup && !(spec.kind === 'count' && !spec.optional) ? [[id, spec.defaultValue]] : [];
    }),
  ),
) as Omit<PlanInput, 'population'>;

/** Every input but the population, as it is before a person gives anything. */
export function blankInput(): Omit<PlanInput, 'population'> {
  return { ...BLANK_INPUT };
}

/** A complete input for a place, with the documented defaults for everything not given. */
export function makeInput(fields: Partial<PlanInput> & Pick<PlanInput, 'population'>): PlanInput {
  return { ...BLANK_INPUT, ...fields };
}

// The plan input (methodology §1): what a person enters about a place. Validated at every edge
// (form, CLI, batch CSV, storage, links, files) by the same schema; the model then trusts it.
import { z } from 'zod';
import { formatInteger } from './format';
import { PRESET_IDS, DEFAULT_PRESET, type PresetId } from './presets';

export const HIGH_RISK_METHODS = ['population', 'violence-adjusted', 'custom'] as const;
export type HighRiskMethod = (typeof HIGH_RISK_METHODS)[number];

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

export interface PlanInput {
  placeName: string;
  state: string;
  population: number;
  /** null means "not given", which is different from 0. */
  homicides: number | null;
  fatalShootings: number | null;
  nonfatalShootings: number | null;
  /** Percent, 0–100, as the person enters it. */
  serviceReachPct: number;
  hospitalReachPct: number;
  method: HighRiskMethod;
  localHighRiskCount: number | null;
  preset: PresetId;
}

export type InputField = keyof PlanInput;

/** The visible label of each field: validation messages, UI labels and CLI errors all use these. */
export const INPUT_LABELS: Readonly<Record<InputField, string>> = {
  placeName: 'Place name',
  state: 'State',
  population: 'Population',
  homicides: 'Homicides per year',
  fatalShootings: 'Fatal shooting victims per year',
  nonfatalShootings: 'Nonfatal shooting victims per year',
  serviceReachPct: 'Service reach (%)',
  hospitalReachPct: 'Hospital reach (%)',
  method: 'High-risk estimate',
  localHighRiskCount: 'Local high-risk count',
  preset: 'Methodology',
};

export const POPULATION_MAX = 50_000_000;
export const NAME_MAX_LENGTH = 120;

export const DEFAULT_INPUT_VALUES = {
  serviceReachPct: 100,
  /** `assumption`: half of nonfatal shooting victims enroll in the hospital program. */
  hospitalReachPct: 50,
  method: 'population',
  preset: DEFAULT_PRESET,
} as const;

export interface Issue {
  /** The input field or assumption the problem is about. */
  readonly field: string;
  readonly message: string;
}

const populationRule = `${INPUT_LABELS.population} must be a whole number from 1 to ${formatInteger(POPULATION_MAX)}.`;
const countRule = (field: InputField) => `${INPUT_LABELS[field]} must be a whole number of 0 or more.`;
const percentRule = (field: InputField) => `${INPUT_LABELS[field]} must be a number from 0 to 100.`;
const textRule = (field: InputField) => `${INPUT_LABELS[field]} must be text of at most ${NAME_MAX_LENGTH} characters.`;

const wholeNumber = (message: string, min: number, max: number) =>
  z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });

const optionalCount = (field: InputField) =>
  wholeNumber(countRule(field), 0, POPULATION_MAX).nullable();

const percent = (field: InputField) =>
  z.number({ error: percentRule(field) }).min(0, { error: percentRule(field) }).max(100, { error: percentRule(field) });

const text = (field: InputField) =>
  z.string({ error: textRule(field) }).transform((v) => v.trim()).pipe(z.string().max(NAME_MAX_LENGTH, { error: textRule(field) }));

/** Shape and range of each field. Cross-field rules are in validateInput. */
export const planInputSchema = z.object({
  placeName: text('placeName'),
  state: text('state'),
  population: wholeNumber(populationRule, 1, POPULATION_MAX),
  homicides: optionalCount('homicides'),
  fatalShootings: optionalCount('fatalShootings'),
  nonfatalShootings: optionalCount('nonfatalShootings'),
  serviceReachPct: percent('serviceReachPct'),
  hospitalReachPct: percent('hospitalReachPct'),
  method: z.enum(HIGH_RISK_METHODS, {
    error: `${INPUT_LABELS.method} must be one of: ${HIGH_RISK_METHODS.join(', ')}.`,
  }),
  localHighRiskCount: optionalCount('localHighRiskCount'),
  preset: z.enum(PRESET_IDS, { error: `${INPUT_LABELS.preset} must be one of: ${PRESET_IDS.join(', ')}.` }),
});

export type InputValidation =
  | { ok: true; input: PlanInput; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

const COUNT_FIELDS = ['homicides', 'fatalShootings', 'nonfatalShootings', 'localHighRiskCount'] as const;

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

function isInputField(key: string): key is InputField {
  return Object.prototype.hasOwnProperty.call(INPUT_LABELS, key);
}

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

/** Homicides per 100,000 above which a count is probably a typo (no U.S. city has come close). */
export const IMPLAUSIBLE_HOMICIDE_RATE = 150;

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
 * Read a number typed by a person (form field, CLI flag, CSV cell). Accepts "238005",
 * "238,005", " 12.5 "; an empty string means "not given". Anything else is a message naming
 * the field — never NaN.
 */
export function parseNumberText(
  text: string,
  label: string,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  // Thousands separators only in the right places: 1,234,567 (not 12,34).
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/.test(trimmed)) {
    return { ok: false, message: `${label} must be a number (digits, optionally with a decimal point), not "${clip(trimmed)}".` };
  }
  const value = Number(trimmed.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { ok: false, message: `${label} must be a finite number.` };
  return { ok: true, value };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A complete input for a place, with the documented defaults for everything not given. */
export function makeInput(fields: Partial<PlanInput> & Pick<PlanInput, 'population'>): PlanInput {
  return {
    placeName: '',
    state: '',
    homicides: null,
    fatalShootings: null,
    nonfatalShootings: null,
    localHighRiskCount: null,
    ...DEFAULT_INPUT_VALUES,
    ...fields,
  };
}

// The one table of plan inputs (docs/methodology.md §1): for each input what a person reads
// (label, hint), what it is (kind, default and the source of that default, the rule), and how
// each edge names it (command-line flag, batch CSV column). The input schema, the form's draft
// and fields, the CLI's flags and help, the batch CSV columns, the portfolio form, the exports'
// input tables and the print report all read it. Adding an input is one row here plus the
// arithmetic that uses it.
import { source as s, type Source } from './paramSpec';
import { PRESET_IDS, DEFAULT_PRESET } from './presets';

export const HIGH_RISK_METHODS = ['population', 'violence-adjusted', 'custom'] as const;
export type HighRiskMethod = (typeof HIGH_RISK_METHODS)[number];

export const POPULATION_MAX = 50_000_000;
export const NAME_MAX_LENGTH = 120;

interface FieldBase {
  readonly label: string;
  /** A column heading where space is short (the portfolio's tables). */
  readonly shortLabel: string;
  /** Shown under the form field. */
  readonly hint?: string;
  /** The command-line flag (without "--") and the word that stands for its value in --help. */
  readonly flag: string;
  readonly flagValue: string;
  /** --help's description, as wrapped lines (the flag column is added by the usage text). */
  readonly cliHelp: string;
  /** The batch CSV column, or null where a file gives no such column (one setting for every row). */
  readonly csvColumn: string | null;
}

/** Free text: trimmed, at most NAME_MAX_LENGTH characters; blank by default. */
export interface TextField extends FieldBase {
  readonly kind: 'text';
  readonly defaultValue: '';
}

/** A whole number of people. */
export interface CountField extends FieldBase {
  readonly kind: 'count';
  /** Smallest allowed value (population: 1). */
  readonly min: number;
  /** Whether the count may be "not given" (null), which is different from 0. */
  readonly optional: boolean;
  /** The column may be left out of a batch file altogether. */
  readonly optionalColumn?: boolean;
  /** Read only under this high-risk method; otherwise any text typed for it is kept but unused. */
  readonly onlyWithMethod?: HighRiskMethod;
  readonly defaultValue: null | undefined;
}

/** A percentage as a person types it (0–100); the model divides by 100 where it uses it. */
export interface PercentField extends FieldBase {
  readonly kind: 'percent';
  readonly defaultValue: number;
  /** Where the default comes from. */
  readonly source: Source;
}

/** One of a fixed set of ids. */
export interface ChoiceField<T extends string = string> extends FieldBase {
  readonly kind: 'choice';
  readonly options: readonly [T, ...T[]];
  readonly defaultValue: T;
}

export type InputFieldSpec = TextField | CountField | PercentField | ChoiceField;

export const INPUT_FIELDS = {
  placeName: {
    kind: 'text',
    label: 'Place name',
    shortLabel: 'Place',
    flag: 'place',
    flagValue: 'NAME',
    cliHelp: 'Place name (a label only).',
    csvColumn: 'name',
    defaultValue: '',
  },
  state: {
    kind: 'text',
    label: 'State',
    shortLabel: 'State',
    flag: 'state',
    flagValue: 'ST',
    cliHelp: 'State (a label only).',
    csvColumn: 'state',
    defaultValue: '',
  },
  population: {
    kind: 'count',
    label: 'Population',
    shortLabel: 'Population',
    min: 1,
    optional: false,
    flag: 'population',
    flagValue: 'N',
    cliHelp: 'Residents, a whole number from 1 to 50,000,000.',
    csvColumn: 'population',
    defaultValue: undefined,
  },
  homicides: {
    kind: 'count',
    label: 'Homicides per year',
    shortLabel: 'Homicides',
    hint: 'Leave blank if not known.',
    min: 0,
    optional: true,
    flag: 'homicides',
    flagValue: 'N',
    cliHelp: 'Homicide victims in a year (optional).',
    csvColumn: 'homicides',
    defaultValue: null,
  },
  fatalShootings: {
    kind: 'count',
    label: 'Fatal shooting victims per year',
    shortLabel: 'Fatal shootings',
    hint: 'Leave blank if not known.',
    min: 0,
    optional: true,
    flag: 'fatal-shootings',
    flagValue: 'N',
    cliHelp: 'Fatal shooting victims in a year (optional).',
    csvColumn: 'fatal_shootings',
    defaultValue: null,
  },
  nonfatalShootings: {
    kind: 'count',
    label: 'Nonfatal shooting victims per year',
    shortLabel: 'Nonfatal shootings',
    hint: 'Blank means not known, which is different from 0.',
    min: 0,
    optional: true,
    flag: 'nonfatal-shootings',
    flagValue: 'N',
    cliHelp: [
      'Nonfatal shooting victims in a year (optional; sizes the',
      'hospital program under the shooting-informed preset).',
      'With shooting counts the output adds the taxpayer cost of',
      "the place's shootings and the share the plan would need to",
      'prevent to pay for itself (context, never a prediction).',
    ].join('\n'),
    csvColumn: 'nonfatal_shootings',
    defaultValue: null,
  },
  serviceReachPct: {
    kind: 'percent',
    label: 'Service reach (%)',
    shortLabel: 'Service reach',
    hint: 'Share of the high-risk population the program engages.',
    defaultValue: 100,
    source: s('CAPS', 'CAPS city profiles plan for the whole high-risk population.'),
    flag: 'reach',
    flagValue: 'PCT',
    cliHelp: 'Service reach, percent 0-100 of the high-risk population\n(default 100).',
    csvColumn: 'reach',
  },
  hospitalReachPct: {
    kind: 'percent',
    label: 'Hospital reach (%)',
    shortLabel: 'Hospital reach',
    hint: 'Share of nonfatal shooting victims the hospital program enrolls.',
    defaultValue: 50,
    source: s('assumption', 'half of nonfatal shooting victims enroll'),
    flag: 'hospital-reach',
    flagValue: 'PCT',
    cliHelp: 'Hospital reach, percent 0-100 of nonfatal shooting victims\n(default 50).',
    csvColumn: 'hospital_reach',
  },
  method: {
    kind: 'choice',
    label: 'High-risk estimate',
    shortLabel: 'High-risk estimate',
    options: HIGH_RISK_METHODS,
    defaultValue: 'population',
    flag: 'method',
    flagValue: 'M',
    cliHelp: 'High-risk estimate: population, violence-adjusted or custom\n(default population; under --preset site-based,\nviolence-adjusted when homicides or fatal shootings are given).',
    csvColumn: null,
  },
  localHighRiskCount: {
    kind: 'count',
    label: 'Local high-risk count',
    shortLabel: 'Local high-risk count',
    hint: 'From a local gun violence problem analysis.',
    min: 0,
    optional: true,
    optionalColumn: true,
    onlyWithMethod: 'custom',
    flag: 'high-risk-count',
    flagValue: 'N',
    cliHelp: 'Local high-risk count from a problem analysis (used by\n--method custom; given alone it implies --method custom).',
    csvColumn: 'high_risk_count',
    defaultValue: null,
  },
  preset: {
    kind: 'choice',
    label: 'Methodology',
    shortLabel: 'Methodology',
    options: PRESET_IDS,
    defaultValue: DEFAULT_PRESET,
    flag: 'preset',
    flagValue: 'P',
    cliHelp: 'Methodology: shooting-informed (default), caps or\nsite-based (site teams of field practice).',
    csvColumn: null,
  },
} as const satisfies Record<string, InputFieldSpec>;

type Fields = typeof INPUT_FIELDS;
export type InputField = keyof Fields;
/** Inputs in table order: the order of the schema, the form, the CSV columns and every input table. */
export const INPUT_FIELD_IDS = Object.keys(INPUT_FIELDS) as InputField[];

type ValueOfField<F> = F extends { kind: 'text' }
  ? string
  : F extends { kind: 'count'; optional: true }
    ? number | null
    : F extends { kind: 'count' | 'percent' }
      ? number
      : F extends { kind: 'choice'; options: readonly (infer T)[] }
        ? T
        : never;

/** What a person enters about a place. Counts are null when not given, which is different from 0. */
export type PlanInput = { [K in InputField]: ValueOfField<Fields[K]> };

/** Inputs typed as numbers (counts and percentages). */
export type NumericField = { [K in InputField]: Fields[K]['kind'] extends 'count' | 'percent' ? K : never }[InputField];
export const NUMERIC_FIELDS = INPUT_FIELD_IDS.filter((id) => {
  const kind = INPUT_FIELDS[id].kind;
  return kind === 'count' || kind === 'percent';
}) as NumericField[];

/** Inputs typed as free text. */
export type TextInputField = { [K in InputField]: Fields[K]['kind'] extends 'text' ? K : never }[InputField];

/** Inputs given as one of a set of ids. */
export type ChoiceInputField = { [K in InputField]: Fields[K]['kind'] extends 'choice' ? K : never }[InputField];

export function isInputField(key: string): key is InputField {
  return Object.prototype.hasOwnProperty.call(INPUT_FIELDS, key);
}

/** The visible label of each input: validation messages, form labels, CLI errors and exports use these. */
export const INPUT_LABELS = Object.fromEntries(INPUT_FIELD_IDS.map((id) => [id, INPUT_FIELDS[id].label])) as Readonly<Record<InputField, string>>;

type DefaultedField = { [K in InputField]: Fields[K]['kind'] extends 'percent' | 'choice' ? K : never }[InputField];

/** The default of every input that has one (percentages and choices); counts start not given. */
export const DEFAULT_INPUT_VALUES = Object.fromEntries(
  INPUT_FIELD_IDS.flatMap((id) => {
    const spec = INPUT_FIELDS[id];
    return spec.kind === 'percent' || spec.kind === 'choice' ? [[id, spec.defaultValue]] : [];
  }),
) as { readonly [K in DefaultedField]: PlanInput[K] };

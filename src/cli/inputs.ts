// From flags (and CSV cells) to a validated plan input and assumption overrides. Numbers are read
// with the model's parseNumberText and checked with validateInput / validateParamValue /
// validateOverrides, so the rules and their wording live once, in src/model; this file only says
// which flag or column a problem is about.
import {
  INPUT_FIELD_IDS,
  INPUT_FIELDS,
  INPUT_LABELS,
  NUMERIC_FIELDS,
  PARAMS,
  sourcedCityFill,
  cityKey,
  findCity,
  givenValueMessage,
  blankInput,
  parseNumberText,
  readInputChoice,
  readInputNumber,
  searchCities,
  validateInput,
  validateOverrides,
  validateParamValue,
  DEFAULT_INPUT_VALUES,
  DEFAULT_MULTI_YEAR,
  multiYearSchema,
  type AssumptionOverrides,
  type MultiYearSettings,
  type CityFill,
  type HighRiskMethod,
  type InputField,
  type ParamId,
  type PlanInput,
  type PresetId,
} from '../model';
import { BINARY_FORMATS, FORMATS, type Flags, type OutputFormat, type StringFlag } from './options';

/** One problem with what a person typed: the flag (or CSV column) and the rule it broke. */
export interface Problem {
  readonly where: string;
  readonly message: string;
}

export const formatProblem = (p: Problem): string => `${p.where}: ${p.message}`;

/** The flag that sets each input field (the input table's `flag`). */
export const FIELD_FLAGS = Object.fromEntries(INPUT_FIELD_IDS.map((id) => [id, INPUT_FIELDS[id].flag])) as Readonly<Record<InputField, StringFlag>>;

/** Settings that apply to one plan or to every row of a batch. */
export interface Settings {
  readonly format: OutputFormat;
  readonly out: string | undefined;
  readonly method: HighRiskMethod;
  readonly methodGiven: boolean;
  readonly preset: PresetId;
  readonly overrides: AssumptionOverrides;
}

const OVERRIDE_FLAGS = [
  { flag: 'fringe', param: 'fringeRate' },
  { flag: 'cost-of-living', param: 'costOfLiving' },
] as const satisfies readonly { flag: StringFlag; param: ParamId }[];

/**
 * The shared settings and every problem with them. Settings come back even when there are
 * problems (bad values replaced by defaults) so the place flags can be checked in the same run
 * and a person sees every problem at once.
 */
export function readSettings(flags: Flags): { settings: Settings; problems: Problem[] } {
  const problems: Problem[] = [];

  let format: OutputFormat = 'table';
  if (flags.format !== undefined) {
    const match = FORMATS.find((f) => f === flags.format?.trim().toLowerCase());
    if (match) format = match;
    else problems.push({ where: '--format', message: `Output format must be one of: ${FORMATS.join(', ')}.` });
  }

  if (flags.out !== undefined && flags.out.trim() === '') {
    problems.push({ where: '--out', message: 'Output file must be a file name.' });
  } else if (flags.out === undefined && flags.input === undefined && BINARY_FORMATS.has(format)) {
    // (A batch refuses these formats outright, with its own message.)
    problems.push({
      where: `--format ${format}`,
      message: 'writes an Excel workbook, which needs --out FILE.xlsx (a workbook is never written to standard output).',
    });
  }

  let method: HighRiskMethod = DEFAULT_INPUT_VALUES.method;
  if (flags.method !== undefined) {
    const result = readInputChoice('method', flags.method);
    if (result.ok) method = result.value;
    else problems.push({ where: '--method', message: result.message });
  }

  let preset: PresetId = DEFAULT_INPUT_VALUES.preset;
  let presetOk = true;
  if (flags.preset !== undefined) {
    const result = readInputChoice('preset', flags.preset);
    if (result.ok) preset = result.value;
    else {
      presetOk = false;
      problems.push({ where: '--preset', message: result.message });
    }
  }

  const overrides: Record<string, unknown> = {};
  let overridesOk = true;
  for (const { flag, param } of OVERRIDE_FLAGS) {
    const text = flags[flag];
    if (text === undefined) continue;
    const where = `--${flag}`;
    const parsed = parseNumberText(text, PARAMS[param].label);
    if (!parsed.ok) {
      overridesOk = false;
      problems.push({ where, message: parsed.message });
      continue;
    }
    const checked = validateParamValue(param, parsed.value);
    if (!checked.ok) {
      overridesOk = false;
      const hint =
        PARAMS[param].unit === 'rate' && parsed.value !== null && parsed.value > 1 && parsed.value <= 100
          ? ` Give it as a fraction: ${parsed.value / 100} means ${parsed.value}%.`
          : '';
      problems.push({ where, message: checked.message + hint });
      continue;
    }
    overrides[param] = checked.value;
  }
  // The same check a stored plan's overrides get (cross-parameter rules included).
  if (overridesOk && presetOk) {
    const checked = validateOverrides(overrides, preset);
    if (!checked.ok) {
      for (const e of checked.errors) {
        const flag = OVERRIDE_FLAGS.find((o) => o.param === e.field)?.flag;
        problems.push({ where: flag ? `--${flag}` : 'assumptions', message: e.message });
      }
    }
  }

  return {
    problems,
    settings: {
      format,
      out: flags.out,
      method,
      methodGiven: flags.method !== undefined,
      preset,
      overrides: overrides as AssumptionOverrides,
    },
  };
}

/** Where each input value of a one-place plan came from, for the table header. */
export type ValueOrigin = 'flag' | 'city' | 'plan' | 'default';

export interface SingleInput {
  readonly input: PlanInput;
  readonly origin: Readonly<Partial<Record<InputField, ValueOrigin>>>;
  readonly city: CityFill | undefined;
  /** The plan file read with --plan, if any. */
  readonly planFile?: string | undefined;
}

/** A plan file read with --plan: its input is the base that flags and --city override. */
export interface PlanFileBase {
  readonly path: string;
  readonly input: PlanInput;
}

/** The flags that describe one place (every input a batch file has a column for); with --input, each row gives these instead. */
export const PLACE_FLAGS: readonly StringFlag[] = [
  'city',
  ...INPUT_FIELD_IDS.filter((id) => INPUT_FIELDS[id].csvColumn !== null).map((id) => FIELD_FLAGS[id]),
];

/**
 * One plan's input from flags: the plan file (--plan) or the defaults first, then the city preset
 * (if any), then every explicit flag on top, then the model's validation. Every problem names
 * its flag.
 */
export function readSingleInput(
  flags: Flags,
  settings: Settings,
  base?: PlanFileBase,
): { ok: true; value: SingleInput } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const origin: Partial<Record<InputField, ValueOrigin>> = {};
  const raw: Record<string, unknown> = base
    ? {
        ...base.input,
        // The file's method and preset stand unless a flag says otherwise.
        method: settings.methodGiven ? settings.method : base.input.method,
        preset: flags.preset !== undefined ? settings.preset : base.input.preset,
      }
    : // No population yet: --population or --city gives it.
      { ...blankInput(), method: settings.method, preset: settings.preset };
  if (base) for (const field of Object.keys(FIELD_FLAGS) as InputField[]) origin[field] = 'plan';

  let city: CityFill | undefined;
  if (flags.city !== undefined) {
    const record = findCity(flags.city);
    if (record) {
      city = sourcedCityFill(record);
      for (const [field, value] of Object.entries(city.fields)) {
        raw[field] = value;
        origin[field as InputField] = 'city';
      }
      // A local high-risk count belongs to the place it was counted in: a city that replaces
      // the plan file's place does not inherit it.
      if (base && flags['high-risk-count'] === undefined) {
        raw.localHighRiskCount = null;
        origin.localHighRiskCount = 'city';
      }
    } else {
      problems.push({ where: '--city', message: unknownCityMessage(flags.city) });
    }
  }

  for (const field of INPUT_FIELD_IDS) {
    const text = flags[FIELD_FLAGS[field]];
    if (INPUT_FIELDS[field].kind !== 'text' || text === undefined) continue;
    raw[field] = text;
    origin[field] = 'flag';
  }
  if (settings.methodGiven) origin.method = 'flag';
  if (flags.preset !== undefined) origin.preset = 'flag';

  const unreadable = new Set<InputField>();
  for (const field of NUMERIC_FIELDS) {
    const text = flags[FIELD_FLAGS[field]];
    if (text === undefined) continue;
    const parsed = readInputNumber(field, text);
    if (parsed.ok) {
      raw[field] = parsed.value;
      origin[field] = 'flag';
    } else {
      unreadable.add(field);
      delete raw[field];
      problems.push({ where: `--${FIELD_FLAGS[field]}`, message: parsed.message });
    }
  }

  // A count used only under one method (the local count), given on its own, means the person wants it used.
  for (const field of NUMERIC_FIELDS) {
    const spec = INPUT_FIELDS[field];
    if (!settings.methodGiven && spec.kind === 'count' && 'onlyWithMethod' in spec && flags[FIELD_FLAGS[field]] !== undefined) raw.method = spec.onlyWithMethod;
  }

  // Without --city there is no population unless --population gives one.
  if (raw.population === undefined && !unreadable.has('population') && flags.city === undefined) {
    problems.push({
      where: '--population',
      message: `${INPUT_LABELS.population} is missing: give --population N or --city "Name, ST".`,
    });
    unreadable.add('population');
  } else if (raw.population === undefined && flags.city !== undefined) {
    unreadable.add('population'); // the unknown city is already reported
  }

  const validation = validateInput(raw);
  if (!validation.ok) {
    for (const e of validation.errors) {
      if (unreadable.has(e.field as InputField)) continue; // already reported, by its flag
      problems.push({ where: whereForField(e.field), message: givenValueMessage(e, raw) });
    }
  }
  if (problems.length > 0 || !validation.ok) {
    return { ok: false, problems: problems.length > 0 ? problems : [{ where: 'input', message: 'The input is not valid.' }] };
  }
  return { ok: true, value: { input: validation.input, origin, city } };
}

function whereForField(field: string): string {
  return Object.prototype.hasOwnProperty.call(FIELD_FLAGS, field) ? `--${FIELD_FLAGS[field as InputField]}` : field;
}

function unknownCityMessage(query: string): string {
  const name = query.split(',')[0] ?? query;
  const suggestions = [...searchCities(query, 3), ...searchCities(name, 3)]
    .map(cityKey)
    .filter((key, i, all) => all.indexOf(key) === i)
    .slice(0, 3);
  const shown = query.length > 60 ? `${query.slice(0, 60)}…` : query;
  return (
    `No city preset named "${shown}" (write it as "Name, ST").` +
    (suggestions.length > 0 ? ` Did you mean: ${suggestions.join('; ')}?` : ' Give --population and the counts instead.')
  );
}

// ---------------------------------------------------------------------------------------------
// Multi-year settings: --years, --start-year, --ramp

/** The flags that set the multi-year plan, by the field of MultiYearSettings each sets. */
export const MULTI_YEAR_FLAGS = { years: 'years', startYear: 'start-year', ramp: 'ramp' } as const satisfies Readonly<
  Record<keyof MultiYearSettings, StringFlag>
>;

export interface MultiYearFlags {
  /** The settings: the base (plan file or defaults) with the flags on top, checked by multiYearSchema. */
  readonly settings: MultiYearSettings;
  /** Whether --years was given: the multi-year plan is computed and shown only then. */
  readonly yearsGiven: boolean;
  /** Whether any of --years, --start-year, --ramp was given. */
  readonly anyGiven: boolean;
  readonly problems: Problem[];
  /** Not problems, but likely mistakes (e.g. a ramp written as fractions). */
  readonly warnings: Problem[];
}

/** A whole or decimal number as typed, else the text itself (which the schema refuses with its rule). */
function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * --years, --start-year and --ramp over the base settings (the plan file's or the defaults),
 * checked with the model's multiYearSchema; every problem names its flag. The ramp is given in
 * percent ("50,75,100" or "50%,75%,100%") and kept as fractions, as the model stores it.
 */
export function readMultiYearFlags(flags: Flags, base: MultiYearSettings = DEFAULT_MULTI_YEAR): MultiYearFlags {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const raw: Record<keyof MultiYearSettings, unknown> = { years: base.years, startYear: base.startYear, ramp: base.ramp };
  if (flags.years !== undefined) raw.years = numberOrText(flags.years);
  if (flags['start-year'] !== undefined) raw.startYear = numberOrText(flags['start-year']);

  let rampEntries: string[] = [];
  if (flags.ramp !== undefined) {
    if (flags.ramp.trim() === '') {
      problems.push({ where: '--ramp', message: 'Give the share of full staffing for each year in percent, separated by commas, e.g. 50,75,100 (100 alone: full staffing from the first year).' });
    } else {
      rampEntries = flags.ramp.split(',').map((e) => e.trim());
      raw.ramp = rampEntries.map((entry) => {
        const value = numberOrText(entry.replace(/%$/, ''));
        return typeof value === 'number' ? value / 100 : entry;
      });
    }
  }

  const checked = multiYearSchema.safeParse(raw);
  if (!checked.success) {
    const seen = new Set<string>();
    for (const issue of checked.error.issues) {
      const field = issue.path[0] as keyof MultiYearSettings | undefined;
      const flag = field !== undefined && Object.prototype.hasOwnProperty.call(MULTI_YEAR_FLAGS, field) ? `--${MULTI_YEAR_FLAGS[field]}` : '--years';
      const index = field === 'ramp' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
      const entry = index === undefined ? undefined : rampEntries[index];
      const message = entry === undefined || index === undefined ? issue.message : `share ${index + 1} ("${entry.length > 20 ? `${entry.slice(0, 20)}…` : entry}"): ${issue.message}`;
      const key = `${flag}: ${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ where: flag, message });
    }
  }
  const settings: MultiYearSettings = checked.success ? checked.data : base;
  if (checked.success && flags.ramp !== undefined && settings.ramp.length > 0 && settings.ramp.every((s) => s <= 0.01) && settings.ramp.some((s) => s > 0)) {
    warnings.push({
      where: '--ramp',
      message: `the shares are in percent: ${flags.ramp.trim()} means ${settings.ramp.map((s) => `${Math.round(s * 10000) / 100}%`).join(', ')} of full staffing. For half, then three quarters, then full staffing write 50,75,100.`,
    });
  }
  return {
    settings,
    yearsGiven: flags.years !== undefined,
    anyGiven: flags.years !== undefined || flags['start-year'] !== undefined || flags.ramp !== undefined,
    problems,
    warnings,
  };
}

// ---------------------------------------------------------------------------------------------
// Sensitivity and ranges: --sensitivity, --sensitivity-amount, --uncertainty, --seed

/** --sensitivity-amount, in percent: how far each assumption moves down and up. */
export const SENSITIVITY_AMOUNT = { min: 1, max: 90, default: 20 } as const;
/** --uncertainty: the number of draws. */
export const UNCERTAINTY_DRAWS = { min: 100, max: 100_000 } as const;
/** --seed: any 32-bit unsigned whole number (the model's generator takes 32 bits). */
export const SEED = { min: 0, max: 4_294_967_295, default: 1 } as const;

export interface AnalysisFlags {
  /** With --sensitivity: how far each assumption moves, as a fraction (0.2 for ±20%). */
  readonly sensitivity: { readonly amount: number } | null;
  /** With --uncertainty: the draws and the seed. */
  readonly uncertainty: { readonly draws: number; readonly seed: number } | null;
  readonly problems: Problem[];
}

/** A flag's number with the model's number reading, checked against a range (and whole if asked). */
function rangedNumber(
  flag: StringFlag,
  text: string,
  label: string,
  range: { readonly min: number; readonly max: number; readonly whole: boolean; readonly unit?: string },
): { ok: true; value: number } | { ok: false; problem: Problem } {
  const where = `--${flag}`;
  const unit = range.unit ?? '';
  const rule = `${range.whole ? 'a whole number' : 'a number'} from ${formatWhole(range.min)}${unit} to ${formatWhole(range.max)}${unit}`;
  const parsed = parseNumberText(unit === '%' ? text.trim().replace(/%$/, '') : text, label);
  if (!parsed.ok) return { ok: false, problem: { where, message: parsed.message } };
  if (parsed.value === null) return { ok: false, problem: { where, message: `needs a value, ${rule}.` } };
  const value = parsed.value;
  if ((range.whole && !Number.isInteger(value)) || value < range.min || value > range.max) {
    return { ok: false, problem: { where, message: `${label} must be ${rule}, not ${text.trim()}.` } };
  }
  return { ok: true, value };
}

const formatWhole = (n: number): string => n.toLocaleString('en-US');

/**
 * --sensitivity (with --sensitivity-amount) and --uncertainty (with --seed): what they ask for,
 * and every problem naming its flag. --sensitivity-amount and --seed alone are mistakes (they
 * would silently do nothing), so they are refused.
 */
export function readAnalysisFlags(flags: Flags): AnalysisFlags {
  const problems: Problem[] = [];

  let amount: number = SENSITIVITY_AMOUNT.default;
  const amountText = flags['sensitivity-amount'];
  if (amountText !== undefined) {
    const read = rangedNumber('sensitivity-amount', amountText, 'The sensitivity amount (percent)', { ...SENSITIVITY_AMOUNT, whole: false, unit: '%' });
    if (read.ok) amount = read.value;
    else {
      const given = Number(amountText.trim());
      const percent = Math.round(given * 10_000) / 100;
      const hint = given > 0 && given < 1 ? ` It is in percent: for ±${percent}% write ${percent}.` : '';
      problems.push({ ...read.problem, message: read.problem.message + hint });
    }
    if (!flags.sensitivity) problems.push({ where: '--sensitivity-amount', message: 'sets how far --sensitivity moves each assumption; give --sensitivity too.' });
  }

  let uncertainty: { draws: number; seed: number } | null = null;
  let seed: number = SEED.default;
  if (flags.seed !== undefined) {
    const read = rangedNumber('seed', flags.seed, 'The seed', { ...SEED, whole: true });
    if (read.ok) seed = read.value;
    else problems.push(read.problem);
    if (flags.uncertainty === undefined) problems.push({ where: '--seed', message: 'seeds the draws of --uncertainty N; give --uncertainty too (e.g. --uncertainty 10000 --seed 7).' });
  }
  if (flags.uncertainty !== undefined) {
    const read = rangedNumber('uncertainty', flags.uncertainty, 'The number of draws', { ...UNCERTAINTY_DRAWS, whole: true });
    if (read.ok) uncertainty = { draws: read.value, seed };
    else problems.push(read.problem);
  }

  return { sensitivity: flags.sensitivity ? { amount: amount / 100 } : null, uncertainty, problems };
}

// From flags (and CSV cells) to a validated plan input and assumption overrides. Numbers are read
// with the model's parseNumberText ("1,200", "60%", "$65,000" read as meant) and checked with
// validateInput / validateParamValue / validateOverrides, so the rules and their wording live once,
// in src/model; this file only says which flag or column a problem is about. It also says, in the
// model's words (inputUse), when a flag given changes nothing in the plan.
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
  inputUse,
  inputUseContext,
  resolveAssumptions,
  presetMethod,
  PRESETS,
  type Assumptions,
  type AssumptionOverrides,
  type CityFill,
  type HighRiskMethod,
  type InputField,
  type NumberUnit,
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
  // A rate flag takes a fraction (0.3) or a percentage with its sign (30%).
  { flag: 'fringe', param: 'fringeRate', unit: 'fraction' },
  { flag: 'cost-of-living', param: 'costOfLiving', unit: 'number' },
  { flag: 'participants-per-site', param: 'sites.participantsPerSite', unit: 'number' },
] as const satisfies readonly { flag: StringFlag; param: ParamId; unit: NumberUnit }[];

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
  for (const { flag, param, unit } of OVERRIDE_FLAGS) {
    const text = flags[flag];
    if (text === undefined) continue;
    const where = `--${flag}`;
    const parsed = parseNumberText(text, PARAMS[param].label, unit);
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
          ? ` Give it as a fraction or with a % sign: ${parsed.value / 100} or ${parsed.value}% means ${parsed.value}%.`
          : '';
      problems.push({ where, message: checked.message + hint });
      continue;
    }
    overrides[param] = checked.value;
  }
  const caseManagement = flags['case-management'];
  if (caseManagement !== undefined) {
    const word = caseManagement.trim().toLowerCase();
    if (word === 'on' || word === 'off') overrides['sites.caseManagement'] = word === 'on';
    else {
      overridesOk = false;
      problems.push({ where: '--case-management', message: `must be on or off (got "${caseManagement.slice(0, 40)}").` });
    }
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
  /** The library (--library) and the plan of it (--open) planned, if any. */
  readonly library?: { readonly path: string; readonly name: string; readonly position: number; readonly count: number } | undefined;
  /** Likely mistakes that still stand, e.g. a reach of 0.6 that was probably 60%: never changed silently. */
  readonly warnings?: readonly Problem[];
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
  const warnings: Problem[] = [];
  for (const field of NUMERIC_FIELDS) {
    const text = flags[FIELD_FLAGS[field]];
    if (text === undefined) continue;
    const parsed = readInputNumber(field, text);
    if (parsed.ok) {
      raw[field] = parsed.value;
      origin[field] = 'flag';
      if (parsed.didYouMean !== null) warnings.push(fractionWarning(FIELD_FLAGS[field], text, parsed.didYouMean));
    } else {
      unreadable.add(field);
      delete raw[field];
      problems.push({ where: `--${FIELD_FLAGS[field]}`, message: parsed.message });
    }
  }

  // The preset's own method (docs/methodology.md §5, §11) when no --method is given: the
  // site-based preset follows the homicide rate when homicides or fatal shootings are given. A
  // plan file keeps its method unless --preset changes the preset.
  if (!settings.methodGiven && (!base || flags.preset !== undefined) && raw.method !== 'custom' && !unreadable.has('homicides') && !unreadable.has('fatalShootings')) {
    const count = (field: 'homicides' | 'fatalShootings') => (typeof raw[field] === 'number' ? (raw[field] as number) : null);
    const preset = raw.preset as PresetId;
    if (PRESETS[preset] !== undefined) raw.method = presetMethod(preset, { homicides: count('homicides'), fatalShootings: count('fatalShootings') });
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
  return { ok: true, value: { input: validation.input, origin, city, warnings } };
}

/**
 * The warning for a percentage flag given as a fraction: the value stands as given (0.6 is 0.6%),
 * and the message names the flag and the percentage it probably meant.
 */
/**
 * The site-team flags set assumptions that only site teams read: under any other staffing model
 * they would silently change nothing, so they are refused with the preset that uses them.
 */
export function siteFlagProblems(flags: Flags, a: Assumptions): Problem[] {
  if (a.staffingModel === 'sites') return [];
  return (['participants-per-site', 'case-management'] as const)
    .filter((flag) => flags[flag] !== undefined)
    .map((flag) => ({ where: `--${flag}`, message: 'sets the site teams of the site-based preset, which this plan does not use: add --preset site-based.' }));
}

export function fractionWarning(flag: string, text: string, meant: number): Problem {
  return { where: `--${flag}`, message: `${text.trim()} is read as ${text.trim()}%. Did you mean ${meant}%? Then give --${flag} ${meant}.` };
}

/**
 * One note for each input flag given that changes nothing in this plan, in the model's words
 * (inputUse), with the flag that would make it count. (A count that changes only the cost of
 * violence has an effect, so it gets no note.)
 */
export function unusedFlagNotes(single: SingleInput, overrides: AssumptionOverrides): string[] {
  const { input, origin } = single;
  const context = inputUseContext(input);
  const a = resolveAssumptions(input.preset, overrides);
  const notes: string[] = [];
  for (const field of INPUT_FIELD_IDS) {
    if (origin[field] !== 'flag') continue;
    const use = inputUse(field, context, a);
    if (use.status !== 'unused' || use.notice === null) continue;
    const user = use.usedBy;
    // "… The “Violence-adjusted” estimate uses it: --method violence-adjusted."
    const switchTo = user?.kind === 'method' ? `--method ${user.method}` : user?.kind === 'preset' ? `--preset ${user.preset}` : null;
    const notice = switchTo ? `${use.notice.replace(/\.$/, '')}: ${switchTo}.` : use.notice;
    notes.push(`note: --${FIELD_FLAGS[field]}: ${notice}`);
  }
  return notes;
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

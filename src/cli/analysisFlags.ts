// The command line's flags for a multi-year plan (--years, --start-year, --ramp) and for the
// analyses (--sensitivity, --sensitivity-amount, --uncertainty, --seed), read with the model's
// number reading and checked against the model's own schemas and limits; every problem names
// its flag.
import {
  DEFAULT_MULTI_YEAR,
  DRAWS_LIMITS,
  multiYearSchema,
  parseNumberText,
  SEED_LIMITS,
  SENSITIVITY_LIMITS,
  type MultiYearSettings,
  type NumberUnit,
} from '../model';
import type { Problem } from './inputs';
import type { Flags, StringFlag } from './options';

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

/**
 * A number as the model reads it ("2,027", "50%" for a share), else the text itself (which the
 * schema refuses with its rule).
 */
function numberOrText(text: string, unit: NumberUnit = 'number'): number | string {
  const parsed = parseNumberText(text, '', unit);
  return parsed.ok && parsed.value !== null ? parsed.value : text.trim();
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
        const value = numberOrText(entry, 'percent');
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
  const parsed = parseNumberText(text, label, unit === '%' ? 'percent' : 'number');
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

  let amount: number = SENSITIVITY_LIMITS.default;
  const amountText = flags['sensitivity-amount'];
  if (amountText !== undefined) {
    const read = rangedNumber('sensitivity-amount', amountText, 'The sensitivity amount (percent)', { ...SENSITIVITY_LIMITS, whole: false, unit: '%' });
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
  let seed: number = SEED_LIMITS.default;
  if (flags.seed !== undefined) {
    const read = rangedNumber('seed', flags.seed, 'The seed', { ...SEED_LIMITS, whole: true });
    if (read.ok) seed = read.value;
    else problems.push(read.problem);
    if (flags.uncertainty === undefined) problems.push({ where: '--seed', message: 'seeds the draws of --uncertainty N; give --uncertainty too (e.g. --uncertainty 10000 --seed 7).' });
  }
  if (flags.uncertainty !== undefined) {
    const read = rangedNumber('uncertainty', flags.uncertainty, 'The number of draws', { ...DRAWS_LIMITS, whole: true });
    if (read.ok) uncertainty = { draws: read.value, seed };
    else problems.push(read.problem);
  }

  return { sensitivity: flags.sensitivity ? { amount: amount / 100 } : null, uncertainty, problems };
}

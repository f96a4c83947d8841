// Validation of assumption overrides, built from the catalog so each parameter's rule lives once.
import { z } from 'zod';
import { PARAMS, PARAM_IDS, type AssumptionOverrides, type ParamId, } from './assumptions';
import type { NumberParam, ParamSpec } from './paramSpec';
import { formatByUnit, formatPercent, formatQuantity } from './format';
import { resolveAssumptions, type PresetId } from './presets';
import type { Issue } from './input';

function boundText(spec: NumberParam, value: number): string {
  return spec.unit === 'rate' ? formatPercent(value) : formatQuantity(value);
}

/** "Fringe benefits (share of salary) must be a number from 0% to 100%." */
function ruleText(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'switch':
      return `${spec.label} must be on or off (true or false).`;
    case 'choice':
      return `${spec.label} must be one of: ${spec.options.map((o) => o.value).join(', ')}.`;
    case 'number': {
      const what = spec.integer ? 'a whole number' : 'a number';
      const low = spec.minExclusive ? `above ${boundText(spec, spec.min)}` : `from ${boundText(spec, spec.min)}`;
      const range = spec.minExclusive ? `${low} up to ${boundText(spec, spec.max)}` : `${low} to ${boundText(spec, spec.max)}`;
      return `${spec.label} must be ${what} ${range}.`;
    }
  }
}

function paramSchema(spec: ParamSpec): z.ZodType {
  const message = ruleText(spec);
  switch (spec.kind) {
    case 'switch':
      return z.boolean({ error: message });
    case 'choice':
      return z.enum(spec.options.map((o) => o.value) as [string, ...string[]], { error: message });
    case 'number': {
      let schema = z.number({ error: message }).max(spec.max, { error: message });
      schema = spec.minExclusive ? schema.gt(spec.min, { error: message }) : schema.min(spec.min, { error: message });
      if (spec.integer) schema = schema.int({ error: message });
      return schema;
    }
  }
}

const PARAM_SCHEMAS = Object.fromEntries(PARAM_IDS.map((id) => [id, paramSchema(PARAMS[id])])) as Record<ParamId, z.ZodType>;

/** Longest assumption name a message quotes whole (in characters shown); longer ones end in "…". */
const SHOWN_NAME_MAX = 60;
/** How a message names an assumption whose name is empty or only white space. */
const NAMELESS_ASSUMPTION = '(an assumption with no name)';

/** The parameter a message about a nameless assumption gives as an example (typed, so a rename is caught). */
const EXAMPLE_PARAM: ParamId = 'fringeRate';

// Characters a person cannot see or that would break a message's line: control and format
// characters (bidi overrides, zero-width), line and paragraph separators, lone surrogate halves.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/**
 * An unknown assumption's name as a message shows it: a blank name said in words, invisible
 * characters written as their code point (a line break as <U+000A>), and at most SHOWN_NAME_MAX
 * characters, then "…".
 */
function shownAssumptionName(key: string): string {
  if (key.trim() === '') return NAMELESS_ASSUMPTION;
  let shown = '';
  let length = 0;
  for (const char of key) {
    const piece = INVISIBLE.test(char) ? `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>` : char;
    const pieceLength = piece === char ? 1 : piece.length;
    if (length + pieceLength > SHOWN_NAME_MAX) return `${shown}…`;
    shown += piece;
    length += pieceLength;
  }
  return shown;
}

/** The issue for a key that is not a parameter. Its field is the name as shown: never blank, one line. */
function unknownKeyIssue(key: string): Issue {
  const shown = shownAssumptionName(key);
  if (key.trim() !== '') return { field: shown, message: `Unknown assumption "${shown}".` };
  const what = key === '' ? 'empty' : 'only white space';
  return { field: NAMELESS_ASSUMPTION, message: `An assumption name must not be ${what}: use the name of a planner parameter, such as "${EXAMPLE_PARAM}".` };
}

export type OverridesValidation =
  | { ok: true; overrides: AssumptionOverrides }
  | { ok: false; errors: Issue[] };

/**
 * Validate overrides from any outside source. Unknown keys are errors (a misspelt key would
 * otherwise be silently ignored and the plan would not be what the person meant).
 */
export function validateOverrides(raw: unknown, preset: PresetId): OverridesValidation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: [{ field: 'assumptions', message: 'Assumptions must be an object of parameter values.' }] };
  }
  const errors: Issue[] = [];
  const overrides: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.prototype.hasOwnProperty.call(PARAMS, key)) {
      errors.push(unknownKeyIssue(key));
      continue;
    }
    const result = PARAM_SCHEMAS[key as ParamId].safeParse(value);
    if (result.success) overrides[key] = result.data;
    else errors.push({ field: key, message: ruleText(PARAMS[key as ParamId]) });
  }
  if (errors.length === 0) {
    const resolved = resolveAssumptions(preset, overrides as AssumptionOverrides);
    if (resolved.violenceFactorMin > resolved.violenceFactorMax) {
      errors.push({
        field: 'violenceFactorMin',
        message: `${PARAMS.violenceFactorMin.label} must not be above the highest scaling factor.`,
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, overrides: overrides as AssumptionOverrides };
}

/** Validate one value typed into the assumptions editor or given on the command line. */
export function validateParamValue(id: ParamId, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  const result = PARAM_SCHEMAS[id].safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, message: ruleText(PARAMS[id]) };
}

/** An assumption's value as a person reads it: percentages, dollars, option labels, on/off. */
export function formatParamValue(id: ParamId, value: unknown): string {
  const spec: ParamSpec = PARAMS[id];
  switch (spec.kind) {
    case 'switch':
      return value ? 'on' : 'off';
    case 'choice':
      return spec.options.find((o) => o.value === value)?.label ?? String(value);
    case 'number':
      return typeof value === 'number' ? formatByUnit(value, spec.unit === 'usd' ? 'usd' : spec.unit === 'rate' ? 'rate' : 'people') : String(value);
  }
}

// Validation of assumption overrides, built from the catalog so each parameter's rule lives once.
import { z } from 'zod';
import { PARAMS, PARAM_IDS, type AssumptionOverrides, type ParamId, type ParamSpec, type NumberParam } from './assumptions';
import { formatByUnit, formatPercent, formatQuantity } from './format';
import { resolveAssumptions, type PresetId } from './presets';
import type { Issue } from './input';

function boundText(spec: NumberParam, value: number): string {
  return spec.unit === 'rate' ? formatPercent(value) : formatQuantity(value);
}

/** "Fringe benefits (share of salary) must be a number from 0% to 100%." */
export function ruleText(spec: ParamSpec): string {
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
      errors.push({ field: key, message: `Unknown assumption "${key.slice(0, 80)}".` });
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

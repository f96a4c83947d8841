// How the uncertainty tables word an assumption's value: by the assumption's unit, as the model
// formats it.
import { formatParamValue, formatPercent, formatQuantity, PARAMS, type ParamId, type ParamSpec, type UncertainRange } from '../../../../model';

export function paramOf(id: string): ParamSpec | undefined {
  return Object.hasOwn(PARAMS, id) ? (PARAMS as Record<string, ParamSpec>)[id] : undefined;
}

/** An assumption's value by its unit (the model's formatParamValue); a number as it is for anything else. */
function formatAssumption(id: string, value: number): string {
  return paramOf(id) === undefined ? formatQuantity(value) : formatParamValue(id as ParamId, value);
}

/** The model's setting text ("0.24", "12 (held to its valid range)") with its number in the assumption's unit. */
export function formatSetting(id: string, setting: string): string {
  const match = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(.*)$/i.exec(setting);
  if (!match || paramOf(id) === undefined) return setting;
  return `${formatAssumption(id, Number(match[1]))}${match[2] ?? ''}`;
}

export function percentText(fraction: number): string {
  return formatPercent(fraction);
}

export function rangeValue(range: UncertainRange, value: number): string {
  return range.id === 'salaries' ? `×${formatQuantity(value)} every salary` : formatAssumption(range.id, value);
}

// Formatting at the edge: the one place numbers become text (UI, CLI, exports, messages).
// Money in a plan is whole dollars already (see roundMoney in computePlan); formatting never
// changes an amount, it only prints it.
import { roundHalfUp } from './plan/rounding';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const usdCompact = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
const usdCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const upToThree = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** "$19,883,025" — whole dollars, no cents. */
export function formatUsd(amount: number): string {
  return usd.format(amount);
}

/** "$19.9M" — for chart axes and tight spaces; never the only place a total appears. */
export function formatUsdCompact(amount: number): string {
  return usdCompact.format(amount);
}

/** "$2.55" — for small per-person figures such as cost per resident. */
export function formatUsdCents(amount: number): string {
  return usdCents.format(amount);
}

/** "238,005" */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/**
 * A count of people as a person reads it, on a page, in a table or in a document: whole people,
 * rounded half up as headcount is. The model keeps participants, hospital clients and the high-risk
 * population unrounded (the working and the command line's JSON show them exactly); this is the one
 * rounding step for showing them.
 */
export function wholePeople(value: number): number {
  return roundHalfUp(value);
}

/** "238" for 238.005 people, "44" for 43.5; "fewer than 1" for a need above nobody that rounds to 0. */
export function formatPeople(value: number): string {
  return value > 0 && wholePeople(value) === 0 ? 'fewer than 1' : formatInteger(wholePeople(value));
}

/** Shootings a year as a person reads them (events, not people): whole from 10, one decimal below. */
export function formatShootings(count: number): string {
  return count >= 10 ? formatInteger(count) : formatOneDecimal(count);
}

/** "15.9" */
export function formatOneDecimal(value: number): string {
  return oneDecimal.format(value);
}

/** "238.005", "15.87", "4" — a quantity with as many decimals as it needs (up to 3). */
export function formatQuantity(value: number): string {
  return upToThree.format(value);
}

/** 0.3 -> "30%", 0.125 -> "12.5%" */
export function formatPercent(fraction: number): string {
  return `${twoDecimals.format(fraction * 100)}%`;
}

/** How a figure or a working term reads, by its unit. */
export function formatByUnit(
  value: number | string | boolean | null,
  unit: 'people' | 'fte' | 'usd' | 'rate' | 'multiplier' | 'count' | 'per-100k' | 'text',
): string {
  if (value === null) return 'not given';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'string') return value;
  switch (unit) {
    case 'usd':
      return Number.isInteger(value) || Math.abs(value) >= 100 ? formatUsd(value) : formatUsdCents(value);
    case 'rate':
      return formatPercent(value);
    case 'fte':
      return twoDecimals.format(value);
    case 'multiplier':
      return `×${twoDecimals.format(value)}`;
    case 'count':
      return formatInteger(value);
    case 'per-100k':
      return formatOneDecimal(value);
    case 'people':
    case 'text':
      return formatQuantity(value);
  }
}

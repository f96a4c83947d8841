// What a funder compares across a portfolio (issue 14): each place's violence per 100,000
// residents, its budget per resident and per homicide, the high-risk estimate each place is
// actually planned with under the portfolio's choice, and whether the plans differ by anything but
// population. Pure figures from each place's input and plan; the page, the print summary and the
// tests read them from here.
import type { HighRiskMethod, PlanInput } from './inputFields';
import type { Plan } from './plan';
import { presetMethod } from './input';
import type { PresetId } from './presets';

/**
 * The portfolio's high-risk estimate: one method for every place, or each place's own (what
 * portfolios saved before the choice existed do, so they plan as they did). A place given a local
 * high-risk count keeps its count under every choice: it is the place's own problem analysis.
 */
export const PORTFOLIO_HIGH_RISK_METHODS = ['each-place', 'population', 'violence-adjusted'] as const;
export type PortfolioHighRiskMethod = (typeof PORTFOLIO_HIGH_RISK_METHODS)[number];
export const DEFAULT_PORTFOLIO_HIGH_RISK_METHOD: PortfolioHighRiskMethod = 'each-place';

export const PORTFOLIO_HIGH_RISK_LABELS: Readonly<Record<PortfolioHighRiskMethod, string>> = {
  'each-place': 'Each place’s own setting',
  population: 'Population (CAPS, 0.1%) for every place',
  'violence-adjusted': 'Violence-adjusted for every place',
};

/** The method a place is planned with, and why it differs from the portfolio's choice when it does. */
export interface PlaceMethod {
  readonly method: HighRiskMethod;
  /**
   * 'no-violence-counts': violence-adjusted was chosen but the place gives neither homicides nor
   * fatal shooting victims, so it is planned with the population method (and marked).
   * 'local-count': the place's own local high-risk count is used.
   */
  readonly note: 'no-violence-counts' | 'local-count' | null;
}

export function placeMethod(place: PlanInput, choice: PortfolioHighRiskMethod, preset: PresetId = place.preset): PlaceMethod {
  if (place.method === 'custom') return { method: 'custom', note: choice === 'each-place' ? null : 'local-count' };
  // Each place's own: a place on the CAPS rule takes the preset's own method (site-based follows
  // its homicide rate when counts are given, docs/methodology.md §11).
  if (choice === 'each-place') return { method: place.method === 'population' ? presetMethod(preset, place) : place.method, note: null };
  if (choice === 'population') return { method: 'population', note: null };
  if (place.homicides === null && place.fatalShootings === null) return { method: 'population', note: 'no-violence-counts' };
  return { method: 'violence-adjusted', note: null };
}

const PER = 100_000;

/** Homicides per 100,000 residents; null when homicides are not given. */
export function homicidesPer100k(place: Pick<PlanInput, 'homicides' | 'population'>): number | null {
  return place.homicides === null ? null : (place.homicides / place.population) * PER;
}

/** Which shooting counts a rate adds up. */
export type ShootingCounts = 'fatal and nonfatal' | 'fatal only' | 'nonfatal only';

export interface ShootingVictimsRate {
  readonly per100k: number;
  readonly counted: ShootingCounts;
}

/**
 * Shooting victims (fatal + nonfatal) per 100,000 residents, saying which counts were given; a
 * count not given adds nothing (the rate then says so), and with neither given there is no rate.
 */
export function shootingVictimsPer100k(place: Pick<PlanInput, 'fatalShootings' | 'nonfatalShootings' | 'population'>): ShootingVictimsRate | null {
  const { fatalShootings: fatal, nonfatalShootings: nonfatal } = place;
  if (fatal === null && nonfatal === null) return null;
  const counted: ShootingCounts = fatal !== null && nonfatal !== null ? 'fatal and nonfatal' : fatal !== null ? 'fatal only' : 'nonfatal only';
  return { per100k: (((fatal ?? 0) + (nonfatal ?? 0)) / place.population) * PER, counted };
}

/** The plan's annual budget at full strength per resident. */
export function budgetPerResident(total: number, population: number): number {
  return total / population;
}

export type CostPerHomicide = { readonly value: number } | { readonly value: null; readonly reason: 'homicides not given' | 'no homicides' };

/** The plan's total ÷ homicides a year; none, with the reason, when homicides are not given or 0. */
export function costPerHomicide(total: number, homicides: number | null): CostPerHomicide {
  if (homicides === null) return { value: null, reason: 'homicides not given' };
  if (homicides === 0) return { value: null, reason: 'no homicides' };
  return { value: total / homicides };
}

/** "About the same": the highest ÷ the lowest is at most this. */
export const SAME_COST_RATIO = 1.1;

export interface Spread {
  readonly lowest: number;
  readonly highest: number;
  /** highest ÷ lowest. */
  readonly ratio: number;
}

/** The spread of positive values (null with fewer than two). */
export function spreadOf(values: readonly number[]): Spread | null {
  const positive = values.filter((v) => v > 0);
  if (positive.length < 2) return null;
  const lowest = Math.min(...positive);
  const highest = Math.max(...positive);
  return { lowest, highest, ratio: highest / lowest };
}

export const aboutTheSame = (spread: Spread): boolean => spread.ratio <= SAME_COST_RATIO;

/**
 * Whether the plans differ by population alone: every place (with participants) costs about the
 * same per participant AND plans for about the same share of its residents. Then each budget is
 * about a fixed amount per resident and the ranking is population. Null when fewer than two
 * places have participants; else the two spreads and the verdict.
 */
export interface PopulationOnlyCheck {
  readonly costPerParticipant: Spread;
  readonly participantsPerResident: Spread;
  readonly populationOnly: boolean;
}

export function populationOnlyCheck(plans: readonly Plan[]): PopulationOnlyCheck | null {
  const reached = plans.filter((p) => p.costPerParticipant !== null && p.participants > 0);
  const cost = spreadOf(reached.map((p) => p.costPerParticipant ?? 0));
  const share = spreadOf(reached.map((p) => p.participants / p.input.population));
  if (!cost || !share) return null;
  return { costPerParticipant: cost, participantsPerResident: share, populationOnly: aboutTheSame(cost) && aboutTheSame(share) };
}

/** A value a column sorts on: a number, text, or null (blank: not given, none). */
export type SortValue = number | string | null;
export type SortDirection = 'ascending' | 'descending';

/**
 * Compare two column values: blanks always last (whichever the direction), numbers by value,
 * text in any capitals by the locale's order. 0 on ties (the caller keeps its own order then).
 */
export function compareSortValues(a: SortValue, b: SortValue, direction: SortDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const sign = direction === 'ascending' ? 1 : -1;
  const cmp = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).toLowerCase().localeCompare(String(b).toLowerCase());
  return sign * cmp;
}

/** The positions of `values` in sorted order; ties keep their order (the order places were added). */
export function sortedOrder(values: readonly SortValue[], direction: SortDirection): number[] {
  return values.map((_, i) => i).sort((a, b) => compareSortValues(values[a] ?? null, values[b] ?? null, direction) || a - b);
}

// Ranges (issue 6): Monte Carlo over the uncertain assumptions, reproducible with a seed. Each
// uncertain assumption is drawn uniformly from the range its sources give (outreach caseload
// 15–20, fringe 22–38%) when the plan's value lies in it, else ±20% around the plan's value.
import { PARAMS, UNCERTAIN_ROLE_RATIOS, roleParam, type AssumptionOverrides, type ParamId } from './assumptions';
import { ROLE_IDS } from './roles';
import type { ParamSpec } from './paramSpec';
import { computePlan } from './plan';
import type { PlanInput } from './inputFields';
import { resolveAssumptions } from './presets';

export const DEFAULT_DRAWS = 10_000;
export const DEFAULT_SEED = 1;
/** The number of draws the planner's field and --uncertainty N accept, and the default. */
export const DRAWS_LIMITS = { min: 100, max: 100_000, default: DEFAULT_DRAWS } as const;
/** The seed of the draws: any 32-bit unsigned whole number (seededRandom takes 32 bits), and the default. */
export const SEED_LIMITS = { min: 0, max: 4_294_967_295, default: DEFAULT_SEED } as const;
export const DEFAULT_SPREAD = 0.2;

/** mulberry32: a tiny, well-known 32-bit generator; the same seed gives the same draws everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CASELOAD_IDS: readonly ParamId[] = UNCERTAIN_ROLE_RATIOS.map((r) => r.id);
const SITE_TEAM_CASELOADS = new Set<ParamId>(['street-outreach.caseload', 'mediator.caseload', 'trauma-counselor.caseload']);
const SALARY_IDS = ROLE_IDS.map((id) => roleParam(id, 'salary'));

export interface UncertainRange {
  readonly id: string;
  readonly label: string;
  readonly low: number;
  readonly high: number;
  readonly basis: 'source' | 'spread';
}

/** The range each uncertain assumption is drawn from, for this plan. */
export function uncertainRanges(input: PlanInput, overrides: AssumptionOverrides, spread = DEFAULT_SPREAD): UncertainRange[] {
  const a = resolveAssumptions(input.preset, overrides);
  const range = (id: ParamId, label: string): UncertainRange => {
    const spec: ParamSpec = PARAMS[id];
    const value = a[id] as number;
    const source = spec.kind === 'number' ? spec.sourceRange : undefined;
    if (source && value >= source[0] && value <= source[1]) return { id, label, low: source[0], high: source[1], basis: 'source' };
    const min = spec.kind === 'number' ? spec.min : 0;
    const max = spec.kind === 'number' ? spec.max : Infinity;
    return { id, label, low: Math.max(min, value * (1 - spread)), high: Math.min(max, value * (1 + spread)), basis: 'spread' };
  };
  // Under site teams (docs/methodology.md §11) participants per site and direct assistance stand in
  // for the site roles' caseloads and the wraparound rate, which size nothing there.
  const sites = a.staffingModel === 'sites';
  const services = sites ? 'directAssistancePerParticipant' : 'wraparoundPerParticipant';
  return [
    ...(sites ? [range('sites.participantsPerSite', PARAMS['sites.participantsPerSite'].label)] : []),
    ...CASELOAD_IDS.filter((id) => !sites || !SITE_TEAM_CASELOADS.has(id)).map((id) => range(id, PARAMS[id].label)),
    { id: 'salaries', label: 'All salaries (one factor for the labour market)', low: 1 - spread, high: 1 + spread, basis: 'spread' },
    range('fringeRate', PARAMS.fringeRate.label),
    range(services, PARAMS[services].label),
    range('highRiskRate', PARAMS.highRiskRate.label),
  ];
}

export interface Percentiles {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly min: number;
  readonly max: number;
}

/** Percentile by linear interpolation between order statistics (Hyndman–Fan type 7). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? 0;
  return a + (h - lo) * (b - a);
}

function summarise(values: Float64Array): Percentiles {
  const sorted = values.slice().sort();
  return {
    p10: percentile(sorted, 0.1),
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
  };
}

export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export function histogram(values: ArrayLike<number>, bins = 20): HistogramBin[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (values.length === 0) return [];
  if (min === max) return [{ from: min, to: max, count: values.length }];
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const index = Math.min(bins - 1, Math.floor(((values[i] ?? 0) - min) / width));
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ from: min + i * width, to: i === bins - 1 ? max : min + (i + 1) * width, count }));
}

export interface UncertaintyResult {
  readonly draws: number;
  readonly seed: number;
  readonly total: Percentiles;
  readonly staff: Percentiles;
  readonly histogram: readonly HistogramBin[];
  readonly ranges: readonly UncertainRange[];
}

/** Monte Carlo over the uncertain assumptions: the same input, seed and draws give the same result. */
export function monteCarlo(input: PlanInput, overrides: AssumptionOverrides = {}, options: { draws?: number; seed?: number; spread?: number } = {}): UncertaintyResult {
  const draws = options.draws ?? DEFAULT_DRAWS;
  const seed = options.seed ?? DEFAULT_SEED;
  const random = seededRandom(seed);
  const ranges = uncertainRanges(input, overrides, options.spread ?? DEFAULT_SPREAD);
  const a = resolveAssumptions(input.preset, overrides);
  const totals = new Float64Array(draws);
  const staff = new Float64Array(draws);
  for (let d = 0; d < draws; d++) {
    const next: Record<string, number | boolean | string> = { ...overrides };
    for (const r of ranges) {
      const value = r.low + random() * (r.high - r.low);
      if (r.id === 'salaries') {
        for (const id of SALARY_IDS) next[id] = (a[id] as number) * value;
      } else {
        next[r.id] = value;
      }
    }
    const plan = computePlan(input, next as AssumptionOverrides);
    totals[d] = plan.budget.total;
    staff[d] = plan.totalHeadcount;
  }
  return { draws, seed, total: summarise(totals), staff: summarise(staff), histogram: histogram(totals), ranges };
}

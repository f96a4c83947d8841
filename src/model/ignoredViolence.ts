// Issue 14, "inputs that matter": how much of a place's violence a plan leaves out of its sizing.
import type { Assumptions } from './assumptions';
import type { PlanInput } from './inputFields';

/** Homicides (or fatal shootings) a plan was given but does not use to size anything. */
export interface IgnoredViolence {
  readonly field: 'homicides' | 'fatalShootings';
  readonly count: number;
  /** Per 100,000 residents. */
  readonly rate: number;
  /** The rate ÷ the violence-adjusted method's reference rate (before its lowest and highest factor). */
  readonly timesReference: number;
}

/**
 * Issue 14, "inputs that matter": under the population (CAPS) estimate a place's violence changes
 * nothing, so two places of the same size cost the same whatever their homicides. Given homicides
 * (else fatal shootings), this says how much violence the plan leaves out; null when the
 * violence-adjusted estimate uses it, when a local count stands in (a problem analysis already
 * reflects the place's violence), or when neither count is given.
 */
export function ignoredViolence(input: PlanInput, a: Pick<Assumptions, 'violenceReferenceRate'>): IgnoredViolence | null {
  if (input.method !== 'population') return null;
  const field = input.homicides !== null ? 'homicides' : input.fatalShootings !== null ? 'fatalShootings' : null;
  if (field === null) return null;
  const count = input[field] ?? 0;
  const rate = (count / input.population) * 100_000;
  return { field, count, rate, timesReference: rate / a.violenceReferenceRate };
}

// The multi-year plan of a plan on screen, derived at render time (never stored): the plan's input
// and assumption changes with the store's horizon and ramp-up. The headline (which follows each
// keystroke) and the multi-year and funding sections (which follow a moment later, with the same
// plan object) all read it here, so each plan's years are computed once, not once per reader.
import { useMemo } from 'react';
import { computeMultiYear, type AssumptionOverrides, type MultiYearPlan, type MultiYearSettings, type Plan } from '../../model';
import { usePlanner } from '../../state/store';

interface Computed {
  readonly settings: MultiYearSettings;
  readonly currentYear: number;
  readonly multi: MultiYearPlan;
}

// Keyed by the plan object: a plan is never changed, and one no longer on screen is let go.
const computed = new WeakMap<Plan, Computed>();

/** The multi-year plan of `plan` under `settings`, computed once per plan, settings and year. */
export function multiYearPlanOf(plan: Plan, settings: MultiYearSettings, currentYear: number): MultiYearPlan {
  const hit = computed.get(plan);
  if (hit && hit.settings === settings && hit.currentYear === currentYear) return hit.multi;
  const overrides = Object.fromEntries(plan.overrides.map((o) => [o.id, o.value])) as AssumptionOverrides;
  const multi = computeMultiYear(plan.input, overrides, settings, currentYear);
  computed.set(plan, { settings, currentYear, multi });
  return multi;
}

/**
 * The multi-year plan of the plan on screen. It takes the plan rather than reading the store's
 * input, so a section given a deferred plan does not redraw on every keystroke.
 */
export function useMultiYearPlan(plan: Plan): MultiYearPlan {
  const settings = usePlanner((s) => s.multiYear);
  const currentYear = new Date().getFullYear();
  return useMemo(() => multiYearPlanOf(plan, settings, currentYear), [plan, settings, currentYear]);
}

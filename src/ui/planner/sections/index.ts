// The planner's sections below the first screen, each loaded on its own after the first paint
// (see lazySection), and the presets' source texts. `preloadSections` starts them all; the unit
// tests' setup awaits it.
import { lazySection } from '../../hooks/lazySection';
import { preloadCitySources } from '../../hooks/useCitySources';
import type { Plan } from '../../../model';

type PlanProps = { plan: Plan };

export const BudgetSection = lazySection<PlanProps>('budget', () => import('./BudgetSection').then((m) => m.BudgetSection));
export const MultiYearSection = lazySection<PlanProps>('multi-year plan', () => import('./MultiYearSection').then((m) => m.MultiYearSection));
export const FundingSection = lazySection<PlanProps>('funding', () => import('./funding/FundingSection').then((m) => m.FundingSection));
export const CostOfViolenceSection = lazySection<PlanProps>('cost of violence', () => import('./CostOfViolenceSection').then((m) => m.CostOfViolenceSection));
export const RealityCheckSection = lazySection<PlanProps>('reality check', () => import('./RealityCheckSection').then((m) => m.RealityCheckSection));
export const UncertaintySection = lazySection<PlanProps>('uncertainty', () => import('./uncertainty/UncertaintySection').then((m) => m.UncertaintySection));
export const AssumptionsEditor = lazySection<object>('assumptions', () => import('./AssumptionsEditor').then((m) => m.AssumptionsEditor));
/** The scenario comparison (shown when asked for, in the scenario bar). */
export const CompareView = lazySection<object>('comparison', () => import('../compare/CompareView').then((m) => m.CompareView));

const ALL = [BudgetSection, MultiYearSection, FundingSection, CostOfViolenceSection, RealityCheckSection, UncertaintySection, AssumptionsEditor, CompareView];

/** Every section's code and the presets' source texts. */
export function preloadSections(): Promise<void> {
  return Promise.all([...ALL.map((s) => s.preload()), preloadCitySources()]).then(() => undefined);
}

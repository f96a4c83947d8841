// The one-row-per-place table: its columns and each place's row, one layout shared by the
// portfolio's CSV export and the command line's batch CSV (which adds its own columns after these).
// Every figure is the place's own plan; nothing is re-derived here.
import type { Plan } from '../plan';
import type { PlanInput } from '../inputFields';
import { BUDGET_LINE_IDS, ROLE_IDS, type BudgetLineId } from '../roles';
import { cents, type CsvValue } from './csv';

/** The columns: what was entered, then staff by role, budget lines, total and cost per participant. */
export function placeTableHeader(lineIds: readonly string[]): string[] {
  return [
    'name',
    'state',
    'population',
    'homicides',
    'fatal_shootings',
    'nonfatal_shootings',
    'reach',
    'hospital_reach',
    'high_risk_count',
    'method',
    'preset',
    'high_risk_population',
    'participants',
    'hospital_clients',
    'total_staff',
    ...ROLE_IDS.map((id) => `headcount_${id}`),
    ...lineIds.map((id) => `amount_${id}`),
    'total',
    'cost_per_participant',
  ];
}

/** The budget lines any of the plans has (one column each; usually every plan has the same lines). */
export function placeTableLineIds(plans: readonly Plan[]): BudgetLineId[] {
  return BUDGET_LINE_IDS.filter((id) => plans.some((plan) => plan.budget.lines.some((l) => l.id === id)));
}

/** One place's row under placeTableHeader: its name and state as listed, what was entered, its plan. */
export function placeTableRow(
  place: { readonly name: string; readonly state: string },
  input: PlanInput,
  plan: Plan,
  lineIds: readonly BudgetLineId[],
): CsvValue[] {
  return [
    place.name,
    place.state,
    input.population,
    input.homicides,
    input.fatalShootings,
    input.nonfatalShootings,
    input.serviceReachPct,
    input.hospitalReachPct,
    input.localHighRiskCount,
    input.method,
    plan.preset,
    plan.highRiskPopulation,
    plan.participants,
    plan.hospitalClients,
    plan.totalHeadcount,
    ...ROLE_IDS.map((id) => plan.roles.find((r) => r.id === id)?.headcount ?? null),
    ...lineIds.map((id) => plan.budget.lines.find((l) => l.id === id)?.amount ?? null),
    plan.budget.total,
    plan.costPerParticipant === null ? null : cents(plan.costPerParticipant),
  ];
}

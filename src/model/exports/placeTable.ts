// The one-row-per-place table: its columns and each place's row, one layout shared by the
// portfolio's CSV export and the command line's batch CSV (which adds its own columns after these).
// Every figure is the place's own plan; nothing is re-derived here.
import type { Plan } from '../plan';
import { INPUT_FIELD_IDS, INPUT_FIELDS, type InputField, type PlanInput } from '../inputFields';
import { BUDGET_LINE_IDS, ROLE_IDS, type BudgetLineId } from '../roles';
import { cents, type CsvValue } from './csv';
import { costPerHomicide, homicidesPer100k, shootingVictimsPer100k } from '../portfolioNeed';

/**
 * What was entered, from the input table: the inputs a batch file has a column for, under that
 * column's name (so the table reads back as a batch file), then the shared settings by their ids.
 */
const INPUT_COLUMNS: readonly { readonly field: InputField; readonly column: string }[] = [
  ...INPUT_FIELD_IDS.flatMap((field) => {
    const column = INPUT_FIELDS[field].csvColumn;
    return column === null ? [] : [{ field, column }];
  }),
  ...INPUT_FIELD_IDS.filter((field) => INPUT_FIELDS[field].csvColumn === null).map((field) => ({ field, column: field })),
];

/** The columns: what was entered, then staff by role, budget lines, total and cost per participant. */
export function placeTableHeader(lineIds: readonly string[]): string[] {
  return [
    ...INPUT_COLUMNS.map((c) => c.column),
    'high_risk_population',
    'participants',
    'hospital_clients',
    'total_staff',
    ...ROLE_IDS.map((id) => `headcount_${id}`),
    ...lineIds.map((id) => `amount_${id}`),
    'total',
    'cost_per_participant',
    // What a funder compares across places (issue 14): the site teams, violence per 100,000 and
    // what the plan costs per resident and per homicide (blank where the count is not given or 0).
    'sites',
    'homicides_per_100k',
    'shooting_victims_per_100k',
    'budget_per_resident',
    'cost_per_homicide',
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
  // The place's name and state as listed (a portfolio row may name a place differently).
  const shown: PlanInput = { ...input, placeName: place.name, state: place.state };
  const perHomicide = costPerHomicide(plan.budget.total, plan.input.homicides);
  return [
    ...INPUT_COLUMNS.map((c) => shown[c.field]),
    plan.highRiskPopulation,
    plan.participants,
    plan.hospitalClients,
    plan.totalHeadcount,
    ...ROLE_IDS.map((id) => plan.roles.find((r) => r.id === id)?.headcount ?? null),
    ...lineIds.map((id) => plan.budget.lines.find((l) => l.id === id)?.amount ?? null),
    plan.budget.total,
    plan.costPerParticipant === null ? null : cents(plan.costPerParticipant),
    plan.sites,
    homicidesPer100k(plan.input),
    shootingVictimsPer100k(plan.input)?.per100k ?? null,
    cents(plan.costPerResident),
    perHomicide.value === null ? null : cents(perHomicide.value),
  ];
}

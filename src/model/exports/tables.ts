// The plan's tables as rows: one definition used by the CSV export, the CLI and print.
import type { Plan } from '../computePlan';
import { PARAMS, PARAM_IDS } from '../assumptions';
import type { CsvTable } from './csv';

export function staffingTable(plan: Plan): CsvTable {
  return {
    header: ['role_id', 'role', 'caps_label', 'driver', 'driver_value', 'caseload', 'fte', 'headcount', 'salary', 'annual_cost', 'included', 'part_time_need', 'minimum_applied'],
    rows: plan.roles.map((r) => [
      r.id,
      r.label,
      r.capsLabel ?? '',
      r.driver.label,
      r.driver.value,
      r.ratio,
      r.fte,
      r.headcount,
      r.salary,
      r.cost,
      r.enabled,
      r.partTimeNeed,
      r.minimumApplied,
    ]),
  };
}

export function budgetTable(plan: Plan): CsvTable {
  return {
    header: ['line_id', 'line', 'amount', 'share_of_total', 'how_computed'],
    rows: [
      ...plan.budget.lines.map((l) => [l.id, l.label, l.amount, l.share, plan.working[`line.${l.id}`].formula]),
      ['total', 'Total', plan.budget.total, plan.budget.total > 0 ? 1 : 0, 'Sum of the lines'],
    ],
  };
}

export function assumptionsTable(plan: Plan): CsvTable {
  const changed = new Set(plan.overrides.map((o) => o.id));
  return {
    header: ['parameter_id', 'parameter', 'value', 'changed_from_preset', 'source', 'citation'],
    rows: PARAM_IDS.map((id) => [id, PARAMS[id].label, plan.assumptions[id], changed.has(id), PARAMS[id].source.label, PARAMS[id].source.citation]),
  };
}

// The plan's tables as the Export menu's CSV files (through the export registry): staffing,
// budget, assumptions, years, funding and hires, one file each. The command line's --format csv is
// a different file — one long table of every section, tagged by row — laid out in
// src/cli/render/csv.ts; neither layout is a subset of the other, so both are kept as they are.
import { readerCitation } from '../paramSpec';
import { explainPlan, type Plan } from '../plan';
import { PARAMS, PARAM_IDS } from '../assumptions';
import { BUDGET_LINE_IDS, ROLE_IDS } from '../roles';
import { fiscalYearOf, type MultiYearPlan } from '../multiYear';
import { wholePeople } from '../format';
import { FUNDING_KINDS, type FundingPicture, type HiresNeeded } from '../funding';
import type { CsvTable } from './csv';

/**
 * The staffing table as the page shows it: a person opens this file in a spreadsheet, so the count
 * of people that drives each role (participants, hospital clients, frontline staff, residents) is
 * whole, as on the page; FTE, a measure of work, keeps its decimals. The exact counts are in the
 * "Why this number?" working and the command line's JSON and CSV.
 */
export function staffingTable(plan: Plan): CsvTable {
  return {
    header: ['role_id', 'role', 'caps_label', 'driver', 'driver_value', 'caseload', 'fte', 'headcount', 'salary', 'annual_cost', 'included', 'part_time_need', 'minimum_applied'],
    rows: plan.roles.map((r) => [
      r.id,
      r.label,
      r.capsLabel ?? '',
      r.driver.label,
      wholePeople(r.driver.value),
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
      ...plan.budget.lines.map((l) => [l.id, l.label, l.amount, l.share, explainPlan(plan)[`line.${l.id}`].formula]),
      ['total', 'Total', plan.budget.total, plan.budget.total > 0 ? 1 : 0, 'Sum of the lines'],
    ],
  };
}

export function assumptionsTable(plan: Plan): CsvTable {
  const changed = new Set(plan.overrides.map((o) => o.id));
  return {
    header: ['parameter_id', 'parameter', 'value', 'changed_from_preset', 'source', 'citation'],
    rows: PARAM_IDS.map((id) => [id, PARAMS[id].label, plan.assumptions[id], changed.has(id), PARAMS[id].source.label, readerCitation(PARAMS[id].source.citation)]),
  };
}

/** One row per fiscal year: share, people per role, every line and the total; then the cumulative total. */
export function yearsTable(multi: MultiYearPlan): CsvTable {
  return {
    header: ['fiscal_year', 'share', ...ROLE_IDS.map((id) => `${id}_headcount`), 'total_staff', ...BUDGET_LINE_IDS, 'total'],
    rows: [
      ...multi.years.map((y, i) => [
        fiscalYearOf(multi, i),
        y.year?.share ?? 1,
        ...ROLE_IDS.map((id) => y.roles.find((r) => r.id === id)?.headcount ?? 0),
        y.totalHeadcount,
        ...BUDGET_LINE_IDS.map((id) => y.budget.lines.find((l) => l.id === id)?.amount ?? 0),
        y.budget.total,
      ]),
      ['cumulative', null, ...ROLE_IDS.map(() => null), null, ...BUDGET_LINE_IDS.map(() => null), multi.cumulativeTotal],
    ],
  };
}

export function fundingTable(picture: FundingPicture): CsvTable {
  return {
    header: ['fiscal_year', 'budget', 'funded', ...FUNDING_KINDS, 'gap', 'surplus', 'funded_share'],
    rows: picture.years.map((y) => [y.fiscalYear, y.total, y.funded, ...FUNDING_KINDS.map((k) => y.byKind[k]), y.gap, y.surplus, y.fundedShare]),
  };
}

export function hiresTable(hires: readonly HiresNeeded[]): CsvTable {
  return {
    header: ['role_id', 'role', 'planned', 'current', 'hires_needed'],
    rows: hires.map((h) => [h.id, h.label, h.planned, h.current, h.hires]),
  };
}

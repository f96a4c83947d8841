// --format csv: one plan as a long table (staffing rows, budget rows, summary figures and what the
// flags add, each row tagged with its table), and a batch as one row per place (the place table).

import { fiscalYearOf, formatQuantity, type Plan, type UncertaintyResult } from '../../model';
import { cents, rowsToCsv as toCsv, type CsvValue as CsvCell } from '../../model/exports/csv';
import { placeTableHeader, placeTableLineIds, placeTableRow } from '../../model/exports/placeTable';
import { NO_BATCH_EXTRAS, NO_EXTRAS, type BatchExtras, type PlanExtras, type PlannedRow } from './extras';
import { assertFinite } from './finite';
import { costOfViolenceJson, fundingJson, planJson, sensitivityJson, uncertaintyJson, yearsJson } from './json';
import { amountText } from './text';

const PLAN_CSV_HEADER = [
  'table',
  'id',
  'label',
  'driver',
  'driver_value',
  'ratio',
  'fte',
  'headcount',
  'part_time_need',
  'salary',
  'amount',
  'value',
] as const;

const PERCENTILE_ROWS = [
  ['p10', '10th percentile'],
  ['p50', '50th percentile (median)'],
  ['p90', '90th percentile'],
  ['min', 'lowest'],
  ['max', 'highest'],
] as const;

export function renderPlanCsv(plan: Plan, extras: PlanExtras = NO_EXTRAS): string {
  assertFinite(planJson(plan));
  assertFinite({ cov: costOfViolenceJson(extras.costOfViolence), multi: extras.multi ? yearsJson(extras.multi) : null, funding: extras.funding ? fundingJson(extras.funding) : null });
  // With --years every row gets a last column, "year" (the fiscal year of year rows, else empty).
  const withYear = extras.multi !== null;
  const rows: CsvCell[][] = [withYear ? [...PLAN_CSV_HEADER, 'year'] : [...PLAN_CSV_HEADER]];
  for (const r of plan.roles) {
    rows.push(['staffing', r.id, r.label, r.driver.label, r.driver.value, r.ratio, r.fte, r.headcount, r.partTimeNeed, cents(r.salary), r.cost, null]);
  }
  rows.push(['staffing', 'total', 'Total staff', null, null, null, plan.totalFte, plan.totalHeadcount, null, null, plan.budget.staffingCost, null]);
  for (const l of plan.budget.lines) rows.push(['budget', l.id, l.label, null, null, null, null, null, null, null, l.amount, null]);
  rows.push(['budget', 'total', 'Total annual budget', null, null, null, null, null, null, null, plan.budget.total, null]);
  const summary: [string, string, number | null][] = [
    ['highRiskPopulation', 'High-risk population', plan.highRiskPopulation],
    ['participants', 'Participants', plan.participants],
    ['hospitalClients', 'Hospital clients a year', plan.hospitalClients],
    ['costPerParticipant', 'Cost per participant', plan.costPerParticipant === null ? null : cents(plan.costPerParticipant)],
    ['costPerResident', 'Cost per resident', cents(plan.costPerResident)],
    ['staffPer100k', 'Staff per 100,000 residents', plan.staffPer100k],
  ];
  for (const [id, label, value] of summary) rows.push(['summary', id, label, null, null, null, null, null, null, null, null, value]);
  const cov = extras.costOfViolence;
  if (cov) {
    rows.push(['summary', 'annualTaxpayerCost', 'Annual taxpayer cost of shootings', null, null, null, null, null, null, null, cov.annualTaxpayerCost, null]);
    rows.push(['summary', 'breakEvenShare', 'Share of shootings the plan would need to prevent to pay for itself', null, null, null, null, null, null, null, null, cov.breakEvenShare]);
    rows.push(['summary', 'breakEvenShootings', 'Shootings a year the plan would need to prevent to pay for itself', null, null, null, null, null, null, null, null, cov.breakEvenShootings]);
  }
  if (extras.hires) {
    for (const h of extras.hires) rows.push(['current-staff', h.id, h.label, null, null, null, null, h.current, null, null, null, null]);
    for (const h of extras.hires) rows.push(['hires', h.id, h.label, null, null, null, null, h.hires, null, null, null, null]);
  }
  const sens = extras.sensitivity;
  if (sens) {
    assertFinite(sensitivityJson(sens), 'sensitivity');
    const pct = formatQuantity(sens.amount * 100);
    rows.push(['sensitivity', 'base', `Total annual budget as planned (each assumption then moved ${amountText(sens.amount)})`, null, null, null, null, null, null, null, sens.base, sens.amount]);
    for (const r of sens.results) {
      rows.push(['sensitivity', `${r.assumption}:low`, `${r.label}, down ${pct}% (${r.lowSetting})`, null, null, null, null, null, null, null, r.low, null]);
      rows.push(['sensitivity', `${r.assumption}:high`, `${r.label}, up ${pct}% (${r.highSetting})`, null, null, null, null, null, null, null, r.high, null]);
    }
  }
  const unc = extras.uncertainty;
  if (unc) {
    assertFinite(uncertaintyJson(unc), 'uncertainty');
    rows.push(['uncertainty', 'draws', 'Draws', null, null, null, null, null, null, null, null, unc.draws]);
    rows.push(['uncertainty', 'seed', 'Seed', null, null, null, null, null, null, null, null, unc.seed]);
    for (const [key, label] of PERCENTILE_ROWS) {
      rows.push(['uncertainty', `total-${key}`, `Total annual budget, ${label} of the draws`, null, null, null, null, null, null, null, unc.total[key], null]);
    }
    for (const [key, label] of PERCENTILE_ROWS.slice(0, 3)) {
      rows.push(['uncertainty', `staff-${key}`, `Total staff, ${label} of the draws`, null, null, null, null, null, null, null, null, unc.staff[key]]);
    }
  }
  const multi = extras.multi;
  if (multi) {
    for (const row of rows) if (row !== rows[0]) row.push(null);
    multi.years.forEach((y, i) => {
      const fy = fiscalYearOf(multi, i);
      const share = y.year?.share ?? 1;
      for (const r of y.roles) rows.push(['year-staffing', r.id, r.label, null, null, null, r.fte, r.headcount, r.partTimeNeed, cents(r.salary), r.cost, share, fy]);
      rows.push(['year-staffing', 'total', 'Total staff', null, null, null, y.totalFte, y.totalHeadcount, null, null, y.budget.staffingCost, share, fy]);
      for (const l of y.budget.lines) rows.push(['year', l.id, l.label, null, null, null, null, null, null, null, l.amount, share, fy]);
      rows.push(['year', 'total', `Total budget, ${fy}`, null, null, null, null, y.totalHeadcount, null, null, y.budget.total, share, fy]);
    });
    rows.push(['year', 'cumulative', multi.cumulativeWorking.label, null, null, null, null, null, null, null, multi.cumulativeTotal, null, null]);
    if (extras.funding) {
      for (const y of extras.funding.years) {
        rows.push(['funding', 'funded', 'Funded', null, null, null, null, null, null, null, y.funded, y.fundedShare, y.fiscalYear]);
        rows.push(['funding', 'gap', 'Unfunded gap', null, null, null, null, null, null, null, y.gap, null, y.fiscalYear]);
      }
      rows.push(['funding', 'total-gap', 'Total unfunded gap', null, null, null, null, null, null, null, extras.funding.totalGap, null, null]);
    }
  }
  return toCsv(rows);
}

/** The columns --uncertainty adds to a batch CSV, after every other column. */
const BATCH_UNCERTAINTY_COLUMNS = ['total_p10', 'total_p50', 'total_p90', 'staff_p10', 'staff_p50', 'staff_p90'] as const;

function batchCsvHeader(lineIds: readonly string[], extras: BatchExtras = NO_BATCH_EXTRAS): string[] {
  return [...placeTableHeader(lineIds), 'cost_per_resident', 'staff_per_100k', ...(extras.uncertainty ? BATCH_UNCERTAINTY_COLUMNS : [])];
}

/** A place's p10/p50/p90 of the total and of staff (empty cells if it has none). */
function uncertaintyCells(u: UncertaintyResult | null | undefined): CsvCell[] {
  if (!u) return BATCH_UNCERTAINTY_COLUMNS.map(() => null);
  assertFinite(uncertaintyJson(u), 'uncertainty');
  return [u.total.p10, u.total.p50, u.total.p90, u.staff.p10, u.staff.p50, u.staff.p90];
}

/** One row per planned place: the place table (as the portfolio's CSV), then what a batch adds. */
export function renderBatchCsv(rows: readonly PlannedRow[], extras: BatchExtras = NO_BATCH_EXTRAS): string {
  const plans = rows.flatMap((r) => (r.plan ? [{ row: r, plan: r.plan }] : []));
  const lineIds = placeTableLineIds(plans.map(({ plan }) => plan));
  const out: CsvCell[][] = [batchCsvHeader(lineIds, extras)];
  for (const { row, plan } of plans) {
    assertFinite(planJson(plan));
    out.push([
      ...placeTableRow(row, plan.input, plan, lineIds),
      cents(plan.costPerResident),
      plan.staffPer100k,
      ...(extras.uncertainty ? uncertaintyCells(row.uncertainty) : []),
    ]);
  }
  return toCsv(out);
}

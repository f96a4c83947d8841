// --format json: one plan (or a batch) as JSON. Every number is a field of the Plan returned by
// computePlan (or of what the model computed beside it); checked finite before it is printed.
import { capsReferenceOf, costOfViolence, explainPlan, type CostOfViolence, type FundingPicture, type MultiYearPlan, type Plan, type UncertaintyResult, fiscalYearOf } from '../../model';
import type { SingleInput } from '../inputs';
import { NO_EXTRAS, type PlanExtras, type PlannedRow, type SensitivityAnalysis } from './extras';
import { assertFinite } from './finite';
import { BENCHMARKS } from '../../model/benchmarkData';
import { realityCheck } from '../../model/realityCheck';

/** The plan as one JSON-ready object: every figure of the Plan, its working and its input. */
export function planJson(plan: Plan): Record<string, unknown> {
  const json = {
    preset: plan.preset,
    input: plan.input,
    overrides: plan.overrides,
    highRiskPopulation: plan.highRiskPopulation,
    participants: plan.participants,
    hospitalClients: plan.hospitalClients,
    hospitalClientsGiven: plan.hospitalClientsGiven,
    sites: plan.sites,
    roles: plan.roles.map((r) => ({ ...r, driver: { ...r.driver } })),
    frontlineHeadcount: plan.frontlineHeadcount,
    totalHeadcount: plan.totalHeadcount,
    totalFte: plan.totalFte,
    budget: {
      lines: plan.budget.lines.map((l) => ({ ...l })),
      staffingCost: plan.budget.staffingCost,
      mtdc: plan.budget.mtdc,
      total: plan.budget.total,
    },
    costPerParticipant: plan.costPerParticipant,
    costPerResident: plan.costPerResident,
    staffPer100k: plan.staffPer100k,
    warnings: plan.warnings.map((w) => ({ field: w.field, message: w.message })),
    assumptions: plan.assumptions,
    working: explainPlan(plan),
  };
  assertFinite(json);
  return json;
}

/**
 * The reality check (docs/methodology.md §12): per metric the plan's own figure (null when it has
 * nothing to divide by, or outside site-based plans for staff per site) and the benchmarks' spread.
 */
export function benchmarksJson(plan: Plan): Record<string, unknown>[] {
  return realityCheck(plan, BENCHMARKS).metrics.map((m) => ({
    metric: m.id,
    plan: m.plan,
    low: m.range?.low ?? null,
    median: m.range?.median ?? null,
    high: m.range?.high ?? null,
    count: m.range?.count ?? 0,
  }));
}

/** The sensitivity results as printed: largest swing first (the model's order). */
export function sensitivityJson(s: SensitivityAnalysis): Record<string, unknown>[] {
  return s.results.map((r) => ({
    assumption: r.assumption,
    label: r.label,
    low: r.low,
    high: r.high,
    lowSetting: r.lowSetting,
    highSetting: r.highSetting,
  }));
}

/** The Monte Carlo summary as printed: percentiles of the total and of staff, and what was drawn. */
export function uncertaintyJson(u: UncertaintyResult): Record<string, unknown> {
  return {
    draws: u.draws,
    seed: u.seed,
    p10: u.total.p10,
    p50: u.total.p50,
    p90: u.total.p90,
    min: u.total.min,
    max: u.total.max,
    staff: { p10: u.staff.p10, p50: u.staff.p50, p90: u.staff.p90 },
    ranges: u.ranges.map((r) => ({ id: r.id, label: r.label, low: r.low, high: r.high, basis: r.basis })),
  };
}

export function costOfViolenceJson(cov: CostOfViolence | null): Record<string, unknown> | null {
  if (!cov) return null;
  return {
    annualTaxpayerCost: cov.annualTaxpayerCost,
    breakEvenShare: cov.breakEvenShare,
    breakEvenShootings: cov.breakEvenShootings,
    basis: cov.basis,
    fatalShootings: cov.fatalShootings,
    nonfatalShootings: cov.nonfatalShootings,
    working: cov.working,
  };
}

export function yearsJson(multi: MultiYearPlan): Record<string, unknown>[] {
  return multi.years.map((y, i) => ({
    year: fiscalYearOf(multi, i),
    share: y.year?.share ?? 1,
    roles: y.roles.map((r) => ({ id: r.id, headcount: r.headcount, salary: r.salary, cost: r.cost })),
    totalHeadcount: y.totalHeadcount,
    lines: y.budget.lines.map((l) => ({ id: l.id, amount: l.amount })),
    total: y.budget.total,
  }));
}

export function fundingJson(funding: FundingPicture): Record<string, unknown> {
  return {
    years: funding.years.map((y) => ({
      year: y.fiscalYear,
      total: y.total,
      funded: y.funded,
      gap: y.gap,
      surplus: y.surplus,
      fundedShare: y.fundedShare,
      byKind: y.byKind,
    })),
    totalGap: funding.totalGap,
    callouts: funding.callouts,
  };
}

/** The JSON of one plan with what --years and the plan file add; checked finite. */
export function singleJsonObject(plan: Plan, single: SingleInput, extras: PlanExtras = NO_EXTRAS): Record<string, unknown> {
  const city = single.city
    ? { city: { key: `${single.city.city.name}, ${single.city.city.state}`, provenance: single.city.provenance } }
    : {};
  const json: Record<string, unknown> = { ...city, ...planJson(plan), capsReference: capsReferenceOf(plan.input), costOfViolence: costOfViolenceJson(extras.costOfViolence), benchmarks: benchmarksJson(plan) };
  if (extras.multi) {
    json.startYear = extras.multi.startYear;
    json.years = yearsJson(extras.multi);
    json.cumulativeTotal = extras.multi.cumulativeTotal;
  }
  if (extras.funding) json.funding = fundingJson(extras.funding);
  if (extras.hires) json.hiresNeeded = extras.hires.map((h) => ({ id: h.id, planned: h.planned, current: h.current, hires: h.hires }));
  if (extras.sensitivity) {
    json.sensitivityBase = extras.sensitivity.base;
    json.sensitivityAmount = extras.sensitivity.amount;
    json.sensitivity = sensitivityJson(extras.sensitivity);
  }
  if (extras.uncertainty) json.uncertainty = uncertaintyJson(extras.uncertainty);
  assertFinite(json);
  return json;
}

export function singleJson(plan: Plan, single: SingleInput, extras: PlanExtras = NO_EXTRAS): string {
  return `${JSON.stringify(singleJsonObject(plan, single, extras), null, 2)}\n`;
}

export function renderBatchJson(rows: readonly PlannedRow[]): string {
  const places = rows.flatMap((r) =>
    r.plan
      ? [
          {
            line: r.line,
            name: r.name,
            state: r.state,
            ...planJson(r.plan),
            capsReference: capsReferenceOf(r.plan.input),
            costOfViolence: costOfViolenceJson(costOfViolence(r.plan)),
            ...(r.uncertainty ? { uncertainty: uncertaintyJson(r.uncertainty) } : {}),
          },
        ]
      : [],
  );
  assertFinite(places);
  return `${JSON.stringify(places, null, 2)}\n`;
}

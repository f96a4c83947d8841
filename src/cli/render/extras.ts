// What one plan's output (and a batch's) adds to the plan itself: the multi-year plan, funding,
// current staff, cost of violence and the analyses, all computed by the model before rendering.
import type {
  CostOfViolence,
  CurrentStaffing,
  FundingPicture,
  FundingSource,
  HiresNeeded,
  MultiYearPlan,
  Plan,
  sensitivity,
  UncertaintyResult,
} from '../../model';

/**
 * What one plan's output adds to the plan at full strength: the multi-year plan (--years), the
 * plan file's funding and current staffing, and the cost of violence. All computed by the model.
 */
export interface PlanExtras {
  /** With --years: the plan year by year. */
  readonly multi: MultiYearPlan | null;
  /** With --years and a plan file that has funding sources: the funded share and gap each year. */
  readonly funding: FundingPicture | null;
  /** With a plan file that records current staffing: hires needed per role for the full plan. */
  readonly hires: readonly HiresNeeded[] | null;
  /** The full-strength plan against the taxpayer cost of the place's shootings; null without counts. */
  readonly costOfViolence: CostOfViolence | null;
  /** Funding sources in the plan file left out because --years was not given (0 if none). */
  readonly fundingSourcesWithoutYears: number;
  /** The plan file's funding sources and current staffing as entered (for the workbook's formulas). */
  readonly fundingSources: readonly FundingSource[];
  readonly currentStaffing: CurrentStaffing;
  /** With --sensitivity: the full-strength total with each key assumption moved down and up. */
  readonly sensitivity: SensitivityAnalysis | null;
  /** With --uncertainty N: the Monte Carlo ranges of the full-strength total and staff. */
  readonly uncertainty: UncertaintyResult | null;
}

/** What the model's sensitivity() returns: the base total, the amount and one result per assumption. */
export type SensitivityAnalysis = ReturnType<typeof sensitivity>;

export const NO_EXTRAS: PlanExtras = {
  multi: null,
  funding: null,
  hires: null,
  costOfViolence: null,
  fundingSourcesWithoutYears: 0,
  fundingSources: [],
  currentStaffing: {},
  sensitivity: null,
  uncertainty: null,
};

export interface PlannedRow {
  readonly line: number;
  readonly name: string;
  readonly state: string;
  /** null when the row could not be planned (its problems went to standard error). */
  readonly plan: Plan | null;
  /** With --uncertainty N: the place's ranges (null when not asked for or not planned). */
  readonly uncertainty?: UncertaintyResult | null;
}

/** What a batch adds to every place: with --uncertainty, its draws and seed (the same for every place). */
export interface BatchExtras {
  readonly uncertainty: { readonly draws: number; readonly seed: number } | null;
}

export const NO_BATCH_EXTRAS: BatchExtras = { uncertainty: null };

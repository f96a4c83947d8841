// The figures of the council brief (issue 12): the year-1 request, the multi-year total, what is
// funded and what is not yet, headcount by role, the assumptions changed from the defaults with
// their sources, and the CAPS comparison at the plan's own reach. Read from the plan objects the
// planner already computes (computePlan, computeMultiYear, fundingPicture, capsReferenceOf); the
// print layout only lays these out.
import { type FundingPicture } from './funding';
import { fiscalYearOf, type MultiYearPlan } from './multiYear';
import { formatParamValue } from './overrides';
import { PARAMS } from './assumptions';
import { capsReferenceOf, type CapsReference, type Plan } from './plan';
import type { ParamId } from './assumptions';
import type { Source } from './paramSpec';
import type { RoleId } from './roles';
import type { Benchmark } from './benchmarks';
import { realityCheck, type RealityCheck } from './realityCheck';

export interface BriefYear {
  readonly fiscalYear: number;
  /** Share of full staffing this year, 0–1. */
  readonly share: number;
  readonly total: number;
  readonly totalHeadcount: number;
  /** Committed money applied to this year's budget (at most the total); null without funding sources. */
  readonly committed: number | null;
  /** The part of this year's budget no source covers; null without funding sources. */
  readonly notYetFunded: number | null;
}

export interface BriefRole {
  readonly id: RoleId;
  readonly label: string;
  /** Whole people in year 1 and at full strength. */
  readonly yearOneHeadcount: number;
  readonly fullStrengthHeadcount: number;
  readonly partTimeNeed: boolean;
}

export interface BriefAssumption {
  readonly id: ParamId;
  readonly label: string;
  readonly value: string;
  readonly defaultValue: string;
  /** The source of the default this plan replaced. */
  readonly source: Source;
}

export interface CouncilBriefFigures {
  readonly yearOne: BriefYear;
  readonly years: readonly BriefYear[];
  readonly firstYear: number;
  readonly lastYear: number;
  readonly multiYearTotal: number;
  /** Over the whole horizon; null when no funding source has been entered. */
  readonly funding: { readonly committed: number; readonly notYetFunded: number; readonly surplus: number } | null;
  /** One-time start-up costs inside the year-1 request (recruitment, academy, equipment); 0 when off. */
  readonly yearOneStartup: number;
  /** Yearly growth of salaries and of other costs: why a later year can cost more than full strength today. */
  readonly salaryGrowth: number;
  readonly costGrowth: number;
  /** The plan at full strength, at year-1 salaries and prices. */
  readonly fullStrengthTotal: number;
  readonly fullStrengthHeadcount: number;
  readonly roles: readonly BriefRole[];
  readonly changedAssumptions: readonly BriefAssumption[];
  /** The CAPS method at the plan's own service and hospital reach (docs/methodology.md §5). */
  readonly caps: CapsReference;
  /** The plan at full strength beside what real programs spend (docs/methodology.md §12). */
  readonly realityCheck: RealityCheck;
}

/**
 * The brief's figures for a plan at full strength, its multi-year plan, when funding sources were
 * entered their funding picture, and the benchmarks of the reality check (passed in: the print view
 * loads the shipped file). Every figure is one the model already computed; sums over years are the
 * only arithmetic here.
 */
export function councilBriefFigures(plan: Plan, multi: MultiYearPlan, money: FundingPicture | null, benchmarks: readonly Benchmark[]): CouncilBriefFigures {
  const years: BriefYear[] = multi.years.map((y, i) => {
    const f = money?.years[i];
    return {
      fiscalYear: fiscalYearOf(multi, i),
      share: y.year?.share ?? 1,
      total: y.budget.total,
      totalHeadcount: y.totalHeadcount,
      committed: f ? f.total - f.gap : null,
      notYetFunded: f ? f.gap : null,
    };
  });
  const first = multi.years[0] ?? plan;
  const yearOne = years[0] ?? { fiscalYear: multi.startYear, share: 1, total: plan.budget.total, totalHeadcount: plan.totalHeadcount, committed: null, notYetFunded: null };
  const funding = money
    ? {
        committed: money.totalApplied,
        notYetFunded: money.totalGap,
        surplus: money.totalSurplus,
      }
    : null;
  const roles: BriefRole[] = plan.roles
    .filter((r) => r.enabled)
    .map((r) => ({
      id: r.id,
      label: r.label,
      yearOneHeadcount: first.roles.find((y) => y.id === r.id)?.headcount ?? 0,
      fullStrengthHeadcount: r.headcount,
      partTimeNeed: r.partTimeNeed,
    }));
  const changedAssumptions: BriefAssumption[] = plan.overrides.map((o) => ({
    id: o.id,
    label: PARAMS[o.id].label,
    value: formatParamValue(o.id, o.value),
    defaultValue: formatParamValue(o.id, o.presetValue),
    source: PARAMS[o.id].source,
  }));
  return {
    yearOne,
    years,
    firstYear: yearOne.fiscalYear,
    lastYear: years[years.length - 1]?.fiscalYear ?? yearOne.fiscalYear,
    multiYearTotal: multi.cumulativeTotal,
    funding,
    yearOneStartup: first.budget.lines.find((l) => l.id === 'startup')?.amount ?? 0,
    salaryGrowth: plan.assumptions.salaryGrowth,
    costGrowth: plan.assumptions.costGrowth,
    fullStrengthTotal: plan.budget.total,
    fullStrengthHeadcount: plan.totalHeadcount,
    roles,
    changedAssumptions,
    caps: capsReferenceOf(plan.input),
    realityCheck: realityCheck(plan, benchmarks),
  };
}

// Multi-year plan (docs/methodology.md §6 as made precise by issue 5): a horizon of 1–10 fiscal years,
// a ramp-up share of full staffing per year, salary and cost growth, one-time start-up costs.
// Each year is a Plan (computePlan with a YearSpec), so every year has its own working.
import { z } from 'zod';
import type { AssumptionOverrides } from './assumptions';
import { computePlan, type Plan, type Working } from './plan';
import type { PlanInput } from './inputFields';

export const MAX_YEARS = 10;
/** Default ramp: 50%, 75%, then 100% for every later year. */
const DEFAULT_RAMP: readonly number[] = [0.5, 0.75, 1];

export interface MultiYearSettings {
  /** First fiscal year; null means "next calendar year" when the plan is opened. */
  readonly startYear: number | null;
  readonly years: number;
  /** Share of full staffing per year (fractions); years beyond the list are at 100%. */
  readonly ramp: readonly number[];
}

export const DEFAULT_MULTI_YEAR: MultiYearSettings = { startYear: null, years: 3, ramp: DEFAULT_RAMP };

const yearRule = 'Start year must be a whole number from 2000 to 2100.';
const horizonRule = `Years must be a whole number from 1 to ${MAX_YEARS}.`;
const shareRule = 'Each ramp-up share must be a percentage from 0 to 100.';

export const multiYearSchema = z.object({
  startYear: z.number({ error: yearRule }).int({ error: yearRule }).min(2000, { error: yearRule }).max(2100, { error: yearRule }).nullable(),
  years: z.number({ error: horizonRule }).int({ error: horizonRule }).min(1, { error: horizonRule }).max(MAX_YEARS, { error: horizonRule }),
  ramp: z.array(z.number({ error: shareRule }).min(0, { error: shareRule }).max(1, { error: shareRule }), { error: shareRule }).max(MAX_YEARS, { error: `At most ${MAX_YEARS} ramp-up shares.` }),
});

export function rampShare(settings: MultiYearSettings, index: number): number {
  return settings.ramp[index] ?? 1;
}

/** The start year a plan uses: its own, or the calendar year after `today`. */
export function resolveStartYear(settings: MultiYearSettings, currentYear: number): number {
  return settings.startYear ?? currentYear + 1;
}

export interface MultiYearPlan {
  readonly startYear: number;
  readonly years: readonly Plan[];
  readonly cumulativeTotal: number;
  readonly cumulativeWorking: Working;
}

/**
 * The fiscal year the year at `index` of a multi-year plan stands for. The one definition of it:
 * the command line, the exports and the screens all read a year's label through it.
 */
export function fiscalYearOf(multi: MultiYearPlan, index: number): number {
  return multi.years[index]?.year?.fiscalYear ?? multi.startYear + index;
}

export function computeMultiYear(input: PlanInput, overrides: AssumptionOverrides, settings: MultiYearSettings, currentYear: number): MultiYearPlan {
  const startYear = resolveStartYear(settings, currentYear);
  const years: Plan[] = [];
  for (let index = 0; index < settings.years; index++) {
    years.push(computePlan(input, overrides, { index, fiscalYear: startYear + index, share: rampShare(settings, index) }));
  }
  let cumulativeTotal = 0;
  for (const y of years) cumulativeTotal += y.budget.total;
  return {
    startYear,
    years,
    cumulativeTotal,
    cumulativeWorking: {
      label: `Cumulative total, ${startYear}–${startYear + settings.years - 1}`,
      formula: 'Sum of each year’s total budget',
      terms: years.map((y) => ({ name: `Total ${y.year?.fiscalYear ?? ''}`, value: y.budget.total, unit: 'usd' as const })),
      value: cumulativeTotal,
      unit: 'usd',
    },
  };
}

/**
 * What is said beside a full-strength total (the headline, the command line's table): the first
 * year of the ramp-up (always: even a one-year plan's year 1 is a ramp-up year, and it is what the
 * brief, worksheet and narrative ask for) and, when the plan has two years or more, the total over
 * every year (`years` > 1).
 */
export interface RampSummary {
  readonly firstYear: { readonly fiscalYear: number; readonly share: number; readonly total: number };
  readonly years: number;
  readonly lastFiscalYear: number;
  readonly cumulativeTotal: number;
}

export function rampSummaryOf(multi: MultiYearPlan): RampSummary | null {
  const first = multi.years[0];
  if (!first) return null;
  return {
    firstYear: { fiscalYear: fiscalYearOf(multi, 0), share: first.year?.share ?? 1, total: first.budget.total },
    years: multi.years.length,
    lastFiscalYear: fiscalYearOf(multi, multi.years.length - 1),
    cumulativeTotal: multi.cumulativeTotal,
  };
}

// What the city has today and who pays (docs/methodology.md §7, issue 5): current staffing → hires needed,
// funding sources by year → funded share and the gap, and the gaps that open when a source ends.
import { z } from 'zod';
import { fiscalYearOf, type MultiYearPlan } from './multiYear';
import type { Plan } from './plan';
import { ROLE_IDS, type RoleId } from './roles';
import { formatUsd } from './format';

export const FUNDING_KINDS = ['city-general-fund', 'state', 'federal', 'philanthropy', 'medicaid', 'other'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

export const FUNDING_KIND_LABELS: Readonly<Record<FundingKind, string>> = {
  'city-general-fund': 'City general fund',
  state: 'State',
  federal: 'Federal (e.g. BJA CVIPI awards)',
  philanthropy: 'Philanthropy',
  medicaid: 'Medicaid reimbursement',
  other: 'Other',
};

export interface FundingSource {
  readonly name: string;
  readonly kind: FundingKind;
  /** Dollars a year while the source lasts. */
  readonly annualAmount: number;
  readonly firstYear: number;
  /** Last fiscal year the money is available (e.g. 2026 for relief money spent by 2026-12-31); null = ongoing. */
  readonly lastYear: number | null;
}

export type CurrentStaffing = Partial<Record<RoleId, number>>;

const amountRule = 'Annual amount must be whole dollars from 0 to 10,000,000,000.';
const yearRule = (what: string) => `${what} must be a whole number from 2000 to 2100.`;

export const fundingSourceSchema = z
  .object({
    name: z.string({ error: 'Funding source name must be text.' }).trim().min(1, { error: 'Funding source name is required.' }).max(120, { error: 'Funding source name must be at most 120 characters.' }),
    kind: z.enum(FUNDING_KINDS, { error: `Funding kind must be one of: ${FUNDING_KINDS.join(', ')}.` }),
    annualAmount: z.number({ error: amountRule }).int({ error: amountRule }).min(0, { error: amountRule }).max(10_000_000_000, { error: amountRule }),
    firstYear: z.number({ error: yearRule('First year') }).int({ error: yearRule('First year') }).min(2000, { error: yearRule('First year') }).max(2100, { error: yearRule('First year') }),
    lastYear: z.number({ error: yearRule('Last year') }).int({ error: yearRule('Last year') }).min(2000, { error: yearRule('Last year') }).max(2100, { error: yearRule('Last year') }).nullable(),
  })
  .refine((s) => s.lastYear === null || s.lastYear >= s.firstYear, { error: 'Last year must not be before the first year.', path: ['lastYear'] });

const staffRule = 'Current staff must be a whole number from 0 to 100,000.';
export const currentStaffingSchema = z.partialRecord(
  z.enum(ROLE_IDS),
  z.number({ error: staffRule }).int({ error: staffRule }).min(0, { error: staffRule }).max(100_000, { error: staffRule }),
);

export const MAX_FUNDING_SOURCES = 50;
export const fundingSchema = z.array(fundingSourceSchema).max(MAX_FUNDING_SOURCES, { error: `At most ${MAX_FUNDING_SOURCES} funding sources.` });

export interface HiresNeeded {
  readonly id: RoleId;
  readonly label: string;
  readonly planned: number;
  readonly current: number;
  /** Never negative: a role already above plan needs no hires. */
  readonly hires: number;
}

export function hiresNeeded(plan: Plan, current: CurrentStaffing): HiresNeeded[] {
  return plan.roles.map((r) => {
    const have = current[r.id] ?? 0;
    return { id: r.id, label: r.label, planned: r.headcount, current: have, hires: Math.max(0, r.headcount - have) };
  });
}

/** People to hire across every role. */
export function totalHires(hires: readonly HiresNeeded[]): number {
  let total = 0;
  for (const h of hires) total += h.hires;
  return total;
}

export function isActive(source: FundingSource, fiscalYear: number): boolean {
  return fiscalYear >= source.firstYear && (source.lastYear === null || fiscalYear <= source.lastYear);
}

export interface FundingYear {
  readonly fiscalYear: number;
  readonly total: number;
  readonly funded: number;
  readonly byKind: Readonly<Record<FundingKind, number>>;
  /** Federal money applied to this year's budget (at most the total). */
  readonly federalApplied: number;
  readonly gap: number;
  readonly surplus: number;
  /** Funded share of the year's budget, 0–1 (1 when the budget is 0). */
  readonly fundedShare: number;
  /** Sources whose money stopped after the previous year. */
  readonly ended: readonly FundingSource[];
}

export interface FundingPicture {
  readonly years: readonly FundingYear[];
  readonly totalGap: number;
  /** Committed money the plan can use: each year's funding up to that year's cost (total − gap). */
  readonly totalApplied: number;
  /** Committed money beyond each year's cost, summed over the years. */
  readonly totalSurplus: number;
  /** Plain-language call-outs of gaps that open when a source ends inside the horizon. */
  readonly callouts: readonly string[];
}

export function fundingPicture(multi: MultiYearPlan, sources: readonly FundingSource[]): FundingPicture {
  const years: FundingYear[] = multi.years.map((plan, i) => {
    const fiscalYear = fiscalYearOf(multi, i);
    const byKind = Object.fromEntries(FUNDING_KINDS.map((k) => [k, 0])) as Record<FundingKind, number>;
    for (const s of sources) if (isActive(s, fiscalYear)) byKind[s.kind] += s.annualAmount;
    const funded = FUNDING_KINDS.reduce((sum, k) => sum + byKind[k], 0);
    const total = plan.budget.total;
    return {
      fiscalYear,
      total,
      funded,
      byKind,
      federalApplied: Math.min(byKind.federal, total),
      gap: Math.max(0, total - funded),
      surplus: Math.max(0, funded - total),
      fundedShare: total > 0 ? Math.min(1, funded / total) : 1,
      ended: sources.filter((s) => s.lastYear !== null && s.lastYear === fiscalYear - 1),
    };
  });
  const callouts: string[] = [];
  years.forEach((y, i) => {
    if (i === 0 || y.ended.length === 0) return;
    const names = y.ended.map((s) => `${s.name} (${formatUsd(s.annualAmount)} a year)`).join(' and ');
    callouts.push(`${names} ${y.ended.length === 1 ? 'ends' : 'end'} after ${y.fiscalYear - 1}: in ${y.fiscalYear} the unfunded gap is ${formatUsd(y.gap)}${y.gap > (years[i - 1]?.gap ?? 0) ? `, up from ${formatUsd(years[i - 1]?.gap ?? 0)}` : ''}.`);
  });
  return {
    years,
    totalGap: years.reduce((s, y) => s + y.gap, 0),
    totalApplied: years.reduce((s, y) => s + y.total - y.gap, 0),
    totalSurplus: years.reduce((s, y) => s + y.surplus, 0),
    callouts,
  };
}

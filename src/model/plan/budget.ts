// The annual budget (docs/methodology.md §4, §6 and §10): role costs, the budget lines in their
// public order, modified total direct costs and the indirect line. Every amount is rounded once,
// to whole dollars, where it is computed; the total is the exact sum of the lines.
import type { Assumptions } from '../assumptions';
import { modifiedTotalDirectCosts, type Mtdc } from '../mtdc';
import { BUDGET_LINES, ROLES, type BudgetLineId } from '../roles';
import { roundMoney } from './rounding';
import type { BudgetLinePlan, RolePlan, StartupCosts, YearSpec } from './types';

/** Growth factors of a year of a multi-year plan (1 outside one). */
export interface Growth {
  readonly salary: number;
  readonly cost: number;
}

export function growthOf(a: Assumptions, year: YearSpec | null): Growth {
  return year ? { salary: (1 + a.salaryGrowth) ** year.index, cost: (1 + a.costGrowth) ** year.index } : { salary: 1, cost: 1 };
}

/** The budget and every amount its explanation names. */
export interface BudgetSteps {
  /** The enabled lines in the public line order, each with its share of the total. */
  readonly lines: readonly BudgetLinePlan[];
  readonly frontlineCost: number;
  readonly supervisionCost: number;
  readonly staffingCost: number;
  readonly training: number;
  readonly evaluation: number;
  readonly wraparound: number;
  readonly wellness: number;
  readonly startup: StartupCosts | null;
  readonly mtdc: Mtdc;
  readonly total: number;
}

/** De minimis rates of 2 CFR 200.414(f): 15% for awards made on or after 2024-10-01, 10% before. */
export function deMinimisRate(revisedUniformGuidance: boolean): number {
  return revisedUniformGuidance ? 0.15 : 0.1;
}

/** The indirect rate a plan applies: the de minimis rate for its award date, or a negotiated rate. */
export function indirectRate(a: Assumptions): number {
  return a['indirect.rateBasis'] === 'negotiated' ? a['indirect.rate'] : deMinimisRate(a['indirect.revisedUniformGuidance']);
}

export interface BudgetDrivers {
  readonly participants: number;
  readonly frontlineHeadcount: number;
  readonly totalHeadcount: number;
}

export function budgetOf(a: Assumptions, roles: readonly RolePlan[], d: BudgetDrivers, year: YearSpec | null, growth: Growth): BudgetSteps {
  // Each line's id and amount as it is computed; the line objects are made once the total is known.
  const ids: BudgetLineId[] = [];
  const amounts: number[] = [];
  const add = (id: BudgetLineId, amount: number) => {
    ids.push(id);
    amounts.push(amount);
  };

  let frontlineCost = 0;
  let supervisionCost = 0;
  let cityPersonnelCost = 0;
  for (const r of roles) {
    if (r.budgetLine === 'frontline') frontlineCost += r.cost;
    else supervisionCost += r.cost;
    if (ROLES[r.id].employer === 'city') cityPersonnelCost += r.cost;
  }
  add('frontline', frontlineCost);
  add('supervision-ovp', supervisionCost);
  const staffingCost = frontlineCost + supervisionCost;
  const training = roundMoney(a.trainingRate * staffingCost);
  add('training-ta', training);
  const evaluation = roundMoney(a.evaluationRate * staffingCost);
  add('data-evaluation', evaluation);
  const wraparound = roundMoney(a[participantServicesParam(a)] * d.participants * growth.cost);
  add('wraparound', wraparound);
  if (a['stipends.enabled']) {
    // Participant support costs: a direct cost, but excluded from MTDC below.
    add('stipends', roundMoney(a['stipends.participantShare'] * d.participants * a['stipends.monthlyAmount'] * a['stipends.months'] * growth.cost));
  }
  let wellness = 0;
  if (a['wellness.enabled']) {
    wellness = roundMoney(d.frontlineHeadcount * a['wellness.perWorker'] * growth.cost);
    add('wellness', wellness);
  }
  let startup: StartupCosts | null = null;
  if (year && year.index === 0 && a['startup.enabled']) {
    startup = {
      recruitment: roundMoney(d.totalHeadcount * a['startup.recruitmentPerHire']),
      academy: roundMoney(d.frontlineHeadcount * a['startup.academyPerWorker']),
      equipment: roundMoney(d.totalHeadcount * a['startup.equipmentPerWorker']),
    };
  }

  const mtdc = modifiedTotalDirectCosts({
    roles,
    cityPersonnelCost,
    contractCosts: training + evaluation + (startup?.academy ?? 0),
    // Start-up equipment is below the federal equipment threshold per unit: supplies, which count.
    otherCosts: wraparound + wellness + (startup ? startup.recruitment + startup.equipment : 0),
    revisedUniformGuidance: a['indirect.revisedUniformGuidance'],
    subawardCount: a['indirect.subawardCount'],
  });
  if (a['indirect.enabled']) add('indirect', roundMoney(indirectRate(a) * mtdc.total));
  if (startup) add('startup', startupTotal(startup));

  let total = 0;
  for (const amount of amounts) total += amount;
  const lines: BudgetLinePlan[] = ids.map((id, i) => {
    const amount = amounts[i] ?? 0;
    return { id, label: budgetLineLabel(id, a), amount, share: total > 0 ? amount / total : 0 };
  });
  return { lines, frontlineCost, supervisionCost, staffingCost, training, evaluation, wraparound, wellness, startup, mtdc, total };
}

/**
 * What pays for services to participants: wraparound (CAPS), or under site teams direct assistance
 * to participants (docs/methodology.md §11). Both are the `wraparound` line.
 */
export function participantServicesParam(a: Assumptions): 'wraparoundPerParticipant' | 'directAssistancePerParticipant' {
  return a.staffingModel === 'sites' ? 'directAssistancePerParticipant' : 'wraparoundPerParticipant';
}

/** A line's label in a plan with these assumptions: the `wraparound` line is direct assistance under site teams. */
export function budgetLineLabel(id: BudgetLineId, a: Pick<Assumptions, 'staffingModel'>): string {
  return id === 'wraparound' && a.staffingModel === 'sites' ? DIRECT_ASSISTANCE_LABEL : BUDGET_LINES[id].label;
}
/** A line's label across several plans (scenarios compared): one label, or each distinct one joined by " / ". */
export function sharedLineLabel(id: BudgetLineId, plans: readonly { readonly assumptions: Pick<Assumptions, 'staffingModel'> }[]): string {
  const labels = [...new Set(plans.map((p) => budgetLineLabel(id, p.assumptions)))];
  return labels.length > 0 ? labels.join(' / ') : BUDGET_LINES[id].label;
}

export const DIRECT_ASSISTANCE_LABEL = 'Direct assistance to participants';

/** A line's description in a plan with these assumptions (the `wraparound` line: direct assistance under site teams). */
export function budgetLineDescription(id: BudgetLineId, a: Pick<Assumptions, 'staffingModel'>): string {
  return id === 'wraparound' && a.staffingModel === 'sites'
    ? 'Direct help to participants that site teams arrange: emergency needs, relocation, transport, fees, and services not paid by other public programs.'
    : BUDGET_LINES[id].description;
}

export function startupTotal(startup: StartupCosts): number {
  return startup.recruitment + startup.academy + startup.equipment;
}

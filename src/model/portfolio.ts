// A funder's portfolio (issue 6): many places planned with one methodology and one set of
// assumptions. Every number is each place's own plan; the portfolio only adds them up.
import type { AssumptionOverrides } from './assumptions';
import { computePlan, type Plan } from './plan';
import type { PlanInput } from './inputFields';
import type { PresetId } from './presets';

export interface Portfolio {
  readonly name: string;
  readonly preset: PresetId;
  readonly assumptions: AssumptionOverrides;
  /** Each place's input; the portfolio's preset applies to all. */
  readonly places: readonly PlanInput[];
}

export interface PortfolioResult {
  readonly plans: readonly Plan[];
  readonly total: number;
  readonly staff: number;
  readonly participants: number;
  readonly population: number;
}

export function computePortfolio(portfolio: Portfolio): PortfolioResult {
  let total = 0;
  let staff = 0;
  let participants = 0;
  let population = 0;
  const plans = portfolio.places.map((place) => {
    const plan = computePlan({ ...place, preset: portfolio.preset }, portfolio.assumptions);
    total += plan.budget.total;
    staff += plan.totalHeadcount;
    participants += plan.participants;
    population += place.population;
    return plan;
  });
  return { plans, total, staff, participants, population };
}

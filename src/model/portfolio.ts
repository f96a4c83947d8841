// A funder's portfolio (issue 6): many places planned with one methodology and one set of
// assumptions. Every number is each place's own plan; the portfolio only adds them up. Issue 14:
// one high-risk estimate for every place, and what a funder compares across places
// (portfolioNeed.ts).
import type { AssumptionOverrides } from './assumptions';
import { computePlan, type Plan } from './plan';
import type { PlanInput } from './inputFields';
import type { PresetId } from './presets';
import {
  budgetPerResident,
  costPerHomicide,
  DEFAULT_PORTFOLIO_HIGH_RISK_METHOD,
  homicidesPer100k,
  placeMethod,
  populationOnlyCheck,
  shootingVictimsPer100k,
  type CostPerHomicide,
  type PlaceMethod,
  type PopulationOnlyCheck,
  type PortfolioHighRiskMethod,
  type ShootingVictimsRate,
} from './portfolioNeed';

export interface Portfolio {
  readonly name: string;
  readonly preset: PresetId;
  /** Absent in portfolios saved before the choice: each place's own method, as they were planned then. */
  readonly highRiskMethod?: PortfolioHighRiskMethod;
  readonly assumptions: AssumptionOverrides;
  /** Each place's input; the portfolio's preset applies to all. */
  readonly places: readonly PlanInput[];
}

/** One place's plan and what a funder compares it on. */
export interface PortfolioRow {
  readonly plan: Plan;
  readonly method: PlaceMethod;
  readonly homicidesPer100k: number | null;
  readonly shootingVictimsPer100k: ShootingVictimsRate | null;
  readonly budgetPerResident: number;
  readonly costPerHomicide: CostPerHomicide;
}

export interface PortfolioResult {
  readonly plans: readonly Plan[];
  readonly rows: readonly PortfolioRow[];
  readonly total: number;
  readonly staff: number;
  readonly participants: number;
  readonly population: number;
  /** The portfolio's total ÷ its residents (null with no places). */
  readonly budgetPerResident: number | null;
  /** The portfolio's total ÷ its participants (null when nobody is reached). */
  readonly costPerParticipant: number | null;
  /** Places planned with the population method because violence-adjusted needs counts they lack, and their share of the total. */
  readonly withoutViolenceCounts: { readonly places: number; readonly total: number };
  readonly populationOnly: PopulationOnlyCheck | null;
}

export function computePortfolio(portfolio: Portfolio): PortfolioResult {
  const choice = portfolio.highRiskMethod ?? DEFAULT_PORTFOLIO_HIGH_RISK_METHOD;
  let total = 0;
  let staff = 0;
  let participants = 0;
  let population = 0;
  let fallbackPlaces = 0;
  let fallbackTotal = 0;
  const rows = portfolio.places.map((place): PortfolioRow => {
    const method = placeMethod(place, choice, portfolio.preset);
    const plan = computePlan({ ...place, preset: portfolio.preset, method: method.method }, portfolio.assumptions);
    total += plan.budget.total;
    staff += plan.totalHeadcount;
    participants += plan.participants;
    population += place.population;
    if (method.note === 'no-violence-counts') {
      fallbackPlaces++;
      fallbackTotal += plan.budget.total;
    }
    return {
      plan,
      method,
      homicidesPer100k: homicidesPer100k(place),
      shootingVictimsPer100k: shootingVictimsPer100k(place),
      budgetPerResident: budgetPerResident(plan.budget.total, place.population),
      costPerHomicide: costPerHomicide(plan.budget.total, place.homicides),
    };
  });
  const plans = rows.map((r) => r.plan);
  return {
    plans,
    rows,
    total,
    staff,
    participants,
    population,
    budgetPerResident: population > 0 ? budgetPerResident(total, population) : null,
    costPerParticipant: participants > 0 ? total / participants : null,
    withoutViolenceCounts: { places: fallbackPlaces, total: fallbackTotal },
    populationOnly: populationOnlyCheck(plans),
  };
}

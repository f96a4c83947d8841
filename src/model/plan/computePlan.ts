// computePlan: a CVI ecosystem for a place (docs/methodology.md §2–4, and §6 for one year of a
// multi-year plan). Pure and synchronous; every number anyone sees — UI, CLI, exports, print —
// comes from the object it returns. How each number was reached is explainPlan(plan), built on
// demand from the same steps.
//
// Money rule: each role's annual cost and each budget line is rounded once, to whole dollars
// (half up), where it is computed; sums are then exact, so the lines always add up to the total
// a person sees. FTE and participants are kept unrounded; headcount is FTE rounded half up.
import { roleParamKeys, type AssumptionOverrides, type Assumptions, type ParamId } from '../assumptions';
import { inputWarnings } from '../input';
import type { PlanInput } from '../inputFields';
import { effectiveOverrides, resolveAssumptions } from '../presets';
import { ROLES, type RoleId } from '../roles';
import { budgetOf, growthOf, type BudgetSteps, type Growth } from './budget';
import { highRiskEstimate, hospitalClientsOf, participantsAtFullStrength, type HighRiskEstimate } from './people';
import { roundMoney } from './rounding';
import { sitesOf, staffRoles, type RoleStaffing } from './staffing';
import type { Plan, RolePlan, YearSpec } from './types';

/** Every step of one plan: the numbers and what their explanation names. */
export interface PlanSteps {
  readonly input: PlanInput;
  readonly a: Assumptions;
  readonly year: YearSpec | null;
  readonly growth: Growth;
  readonly highRisk: HighRiskEstimate;
  readonly fullParticipants: number;
  readonly participants: number;
  readonly hospitalClients: { readonly value: number; readonly given: boolean };
  /** Site teams at full strength (docs/methodology.md §11); 0 under the caseload model. */
  readonly sites: number;
  readonly staffing: readonly RoleStaffing[];
  readonly roles: readonly RolePlan[];
  readonly frontlineHeadcount: number;
  readonly totalHeadcount: number;
  readonly totalFte: number;
  readonly budget: BudgetSteps;
}

/** The computation itself, shared by computePlan (numbers) and explainPlan (working). */
export function planSteps(input: PlanInput, a: Assumptions, year: YearSpec | null): PlanSteps {
  const growth = growthOf(a, year);
  const highRisk = highRiskEstimate(input, a);
  const fullParticipants = participantsAtFullStrength(input, highRisk.value);
  const participants = fullParticipants * (year?.share ?? 1);
  const hospitalClients = hospitalClientsOf(input);
  const sites = sitesOf(a, fullParticipants);
  const { roles: staffing, frontlineHeadcount } = staffRoles(
    a,
    { population: input.population, fullParticipants, hospitalClients: hospitalClients.value, hospitalClientsGiven: hospitalClients.given, sites },
    year,
  );

  // Prices: salary × cost of living (× salary growth in later years) × (1 + fringe).
  const loaded = 1 + a.fringeRate;
  let totalHeadcount = 0;
  let totalFte = 0;
  const roles: RolePlan[] = staffing.map((s) => {
    const info = ROLES[s.id];
    const salary = (a[SALARY_KEY[s.id]] as number) * a.costOfLiving * growth.salary;
    totalHeadcount += s.headcount;
    totalFte += s.fte;
    return {
      id: s.id,
      label: info.label,
      capsLabel: info.capsLabel,
      budgetLine: info.budgetLine,
      enabled: s.enabled,
      driver: s.driver,
      ratio: s.ratio,
      ratioLabel: s.ratioLabel,
      perSite: s.perSite,
      offInSiteTeams: s.offInSiteTeams,
      fte: s.fte,
      headcount: s.headcount,
      // Any role, supervisors and OVP included, whose need rounds to nobody is flagged.
      partTimeNeed: s.enabled && s.fte > 0 && s.headcount === 0,
      minimumApplied: s.minimumApplied,
      salary,
      cost: roundMoney(s.headcount * salary * loaded),
    };
  });
  const budget = budgetOf(a, roles, { participants, frontlineHeadcount, totalHeadcount }, year, growth);
  return { input, a, year, growth, highRisk, fullParticipants, participants, hospitalClients, sites, staffing, roles, frontlineHeadcount, totalHeadcount, totalFte, budget };
}

const SALARY_KEY = roleParamKeys('salary') as Record<RoleId, ParamId>;

/** The plan for a place: its numbers. Pure; the same arguments always give the same plan. */
export function computePlan(input: PlanInput, overrides: AssumptionOverrides = {}, year: YearSpec | null = null): Plan {
  const a = resolveAssumptions(input.preset, overrides);
  // The plan keeps its own copy of the input, so a caller that later changes its object cannot
  // make the plan (or its explanation) disagree with the numbers.
  const steps = planSteps({ ...input }, a, year);
  const { budget } = steps;
  const pop = steps.input.population;
  const total = budget.total;
  return {
    input: steps.input,
    preset: input.preset,
    assumptions: a,
    overrides: effectiveOverrides(input.preset, overrides),
    year,
    highRiskPopulation: steps.highRisk.value,
    participants: steps.participants,
    participantsAtFullStrength: steps.fullParticipants,
    hospitalClients: steps.hospitalClients.value,
    hospitalClientsGiven: steps.hospitalClients.given,
    sites: steps.sites,
    roles: steps.roles,
    frontlineHeadcount: steps.frontlineHeadcount,
    totalHeadcount: steps.totalHeadcount,
    totalFte: steps.totalFte,
    budget: {
      lines: budget.lines,
      staffingCost: budget.staffingCost,
      mtdc: budget.mtdc.total,
      subawardsCounted: budget.mtdc.subawardsCounted,
      startup: budget.startup,
      total,
    },
    costPerParticipant: costPerParticipantOf(total, steps.participants),
    costPerResident: total / pop,
    staffPer100k: (steps.totalHeadcount / pop) * 100_000,
    warnings: inputWarnings(steps.input),
  };
}

/** Total ÷ participants; null with no participants (or too few to divide by: the division overflows). */
export function costPerParticipantOf(total: number, participants: number): number | null {
  const perParticipant = participants > 0 ? total / participants : null;
  return perParticipant !== null && Number.isFinite(perParticipant) ? perParticipant : null;
}

export function roleOf(roles: readonly RolePlan[], id: RoleId): RolePlan {
  const role = roles.find((r) => r.id === id);
  if (!role) throw new Error(`plan has no role ${id}`);
  return role;
}

/**
 * The CAPS method for the same place at the same service reach and hospital reach: preset `caps`,
 * population method, no overrides (docs/methodology.md §5). Shown beside every plan so a person
 * sees what their method and assumption changes did, never a difference that only comes from
 * serving fewer people.
 */
export function capsReferenceInput(input: PlanInput): PlanInput {
  return { ...input, preset: 'caps', method: 'population' };
}

export function computeCapsReference(input: PlanInput): Plan {
  return computePlan(capsReferenceInput(input));
}

/** What a page, a document or the CLI says about the CAPS comparison plan. */
export interface CapsReference {
  readonly total: number;
  readonly totalHeadcount: number;
  /** Participants the CAPS plan serves: its own high-risk estimate (0.1% of population) × the same reach. */
  readonly participants: number;
  /** The service reach the comparison uses: the plan's own. */
  readonly reachPct: number;
  readonly hospitalReachPct: number;
}

export function capsReferenceOf(input: PlanInput): CapsReference {
  const caps = computeCapsReference(input);
  return { total: caps.budget.total, totalHeadcount: caps.totalHeadcount, participants: caps.participants, reachPct: input.serviceReachPct, hospitalReachPct: input.hospitalReachPct };
}

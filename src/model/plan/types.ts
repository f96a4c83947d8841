// What a plan is: the numbers computePlan returns, and the working explainPlan builds for them.
import type { Assumptions, ParamId } from '../assumptions';
import type { InputField, PlanInput } from '../inputFields';
import type { Issue } from '../input';
import type { Source } from '../paramSpec';
import type { OverrideNote, PresetId } from '../presets';
import type { BudgetLineId, RoleId } from '../roles';

export type Unit = 'people' | 'fte' | 'usd' | 'rate' | 'multiplier' | 'count' | 'per-100k' | 'text';

/** One term of a formula: a user input, an assumption (with its source) or another figure. */
export interface WorkingTerm {
  readonly name: string;
  readonly value: number | string | boolean | null;
  readonly unit: Unit;
  readonly field?: InputField;
  readonly param?: ParamId;
  readonly source?: Source;
  readonly figure?: FigureId;
}

/** How one figure was reached: its formula and every term that went into it. */
export interface Working {
  readonly label: string;
  readonly formula: string;
  readonly terms: readonly WorkingTerm[];
  readonly value: number | null;
  readonly unit: Unit;
  readonly note?: string;
}

export type FigureId =
  | 'highRiskPopulation'
  | 'participants'
  | 'hospitalClients'
  | 'sites'
  | `role.${RoleId}.fte`
  | `role.${RoleId}.headcount`
  | `role.${RoleId}.salary`
  | `role.${RoleId}.cost`
  | `line.${BudgetLineId}`
  | 'staffingCost'
  | 'mtdc'
  | 'total'
  | 'totalHeadcount'
  | 'frontlineHeadcount'
  | 'costPerParticipant'
  | 'costPerResident'
  | 'staffPer100k';

/** The working of every figure of one plan (explainPlan). */
export type PlanWorking = Readonly<Record<FigureId, Working>>;

export type DriverKind = 'participants' | 'hospital-clients' | 'participants-and-hospital-clients' | 'sites' | 'frontline-headcount' | 'population';

export interface RolePlan {
  readonly id: RoleId;
  readonly label: string;
  readonly capsLabel: string | null;
  readonly budgetLine: 'frontline' | 'supervision-ovp';
  readonly enabled: boolean;
  readonly driver: { readonly kind: DriverKind; readonly label: string; readonly value: number };
  /** Units of driver per full-time worker ("caseload"), or null where the role has no ratio (OVP staff, site teams). */
  readonly ratio: number | null;
  readonly ratioLabel: string;
  /**
   * People per site under the site-based staffing model (docs/methodology.md §11): the team's count
   * for street outreach, interrupters and trauma counselors, site supervisors per site for
   * supervisors; null under the caseload model and for roles outside the site teams.
   */
  readonly perSite: number | null;
  /** A case-management role left out because site teams carry the case work (switch: sites.caseManagement). */
  readonly offInSiteTeams: boolean;
  readonly fte: number;
  readonly headcount: number;
  /** FTE above 0 that rounds to nobody: the function still needs part of someone's time. */
  readonly partTimeNeed: boolean;
  /** Headcount was raised to the role's minimum. */
  readonly minimumApplied: boolean;
  /** Annual salary per person after cost of living (and salary growth in later years), before benefits. */
  readonly salary: number;
  /** Annual cost: headcount × salary × (1 + fringe), whole dollars. */
  readonly cost: number;
}

export interface BudgetLinePlan {
  readonly id: BudgetLineId;
  readonly label: string;
  readonly amount: number;
  /** Share of the total (0 when the total is 0). */
  readonly share: number;
}

/** Which year of a multi-year plan this is (docs/methodology.md §6); absent for the full-strength plan. */
export interface YearSpec {
  /** k: 0 for the first year. */
  readonly index: number;
  /** Fiscal year, e.g. 2027. */
  readonly fiscalYear: number;
  /** Share of full staffing reached this year, 0–1. */
  readonly share: number;
}

export interface StartupCosts {
  readonly recruitment: number;
  readonly academy: number;
  readonly equipment: number;
}

export interface PlanBudget {
  /** Enabled lines only, in the public line order. */
  readonly lines: readonly BudgetLinePlan[];
  readonly staffingCost: number;
  /** Modified total direct costs, the base of the indirect line (docs/methodology.md §10). */
  readonly mtdc: number;
  /** The part of the subawards that counts toward MTDC. */
  readonly subawardsCounted: number;
  /** One-time start-up costs by kind (first year of a multi-year plan only), else null. */
  readonly startup: StartupCosts | null;
  readonly total: number;
}

/** A plan's numbers. Its working — how each number was reached — is explainPlan(plan). */
export interface Plan {
  readonly input: PlanInput;
  readonly preset: PresetId;
  readonly assumptions: Assumptions;
  readonly overrides: readonly OverrideNote[];
  /** The year of a multi-year plan, or null for the plan at full strength. */
  readonly year: YearSpec | null;
  readonly highRiskPopulation: number;
  /** Participants served (in a ramp-up year: the full number × that year's share). */
  readonly participants: number;
  /** Participants when the program is at full strength (equal to participants outside a ramp-up year). */
  readonly participantsAtFullStrength: number;
  readonly hospitalClients: number;
  /** Whether nonfatal shootings were given (0 counts as given). */
  readonly hospitalClientsGiven: boolean;
  /**
   * Site teams of the site-based staffing model (docs/methodology.md §11): ⌈participants at full
   * strength ÷ participants per site⌉; 0 under the caseload model (the caps and shooting-informed presets).
   */
  readonly sites: number;
  readonly roles: readonly RolePlan[];
  readonly frontlineHeadcount: number;
  readonly totalHeadcount: number;
  readonly totalFte: number;
  readonly budget: PlanBudget;
  /** null when the plan has no participants (reach 0): there is nobody to divide by. */
  readonly costPerParticipant: number | null;
  readonly costPerResident: number;
  readonly staffPer100k: number;
  readonly warnings: readonly Issue[];
}

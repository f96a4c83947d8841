// Which assumption moves the total most (issue 6): each key assumption moved down and up by a
// chosen amount (default ±20%), the rest held, every total from the model itself.
import { PARAMS, UNCERTAIN_ROLE_RATIOS, roleParam, type AssumptionOverrides, type ParamId } from './assumptions';
import { ROLE_IDS } from './roles';
import { computePlan } from './plan';
import type { PlanInput } from './inputFields';
import { resolveAssumptions } from './presets';

/**
 * How far the sensitivity moves each assumption, in percent as a person gives it (the planner's
 * field and --sensitivity-amount): the range accepted and the default. The one definition of it.
 */
export const SENSITIVITY_LIMITS = { min: 1, max: 90, default: 20 } as const;

/** The default amount as a fraction (0.2 for ±20%). */
export const DEFAULT_SENSITIVITY = SENSITIVITY_LIMITS.default / 100;

export interface SensitivityFactor {
  readonly id: string;
  readonly label: string;
  /** The input and overrides with this assumption scaled by `factor` (1 ± amount). */
  readonly apply: (input: PlanInput, overrides: AssumptionOverrides, factor: number) => { input: PlanInput; overrides: AssumptionOverrides; setting: string };
}

const SALARY_IDS = ROLE_IDS.map((id) => roleParam(id, 'salary'));

const REACH_FACTOR: SensitivityFactor = {
  id: 'reach',
  label: 'Service reach',
  apply: (input, overrides, factor) => {
    const raw = input.serviceReachPct * factor;
    const value = Math.min(100, raw);
    return { input: { ...input, serviceReachPct: value }, overrides, setting: `${Number(value.toPrecision(6))}%${value !== raw ? ' (held at 100%)' : ''}` };
  },
};

const SITE_TEAM_CASELOADS = new Set<string>(['street-outreach.caseload', 'mediator.caseload', 'trauma-counselor.caseload']);

const scaleParam = (id: ParamId, label: string): SensitivityFactor => ({
  id,
  label,
  apply: (input, overrides, factor) => {
    const spec = PARAMS[id];
    const base = resolveAssumptions(input.preset, overrides)[id] as number;
    // Stay inside the parameter's own valid range, and say so when it binds.
    const min = spec.kind === 'number' ? spec.min : -Infinity;
    const max = spec.kind === 'number' ? spec.max : Infinity;
    const raw = base * factor;
    const value = Math.min(max, Math.max(min, raw));
    return { input, overrides: { ...overrides, [id]: value }, setting: `${Number(value.toPrecision(6))}${value !== raw ? ' (held to its valid range)' : ''}` };
  },
});

/** The key assumptions of issue 6: each caseload, salaries, fringe, wraparound, reach, the high-risk rate. */
const CASELOAD_FACTORS: readonly SensitivityFactor[] = [
  // Each role's caseloads (the role table marks them with the name they have here).
  ...UNCERTAIN_ROLE_RATIOS.map(({ id, analysisLabel }) => scaleParam(id, analysisLabel)),
  {
    id: 'salaries',
    label: 'All salaries',
    apply: (input, overrides, factor) => {
      const a = resolveAssumptions(input.preset, overrides);
      const next: AssumptionOverrides = { ...overrides };
      for (const id of SALARY_IDS) (next as Record<string, number>)[id] = Math.min(1_000_000, (a[id] as number) * factor);
      return { input, overrides: next, setting: `× ${factor}` };
    },
  },
  scaleParam('fringeRate', 'Fringe benefits'),
  scaleParam('wraparoundPerParticipant', 'Wraparound per participant'),
  REACH_FACTOR,
  scaleParam('highRiskRate', 'High-risk share of the population'),
];

/**
 * Under site teams (docs/methodology.md §11) the caseloads of the site roles size nobody: participants
 * per site and direct assistance take their place and the wraparound rate's.
 */
const SITE_FACTORS: readonly SensitivityFactor[] = [
  scaleParam('sites.participantsPerSite', 'Participants per site'),
  ...CASELOAD_FACTORS.filter((f) => !SITE_TEAM_CASELOADS.has(f.id)).map((f) =>
    f.id === 'wraparoundPerParticipant' ? scaleParam('directAssistancePerParticipant', 'Direct assistance per participant') : f,
  ),
];

function factorsFor(input: PlanInput, overrides: AssumptionOverrides): readonly SensitivityFactor[] {
  return resolveAssumptions(input.preset, overrides).staffingModel === 'sites' ? SITE_FACTORS : CASELOAD_FACTORS;
}

export interface SensitivityResult {
  readonly assumption: string;
  readonly label: string;
  /** Total when the assumption moves down by the amount. */
  readonly low: number;
  /** Total when it moves up by the amount. */
  readonly high: number;
  readonly lowSetting: string;
  readonly highSetting: string;
  /** |high − low|: the length of the bar in a tornado chart. */
  readonly swing: number;
}

/** Every key assumption moved by ±amount, largest swing first. */
export function sensitivity(input: PlanInput, overrides: AssumptionOverrides = {}, amount = DEFAULT_SENSITIVITY): { base: number; amount: number; results: SensitivityResult[] } {
  const base = computePlan(input, overrides).budget.total;
  const results = factorsFor(input, overrides).map((f) => {
    const down = f.apply(input, overrides, 1 - amount);
    const up = f.apply(input, overrides, 1 + amount);
    const low = computePlan(down.input, down.overrides).budget.total;
    const high = computePlan(up.input, up.overrides).budget.total;
    return { assumption: f.id, label: f.label, low, high, lowSetting: down.setting, highSetting: up.setting, swing: Math.abs(high - low) };
  });
  results.sort((x, y) => y.swing - x.swing);
  return { base, amount, results };
}

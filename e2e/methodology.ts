// An independent reading of docs/methodology.md §2–5 for the simple cases the browser tests
// use (method `population`, no optional lines). It deliberately does not import src/model: the
// expected totals in the tests come from the written method, so a model bug cannot hide itself.
// Anchored to the two worked examples of docs/methodology.md §9 (see `methodology.spec.ts`).

export type Preset = 'caps' | 'shooting-informed';

export interface Case {
  population: number;
  /** Nonfatal shooting victims a year; null = not given (different from 0). */
  nonfatalShootings: number | null;
  preset: Preset;
  /** Service reach, 0–100 (default 100). */
  serviceReachPct?: number;
  /** Hospital reach, 0–100 (default 50, an `assumption`). */
  hospitalReachPct?: number;
  /** Fringe benefits as a share of salary (default 0.30, `research`). */
  fringe?: number;
}

/** CAPS rounding: nearest whole person, half rounds up. */
const roundHalfUp = (x: number) => Math.floor(x + 0.5);

export interface Expected {
  headcount: Record<string, number>;
  frontline: number;
  supervisionOvp: number;
  trainingTa: number;
  dataEvaluation: number;
  wraparound: number;
  total: number;
}

export function expectedPlan(c: Case): Expected {
  const reach = (c.serviceReachPct ?? 100) / 100;
  const hospitalReach = (c.hospitalReachPct ?? 50) / 100;
  const loaded = (salary: number) => salary * (1 + (c.fringe ?? 0.3));
  const shootingInformed = c.preset === 'shooting-informed';

  // §2: H = 0.1% × population; P = reach × H; C = hospital reach × nonfatal (0 when not given).
  const H = c.population / 1000;
  const P = reach * H;
  const C = c.nonfatalShootings === null ? 0 : hospitalReach * c.nonfatalShootings;

  // §3 roles (salary $60,000 unless stated) and §5 presets.
  const hospitalDriver = shootingInformed && c.nonfatalShootings !== null ? C : P;
  const frontlineFte: Record<string, [fte: number, salary: number]> = {
    'street-outreach': [P / 15, 60_000],
    mediator: [P / 14, 60_000],
    'case-manager': [P / 24, 60_000],
    'family-case-manager': [P / 48, 60_000],
    'victim-advocate': [P / 30, 60_000],
    'hospital-responder': [hospitalDriver / 40, 60_000],
    ...(shootingInformed ? { 'trauma-counselor': [(P + C) / 50, 75_000] as [number, number] } : {}),
  };
  const headcount: Record<string, number> = {};
  let frontlineHeads = 0;
  let frontline = 0;
  for (const [id, [fte, salary]] of Object.entries(frontlineFte)) {
    const heads = roundHalfUp(fte);
    headcount[id] = heads;
    frontlineHeads += heads;
    frontline += heads * loaded(salary);
  }
  const supervisors = frontlineHeads > 0 ? Math.max(1, roundHalfUp(frontlineHeads / 5)) : 0;
  const ovp = Math.max(1, roundHalfUp(4 * Math.sqrt(c.population / 238_005)));
  headcount.supervisor = supervisors;
  headcount['ovp-staff'] = ovp;
  const supervisionOvp = supervisors * loaded(80_000) + ovp * loaded(90_000);

  // §4 budget lines.
  const staffing = frontline + supervisionOvp;
  const trainingTa = 0.25 * staffing;
  const dataEvaluation = 0.15 * staffing;
  const wraparound = 45_000 * P;
  const total = Math.round(frontline + supervisionOvp + trainingTa + dataEvaluation + wraparound);
  return { headcount, frontline, supervisionOvp, trainingTa, dataEvaluation, wraparound, total };
}

/** "$19,883,025": US dollars, no cents, as the issue specifies for the headline. */
export function usd(amount: number): string {
  return `$${Math.round(amount).toLocaleString('en-US')}`;
}

// ——— Multi-year plan (issue 5 "Multi-year plan", docs/methodology.md §6) ———

export interface ExpectedYear {
  headcount: Record<string, number>;
  frontline: number;
  supervisionOvp: number;
  trainingTa: number;
  dataEvaluation: number;
  wraparound: number;
  total: number;
}

const FRONTLINE_SALARY: Record<string, number> = {
  'street-outreach': 60_000,
  mediator: 60_000,
  'case-manager': 60_000,
  'family-case-manager': 60_000,
  'victim-advocate': 60_000,
  'hospital-responder': 60_000,
  'trauma-counselor': 75_000,
};

/**
 * Year k of a multi-year plan (k = 0 for the first year) at ramp share `share`, as issue 5 states:
 * each frontline role's headcount = round(full-plan headcount × share) (half up); supervisors from
 * that year's frontline headcount (÷ 5, at least 1); OVP staff at full strength; personnel =
 * headcount × salary × (1 + fringe) × (1 + salary growth)^k, in whole dollars per role; training
 * 25% and evaluation 15% of that year's staffing; wraparound = $45,000 × participants × share ×
 * (1 + cost growth)^k. Defaults: salary growth 3%, cost growth 2.5%; no start-up costs.
 */
export function expectedYear(c: Case, index: number, share: number, growth = { salary: 0.03, cost: 0.025 }): ExpectedYear {
  const full = expectedPlan(c);
  const P = ((c.serviceReachPct ?? 100) / 100) * (c.population / 1000);
  const perPerson = (salary: number) => salary * (1 + growth.salary) ** index * (1 + (c.fringe ?? 0.3));
  const headcount: Record<string, number> = {};
  let frontlineHeads = 0;
  let frontline = 0;
  for (const [id, salary] of Object.entries(FRONTLINE_SALARY)) {
    const fullHeads = full.headcount[id];
    if (fullHeads === undefined) continue; // role not in this preset
    const heads = roundHalfUp(fullHeads * share);
    headcount[id] = heads;
    frontlineHeads += heads;
    frontline += Math.round(heads * perPerson(salary));
  }
  const supervisors = frontlineHeads > 0 ? Math.max(1, roundHalfUp(frontlineHeads / 5)) : 0;
  const ovp = full.headcount['ovp-staff'] ?? 0;
  headcount.supervisor = supervisors;
  headcount['ovp-staff'] = ovp;
  const supervisionOvp = Math.round(supervisors * perPerson(80_000)) + Math.round(ovp * perPerson(90_000));
  const staffing = frontline + supervisionOvp;
  const trainingTa = Math.round(0.25 * staffing);
  const dataEvaluation = Math.round(0.15 * staffing);
  const wraparound = Math.round(45_000 * P * share * (1 + growth.cost) ** index);
  const total = frontline + supervisionOvp + trainingTa + dataEvaluation + wraparound;
  return { headcount, frontline, supervisionOvp, trainingTa, dataEvaluation, wraparound, total };
}

/** Every year of a plan with these ramp shares (issue 5 default: 50%, 75%, then 100%). */
export function expectedYears(c: Case, years: number, ramp: readonly number[] = [0.5, 0.75, 1]): ExpectedYear[] {
  return Array.from({ length: years }, (_, k) => expectedYear(c, k, ramp[k] ?? 1));
}

// ——— Cost of violence (issue 5, docs/methodology.md §8; Everytown defaults) ———

export const COST_PER_FATAL_SHOOTING = 270_399;
export const COST_PER_NONFATAL_SHOOTING = 52_585;

/** Fatal × $270,399 + nonfatal × $52,585; a count not given counts as 0. */
export function expectedTaxpayerCost(fatal: number | null, nonfatal: number | null): number {
  return (fatal ?? 0) * COST_PER_FATAL_SHOOTING + (nonfatal ?? 0) * COST_PER_NONFATAL_SHOOTING;
}

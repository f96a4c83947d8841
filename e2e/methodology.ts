// An independent reading of ../shared/methodology.md §2–5 for the simple cases the browser tests
// use (method `population`, no optional lines). It deliberately does not import src/model: the
// expected totals in the tests come from the written method, so a model bug cannot hide itself.
// Anchored to the two worked examples of methodology §9 (see `methodology.spec.ts`).

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

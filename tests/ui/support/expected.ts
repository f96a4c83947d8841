// Expected figures worked out from docs/methodology.md (§2–§5, §9), independently of
// src/model: the tests compare what the screen shows with this arithmetic, never with the app's
// own output. Only the CAPS preset (and the shooting-informed preset without shooting counts)
// is covered, which is all these tests need.

/** Half rounds up (docs/methodology.md §3: "CAPS rounding; half rounds up"). */
const roundHalfUp = (x: number) => Math.floor(x + 0.5 + 1e-9);

export const NORFOLK_POPULATION = 238_005; // docs/methodology.md §9
/** CAPS: the high-risk population is 0.1% of residents (§2); full service reach gives P = H. */
export const NORFOLK_PARTICIPANTS = 0.001 * NORFOLK_POPULATION; // 238.005

/** §3: frontline roles driven by participants, people per worker, year-1 salary. */
export const CAPS_CASELOADS = {
  'Street outreach workers': 15,
  'Mediators / violence interrupters': 14,
  'Case managers / life coaches': 24,
  'Family case managers': 48,
  'Victim advocates': 30,
  // Hospital responders are driven by P under CAPS, and under shooting-informed when nonfatal
  // shootings are not given (§2).
  'Hospital responders': 40,
} as const;
export type CapsFrontlineRole = keyof typeof CAPS_CASELOADS;

export const FRONTLINE_SALARY = 60_000;
export const TRAUMA_COUNSELOR = { caseload: 50, salary: 75_000 } as const;
export const SUPERVISOR = { workersPerSupervisor: 5, minimum: 1, salary: 80_000 } as const;
export const OVP = { atReference: 4, referencePopulation: 238_005, salary: 90_000 } as const;
export const FRINGE = 0.3;
export const TRAINING_RATE = 0.25;
export const EVALUATION_RATE = 0.15;
export const WRAPAROUND_PER_PARTICIPANT = 45_000;

export interface ExpectedPlan {
  headcount: Record<string, number>;
  totalHeadcount: number;
  lines: { label: string; amount: number }[];
  total: number;
}

export interface PlanCase {
  population: number;
  participants: number;
  caseloads?: Partial<Record<CapsFrontlineRole, number>>;
  fringe?: number;
  /** Shooting-informed preset with no shooting counts: adds trauma counselors on (P + 0) ÷ 50. */
  traumaCounselors?: boolean;
}

export function expectedPlan(c: PlanCase): ExpectedPlan {
  const loaded = 1 + (c.fringe ?? FRINGE);
  const caseloads = { ...CAPS_CASELOADS, ...c.caseloads };
  const headcount: Record<string, number> = {};
  let frontlineCost = 0;
  let frontlineHeadcount = 0;
  for (const [role, caseload] of Object.entries(caseloads)) {
    const people = roundHalfUp(c.participants / caseload);
    headcount[role] = people;
    frontlineHeadcount += people;
    frontlineCost += roundHalfUp(people * FRONTLINE_SALARY * loaded);
  }
  if (c.traumaCounselors) {
    const people = roundHalfUp(c.participants / TRAUMA_COUNSELOR.caseload);
    headcount['Trauma counselors'] = people;
    frontlineHeadcount += people;
    frontlineCost += roundHalfUp(people * TRAUMA_COUNSELOR.salary * loaded);
  }
  const supervisors = frontlineHeadcount > 0 ? Math.max(SUPERVISOR.minimum, roundHalfUp(frontlineHeadcount / SUPERVISOR.workersPerSupervisor)) : 0;
  const ovp = Math.max(1, roundHalfUp(OVP.atReference * Math.sqrt(c.population / OVP.referencePopulation)));
  headcount['CVI supervisors'] = supervisors;
  headcount['Office of Violence Prevention staff'] = ovp;
  const supervisionCost = roundHalfUp(supervisors * SUPERVISOR.salary * loaded) + roundHalfUp(ovp * OVP.salary * loaded);
  const staffing = frontlineCost + supervisionCost;
  const lines = [
    { label: 'Frontline CVI workers', amount: frontlineCost },
    { label: 'CVI supervision & OVP staff', amount: supervisionCost },
    { label: 'Staff training & technical assistance', amount: roundHalfUp(TRAINING_RATE * staffing) },
    { label: 'Data & evaluation', amount: roundHalfUp(EVALUATION_RATE * staffing) },
    { label: 'Wraparound services', amount: roundHalfUp(WRAPAROUND_PER_PARTICIPANT * c.participants) },
  ];
  return {
    headcount,
    totalHeadcount: frontlineHeadcount + supervisors + ovp,
    lines,
    total: lines.reduce((sum, l) => sum + l.amount, 0),
  };
}

/** Norfolk with Methodology CAPS: the calibration case of §9. */
export const NORFOLK_CAPS = expectedPlan({ population: NORFOLK_POPULATION, participants: NORFOLK_PARTICIPANTS });

/** Norfolk as a new visitor sees it: shooting-informed, no shooting counts in the preset data. */
export const NORFOLK_SHOOTING_INFORMED = expectedPlan({
  population: NORFOLK_POPULATION,
  participants: NORFOLK_PARTICIPANTS,
  traumaCounselors: true,
});

const usdFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
/** "$19,883,025" */
export const usd = (amount: number) => usdFormat.format(amount);

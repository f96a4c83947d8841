// An independent reading of docs/methodology.md §2–5, §10 and §11 (site teams), in exact rational
// arithmetic. It shares no code with src/model: the defaults below are copied from the
// methodology's tables, and every formula is written from the spec text. Tests compare the
// model's plan against it; they never compare the model with itself.
//
// Where the methodology is silent the oracle follows the model's documented contract, each
// such place marked CONTRACT: money is rounded to whole dollars half up once per role cost and
// once per budget line (computePlan header), and parameter ids are the public catalog keys.
import { Q, qmax, qmin, roundHalfUpQ } from './rational';

export type Role =
  | 'street-outreach'
  | 'mediator'
  | 'case-manager'
  | 'family-case-manager'
  | 'victim-advocate'
  | 'hospital-responder'
  | 'trauma-counselor'
  | 'supervisor'
  | 'ovp-staff';

export const SPEC_ROLES: readonly Role[] = [
  'street-outreach',
  'mediator',
  'case-manager',
  'family-case-manager',
  'victim-advocate',
  'hospital-responder',
  'trauma-counselor',
  'supervisor',
  'ovp-staff',
];
export const SPEC_FRONTLINE: readonly Role[] = SPEC_ROLES.slice(0, 7);
/** The five roles whose only driver is participants P (docs/methodology.md §3 table). */
export const SPEC_P_ROLES: readonly Role[] = SPEC_ROLES.slice(0, 5);

export type Line =
  | 'frontline'
  | 'supervision-ovp'
  | 'training-ta'
  | 'data-evaluation'
  | 'wraparound'
  | 'stipends'
  | 'wellness'
  | 'indirect';

/** The budget lines of a one-year plan (issue 2: a public contract), in order. */
export const SPEC_LINES: readonly Line[] = ['frontline', 'supervision-ovp', 'training-ta', 'data-evaluation', 'wraparound', 'stipends', 'wellness', 'indirect'];

/** docs/methodology.md §2–4 defaults, copied from the spec tables (not from the model's catalog). */
export const SPEC_DEFAULTS = {
  highRiskRate: 0.001, // §2: 0.1% of population
  violenceReferenceRate: 20, // §2: 20 per 100,000
  violenceFactorMin: 0.25, // §2: clamp(…, 0.25, 4)
  violenceFactorMax: 4,
  'street-outreach.enabled': true,
  'street-outreach.caseload': 15,
  'street-outreach.salary': 60_000,
  'mediator.enabled': true,
  'mediator.caseload': 14,
  'mediator.salary': 60_000,
  'case-manager.enabled': true,
  'case-manager.caseload': 24,
  'case-manager.salary': 60_000,
  'family-case-manager.enabled': true,
  'family-case-manager.caseload': 48,
  'family-case-manager.salary': 60_000,
  'victim-advocate.enabled': true,
  'victim-advocate.caseload': 30,
  'victim-advocate.salary': 60_000,
  'hospital-responder.enabled': true,
  'hospital-responder.caseload': 40, // P ÷ 40
  'hospital-responder.clientsPerResponder': 40, // C ÷ 40
  'hospital-responder.salary': 60_000,
  'trauma-counselor.caseload': 50, // (P + C) ÷ 50
  'trauma-counselor.salary': 75_000,
  'supervisor.enabled': true,
  'supervisor.workersPerSupervisor': 5,
  'supervisor.minimum': 1,
  'supervisor.salary': 80_000,
  'ovp-staff.enabled': true,
  'ovp-staff.staffAtReference': 4, // max(1, round(4 × √(population ÷ 238,005)))
  'ovp-staff.referencePopulation': 238_005,
  'ovp-staff.minimum': 1,
  'ovp-staff.salary': 90_000,
  fringeRate: 0.3, // §3: 30% of salary
  costOfLiving: 1, // §3: default 1.0
  trainingRate: 0.25, // §4: 25% of staffing
  evaluationRate: 0.15, // §4: 15% of staffing
  wraparoundPerParticipant: 45_000, // §4: $45,000 × P
  directAssistancePerParticipant: 5_000, // §11: $5,000 × P under site teams
  'sites.participantsPerSite': 50, // §11: participants per site
  'sites.streetOutreach': 3, // §11: per site, 3 street outreach workers
  'sites.interrupters': 3, // 3 violence interrupters (the mediator role)
  'sites.traumaCounselors': 1, // 1 trauma counselor
  'sites.supervisors': 1, // 1 site supervisor
  'sites.caseManagement': false, // §11: case-management roles 0 by default; one switch turns them on
  'stipends.enabled': false, // §4: optional, off by default
  'stipends.participantShare': 0.5,
  'stipends.monthlyAmount': 500,
  'stipends.months': 12,
  'wellness.enabled': false,
  'wellness.perWorker': 2_500,
  'indirect.enabled': false,
  'indirect.rate': 0.15, // a negotiated rate; used only when the rate basis says so
  'indirect.revisedUniformGuidance': true, // §10: $50,000 for awards on or after 2024-10-01
  'indirect.subawardCount': 0, // §10: one subaward per frontline role's team by default
} as const;

export type SpecPreset = 'caps' | 'shooting-informed' | 'site-based';

/** §5 and §11: what each preset changes. */
export const SPEC_PRESETS = {
  caps: { 'trauma-counselor.enabled': false, 'hospital-responder.driver': 'participants', staffingModel: 'caseloads' },
  'shooting-informed': { 'trauma-counselor.enabled': true, 'hospital-responder.driver': 'hospital-clients', staffingModel: 'caseloads' },
  'site-based': { 'trauma-counselor.enabled': true, 'hospital-responder.driver': 'hospital-clients', staffingModel: 'sites' },
} as const;

export type SpecAssumptions = {
  -readonly [K in keyof typeof SPEC_DEFAULTS]: (typeof SPEC_DEFAULTS)[K] extends boolean ? boolean : number;
} & {
  'trauma-counselor.enabled': boolean;
  'hospital-responder.driver': 'participants' | 'hospital-clients';
  'indirect.rateBasis': 'de-minimis' | 'negotiated';
  staffingModel: 'caseloads' | 'sites';
};

export function specAssumptions(preset: SpecPreset, overrides: Record<string, unknown> = {}): SpecAssumptions {
  return { ...SPEC_DEFAULTS, 'indirect.rateBasis': 'de-minimis', ...SPEC_PRESETS[preset], ...overrides } as SpecAssumptions;
}

/**
 * §4 indirect line, source column: the 2 CFR 200 de minimis rate is 10% for awards before
 * 2024-10-01 and 15% after; an organization with a negotiated rate uses that instead.
 */
export function specIndirectRate(a: SpecAssumptions): Q {
  if (a['indirect.rateBasis'] === 'negotiated') return Q.dec(a['indirect.rate']);
  return a['indirect.revisedUniformGuidance'] ? Q.of(15, 100) : Q.of(10, 100);
}

export interface SpecInput {
  population: number;
  homicides: number | null;
  fatalShootings: number | null;
  nonfatalShootings: number | null;
  serviceReachPct: number;
  hospitalReachPct: number;
  method: 'population' | 'violence-adjusted' | 'custom';
  localHighRiskCount: number | null;
  preset: SpecPreset;
}

export interface SpecPlan {
  H: Q;
  P: Q;
  C: Q;
  fte: Record<Role, Q>;
  headcount: Record<Role, number>;
  minimumApplied: Record<Role, boolean>;
  cost: Record<Role, number>;
  lines: Partial<Record<Line, number>>;
  /** MTDC: subawards split exactly, the counted part rounded once to whole dollars (CONTRACT). */
  mtdc: number;
  total: number;
  /** §11 sites S (0 outside site teams). */
  S: number;
}

const num = (x: bigint): number => {
  const v = Number(x);
  if (!Number.isSafeInteger(v)) throw new Error(`oracle amount ${x} is beyond exact doubles`);
  return v;
};

/** round half up of a × √x for rationals a ≥ 0, x ≥ 0, exactly: largest m with m = 0 or (2m − 1)² ≤ 4a²x. */
function roundHalfUpScaledSqrt(a: Q, x: Q): number {
  const s = a.mul(a).mul(x).mul(4);
  const ok = (m: number) => m === 0 || Q.of((2 * m - 1) ** 2).le(s);
  let m = Math.max(0, Math.floor(Math.sqrt(s.toNumber()) / 2 + 0.5));
  while (m > 0 && !ok(m)) m--;
  while (ok(m + 1)) m++;
  return m;
}

export function specPlan(input: SpecInput, a: SpecAssumptions): SpecPlan {
  const pop = Q.of(input.population);

  // §2 high-risk population H.
  let H: Q;
  if (input.method === 'custom') {
    if (input.localHighRiskCount === null) throw new Error('custom needs a local count');
    H = Q.of(input.localHighRiskCount);
  } else if (input.method === 'violence-adjusted') {
    const count = input.homicides ?? input.fatalShootings;
    if (count === null) throw new Error('violence-adjusted needs homicides or fatal shootings');
    const rate = Q.of(count).mul(100_000).div(pop);
    const factor = qmin(Q.dec(a.violenceFactorMax), qmax(Q.dec(a.violenceFactorMin), rate.div(Q.dec(a.violenceReferenceRate))));
    H = Q.dec(a.highRiskRate).mul(pop).mul(factor);
  } else {
    H = Q.dec(a.highRiskRate).mul(pop);
  }
  const P = Q.dec(input.serviceReachPct).div(100).mul(H);
  const given = input.nonfatalShootings !== null;
  const C = given ? Q.dec(input.hospitalReachPct).div(100).mul(Q.of(input.nonfatalShootings ?? 0)) : Q.of(0);

  const fte = {} as Record<Role, Q>;
  const headcount = {} as Record<Role, number>;
  const minimumApplied = {} as Record<Role, boolean>;
  const caseload = (role: Role, driver: Q, ratio: number, enabled: boolean) => {
    fte[role] = enabled ? driver.div(Q.dec(ratio)) : Q.of(0);
    headcount[role] = num(roundHalfUpQ(fte[role]));
    minimumApplied[role] = false;
  };
  // §11 sites: S = ⌈P ÷ participants per site − 10⁻⁹⌉, 0 when P = 0 (exact: the least S with S × per site ≥ P − 10⁻⁹ × per site).
  const sitesModel = a.staffingModel === 'sites';
  let S = 0;
  if (sitesModel && P.gt(Q.of(0))) {
    const x = P.div(Q.dec(a['sites.participantsPerSite'])).sub(Q.of(1, 1_000_000_000));
    S = Math.max(0, -num(Q.of(0).sub(x).floor())); // ⌈x⌉ = −⌊−x⌋
  }
  const team = (role: Role, perSite: number, enabled: boolean) => {
    headcount[role] = enabled ? S * perSite : 0;
    fte[role] = Q.of(headcount[role]);
    minimumApplied[role] = false;
  };
  for (const role of SPEC_P_ROLES) {
    const k = role as 'street-outreach' | 'mediator' | 'case-manager' | 'family-case-manager' | 'victim-advocate';
    if (sitesModel && role === 'street-outreach') team(role, a['sites.streetOutreach'], a[`${k}.enabled`]);
    else if (sitesModel && role === 'mediator') team(role, a['sites.interrupters'], a[`${k}.enabled`]);
    else caseload(role, P, a[`${k}.caseload`], a[`${k}.enabled`] && (!sitesModel || a['sites.caseManagement']));
  }
  // §3/§5: hospital responders from C when the preset says so and nonfatal shootings were given.
  if (a['hospital-responder.driver'] === 'hospital-clients' && given) {
    caseload('hospital-responder', C, a['hospital-responder.clientsPerResponder'], a['hospital-responder.enabled']);
  } else {
    caseload('hospital-responder', P, a['hospital-responder.caseload'], a['hospital-responder.enabled']);
  }
  if (sitesModel) team('trauma-counselor', a['sites.traumaCounselors'], a['trauma-counselor.enabled']);
  else caseload('trauma-counselor', P.add(C), a['trauma-counselor.caseload'], a['trauma-counselor.enabled']);

  const frontline = SPEC_FRONTLINE.reduce((s, r) => s + headcount[r], 0);
  // Supervisors: round(frontline ÷ 5), at least 1 whenever any frontline worker is planned. §11:
  // S site supervisors plus round(the frontline outside the site teams ÷ 5), at least 1 when any.
  const siteTeam = sitesModel ? headcount['street-outreach'] + headcount.mediator + headcount['trauma-counselor'] : 0;
  const supervised = frontline - siteTeam;
  // CONTRACT (§11 is silent): site supervisors supervise a site team, so none when the teams have nobody.
  const siteSupervisors = sitesModel && siteTeam > 0 ? S * a['sites.supervisors'] : 0;
  if (!a['supervisor.enabled']) {
    fte.supervisor = Q.of(0);
    headcount.supervisor = 0;
    minimumApplied.supervisor = false;
  } else {
    const others = Q.of(supervised).div(Q.dec(a['supervisor.workersPerSupervisor']));
    fte.supervisor = others.add(Q.of(siteSupervisors));
    const rounded = num(roundHalfUpQ(others));
    const min = a['supervisor.minimum'];
    headcount.supervisor = siteSupervisors + (supervised > 0 ? Math.max(min, rounded) : 0);
    minimumApplied.supervisor = supervised > 0 && rounded < min;
  }
  // OVP: max(1, round(4 × √(population ÷ 238,005))).
  if (!a['ovp-staff.enabled']) {
    fte['ovp-staff'] = Q.of(0);
    headcount['ovp-staff'] = 0;
    minimumApplied['ovp-staff'] = false;
  } else {
    const ratio = pop.div(Q.dec(a['ovp-staff.referencePopulation']));
    fte['ovp-staff'] = Q.dec(Math.sqrt(ratio.toNumber()) * a['ovp-staff.staffAtReference']); // approximate, for display only
    const rounded = roundHalfUpScaledSqrt(Q.dec(a['ovp-staff.staffAtReference']), ratio);
    headcount['ovp-staff'] = Math.max(a['ovp-staff.minimum'], rounded);
    minimumApplied['ovp-staff'] = rounded < a['ovp-staff.minimum'];
  }

  // §4 budget. CONTRACT: each role's cost is rounded to whole dollars, half up.
  const loaded = Q.dec(a.costOfLiving).mul(Q.of(1).add(Q.dec(a.fringeRate)));
  const cost = {} as Record<Role, number>;
  for (const role of SPEC_ROLES) {
    const salary = Q.dec(a[`${role}.salary`]);
    cost[role] = num(roundHalfUpQ(Q.of(headcount[role]).mul(salary).mul(loaded)));
  }
  const frontlineCost = SPEC_FRONTLINE.reduce((s, r) => s + cost[r], 0);
  const supervisionCost = cost.supervisor + cost['ovp-staff'];
  const staffing = frontlineCost + supervisionCost;
  const lines: Partial<Record<Line, number>> = {
    frontline: frontlineCost,
    'supervision-ovp': supervisionCost,
    'training-ta': num(roundHalfUpQ(Q.dec(a.trainingRate).mul(staffing))),
    'data-evaluation': num(roundHalfUpQ(Q.dec(a.evaluationRate).mul(staffing))),
    wraparound: num(roundHalfUpQ(Q.dec(sitesModel ? a.directAssistancePerParticipant : a.wraparoundPerParticipant).mul(P))),
  };
  if (a['stipends.enabled']) {
    lines.stipends = num(
      roundHalfUpQ(Q.dec(a['stipends.participantShare']).mul(P).mul(Q.dec(a['stipends.monthlyAmount'])).mul(a['stipends.months'])),
    );
  }
  const wellness = a['wellness.enabled'] ? num(roundHalfUpQ(Q.of(frontline).mul(Q.dec(a['wellness.perWorker'])))) : 0;
  if (a['wellness.enabled']) lines.wellness = wellness;

  const mtdc = specMtdc(cost, headcount, lines, wellness, a);
  if (a['indirect.enabled']) lines.indirect = num(roundHalfUpQ(specIndirectRate(a).mul(mtdc)));

  const total = Object.values(lines).reduce((s, v) => s + v, 0);
  return { H, P, C, fte, headcount, minimumApplied, cost, lines, mtdc, total, S };
}

/**
 * §10 subawards counted toward MTDC: frontline teams and their supervisors, each subaward counted
 * up to the threshold ($50,000, or $25,000 before the revised Uniform Guidance). CONTRACT (the
 * methodology says "by default one subaward per frontline role's team" and is silent on where
 * supervisors go; the model's documented decision): by default one subaward per frontline role
 * with people planned (its annual cost), plus one "CVI supervision" subaward (the supervisors'
 * annual cost) when any supervisors are planned; with N organizations, the frontline and
 * supervisor costs together are split into N equal subawards. Exact (not rounded).
 */
export function specSubawards(cost: Readonly<Record<Role, number>>, headcount: Readonly<Record<Role, number>>, a: SpecAssumptions): Q[] {
  const teams = SPEC_FRONTLINE.filter((r) => headcount[r] > 0);
  const supervised = headcount.supervisor > 0;
  const subawarded = teams.reduce((s, r) => s + cost[r], 0) + (supervised ? cost.supervisor : 0);
  if (subawarded === 0) return [];
  const n = a['indirect.subawardCount'];
  if (n > 0) return Array.from({ length: n }, () => Q.of(subawarded).div(n));
  return [...teams.map((r) => Q.of(cost[r])), ...(supervised ? [Q.of(cost.supervisor)] : [])];
}

export function specSubawardsCounted(cost: Readonly<Record<Role, number>>, headcount: Readonly<Record<Role, number>>, a: SpecAssumptions): Q {
  const threshold = Q.of(a['indirect.revisedUniformGuidance'] ? 50_000 : 25_000);
  return specSubawards(cost, headcount, a).reduce((sum, amount) => sum.add(qmin(amount, threshold)), Q.of(0));
}

/**
 * §10 MTDC: city OVP staff in full; the counted part of the subawards (rounded once to whole
 * dollars — CONTRACT); training/TA and evaluation (contracts), wraparound and wellness (other
 * direct costs) in full; stipends (participant support) excluded.
 */
export function specMtdc(
  cost: Readonly<Record<Role, number>>,
  headcount: Readonly<Record<Role, number>>,
  lines: Readonly<Partial<Record<Line, number>>>,
  wellness: number,
  a: SpecAssumptions,
): number {
  const counted = num(roundHalfUpQ(specSubawardsCounted(cost, headcount, a)));
  return cost['ovp-staff'] + (lines['training-ta'] ?? 0) + (lines['data-evaluation'] ?? 0) + (lines.wraparound ?? 0) + wellness + counted;
}

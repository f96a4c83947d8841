// Every default parameter of the planning methodology, with the source it comes from: the
// single home of the numbers in docs/methodology.md §2–8. The zod schema, the presets, the
// assumptions editor, the explanations and the exports all read it. Role parameters are defined
// with their role (roles.ts) and appear here under `${role}.${key}`, in table order.
import { roleParamEntries, type RoleId, type RoleParamId, type ROLES } from './roles';
import { source as s, type ChoiceParam, type ParamSpec } from './paramSpec';
import { SITE_PARAMS } from './siteParams';

export type { StaffingModel } from './siteParams';

export type { HospitalDriver } from './roles';

const HIGH_RISK_PARAMS = {
  highRiskRate: {
    kind: 'number',
    label: 'High-risk share of the population',
    group: 'high-risk',
    unit: 'rate',
    defaultValue: 0.001,
    min: 0.000001,
    max: 0.1,
    source: s('CAPS', 'CAPS city profiles: high-risk population ≈ 0.1% of residents.'),
    help: 'Share of residents at highest risk of shooting or being shot.',
  },
  violenceReferenceRate: {
    kind: 'number',
    label: 'Violence-adjusted method: reference homicide rate (per 100,000)',
    group: 'high-risk',
    unit: 'people',
    defaultValue: 20,
    min: 0.1,
    max: 1000,
    source: s('assumption', 'The CAPS calibration city, Norfolk, VA, had 21 homicides per 100,000; 20 is the round reference.'),
  },
  violenceFactorMin: {
    kind: 'number',
    label: 'Violence-adjusted method: lowest scaling factor',
    group: 'high-risk',
    unit: 'multiplier',
    defaultValue: 0.25,
    min: 0,
    max: 100,
    source: s('assumption', 'Keeps a very low-violence place from planning almost nothing.'),
  },
  violenceFactorMax: {
    kind: 'number',
    label: 'Violence-adjusted method: highest scaling factor',
    group: 'high-risk',
    unit: 'multiplier',
    defaultValue: 4,
    min: 0,
    max: 100,
    source: s('assumption', 'Keeps a small, very high-violence place from an implausible plan.'),
  },

} as const satisfies Record<string, ParamSpec>;

type RoleTable = typeof ROLES;
/** Each role parameter's spec under its catalog key. */
type RoleParamSpecs = {
  [K in RoleParamId]: K extends `${infer R extends RoleId}.${infer P}`
    ? P extends keyof RoleTable[R]['params']
      ? RoleTable[R]['params'][P]
      : never
    : never;
};

const OTHER_PARAMS = {
  // Personnel
  fringeRate: {
    kind: 'number',
    label: 'Fringe benefits (share of salary)',
    group: 'personnel',
    unit: 'rate',
    defaultValue: 0.3,
    min: 0,
    max: 1,
    sourceRange: [0.22, 0.38],
    source: s('research', 'Nonprofit grant budgets run 22–38%; the OJP sample budget uses about 28%.'),
  },
  costOfLiving: {
    kind: 'number',
    label: 'Cost-of-living multiplier on every salary',
    group: 'personnel',
    unit: 'multiplier',
    defaultValue: 1,
    min: 0.1,
    max: 5,
    source: s('assumption', 'Salaries are national averages; 1.0 leaves them as they are.'),
    help: 'Scale national salaries to local pay (1.2 = 20% above the national average).',
  },

  // §4 Budget lines
  trainingRate: {
    kind: 'number',
    label: 'Staff training & technical assistance (share of staffing cost)',
    group: 'budget',
    unit: 'rate',
    defaultValue: 0.25,
    min: 0,
    max: 2,
    source: s('CAPS', 'Training & technical assistance = 25% of total staffing cost (CAPS city profiles).'),
  },
  evaluationRate: {
    kind: 'number',
    label: 'Data & evaluation (share of staffing cost)',
    group: 'budget',
    unit: 'rate',
    defaultValue: 0.15,
    min: 0,
    max: 2,
    source: s('CAPS', 'Data & evaluation = 15% of total staffing cost (CAPS city profiles).'),
  },
  wraparoundPerParticipant: {
    kind: 'number',
    label: 'Wraparound services per participant a year',
    group: 'budget',
    unit: 'usd',
    defaultValue: 45_000,
    min: 0,
    max: 1_000_000,
    source: s(
      'CAPS-calibrated',
      'Housing, employment, health and social services for participants and their families; $45,000 reproduces the published Norfolk wraparound line exactly.',
    ),
  },

  directAssistancePerParticipant: {
    kind: 'number',
    label: 'Site teams: direct assistance per participant a year',
    group: 'budget',
    unit: 'usd',
    defaultValue: 5_000,
    min: 0,
    max: 1_000_000,
    sourceRange: [5_000, 23_000],
    source: s(
      'assumption',
      'Replaces wraparound under site teams. Bounded by research: Advance Peace about $10,000 per fellow a year all-in (Sacramento, $1.5M over three years for 50 fellows); READI Chicago $23,000 per participant all-in, paid jobs included; the HVIP costing study about $10,800 per client all-in.',
    ),
  },

  // Optional lines (off by default)
  'stipends.enabled': {
    kind: 'switch',
    label: 'Participant stipends',
    group: 'optional-lines',
    unit: 'switch',
    defaultValue: false,
    source: s('research', 'Advance Peace fellowships; READI Chicago transitional jobs at $15/hour.'),
  },
  'stipends.participantShare': {
    kind: 'number',
    label: 'Participant stipends: share of participants paid',
    group: 'optional-lines',
    unit: 'rate',
    defaultValue: 0.5,
    min: 0,
    max: 1,
    source: s('assumption', 'Half of participants in a paid fellowship or job at any time.'),
  },
  'stipends.monthlyAmount': {
    kind: 'number',
    label: 'Participant stipends: amount a month',
    group: 'optional-lines',
    unit: 'usd',
    defaultValue: 500,
    min: 0,
    max: 10_000,
    source: s('assumption', 'Round figure for a monthly fellowship stipend.'),
  },
  'stipends.months': {
    kind: 'number',
    label: 'Participant stipends: months a year',
    group: 'optional-lines',
    unit: 'months',
    defaultValue: 12,
    min: 0,
    max: 12,
    integer: true,
    source: s('assumption', 'Paid all year.'),
  },
  'wellness.enabled': {
    kind: 'switch',
    label: 'Worker wellness & safety',
    group: 'optional-lines',
    unit: 'switch',
    defaultValue: false,
    source: s('assumption', 'Motivated by worker-safety studies (Chicago: 20% of outreach workers shot at on the job).'),
  },
  'wellness.perWorker': {
    kind: 'number',
    label: 'Worker wellness & safety: amount per frontline worker a year',
    group: 'optional-lines',
    unit: 'usd',
    defaultValue: 2_500,
    min: 0,
    max: 100_000,
    source: s('assumption', 'Clinical supervision, safety gear and insurance.'),
  },
  'indirect.enabled': {
    kind: 'switch',
    label: 'Indirect costs',
    group: 'optional-lines',
    unit: 'switch',
    defaultValue: false,
    source: s('research', '2 CFR 200.414(f) de minimis indirect cost rate.'),
  },
  'indirect.rateBasis': {
    kind: 'choice',
    label: 'Indirect costs: rate basis',
    group: 'optional-lines',
    unit: 'choice',
    defaultValue: 'de-minimis',
    options: [
      { value: 'de-minimis', label: 'De minimis rate for the award date (10% or 15%)' },
      { value: 'negotiated', label: 'A negotiated indirect cost rate' },
    ],
    source: s('research', '2 CFR 200.414(f): 10% of MTDC for awards before 2024-10-01, up to 15% for awards made on or after.'),
  } satisfies ChoiceParam<IndirectRateBasis>,
  'indirect.rate': {
    kind: 'number',
    label: 'Indirect costs: negotiated rate on modified total direct costs',
    group: 'optional-lines',
    unit: 'rate',
    defaultValue: 0.15,
    min: 0,
    max: 1,
    source: s('assumption', 'Used only when the rate basis is a negotiated rate; replace with the organization’s negotiated rate agreement.'),
  },
  'indirect.revisedUniformGuidance': {
    kind: 'switch',
    label: 'Indirect costs: award made on or after 2024-10-01 (revised 2 CFR 200)',
    group: 'optional-lines',
    unit: 'switch',
    defaultValue: true,
    source: s(
      'research',
      '2 CFR 200.1 (MTDC): only the first $25,000 of each subaward counts, $50,000 for awards made on or after 2024-10-01.',
    ),
  },
  'indirect.subawardCount': {
    kind: 'number',
    label: 'Indirect costs: organizations delivering the frontline work (0 = one per role team)',
    group: 'optional-lines',
    unit: 'count',
    defaultValue: 0,
    min: 0,
    max: 1000,
    integer: true,
    source: s('assumption', 'docs/methodology.md §10: by default one subaward per frontline role’s team.'),
  },

  // §6 Multi-year plan
  salaryGrowth: {
    kind: 'number',
    label: 'Salary growth a year (cost-of-living adjustment)',
    group: 'multi-year',
    unit: 'rate',
    defaultValue: 0.03,
    min: 0,
    max: 0.5,
    source: s('assumption', 'docs/methodology.md §6: salaries grow 3% a year.'),
  },
  costGrowth: {
    kind: 'number',
    label: 'Growth of other costs a year',
    group: 'multi-year',
    unit: 'rate',
    defaultValue: 0.025,
    min: 0,
    max: 0.5,
    source: s('assumption', 'docs/methodology.md §6: wraparound and other non-salary costs grow 2.5% a year.'),
  },
  'startup.enabled': {
    kind: 'switch',
    label: 'One-time start-up costs in the first year',
    group: 'multi-year',
    unit: 'switch',
    defaultValue: false,
    source: s('research', 'Recruitment, a training academy (Chicago’s Metropolitan Peace Academy runs 144 hours over 18 weeks) and equipment.'),
  },
  'startup.recruitmentPerHire': {
    kind: 'number',
    label: 'Start-up: recruitment and hiring per person hired',
    group: 'multi-year',
    unit: 'usd',
    defaultValue: 2_500,
    min: 0,
    max: 100_000,
    source: s('assumption', 'Advertising, screening and background checks for each first-year hire.'),
  },
  'startup.academyPerWorker': {
    kind: 'number',
    label: 'Start-up: training academy per frontline worker',
    group: 'multi-year',
    unit: 'usd',
    defaultValue: 5_000,
    min: 0,
    max: 100_000,
    source: s('assumption', 'About 144 hours of instruction per worker, after Chicago’s Metropolitan Peace Academy (18 weeks).'),
  },
  'startup.equipmentPerWorker': {
    kind: 'number',
    label: 'Start-up: equipment per person (phone, laptop, safety gear)',
    group: 'multi-year',
    unit: 'usd',
    defaultValue: 1_500,
    min: 0,
    max: 100_000,
    source: s('assumption', 'Below the federal equipment threshold per unit, so it is budgeted as supplies.'),
  },

  // §8 Cost of violence (context, never a prediction)
  'violenceCost.basis': {
    kind: 'choice',
    label: 'Taxpayer cost of a shooting: basis',
    group: 'cost-of-violence',
    unit: 'choice',
    defaultValue: 'everytown',
    options: [
      { value: 'everytown', label: 'Everytown national averages (fatal and nonfatal)' },
      { value: 'local', label: 'A local study’s cost per shooting' },
    ],
    source: s('research', 'Everytown for Gun Safety, the economic cost of gun violence: taxpayer costs per shooting.'),
  } satisfies ChoiceParam<ViolenceCostBasis>,
  'violenceCost.fatal': {
    kind: 'number',
    label: 'Taxpayer cost per fatal shooting (Everytown)',
    group: 'cost-of-violence',
    unit: 'usd',
    defaultValue: 270_399,
    min: 0,
    max: 100_000_000,
    source: s('research', 'Everytown: taxpayer cost per gun death $270,399.'),
  },
  'violenceCost.nonfatal': {
    kind: 'number',
    label: 'Taxpayer cost per nonfatal shooting injury (Everytown)',
    group: 'cost-of-violence',
    unit: 'usd',
    defaultValue: 52_585,
    min: 0,
    max: 100_000_000,
    source: s('research', 'Everytown: taxpayer cost per nonfatal gun injury $52,585.'),
  },
  'violenceCost.localPerShooting': {
    kind: 'number',
    label: 'Taxpayer cost per shooting (local study)',
    group: 'cost-of-violence',
    unit: 'usd',
    defaultValue: 780_000,
    min: 0,
    max: 100_000_000,
    sourceRange: [780_000, 3_190_000],
    source: s('research', 'NICJR city studies put a shooting at $0.78M–3.19M in direct taxpayer cost; the low end is the default. Replace with your city’s study.'),
  },
} as const satisfies Record<string, ParamSpec>;

/**
 * The catalog. Keys are a public contract (stored in saved plans, share links and plan files);
 * renaming one needs a migration. Order: high-risk, each role's parameters, site teams, then the rest.
 */
export const PARAMS = {
  ...HIGH_RISK_PARAMS,
  ...(Object.fromEntries(roleParamEntries()) as RoleParamSpecs),
  ...SITE_PARAMS,
  ...OTHER_PARAMS,
};


export type IndirectRateBasis = 'de-minimis' | 'negotiated';
export type ViolenceCostBasis = 'everytown' | 'local';

export type ParamId = keyof typeof PARAMS;
export const PARAM_IDS = Object.keys(PARAMS) as ParamId[];

type ValueOf<P> = P extends { kind: 'number' }
  ? number
  : P extends { kind: 'switch' }
    ? boolean
    : P extends ChoiceParam<infer T>
      ? T
      : never;

/** A complete, resolved set of assumptions: every parameter has a value. */
export type Assumptions = { -readonly [K in ParamId]: ValueOf<(typeof PARAMS)[K]> };

/** What a user changed relative to the preset. Stored, shared and exported; never computed numbers. */
export type AssumptionOverrides = Partial<Assumptions>;

export function paramSpec(id: ParamId): ParamSpec {
  return PARAMS[id];
}

const ROLE_PARAM_KEYS = new Map<string, ParamId>(roleParamEntries().map(([id]) => [id, id as ParamId]));

/**
 * The catalog key of a role's parameter — `${role}.${key}`, the one place it is built — or an
 * error when the role has no such parameter (roles.ts lists each role's parameters).
 */
export function roleParam(role: RoleId, key: string): ParamId {
  const id = ROLE_PARAM_KEYS.get(`${role}.${key}`);
  if (id === undefined) throw new Error(`role ${role} has no parameter ${key}`);
  return id;
}

/** The role ratios whose values are uncertain (caseloads), in table order, with their short names. */
export const UNCERTAIN_ROLE_RATIOS: readonly { readonly id: ParamId; readonly analysisLabel: string }[] = roleParamEntries().flatMap(([id, spec]) =>
  spec.kind === 'number' && spec.analysisLabel !== undefined ? [{ id: id as ParamId, analysisLabel: spec.analysisLabel }] : [],
);

/** Each role's key for one of its parameters, for the roles that have it (looked up once by hot code). */
export function roleParamKeys(key: string): Readonly<Partial<Record<RoleId, ParamId>>> {
  const out: Partial<Record<RoleId, ParamId>> = {};
  for (const [id] of roleParamEntries()) {
    const [role, k] = id.split('.') as [RoleId, string];
    if (k === key) out[role] = id as ParamId;
  }
  return out;
}

export const BASE_DEFAULTS: Assumptions = Object.fromEntries(
  PARAM_IDS.map((id) => [id, PARAMS[id].defaultValue]),
) as Assumptions;

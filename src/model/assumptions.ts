// Every default parameter of the planning methodology, with the source it comes from.
// This catalog is the single home of the numbers in ../shared/methodology.md §2–4: the zod
// schema, the presets, the assumptions editor, the explanations and the exports all read it.
import { ROLE_IDS, type RoleId } from './roles';

export type SourceLabel = 'CAPS' | 'CAPS-calibrated' | 'research' | 'assumption';

export interface Source {
  readonly label: SourceLabel;
  readonly citation: string;
}

export type ParamUnit =
  | 'rate' // a share, stored as a fraction (0.3 = 30%)
  | 'usd' // whole US dollars a year unless the label says otherwise
  | 'people' // people per worker, people per 100,000, residents
  | 'count' // a whole number of something
  | 'multiplier'
  | 'months'
  | 'switch' // on/off
  | 'choice';

interface ParamBase {
  readonly label: string;
  readonly group: ParamGroup;
  readonly unit: ParamUnit;
  readonly source: Source;
  /** Help text shown in the editor: what the number means in the field. */
  readonly help?: string;
}

export interface NumberParam extends ParamBase {
  readonly kind: 'number';
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  /** Whether min itself is allowed (caseloads must be above 0, not 0). */
  readonly minExclusive?: boolean;
  readonly integer?: boolean;
  /** Range the sources give for this value, for sensitivity and uncertainty work. */
  readonly sourceRange?: readonly [number, number];
}

export interface SwitchParam extends ParamBase {
  readonly kind: 'switch';
  readonly defaultValue: boolean;
}

export interface ChoiceParam<T extends string = string> extends ParamBase {
  readonly kind: 'choice';
  readonly defaultValue: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
}

export type ParamSpec = NumberParam | SwitchParam | ChoiceParam;

export type ParamGroup =
  | 'high-risk'
  | 'roles'
  | 'personnel'
  | 'budget'
  | 'optional-lines'
  | 'multi-year'
  | 'cost-of-violence';

const CAPS_CALIBRATED_NORFOLK =
  'Calibrated so the CAPS method reproduces the published Norfolk, VA profile (methodology §9); CAPS does not publish this value.';

const s = (label: SourceLabel, citation: string): Source => ({ label, citation });

const caseload = (
  role: string,
  defaultValue: number,
  source: Source,
  extra: Partial<NumberParam> = {},
): NumberParam => ({
  kind: 'number',
  label: `${role}: caseload (people per worker)`,
  group: 'roles',
  unit: 'people',
  defaultValue,
  // At least one person per worker: a caseload near 0 would mean unbounded staff.
  min: 1,
  max: 1000,
  source,
  ...extra,
});

const salary = (role: string, defaultValue: number, source: Source): NumberParam => ({
  kind: 'number',
  label: `${role}: salary (year 1, before benefits)`,
  group: 'personnel',
  unit: 'usd',
  defaultValue,
  min: 0,
  max: 1_000_000,
  source,
});

const roleSwitch = (role: string, defaultValue: boolean, source: Source): SwitchParam => ({
  kind: 'switch',
  label: `${role}: include this role`,
  group: 'roles',
  unit: 'switch',
  defaultValue,
  source,
});

const NATIONAL_SALARY = s(
  'CAPS-calibrated',
  'CAPS uses national pay averages plus benefits; $60,000 with 30% fringe reproduces the Norfolk frontline line within 0.02%.',
);

/**
 * The catalog. Keys are a public contract (stored in saved plans, share links and plan files);
 * renaming one needs a migration.
 */
export const PARAMS = {
  // §2 High-risk population
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

  // §3 Roles, drivers and caseloads
  'street-outreach.enabled': roleSwitch('Street outreach workers', true, s('CAPS', 'CAPS role: Street Outreach Workers.')),
  'street-outreach.caseload': caseload(
    'Street outreach workers',
    15,
    s('CAPS-calibrated', `${CAPS_CALIBRATED_NORFOLK} Cure Violence caseloads run 15–20 per worker.`),
    { sourceRange: [15, 20] },
  ),
  'street-outreach.salary': salary('Street outreach workers', 60_000, NATIONAL_SALARY),

  'mediator.enabled': roleSwitch('Mediators / violence interrupters', true, s('CAPS', 'CAPS role: Mediators.')),
  'mediator.caseload': caseload('Mediators / violence interrupters', 14, s('CAPS-calibrated', CAPS_CALIBRATED_NORFOLK)),
  'mediator.salary': salary('Mediators / violence interrupters', 60_000, NATIONAL_SALARY),

  'case-manager.enabled': roleSwitch('Case managers / life coaches', true, s('CAPS', 'CAPS role: Case Managers.')),
  'case-manager.caseload': caseload('Case managers / life coaches', 24, s('CAPS-calibrated', CAPS_CALIBRATED_NORFOLK)),
  'case-manager.salary': salary('Case managers / life coaches', 60_000, NATIONAL_SALARY),

  'family-case-manager.enabled': roleSwitch('Family case managers', true, s('CAPS', 'CAPS role: Family Case Managers.')),
  'family-case-manager.caseload': caseload('Family case managers', 48, s('CAPS-calibrated', CAPS_CALIBRATED_NORFOLK)),
  'family-case-manager.salary': salary('Family case managers', 60_000, NATIONAL_SALARY),

  'victim-advocate.enabled': roleSwitch('Victim advocates', true, s('CAPS', 'CAPS role: Victim Advocates.')),
  'victim-advocate.caseload': caseload('Victim advocates', 30, s('CAPS-calibrated', CAPS_CALIBRATED_NORFOLK)),
  'victim-advocate.salary': salary('Victim advocates', 60_000, NATIONAL_SALARY),

  'hospital-responder.enabled': roleSwitch(
    'Hospital responders',
    true,
    s('CAPS', 'CAPS role: HVIP Violence Intervention Specialists.'),
  ),
  'hospital-responder.driver': {
    kind: 'choice',
    label: 'Hospital responders: what drives their number',
    group: 'roles',
    unit: 'choice',
    defaultValue: 'participants',
    options: [
      { value: 'participants', label: 'Program participants (CAPS)' },
      { value: 'hospital-clients', label: 'Hospital clients when nonfatal shootings are given' },
    ],
    source: s('CAPS', 'CAPS sizes HVIP specialists from the high-risk population.'),
  } satisfies ChoiceParam<HospitalDriver>,
  'hospital-responder.caseload': caseload(
    'Hospital responders (driven by participants)',
    40,
    s('CAPS-calibrated', CAPS_CALIBRATED_NORFOLK),
  ),
  'hospital-responder.clientsPerResponder': {
    kind: 'number',
    label: 'Hospital responders (driven by hospital clients): clients a year per responder',
    group: 'roles',
    unit: 'people',
    defaultValue: 40,
    min: 1,
    max: 1000,
    source: s(
      'assumption',
      'Active caseload of 20 over the six months or more of case management CAPS describes: about 40 new clients a year.',
    ),
  },
  'hospital-responder.salary': salary('Hospital responders', 60_000, NATIONAL_SALARY),

  'trauma-counselor.enabled': roleSwitch(
    'Trauma counselors',
    false,
    s('assumption', 'CAPS strategy "targeted trauma-informed care" names no position; the shooting-informed preset adds licensed clinicians.'),
  ),
  'trauma-counselor.caseload': caseload(
    'Trauma counselors',
    50,
    s(
      'assumption',
      'Clinical caseload of 25, with half of the people served needing clinical care. Grand Rapids Cure Violence sites staff one counselor per 8-person site.',
    ),
  ),
  'trauma-counselor.salary': salary(
    'Trauma counselors',
    75_000,
    s('assumption', 'Licensed clinician pay above the frontline average.'),
  ),

  'supervisor.enabled': roleSwitch('CVI supervisors', true, s('CAPS', 'CAPS role: CVI Supervisors.')),
  'supervisor.workersPerSupervisor': {
    kind: 'number',
    label: 'CVI supervisors: frontline workers per supervisor',
    group: 'roles',
    unit: 'people',
    defaultValue: 5,
    min: 1,
    max: 100,
    source: s('CAPS-calibrated', CAPS_CALIBRATED_NORFOLK),
  },
  'supervisor.minimum': {
    kind: 'number',
    label: 'CVI supervisors: minimum when any frontline worker is planned',
    group: 'roles',
    unit: 'count',
    defaultValue: 1,
    min: 0,
    max: 100,
    integer: true,
    source: s('assumption', 'Every frontline team needs someone to supervise it.'),
  },
  'supervisor.salary': salary('CVI supervisors', 80_000, s('CAPS-calibrated', CAPS_CALIBRATED_NORFOLK)),

  'ovp-staff.enabled': roleSwitch('Office of Violence Prevention staff', true, s('CAPS', 'CAPS role: OVP Staff.')),
  'ovp-staff.staffAtReference': {
    kind: 'number',
    label: 'OVP staff at the reference population',
    group: 'roles',
    unit: 'people',
    defaultValue: 4,
    min: 0,
    max: 1000,
    source: s('CAPS-calibrated', 'The published Norfolk, VA profile has 4 OVP staff.'),
  },
  'ovp-staff.referencePopulation': {
    kind: 'number',
    label: 'OVP staff: reference population',
    group: 'roles',
    unit: 'people',
    defaultValue: 238_005,
    min: 1,
    max: 50_000_000,
    integer: true,
    source: s('CAPS-calibrated', 'Norfolk, VA, 2020 Census population.'),
  },
  'ovp-staff.minimum': {
    kind: 'number',
    label: 'OVP staff: minimum for any place',
    group: 'roles',
    unit: 'count',
    defaultValue: 1,
    min: 0,
    max: 100,
    integer: true,
    source: s(
      'assumption',
      'Square-root growth with a minimum of one stands for CAPS’s unpublished economies of scale.',
    ),
  },
  'ovp-staff.salary': salary('Office of Violence Prevention staff', 90_000, s('CAPS-calibrated', CAPS_CALIBRATED_NORFOLK)),

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
    source: s('assumption', 'Methodology §10: by default one subaward per frontline role’s team.'),
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
    source: s('assumption', 'Methodology §6: salaries grow 3% a year.'),
  },
  costGrowth: {
    kind: 'number',
    label: 'Growth of other costs a year',
    group: 'multi-year',
    unit: 'rate',
    defaultValue: 0.025,
    min: 0,
    max: 0.5,
    source: s('assumption', 'Methodology §6: wraparound and other non-salary costs grow 2.5% a year.'),
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

export type HospitalDriver = 'participants' | 'hospital-clients';
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

export function isParamId(key: string): key is ParamId {
  return Object.prototype.hasOwnProperty.call(PARAMS, key);
}

/** Role parameter ids, for code that walks roles generically. */
export function roleParam<S extends 'enabled' | 'salary'>(role: RoleId, suffix: S): ParamId {
  return `${role}.${suffix}` as ParamId;
}

export const BASE_DEFAULTS: Assumptions = Object.fromEntries(
  PARAM_IDS.map((id) => [id, PARAMS[id].defaultValue]),
) as Assumptions;

// Every role must have an enabled switch and a salary in the catalog.
for (const role of ROLE_IDS) {
  if (!isParamId(`${role}.enabled`) || !isParamId(`${role}.salary`)) {
    throw new Error(`assumptions catalog is missing parameters for role ${role}`);
  }
}

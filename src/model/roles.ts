// The roles of a CVI ecosystem: one row per role with what the job is, how its number is sized
// (its driver) and its sourced parameters (docs/methodology.md §3). The role ids and parameter keys are a
// public contract — saved plans, share links, CSV and workbook exports store them — so never
// rename one without a migration. Adding a role is one row here (with its parameters); the
// staffing, pricing, explanations, analyses and exports walk this table.
import {
  CAPS_CALIBRATED_NORFOLK,
  caseloadParam,
  roleSwitchParam,
  salaryParam,
  source as s,
  type ChoiceParam,
  type ParamSpec,
} from './paramSpec';

/**
 * How a role's number is sized:
 * - `participants`: participants ÷ the role's `caseload`;
 * - `participants-or-hospital-clients`: hospital clients ÷ `clientsPerResponder` when the `driver`
 *   choice says so and nonfatal shootings are given, else participants ÷ `caseload`;
 * - `participants-and-hospital-clients`: (participants + hospital clients) ÷ `caseload`;
 * - `frontline-headcount`: frontline workers ÷ `workersPerSupervisor`, at least `minimum`
 *   whenever any frontline worker is planned;
 * - `population`: `staffAtReference` × √(population ÷ `referencePopulation`), at least `minimum`.
 * The first three are frontline roles, ramped up in a multi-year plan; the others follow them.
 */
export type RoleSizing =
  | 'participants'
  | 'participants-or-hospital-clients'
  | 'participants-and-hospital-clients'
  | 'frontline-headcount'
  | 'population';

export type HospitalDriver = 'participants' | 'hospital-clients';

interface RoleRow {
  readonly label: string;
  /** The label CAPS uses on its city profiles, or null where CAPS names no position. */
  readonly capsLabel: string | null;
  readonly budgetLine: 'frontline' | 'supervision-ovp';
  /**
   * Who employs the role (docs/methodology.md §10): community organizations under subawards, or
   * the city itself (personnel and fringe on the federal worksheet).
   */
  readonly employer: 'community' | 'city';
  /** What the job is, in plain words (after the CAPS role descriptions). */
  readonly description: string;
  readonly sizing: RoleSizing;
  /** The role's parameters, in catalog order; each is stored as `${role id}.${key}`. */
  readonly params: { readonly enabled: ParamSpec; readonly salary: ParamSpec } & Readonly<Record<string, ParamSpec>>;
}

const NATIONAL_SALARY = s(
  'CAPS-calibrated',
  'CAPS uses national pay averages plus benefits; $60,000 with 30% fringe reproduces the Norfolk frontline line within 0.02%.',
);

/** A frontline role sized by participants ÷ caseload at the national salary. */
function participantRole(
  label: string,
  capsLabel: string,
  description: string,
  caseload: number,
  caseloadSource: string,
  analysisLabel: string,
  extra: { sourceRange?: readonly [number, number] } = {},
) {
  return {
    label,
    capsLabel,
    budgetLine: 'frontline',
    employer: 'community',
    description,
    sizing: 'participants',
    params: {
      enabled: roleSwitchParam(label, true, s('CAPS', `CAPS role: ${capsLabel}.`)),
      caseload: caseloadParam(label, caseload, s('CAPS-calibrated', caseloadSource), { ...extra, analysisLabel }),
      salary: salaryParam(label, 60_000, NATIONAL_SALARY),
    },
  } as const;
}

export const ROLES = {
  'street-outreach': participantRole(
    'Street outreach workers',
    'Street Outreach Workers',
    'Credible messengers who build trust with the people at highest risk where they are — on the block, at home, after a shooting — and connect them to the program.',
    15,
    `${CAPS_CALIBRATED_NORFOLK} Cure Violence caseloads run 15–20 per worker.`,
    'Street outreach caseload',
    { sourceRange: [15, 20] },
  ),
  mediator: participantRole(
    'Mediators / violence interrupters',
    'Mediators',
    'Detect brewing conflicts and defuse them before they turn into shootings, including retaliation after an incident; available nights and weekends.',
    14,
    CAPS_CALIBRATED_NORFOLK,
    'Mediator caseload',
  ),
  'case-manager': participantRole(
    'Case managers / life coaches',
    'Case Managers',
    'Work one-on-one with participants on a life plan — housing, work, school, court, health — and stay with them for months, not days.',
    24,
    CAPS_CALIBRATED_NORFOLK,
    'Case manager caseload',
  ),
  'family-case-manager': participantRole(
    'Family case managers',
    'Family Case Managers',
    'Support the families around participants: parents, partners and children, whose stability keeps a participant on track.',
    48,
    CAPS_CALIBRATED_NORFOLK,
    'Family case manager caseload',
  ),
  'victim-advocate': participantRole(
    'Victim advocates',
    'Victim Advocates',
    'Help people harmed by violence and their families through the aftermath: compensation claims, relocation, court, funerals and recovery.',
    30,
    CAPS_CALIBRATED_NORFOLK,
    'Victim advocate caseload',
  ),
  'hospital-responder': {
    label: 'Hospital responders',
    capsLabel: 'HVIP Violence Intervention Specialists',
    budgetLine: 'frontline',
    employer: 'community',
    description:
      'Meet people at the bedside after a violent injury, when the risk of retaliation and re-injury is highest, and follow them into the community after discharge.',
    sizing: 'participants-or-hospital-clients',
    params: {
      enabled: roleSwitchParam('Hospital responders', true, s('CAPS', 'CAPS role: HVIP Violence Intervention Specialists.')),
      driver: {
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
      caseload: caseloadParam('Hospital responders (driven by participants)', 40, s('CAPS-calibrated', CAPS_CALIBRATED_NORFOLK), {
        analysisLabel: 'Hospital responder caseload (participants)',
      }),
      clientsPerResponder: {
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
        analysisLabel: 'Hospital responder caseload (clients a year)',
      },
      salary: salaryParam('Hospital responders', 60_000, NATIONAL_SALARY),
    },
  },
  'trauma-counselor': {
    label: 'Trauma counselors',
    capsLabel: null,
    budgetLine: 'frontline',
    employer: 'community',
    description:
      'Licensed clinicians who provide trauma-informed therapy to participants and shooting survivors, and clinical support to the frontline team.',
    sizing: 'participants-and-hospital-clients',
    params: {
      enabled: roleSwitchParam(
        'Trauma counselors',
        false,
        s('assumption', 'CAPS strategy "targeted trauma-informed care" names no position; the shooting-informed preset adds licensed clinicians.'),
      ),
      caseload: caseloadParam(
        'Trauma counselors',
        50,
        s(
          'assumption',
          'Clinical caseload of 25, with half of the people served needing clinical care. Grand Rapids Cure Violence sites staff one counselor per 8-person site.',
        ),
        { analysisLabel: 'Trauma counselor caseload' },
      ),
      salary: salaryParam('Trauma counselors', 75_000, s('assumption', 'Licensed clinician pay above the frontline average.')),
    },
  },
  supervisor: {
    label: 'CVI supervisors',
    capsLabel: 'CVI Supervisors',
    budgetLine: 'supervision-ovp',
    employer: 'community',
    description:
      'Lead frontline teams: assign and review cases, keep workers safe and supported, and hold the program to its model.',
    sizing: 'frontline-headcount',
    params: {
      enabled: roleSwitchParam('CVI supervisors', true, s('CAPS', 'CAPS role: CVI Supervisors.')),
      workersPerSupervisor: {
        kind: 'number',
        label: 'CVI supervisors: frontline workers per supervisor',
        group: 'roles',
        unit: 'people',
        defaultValue: 5,
        min: 1,
        max: 100,
        source: s('CAPS-calibrated', CAPS_CALIBRATED_NORFOLK),
      },
      minimum: {
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
      salary: salaryParam('CVI supervisors', 80_000, s('CAPS-calibrated', CAPS_CALIBRATED_NORFOLK)),
    },
  },
  'ovp-staff': {
    label: 'Office of Violence Prevention staff',
    capsLabel: 'OVP Staff',
    budgetLine: 'supervision-ovp',
    employer: 'city',
    description:
      'City staff who coordinate the ecosystem: contract with community organizations, align police, hospitals and schools, manage data and report to the public.',
    sizing: 'population',
    params: {
      enabled: roleSwitchParam('Office of Violence Prevention staff', true, s('CAPS', 'CAPS role: OVP Staff.')),
      staffAtReference: {
        kind: 'number',
        label: 'OVP staff at the reference population',
        group: 'roles',
        unit: 'people',
        defaultValue: 4,
        min: 0,
        max: 1000,
        source: s('CAPS-calibrated', 'The published Norfolk, VA profile has 4 OVP staff.'),
      },
      referencePopulation: {
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
      minimum: {
        kind: 'number',
        label: 'OVP staff: minimum for any place',
        group: 'roles',
        unit: 'count',
        defaultValue: 1,
        min: 0,
        max: 100,
        integer: true,
        source: s('assumption', 'Square-root growth with a minimum of one stands for CAPS’s unpublished economies of scale.'),
      },
      salary: salaryParam('Office of Violence Prevention staff', 90_000, s('CAPS-calibrated', CAPS_CALIBRATED_NORFOLK)),
    },
  },
} as const satisfies Record<string, RoleRow>;

type RoleTable = typeof ROLES;
export type RoleId = keyof RoleTable;

/** Role ids in table order (the order of every staffing table and export). */
export const ROLE_IDS = Object.keys(ROLES) as [RoleId, ...RoleId[]];

type FrontlineOf<R extends RoleId> = R extends RoleId ? (RoleTable[R]['budgetLine'] extends 'frontline' ? R : never) : never;
export type FrontlineRoleId = FrontlineOf<RoleId>;
export const FRONTLINE_ROLE_IDS = ROLE_IDS.filter((id) => ROLES[id].budgetLine === 'frontline') as FrontlineRoleId[];

type RoleParamKey<R extends RoleId> = keyof RoleTable[R]['params'] & string;
/** A role parameter's key in the assumptions catalog: `${role}.${key}`. */
export type RoleParamId = { [R in RoleId]: `${R}.${RoleParamKey<R>}` }[RoleId];

/** Every role parameter as `[catalog key, spec]`, in table order: where the keys are built. */
export function roleParamEntries(): [RoleParamId, ParamSpec][] {
  const out: [RoleParamId, ParamSpec][] = [];
  for (const role of ROLE_IDS) {
    for (const [key, spec] of Object.entries(ROLES[role].params)) out.push([`${role}.${key}` as RoleParamId, spec]);
  }
  return out;
}

export const BUDGET_LINE_IDS = [
  'frontline',
  'supervision-ovp',
  'training-ta',
  'data-evaluation',
  'wraparound',
  'stipends',
  'wellness',
  'indirect',
  'startup',
] as const;
export type BudgetLineId = (typeof BUDGET_LINE_IDS)[number];

export interface BudgetLineInfo {
  readonly id: BudgetLineId;
  readonly label: string;
  readonly optional: boolean;
  readonly description: string;
}

export const BUDGET_LINES: Readonly<Record<BudgetLineId, BudgetLineInfo>> = {
  frontline: {
    id: 'frontline',
    label: 'Frontline CVI workers',
    optional: false,
    description: 'Salaries and benefits of every frontline role.',
  },
  'supervision-ovp': {
    id: 'supervision-ovp',
    label: 'CVI supervision & OVP staff',
    optional: false,
    description: 'Salaries and benefits of supervisors and Office of Violence Prevention staff.',
  },
  'training-ta': {
    id: 'training-ta',
    label: 'Staff training & technical assistance',
    optional: false,
    description: 'Training, coaching and technical assistance for the whole workforce.',
  },
  'data-evaluation': {
    id: 'data-evaluation',
    label: 'Data & evaluation',
    optional: false,
    description: 'Data systems, performance monitoring and independent evaluation.',
  },
  wraparound: {
    id: 'wraparound',
    label: 'Wraparound services',
    optional: false,
    description: 'Housing, employment, health and social services for participants and their families.',
  },
  stipends: {
    id: 'stipends',
    label: 'Participant stipends',
    optional: true,
    description: 'Paid fellowships or transitional jobs for participants.',
  },
  wellness: {
    id: 'wellness',
    label: 'Worker wellness & safety',
    optional: true,
    description: 'Clinical supervision, safety gear and insurance for frontline workers.',
  },
  indirect: {
    id: 'indirect',
    label: 'Indirect costs',
    optional: true,
    description: 'Administrative overhead at a rate on modified total direct costs (MTDC).',
  },
  startup: {
    id: 'startup',
    label: 'One-time start-up costs',
    optional: true,
    description: 'Recruitment, a training academy and equipment in the first year of a multi-year plan.',
  },
};

// Roles and budget lines of a CVI ecosystem. The ids are a public contract: saved plans,
// share links, CSV and workbook exports store them. Never rename one without a migration.

export const ROLE_IDS = [
  'street-outreach',
  'mediator',
  'case-manager',
  'family-case-manager',
  'victim-advocate',
  'hospital-responder',
  'trauma-counselor',
  'supervisor',
  'ovp-staff',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export const FRONTLINE_ROLE_IDS = [
  'street-outreach',
  'mediator',
  'case-manager',
  'family-case-manager',
  'victim-advocate',
  'hospital-responder',
  'trauma-counselor',
] as const satisfies readonly RoleId[];
export type FrontlineRoleId = (typeof FRONTLINE_ROLE_IDS)[number];

/** Roles whose number comes from a caseload over participants (and hospital clients). */
export const CASELOAD_ROLE_IDS = [
  'street-outreach',
  'mediator',
  'case-manager',
  'family-case-manager',
  'victim-advocate',
  'trauma-counselor',
] as const satisfies readonly FrontlineRoleId[];

export interface RoleInfo {
  readonly id: RoleId;
  readonly label: string;
  /** The label CAPS uses on its city profiles, or null where CAPS names no position. */
  readonly capsLabel: string | null;
  readonly budgetLine: 'frontline' | 'supervision-ovp';
  /** What the job is, in plain words (after the CAPS role descriptions). */
  readonly description: string;
}

export const ROLES: Readonly<Record<RoleId, RoleInfo>> = {
  'street-outreach': {
    id: 'street-outreach',
    label: 'Street outreach workers',
    capsLabel: 'Street Outreach Workers',
    budgetLine: 'frontline',
    description:
      'Credible messengers who build trust with the people at highest risk where they are — on the block, at home, after a shooting — and connect them to the program.',
  },
  mediator: {
    id: 'mediator',
    label: 'Mediators / violence interrupters',
    capsLabel: 'Mediators',
    budgetLine: 'frontline',
    description:
      'Detect brewing conflicts and defuse them before they turn into shootings, including retaliation after an incident; available nights and weekends.',
  },
  'case-manager': {
    id: 'case-manager',
    label: 'Case managers / life coaches',
    capsLabel: 'Case Managers',
    budgetLine: 'frontline',
    description:
      'Work one-on-one with participants on a life plan — housing, work, school, court, health — and stay with them for months, not days.',
  },
  'family-case-manager': {
    id: 'family-case-manager',
    label: 'Family case managers',
    capsLabel: 'Family Case Managers',
    budgetLine: 'frontline',
    description:
      'Support the families around participants: parents, partners and children, whose stability keeps a participant on track.',
  },
  'victim-advocate': {
    id: 'victim-advocate',
    label: 'Victim advocates',
    capsLabel: 'Victim Advocates',
    budgetLine: 'frontline',
    description:
      'Help people harmed by violence and their families through the aftermath: compensation claims, relocation, court, funerals and recovery.',
  },
  'hospital-responder': {
    id: 'hospital-responder',
    label: 'Hospital responders',
    capsLabel: 'HVIP Violence Intervention Specialists',
    budgetLine: 'frontline',
    description:
      'Meet people at the bedside after a violent injury, when the risk of retaliation and re-injury is highest, and follow them into the community after discharge.',
  },
  'trauma-counselor': {
    id: 'trauma-counselor',
    label: 'Trauma counselors',
    capsLabel: null,
    budgetLine: 'frontline',
    description:
      'Licensed clinicians who provide trauma-informed therapy to participants and shooting survivors, and clinical support to the frontline team.',
  },
  supervisor: {
    id: 'supervisor',
    label: 'CVI supervisors',
    capsLabel: 'CVI Supervisors',
    budgetLine: 'supervision-ovp',
    description:
      'Lead frontline teams: assign and review cases, keep workers safe and supported, and hold the program to its model.',
  },
  'ovp-staff': {
    id: 'ovp-staff',
    label: 'Office of Violence Prevention staff',
    capsLabel: 'OVP Staff',
    budgetLine: 'supervision-ovp',
    description:
      'City staff who coordinate the ecosystem: contract with community organizations, align police, hospitals and schools, manage data and report to the public.',
  },
};

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

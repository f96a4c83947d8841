// The parameters of the site-based staffing model (docs/methodology.md §11), each with its
// source; part of the assumptions catalog (assumptions.ts) under these keys.
import { source as s, type ChoiceParam, type ParamSpec } from './paramSpec';

export type StaffingModel = 'caseloads' | 'sites';

/**
 * The site-based staffing model (docs/methodology.md §11): small teams that serve a neighbourhood's
 * highest-risk people, as street programs staff them. Read only when `staffingModel` is `sites`.
 */
export const SITE_PARAMS = {
  staffingModel: {
    kind: 'choice',
    label: 'Staffing model',
    group: 'sites',
    unit: 'choice',
    defaultValue: 'caseloads',
    options: [
      { value: 'caseloads', label: 'A caseload for every role (CAPS)' },
      { value: 'sites', label: 'Site teams (field practice: Cure Violence, New York CMS)' },
    ],
    source: s(
      'CAPS',
      'CAPS sizes every role from a caseload. Site teams are how street programs staff (Cure Violence; New York’s Crisis Management System): the site-based preset uses them (docs/methodology.md §11).',
    ),
  } satisfies ChoiceParam<StaffingModel>,
  'sites.participantsPerSite': {
    kind: 'number',
    label: 'Site teams: participants per site',
    group: 'sites',
    unit: 'people',
    defaultValue: 50,
    min: 1,
    max: 10_000,
    sourceRange: [45, 60],
    source: s('research', '3 outreach workers carrying 15–20 participants each (Cure Violence); cohorts of about 50 in Advance Peace and Crown Heights S.O.S.'),
  },
  'sites.streetOutreach': {
    kind: 'number',
    label: 'Site teams: street outreach workers per site',
    group: 'sites',
    unit: 'count',
    defaultValue: 3,
    min: 0,
    max: 100,
    integer: true,
    source: s('research', 'Grand Rapids Cure Violence sites: 3 outreach workers; New York CMS, South Bronx: 2.'),
  },
  'sites.interrupters': {
    kind: 'number',
    label: 'Site teams: violence interrupters per site (the mediator role)',
    group: 'sites',
    unit: 'count',
    defaultValue: 3,
    min: 0,
    max: 100,
    integer: true,
    source: s('research', 'Grand Rapids Cure Violence sites and New York CMS, South Bronx: 3 violence interrupters each.'),
  },
  'sites.traumaCounselors': {
    kind: 'number',
    label: 'Site teams: trauma counselors per site',
    group: 'sites',
    unit: 'count',
    defaultValue: 1,
    min: 0,
    max: 100,
    integer: true,
    source: s('research', 'Grand Rapids Cure Violence sites: 1 counselor per site.'),
  },
  'sites.supervisors': {
    kind: 'number',
    label: 'Site teams: site supervisors per site',
    group: 'sites',
    unit: 'count',
    defaultValue: 1,
    min: 0,
    max: 100,
    integer: true,
    source: s('research', 'Grand Rapids Cure Violence sites: 1 supervisor; New York CMS, South Bronx: 1 outreach supervisor.'),
  },
  'sites.caseManagement': {
    kind: 'switch',
    label: 'Site teams: add case managers, family case managers and victim advocates',
    group: 'sites',
    unit: 'switch',
    defaultValue: false,
    source: s(
      'assumption',
      'Site teams carry the case work themselves (Cure Violence, New York CMS); switched on, the three case-management roles are added at their caseloads (Roles and caseloads).',
    ),
  },
} as const satisfies Record<string, ParamSpec>;

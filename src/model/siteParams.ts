// The parameters of the site-based staffing model (docs/methodology.md §11), each with its
// source; part of the assumptions catalog (assumptions.ts) under these keys.
import { source as s, type ChoiceParam, type NumberParam, type ParamSpec } from './paramSpec';

export type StaffingModel = 'caseloads' | 'sites';

/**
 * The site-based staffing model (docs/methodology.md §11): small teams that serve a neighbourhood's
 * highest-risk people, as street programs staff them. Read only when `staffingModel` is `sites`.
 */
/** One role's people per site: a whole number from 0 to 100, with the site it was seen at. */
const perSite = (what: string, defaultValue: number, citation: string): NumberParam => ({
  kind: 'number',
  label: `Site teams: ${what}`,
  group: 'sites',
  unit: 'count',
  defaultValue,
  min: 0,
  max: 100,
  integer: true,
  source: s('research', citation),
});

export const SITE_PARAMS = {
  staffingModel: {
    kind: 'choice',
    label: 'Staffing model',
    group: 'sites',
    unit: 'choice',
    defaultValue: 'caseloads',
    options: [
      { value: 'caseloads', label: 'A caseload for every role (CAPS)' },
      { value: 'sites', label: 'Site teams (field practice)' },
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
  'sites.streetOutreach': perSite('street outreach workers per site', 3, 'Grand Rapids Cure Violence sites: 3 outreach workers; New York CMS, South Bronx: 2.'),
  'sites.interrupters': perSite('violence interrupters per site (the mediator role)', 3, 'Grand Rapids Cure Violence sites and New York CMS, South Bronx: 3 violence interrupters each.'),
  'sites.traumaCounselors': perSite('trauma counselors per site', 1, 'Grand Rapids Cure Violence sites: 1 counselor per site.'),
  'sites.supervisors': perSite('site supervisors per site', 1, 'Grand Rapids Cure Violence sites: 1 supervisor; New York CMS, South Bronx: 1 outreach supervisor.'),
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

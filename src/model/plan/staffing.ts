// Staffing (docs/methodology.md §3, §11 for site teams and §6 for a ramp-up year): each role's
// full-time equivalents and people to hire, sized by the driver its row in the role table names.
// Frontline roles are sized first (and ramped up in a multi-year plan); supervisors follow the
// frontline headcount; OVP staff follow the population and are at full strength from the first
// year. Under the site-based staffing model, street outreach workers, violence interrupters,
// trauma counselors and site supervisors are a fixed team per site instead.
import { PARAMS, roleParamKeys, type Assumptions, type ParamId } from '../assumptions';
import { ROLE_IDS, ROLES, type RoleId, type RoleSizing } from '../roles';
import { roundHalfUp } from './rounding';
import type { RolePlan, YearSpec } from './types';

/** One role's staffing before it is priced, with what its explanation needs. */
export interface RoleStaffing {
  readonly id: RoleId;
  readonly sizing: RoleSizing;
  readonly enabled: boolean;
  readonly driver: RolePlan['driver'];
  readonly ratio: number | null;
  readonly ratioLabel: string;
  /** The catalog key of the ratio (the caseload, clients per responder or workers per supervisor). */
  readonly ratioParam: ParamId | null;
  readonly fte: number;
  readonly headcount: number;
  /** People at full strength before this year's share (equal to headcount outside a ramp-up year). */
  readonly fullHeadcount: number;
  /** Hospital responders asked to follow hospital clients, but nonfatal shootings were not given. */
  readonly fellBack: boolean;
  readonly minimumApplied: boolean;
  /** People per site under the site-based staffing model (supervisors: site supervisors per site); null otherwise. */
  readonly perSite: number | null;
  /** A case-management role left out because site teams carry the case work (sites.caseManagement off). */
  readonly offInSiteTeams: boolean;
}

/** What the drivers are for this plan. */
export interface Drivers {
  readonly population: number;
  readonly fullParticipants: number;
  readonly hospitalClients: number;
  readonly hospitalClientsGiven: boolean;
  /** Site teams at full strength (docs/methodology.md §11); 0 under the caseload model. */
  readonly sites: number;
}

/**
 * Sites S = ⌈P ÷ participants per site − 10⁻⁹⌉, 0 when there are no participants; always 0 under
 * the caseload model. (The 10⁻⁹ keeps P = 100.00000000001 from a floating-point product at 2 sites.)
 */
export function sitesOf(a: Assumptions, fullParticipants: number): number {
  if (a.staffingModel !== 'sites' || !(fullParticipants > 0)) return 0;
  return Math.max(0, Math.ceil(fullParticipants / a['sites.participantsPerSite'] - 1e-9));
}

/** The per-site count of each role a site team staffs, and the roles site teams leave to case management. */
export const SITE_TEAM_PARAM: Readonly<Partial<Record<RoleId, ParamId>>> = {
  'street-outreach': 'sites.streetOutreach',
  mediator: 'sites.interrupters',
  'trauma-counselor': 'sites.traumaCounselors',
  supervisor: 'sites.supervisors',
};
export const CASE_MANAGEMENT_ROLES: readonly RoleId[] = ['case-manager', 'family-case-manager', 'victim-advocate'];

/** Roles sized from participants or hospital clients: the frontline, ramped up year by year. */
const isCaseloadSizing = (sizing: RoleSizing) =>
  sizing === 'participants' || sizing === 'participants-or-hospital-clients' || sizing === 'participants-and-hospital-clients';

// Each role's parameter keys, looked up once: staffing reads them for every role of every plan.
const keysOf = (key: string) => roleParamKeys(key) as Record<RoleId, ParamId>;
const ENABLED_KEY = keysOf('enabled');
const CASELOAD_KEY = keysOf('caseload');
const HOSPITAL_DRIVER_KEY = keysOf('driver');
const CLIENTS_KEY = keysOf('clientsPerResponder');
const PER_SUPERVISOR_KEY = keysOf('workersPerSupervisor');
const MINIMUM_KEY = keysOf('minimum');
const AT_REFERENCE_KEY = keysOf('staffAtReference');
const REFERENCE_POPULATION_KEY = keysOf('referencePopulation');
const FOLLOWING_ROLES = ROLE_IDS.filter((id) => !isCaseloadSizing(ROLES[id].sizing));
/** Positions in the role table of the frontline roles and of the roles that follow them. */
const CASELOAD_INDEXES = ROLE_IDS.flatMap((id, i) => (isCaseloadSizing(ROLES[id].sizing) ? [i] : []));
const FOLLOWING_INDEXES = ROLE_IDS.flatMap((id, i) => (isCaseloadSizing(ROLES[id].sizing) ? [] : [i]));

const num = (a: Assumptions, id: ParamId) => a[id] as number;

/** The ratio label of a population-driven role, built once per role. */
const POPULATION_RATIO_LABEL = Object.fromEntries(
  FOLLOWING_ROLES.filter((id) => ROLES[id].sizing === 'population').map((id) => [
    id,
    `${PARAMS[AT_REFERENCE_KEY[id]].label} × √(population ÷ reference population)`,
  ]),
) as Record<RoleId, string>;

/** Every RoleStaffing is made here, so all have one shape (this runs for every role of every plan). */
function staffing(
  id: RoleId,
  enabled: boolean,
  driver: RolePlan['driver'],
  ratio: number | null,
  ratioLabel: string,
  ratioParam: ParamId | null,
  fte: number,
  headcount: number,
  fullHeadcount: number,
  fellBack: boolean,
  minimumApplied: boolean,
  perSite: number | null = null,
  offInSiteTeams = false,
): RoleStaffing {
  return { id, sizing: ROLES[id].sizing, enabled, driver, ratio, ratioLabel, ratioParam, fte, headcount, fullHeadcount, fellBack, minimumApplied, perSite, offInSiteTeams };
}

/** A role of a site team: sites × people per site (ramped like any frontline role in a multi-year plan). */
function siteStaffing(id: RoleId, a: Assumptions, d: Drivers, share: number, ramped: boolean): RoleStaffing {
  const perSiteParam = SITE_TEAM_PARAM[id] as ParamId;
  const perSite = num(a, perSiteParam);
  const driver = { kind: 'sites' as const, label: 'Sites', value: d.sites };
  const ratioLabel = PARAMS[perSiteParam].label;
  if (!(a[ENABLED_KEY[id]] as boolean)) return staffing(id, false, driver, null, ratioLabel, perSiteParam, 0, 0, 0, false, false, perSite);
  const fullHeadcount = d.sites * perSite;
  const headcount = ramped ? roundHalfUp(fullHeadcount * share) : fullHeadcount;
  return staffing(id, true, driver, null, ratioLabel, perSiteParam, ramped ? fullHeadcount * share : fullHeadcount, headcount, fullHeadcount, false, false, perSite);
}

/** A role sized by a driver ÷ its caseload (frontline roles). */
function caseloadStaffing(id: RoleId, a: Assumptions, d: Drivers, participants: RolePlan['driver'], share: number, ramped: boolean): RoleStaffing {
  const sizing = ROLES[id].sizing;
  let driver = participants;
  let ratioParam = CASELOAD_KEY[id];
  let fellBack = false;
  if (sizing === 'participants-or-hospital-clients') {
    if (a[HOSPITAL_DRIVER_KEY[id]] === 'hospital-clients' && d.hospitalClientsGiven) {
      driver = { kind: 'hospital-clients', label: 'Hospital clients a year', value: d.hospitalClients };
      ratioParam = CLIENTS_KEY[id];
    } else {
      fellBack = a[HOSPITAL_DRIVER_KEY[id]] === 'hospital-clients';
    }
  } else if (sizing === 'participants-and-hospital-clients') {
    driver = { kind: 'participants-and-hospital-clients', label: 'Participants + hospital clients', value: d.fullParticipants + d.hospitalClients };
  }
  const ratio = num(a, ratioParam);
  const ratioLabel = PARAMS[ratioParam].label;
  const offInSiteTeams = a.staffingModel === 'sites' && !a['sites.caseManagement'] && CASE_MANAGEMENT_ROLES.includes(id);
  if (!(a[ENABLED_KEY[id]] as boolean) || offInSiteTeams) return staffing(id, false, driver, ratio, ratioLabel, ratioParam, 0, 0, 0, fellBack, false, null, offInSiteTeams);
  const fullFte = driver.value / ratio;
  const fullHeadcount = roundHalfUp(fullFte);
  // §6 Ramp-up: a year's frontline headcount is the full plan's × that year's share, rounded half up.
  const fte = ramped ? fullFte * share : fullFte;
  const headcount = ramped ? roundHalfUp(fullHeadcount * share) : fullHeadcount;
  return staffing(id, true, driver, ratio, ratioLabel, ratioParam, fte, headcount, fullHeadcount, fellBack, false);
}

/** Supervisors (one per N frontline workers) and OVP staff (square-root growth with population). */
function followingStaffing(id: RoleId, a: Assumptions, d: Drivers, frontlineHeadcount: number, site: SiteTeams | null): RoleStaffing {
  const enabled = a[ENABLED_KEY[id]] as boolean;
  if (ROLES[id].sizing === 'frontline-headcount') {
    const ratioParam = PER_SUPERVISOR_KEY[id];
    const ratio = num(a, ratioParam);
    // Under site teams, supervisors supervise the frontline workers outside the site teams (hospital
    // responders, case management when it is on); each site brings its own site supervisors.
    const supervised = site ? frontlineHeadcount - site.headcount : frontlineHeadcount;
    const driver = site
      ? { kind: 'frontline-headcount' as const, label: 'Frontline workers outside the site teams', value: supervised }
      : { kind: 'frontline-headcount' as const, label: 'Frontline workers', value: supervised };
    const ratioLabel = PARAMS[ratioParam].label;
    const perSite = site ? site.supervisorsPerSite : null;
    if (!enabled) return staffing(id, false, driver, ratio, ratioLabel, ratioParam, 0, 0, 0, false, false, perSite);
    const rounded = roundHalfUp(supervised / ratio);
    const minimum = num(a, MINIMUM_KEY[id]);
    // At least the minimum whenever anyone is planned.
    const others = supervised > 0 ? Math.max(minimum, rounded) : 0;
    const minimumApplied = supervised > 0 && rounded < minimum;
    if (!site) return staffing(id, true, driver, ratio, ratioLabel, ratioParam, supervised / ratio, others, others, false, minimumApplied);
    const headcount = site.supervisors + others;
    return staffing(id, true, driver, ratio, ratioLabel, ratioParam, site.supervisorsFte + supervised / ratio, headcount, site.fullSupervisors + others, false, minimumApplied, perSite);
  }
  const driver = { kind: 'population' as const, label: 'Population', value: d.population };
  const ratioLabel = POPULATION_RATIO_LABEL[id];
  if (!enabled) return staffing(id, false, driver, null, ratioLabel, null, 0, 0, 0, false, false);
  const fte = num(a, AT_REFERENCE_KEY[id]) * Math.sqrt(d.population / num(a, REFERENCE_POPULATION_KEY[id]));
  const rounded = roundHalfUp(fte);
  const minimum = num(a, MINIMUM_KEY[id]);
  const headcount = Math.max(minimum, rounded);
  return staffing(id, true, driver, null, ratioLabel, null, fte, headcount, headcount, false, rounded < minimum);
}

/** The site teams' own people this year: their frontline headcount and site supervisors. */
interface SiteTeams {
  readonly headcount: number;
  readonly supervisorsPerSite: number;
  readonly supervisors: number;
  readonly supervisorsFte: number;
  readonly fullSupervisors: number;
}

/** Every role's staffing, in table order, and the frontline headcount the following roles used. */
export function staffRoles(a: Assumptions, d: Drivers, year: YearSpec | null): { roles: RoleStaffing[]; frontlineHeadcount: number } {
  const share = year?.share ?? 1;
  const ramped = year !== null;
  const sitesModel = a.staffingModel === 'sites';
  const roles: RoleStaffing[] = new Array<RoleStaffing>(ROLE_IDS.length);
  // One driver object for every role sized by participants (this runs for every plan).
  const participants = { kind: 'participants' as const, label: 'Participants', value: d.fullParticipants };
  let frontlineHeadcount = 0;
  let siteHeadcount = 0;
  for (const i of CASELOAD_INDEXES) {
    const id = ROLE_IDS[i] as RoleId;
    const onSite = sitesModel && SITE_TEAM_PARAM[id] !== undefined;
    const s = onSite ? siteStaffing(id, a, d, share, ramped) : caseloadStaffing(id, a, d, participants, share, ramped);
    frontlineHeadcount += s.headcount;
    if (onSite) siteHeadcount += s.headcount;
    roles[i] = s;
  }
  let site: SiteTeams | null = null;
  if (sitesModel) {
    const supervisorsPerSite = a['sites.supervisors'];
    // A site supervisor supervises a site team: none when the teams have nobody (their roles switched off).
    const fullSupervisors = siteHeadcount > 0 ? d.sites * supervisorsPerSite : 0;
    site = {
      headcount: siteHeadcount,
      supervisorsPerSite,
      supervisors: ramped ? roundHalfUp(fullSupervisors * share) : fullSupervisors,
      supervisorsFte: ramped ? fullSupervisors * share : fullSupervisors,
      fullSupervisors,
    };
  }
  for (const i of FOLLOWING_INDEXES) roles[i] = followingStaffing(ROLE_IDS[i] as RoleId, a, d, frontlineHeadcount, site);
  return { roles, frontlineHeadcount };
}

/**
 * A site-based plan's site teams (docs/methodology.md §11, §12 "staff per site"): the people the
 * sites staff — street outreach workers, interrupters, trauma counselors — and the site
 * supervisors among the supervisors (the rest supervise the frontline outside the site teams).
 */
export function siteTeamStaff(plan: { readonly sites: number; readonly roles: readonly RolePlan[] }): { team: number; supervisors: number } {
  let team = 0;
  let supervisors = 0;
  for (const r of plan.roles) {
    if (r.driver.kind === 'sites') team += r.headcount;
    else if (r.id === 'supervisor' && r.enabled && r.perSite !== null) supervisors = plan.sites * r.perSite;
  }
  return { team, supervisors: team > 0 ? supervisors : 0 };
}

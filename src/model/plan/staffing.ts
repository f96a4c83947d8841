// Staffing (docs/methodology.md §3, and §6 for a ramp-up year): each role's full-time equivalents
// and people to hire, sized by the driver its row in the role table names. Frontline roles are
// sized first (and ramped up in a multi-year plan); supervisors follow the frontline headcount;
// OVP staff follow the population and are at full strength from the first year.
import { PARAMS, roleParam, type Assumptions, type ParamId } from '../assumptions';
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
}

/** What the drivers are for this plan. */
export interface Drivers {
  readonly population: number;
  readonly fullParticipants: number;
  readonly hospitalClients: number;
  readonly hospitalClientsGiven: boolean;
}

/** Roles sized from participants or hospital clients: the frontline, ramped up year by year. */
const isCaseloadSizing = (sizing: RoleSizing) =>
  sizing === 'participants' || sizing === 'participants-or-hospital-clients' || sizing === 'participants-and-hospital-clients';

// Each role's parameter keys, looked up once: staffing reads them for every role of every plan.
const keysOf = (key: string) =>
  Object.fromEntries(ROLE_IDS.flatMap((id) => (key in ROLES[id].params ? [[id, roleParam(id, key)]] : []))) as Record<RoleId, ParamId>;
const ENABLED_KEY = keysOf('enabled');
const CASELOAD_KEY = keysOf('caseload');
const HOSPITAL_DRIVER_KEY = keysOf('driver');
const CLIENTS_KEY = keysOf('clientsPerResponder');
const PER_SUPERVISOR_KEY = keysOf('workersPerSupervisor');
const MINIMUM_KEY = keysOf('minimum');
const AT_REFERENCE_KEY = keysOf('staffAtReference');
const REFERENCE_POPULATION_KEY = keysOf('referencePopulation');
const CASELOAD_ROLES = ROLE_IDS.filter((id) => isCaseloadSizing(ROLES[id].sizing));
const FOLLOWING_ROLES = ROLE_IDS.filter((id) => !isCaseloadSizing(ROLES[id].sizing));

const num = (a: Assumptions, id: ParamId) => a[id] as number;

/** A role sized by a driver ÷ its caseload (frontline roles). */
function caseloadStaffing(id: RoleId, a: Assumptions, d: Drivers, share: number, ramped: boolean): RoleStaffing {
  const sizing = ROLES[id].sizing;
  const participants = { kind: 'participants' as const, label: 'Participants', value: d.fullParticipants };
  let driver: RolePlan['driver'] = participants;
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
  if (!(a[ENABLED_KEY[id]] as boolean)) {
    return { id, sizing, enabled: false, driver, ratio, ratioLabel, ratioParam, fte: 0, headcount: 0, fullHeadcount: 0, fellBack, minimumApplied: false };
  }
  const fullFte = driver.value / ratio;
  const fullHeadcount = roundHalfUp(fullFte);
  // §6 Ramp-up: a year's frontline headcount is the full plan's × that year's share, rounded half up.
  const fte = ramped ? fullFte * share : fullFte;
  const headcount = ramped ? roundHalfUp(fullHeadcount * share) : fullHeadcount;
  return { id, sizing, enabled: true, driver, ratio, ratioLabel, ratioParam, fte, headcount, fullHeadcount, fellBack, minimumApplied: false };
}

/** Supervisors (one per N frontline workers) and OVP staff (square-root growth with population). */
function followingStaffing(id: RoleId, a: Assumptions, d: Drivers, frontlineHeadcount: number): RoleStaffing {
  const sizing = ROLES[id].sizing;
  const enabled = a[ENABLED_KEY[id]] as boolean;
  if (sizing === 'frontline-headcount') {
    const ratioParam = PER_SUPERVISOR_KEY[id];
    const ratio = num(a, ratioParam);
    const driver = { kind: 'frontline-headcount' as const, label: 'Frontline workers', value: frontlineHeadcount };
    const base = { id, sizing, driver, ratio, ratioLabel: PARAMS[ratioParam].label, ratioParam, fellBack: false };
    if (!enabled) return { ...base, enabled, fte: 0, headcount: 0, fullHeadcount: 0, minimumApplied: false };
    const fte = frontlineHeadcount / ratio;
    const rounded = roundHalfUp(fte);
    const minimum = num(a, MINIMUM_KEY[id]);
    // At least the minimum whenever anyone is planned.
    const headcount = frontlineHeadcount > 0 ? Math.max(minimum, rounded) : 0;
    return { ...base, enabled, fte, headcount, fullHeadcount: headcount, minimumApplied: frontlineHeadcount > 0 && rounded < minimum };
  }
  const driver = { kind: 'population' as const, label: 'Population', value: d.population };
  const ratioLabel = `${PARAMS[AT_REFERENCE_KEY[id]].label} × √(population ÷ reference population)`;
  const base = { id, sizing, driver, ratio: null, ratioLabel, ratioParam: null, fellBack: false };
  if (!enabled) return { ...base, enabled, fte: 0, headcount: 0, fullHeadcount: 0, minimumApplied: false };
  const fte = num(a, AT_REFERENCE_KEY[id]) * Math.sqrt(d.population / num(a, REFERENCE_POPULATION_KEY[id]));
  const rounded = roundHalfUp(fte);
  const minimum = num(a, MINIMUM_KEY[id]);
  const headcount = Math.max(minimum, rounded);
  return { ...base, enabled, fte, headcount, fullHeadcount: headcount, minimumApplied: rounded < minimum };
}

/** Every role's staffing, in table order, and the frontline headcount the following roles used. */
export function staffRoles(a: Assumptions, d: Drivers, year: YearSpec | null): { roles: RoleStaffing[]; frontlineHeadcount: number } {
  const share = year?.share ?? 1;
  const byId = new Map<RoleId, RoleStaffing>();
  let frontlineHeadcount = 0;
  for (const id of CASELOAD_ROLES) {
    const s = caseloadStaffing(id, a, d, share, year !== null);
    frontlineHeadcount += s.headcount;
    byId.set(id, s);
  }
  for (const id of FOLLOWING_ROLES) byId.set(id, followingStaffing(id, a, d, frontlineHeadcount));
  return { roles: ROLE_IDS.map((id) => byId.get(id) as RoleStaffing), frontlineHeadcount };
}

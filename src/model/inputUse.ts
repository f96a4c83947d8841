// What each input drives in the current plan (docs/methodology.md §2–3, §5 and §8): which figures
// it feeds, and — when it changes nothing, or only the cost-of-violence context — which method,
// preset or other input would make it count. Read from the same rules the plan follows
// (people.ts: the high-risk estimate; staffing.ts: which roles follow hospital clients;
// costOfViolence.ts: the shooting counts), so the form, the "Why" working and the command line
// say the same thing in the same words.
import type { Assumptions, ParamId } from './assumptions';
import { roleParamKeys } from './assumptions';
import { INPUT_FIELD_IDS, INPUT_FIELDS, INPUT_LABELS, type HighRiskMethod, type InputField, type InputFieldSpec, type PlanInput } from './inputFields';
import { HIGH_RISK_METHOD_LABELS } from './input';
import { PRESET_IDS, PRESETS, presetDefaults, type PresetId } from './presets';
import { ROLE_IDS, ROLES, type RoleId } from './roles';
import type { FigureId } from './plan/types';

/**
 * - `drives`: changing it changes the plan's staff or budget (or would, once it is given);
 * - `context`: it changes only the cost-of-violence context, never staff or budget;
 * - `unused`: it changes nothing in this plan;
 * - `label`: a name only (place, state).
 */
export type InputUseStatus = 'drives' | 'context' | 'unused' | 'label';

/** A figure an input feeds: one of the plan's figures, or the cost-of-violence context. */
export interface InputFeed {
  readonly figure: FigureId | 'costOfViolence';
  readonly label: string;
}

/** What would make an input drive the plan, when it does not. */
export type InputUser =
  | { readonly kind: 'method'; readonly method: HighRiskMethod }
  | { readonly kind: 'preset'; readonly preset: PresetId }
  | { readonly kind: 'input'; readonly field: InputField; readonly when: 'given' | 'blank' }
  | { readonly kind: 'assumption'; readonly param: ParamId };

export interface InputUse {
  readonly field: InputField;
  readonly status: InputUseStatus;
  /** The figures it feeds in this plan (for a count not given: the figures it would feed). */
  readonly feeds: readonly InputFeed[];
  /** When it does not drive the plan: the method, preset or input that would make it. */
  readonly usedBy: InputUser | null;
  /** "Feeds: …", in plain words. */
  readonly summary: string;
  /** When it changes nothing (or only the cost of violence): says so, and names what uses it. */
  readonly notice: string | null;
}

/** What decides how inputs are used: the method, the preset's assumptions and which counts are given. */
export interface InputUseContext {
  readonly method: HighRiskMethod;
  readonly preset: PresetId;
  /** Whether each optional count is given (blank is "not given", which is different from 0). */
  readonly given: Readonly<Record<'homicides' | 'fatalShootings' | 'nonfatalShootings', boolean>>;
}

export function inputUseContext(input: PlanInput): InputUseContext {
  return {
    method: input.method,
    preset: input.preset,
    given: { homicides: input.homicides !== null, fatalShootings: input.fatalShootings !== null, nonfatalShootings: input.nonfatalShootings !== null },
  };
}

const ENABLED_KEY = roleParamKeys('enabled') as Record<RoleId, ParamId>;
const DRIVER_KEY = roleParamKeys('driver');

/**
 * The roles whose number follows hospital clients under these assumptions (staffing.ts): an
 * enabled role sized by participants or hospital clients whose driver is hospital clients, and an
 * enabled role sized by participants and hospital clients.
 */
export function rolesFedByHospitalClients(a: Assumptions): RoleId[] {
  return ROLE_IDS.filter((id) => {
    if (!(a[ENABLED_KEY[id]] as boolean)) return false;
    const sizing = ROLES[id].sizing;
    if (sizing === 'participants-and-hospital-clients') return true;
    const driver = DRIVER_KEY[id];
    return sizing === 'participants-or-hospital-clients' && driver !== undefined && a[driver] === 'hospital-clients';
  });
}

const HIGH_RISK: InputFeed = { figure: 'highRiskPopulation', label: 'High-risk population' };
const PARTICIPANTS: InputFeed = { figure: 'participants', label: 'Participants' };
const HOSPITAL_CLIENTS: InputFeed = { figure: 'hospitalClients', label: 'Hospital clients a year' };
const COST_OF_VIOLENCE: InputFeed = { figure: 'costOfViolence', label: 'Cost of violence (context, not part of the budget)' };
const roleFeed = (id: RoleId): InputFeed => ({ figure: `role.${id}.headcount`, label: ROLES[id].label });

/** "hospital responders and trauma counselors": role labels as words in a sentence. */
function roleWords(ids: readonly RoleId[]): string {
  const words = ids.map((id) => {
    const label = ROLES[id].label;
    // Lower-case the first letter unless the first word is an abbreviation ("CVI supervisors").
    return /^[A-Z][a-z]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label;
  });
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const methodName = (m: HighRiskMethod) => `“${HIGH_RISK_METHOD_LABELS[m]}”`;
const presetName = (p: PresetId) => PRESETS[p].label;

/** The preset (other than `current`) whose defaults size some role from hospital clients, if any. */
function presetFeedingHospitalRoles(current: PresetId): { preset: PresetId; roles: RoleId[] } | null {
  for (const preset of PRESET_IDS) {
    if (preset === current) continue;
    const roles = rolesFedByHospitalClients(presetDefaults(preset));
    if (roles.length > 0) return { preset, roles };
  }
  return null;
}

/** The assumption that sends a role's number to hospital clients (for a plan whose overrides turned it off). */
function hospitalDriverParam(): ParamId {
  const id = ROLE_IDS.find((r) => DRIVER_KEY[r] !== undefined);
  return (id ? DRIVER_KEY[id] : ENABLED_KEY[ROLE_IDS[0]]) as ParamId;
}

/** How every input is used in a plan with this context and these (resolved) assumptions. */
export function inputUses(context: InputUseContext, a: Assumptions): Record<InputField, InputUse> {
  return Object.fromEntries(INPUT_FIELD_IDS.map((field) => [field, inputUse(field, context, a)])) as Record<InputField, InputUse>;
}

/** How one input is used in a plan with this context and these (resolved) assumptions. */
export function inputUse(field: InputField, context: InputUseContext, a: Assumptions): InputUse {
  const { method, preset, given } = context;
  const hospitalRoles = rolesFedByHospitalClients(a);
  const use = (status: InputUseStatus, feeds: InputFeed[], usedBy: InputUser | null = null, notice: string | null = null): InputUse => ({
    field,
    status,
    feeds,
    usedBy,
    summary: summaryOf(status, feeds),
    notice,
  });
  const spec: InputFieldSpec = INPUT_FIELDS[field];
  if (spec.kind === 'text') return use('label', []);

  // Where shooting counts stop sizing hospital roles: another preset, or (overrides) an assumption.
  const hospitalUser = (): { user: InputUser; words: string } => {
    const other = presetFeedingHospitalRoles(preset);
    if (other && rolesFedByHospitalClients(presetDefaults(preset)).length === 0) {
      return { user: { kind: 'preset', preset: other.preset }, words: `with the ${presetName(preset)} methodology. The ${presetName(other.preset)} methodology sizes ${roleWords(other.roles)} from it.` };
    }
    const param = hospitalDriverParam();
    return { user: { kind: 'assumption', param }, words: 'with these assumptions: no role follows hospital clients (see Assumptions, “Roles and caseloads”).' };
  };

  switch (field) {
    case 'population': {
      const populationRoles = ROLE_IDS.filter((id) => ROLES[id].sizing === 'population' && (a[ENABLED_KEY[id]] as boolean));
      return use('drives', [
        ...(method === 'custom' ? [] : [HIGH_RISK]),
        ...populationRoles.map(roleFeed),
        { figure: 'costPerResident', label: 'Cost per resident' },
        { figure: 'staffPer100k', label: 'Staff per 100,000 residents' },
      ]);
    }
    case 'serviceReachPct':
      return use('drives', [PARTICIPANTS]);
    case 'method':
      return use('drives', [HIGH_RISK]);
    case 'preset':
      return use('drives', [{ figure: 'total', label: 'Every default assumption, and so the whole plan' }]);
    case 'homicides':
      if (method === 'violence-adjusted') return use('drives', [HIGH_RISK]);
      return use('unused', [], { kind: 'method', method: 'violence-adjusted' }, `Changes nothing with the ${methodName(method)} high-risk estimate. The ${methodName('violence-adjusted')} estimate uses it.`);
    case 'fatalShootings': {
      if (method === 'violence-adjusted' && !given.homicides) return use('drives', [HIGH_RISK, COST_OF_VIOLENCE]);
      if (method === 'violence-adjusted') {
        return use(
          'context',
          [COST_OF_VIOLENCE],
          { kind: 'input', field: 'homicides', when: 'blank' },
          `Changes only the cost of violence, not staff or budget: the high-risk estimate uses ${INPUT_LABELS.homicides.toLowerCase()} first, and this count only when they are blank.`,
        );
      }
      return use(
        'context',
        [COST_OF_VIOLENCE],
        { kind: 'method', method: 'violence-adjusted' },
        `Changes only the cost of violence, not staff or budget, with the ${methodName(method)} high-risk estimate. The ${methodName('violence-adjusted')} estimate uses it when homicides are blank.`,
      );
    }
    case 'nonfatalShootings': {
      if (hospitalRoles.length > 0) return use('drives', [HOSPITAL_CLIENTS, ...hospitalRoles.map(roleFeed), COST_OF_VIOLENCE]);
      const { user, words } = hospitalUser();
      return use('context', [COST_OF_VIOLENCE], user, `Changes only the cost of violence, not staff or budget, ${words}`);
    }
    case 'hospitalReachPct': {
      if (hospitalRoles.length > 0 && given.nonfatalShootings) return use('drives', [HOSPITAL_CLIENTS, ...hospitalRoles.map(roleFeed)]);
      if (hospitalRoles.length > 0) {
        return use(
          'unused',
          [],
          { kind: 'input', field: 'nonfatalShootings', when: 'given' },
          `Changes nothing until ${INPUT_LABELS.nonfatalShootings.toLowerCase()} are given.`,
        );
      }
      const { user, words } = hospitalUser();
      return use('unused', [], user, `Changes nothing ${words.replace(' from it.', ' from the hospital clients it gives.')}`);
    }
    case 'localHighRiskCount':
      if (method === 'custom') return use('drives', [HIGH_RISK]);
      return use('unused', [], { kind: 'method', method: 'custom' }, `Changes nothing with the ${methodName(method)} high-risk estimate. The ${methodName('custom')} estimate uses it.`);
    default:
      return use('drives', []);
  }
}

function summaryOf(status: InputUseStatus, feeds: readonly InputFeed[]): string {
  if (status === 'label') return 'A name only: it labels the plan and changes no figure.';
  if (feeds.length === 0) return 'Feeds no figure in this plan.';
  const list = `Feeds: ${feeds.map((f) => f.label).join('; ')}.`;
  return status === 'drives' && feeds.some((f) => f.figure !== 'costOfViolence') ? `${list} Through them it changes staff and the budget.` : list;
}


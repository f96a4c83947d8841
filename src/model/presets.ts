// Methodology presets (docs/methodology.md §5). A preset is a named set of assumption defaults; a plan
// records its preset and the overrides the user made on top of it.
import { BASE_DEFAULTS, PARAM_IDS, type AssumptionOverrides, type Assumptions, type ParamId } from './assumptions';

export const PRESET_IDS = ['caps', 'shooting-informed', 'site-based'] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const DEFAULT_PRESET: PresetId = 'shooting-informed';

export interface PresetInfo {
  readonly id: PresetId;
  readonly label: string;
  readonly description: string;
  /**
   * The high-risk method a plan takes when the preset is chosen and no method was asked for:
   * `violence-adjusted` when homicides or fatal shooting victims are given (docs/methodology.md
   * §5 and §11), else `population`.
   */
  readonly violenceAdjustedWhenCounted: boolean;
}

export const PRESETS: Readonly<Record<PresetId, PresetInfo>> = {
  caps: {
    id: 'caps',
    label: 'CAPS',
    description:
      'Exactly the CAPS CVI Ecosystem method: high-risk population from population, hospital responders from participants, no trauma counselors, no optional lines.',
    violenceAdjustedWhenCounted: false,
  },
  'shooting-informed': {
    id: 'shooting-informed',
    label: 'Shooting-informed',
    description:
      'The CAPS method plus hospital responders sized from shooting victims when nonfatal shootings are given, and trauma counselors.',
    violenceAdjustedWhenCounted: false,
  },
  'site-based': {
    id: 'site-based',
    label: 'Site-based',
    description:
      'The team structure real street programs staff: sites of 3 outreach workers, 3 violence interrupters, a trauma counselor and a supervisor per 50 participants, hospital responders from shooting victims, $5,000 of direct assistance per participant; the high-risk estimate follows the local homicide rate when it is given.',
    violenceAdjustedWhenCounted: true,
  },
};

// Frozen: resolveAssumptions hands these out without copying when a plan has no overrides.
const PRESET_DEFAULTS: Readonly<Record<PresetId, Readonly<Assumptions>>> = {
  caps: Object.freeze({ ...BASE_DEFAULTS, 'trauma-counselor.enabled': false, 'hospital-responder.driver': 'participants' as const }),
  'shooting-informed': Object.freeze({
    ...BASE_DEFAULTS,
    'trauma-counselor.enabled': true,
    'hospital-responder.driver': 'hospital-clients' as const,
  }),
  // docs/methodology.md §11: site teams; case-management roles off unless sites.caseManagement.
  'site-based': Object.freeze({
    ...BASE_DEFAULTS,
    staffingModel: 'sites' as const,
    'trauma-counselor.enabled': true,
    'hospital-responder.driver': 'hospital-clients' as const,
  }),
};

/** Whether an object has any own key, without allocating a key list. */
function hasKeys(object: object): boolean {
  for (const key in object) if (Object.prototype.hasOwnProperty.call(object, key)) return true;
  return false;
}

export function presetDefaults(preset: PresetId): Assumptions {
  return PRESET_DEFAULTS[preset];
}

/** The preset's defaults with the user's overrides on top. */
export function resolveAssumptions(preset: PresetId, overrides: AssumptionOverrides = {}): Assumptions {
  // No overrides (the common case): the preset's own frozen defaults, no copy.
  return hasKeys(overrides) ? { ...PRESET_DEFAULTS[preset], ...overrides } : PRESET_DEFAULTS[preset];
}

export interface OverrideNote {
  readonly id: ParamId;
  readonly value: Assumptions[ParamId];
  readonly presetValue: Assumptions[ParamId];
}

/** The overrides that actually differ from the preset, in catalog order. */
export function effectiveOverrides(preset: PresetId, overrides: AssumptionOverrides): OverrideNote[] {
  const defaults = PRESET_DEFAULTS[preset];
  const notes: OverrideNote[] = [];
  if (!hasKeys(overrides)) return notes;
  for (const id of PARAM_IDS) {
    const value = overrides[id];
    if (value !== undefined && value !== defaults[id]) notes.push({ id, value, presetValue: defaults[id] });
  }
  return notes;
}

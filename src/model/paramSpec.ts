// What a sourced default is: the shape of every entry of the assumptions catalog (assumptions.ts)
// and of each role's parameters (roles.ts), and the small builders both use.

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

export type ParamGroup =
  | 'high-risk'
  | 'roles'
  | 'sites'
  | 'personnel'
  | 'budget'
  | 'optional-lines'
  | 'multi-year'
  | 'cost-of-violence';

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
  /**
   * A caseload-like ratio whose value is uncertain: the sensitivity and uncertainty analyses move
   * it, under this short name in the sensitivity table.
   */
  readonly analysisLabel?: string;
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

export const source = (label: SourceLabel, citation: string): Source => ({ label, citation });

export const CAPS_CALIBRATED_NORFOLK =
  'Calibrated so the CAPS method reproduces the published Norfolk, VA profile (docs/methodology.md §9); CAPS does not publish this value.';

export const caseloadParam = (role: string, defaultValue: number, from: Source, extra: Partial<NumberParam> = {}): NumberParam => ({
  kind: 'number',
  label: `${role}: caseload (people per worker)`,
  group: 'roles',
  unit: 'people',
  defaultValue,
  // At least one person per worker: a caseload near 0 would mean unbounded staff.
  min: 1,
  max: 1000,
  source: from,
  ...extra,
});

export const salaryParam = (role: string, defaultValue: number, from: Source): NumberParam => ({
  kind: 'number',
  label: `${role}: salary (year 1, before benefits)`,
  group: 'personnel',
  unit: 'usd',
  defaultValue,
  min: 0,
  max: 1_000_000,
  source: from,
});

export const roleSwitchParam = (role: string, defaultValue: boolean, from: Source): SwitchParam => ({
  kind: 'switch',
  label: `${role}: include this role`,
  group: 'roles',
  unit: 'switch',
  defaultValue,
  source: from,
});

/**
 * A citation as a reader outside the project reads it (a council brief, a workbook, a federal
 * narrative): no pointer into this repository's docs/methodology.md, which they do not have.
 */
export function readerCitation(citation: string): string {
  return citation
    .replace(/\s*\(docs\/methodology\.md §\s*\d+\)/g, '')
    .replace(/docs\/methodology\.md §\s*\d+:\s*/g, '')
    .replace(/(docs\/methodology\.md\s*)?§\s*\d+/g, 'the planner’s methodology');
}

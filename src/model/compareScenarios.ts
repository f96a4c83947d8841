// Scenarios compared (issue 12): what differs between the scenarios of a plan — inputs, the
// assumptions in force, the multi-year settings and the funding entered — and, per scenario, the
// totals a council asks about: full strength, year 1, the multi-year total, committed funding and
// the gap, staff, and the CAPS method at the same reach. The comparison view, its print layout and
// its CSV and workbook all read this one object; none of them re-computes a figure.
import { PARAMS, PARAM_IDS, type ParamId } from './assumptions';
import type { Scenario } from './documents';
import { formatInteger, formatPercent, formatUsd, wholePeople } from './format';
import { fundingPicture, FUNDING_KIND_LABELS, type FundingSource } from './funding';
import { formatInputValue } from './input';
import { INPUT_FIELD_IDS, INPUT_FIELDS, type InputField, type InputFieldSpec } from './inputFields';
import { computeMultiYear, rampShare, resolveStartYear, DEFAULT_MULTI_YEAR, type MultiYearSettings } from './multiYear';
import { formatParamValue } from './overrides';
import { capsReferenceOf, computePlan, sharedLineLabel, type CapsReference, type Plan } from './plan';
import { presetDefaults, PRESETS, resolveAssumptions, type PresetId } from './presets';
import { readerCitation } from './paramSpec';
import { BUDGET_LINE_IDS, ROLE_IDS, ROLES } from './roles';

export type DifferenceGroup = 'input' | 'assumption' | 'multi-year' | 'funding';

/** One input or assumption whose value is not the same in every scenario. */
export interface ScenarioDifference {
  /** "input.serviceReachPct", "assumption.street-outreach.salary", "multi-year.years", "funding.sources". */
  readonly key: string;
  readonly group: DifferenceGroup;
  readonly label: string;
  /** Each scenario's value as a person reads it, with its unit ("60%", "$65,000", "3 years"). */
  readonly values: readonly string[];
  /** The default a value is measured against ("100%"); null where there is none (a place's counts, funding). */
  readonly defaultValue: string | null;
  /** Where the default comes from ("CAPS: CAPS city profiles plan for …"); null without a default. */
  readonly source: string | null;
}

/** The figures of one scenario a council compares. Money in whole dollars, people whole. */
export interface ScenarioTotals {
  readonly name: string;
  /** Every position filled, every participant enrolled: the headline total. */
  readonly fullStrengthTotal: number;
  /** Participants at full strength, rounded to whole people. */
  readonly participants: number;
  /** Staff headcount at full strength (whole people). */
  readonly totalHeadcount: number;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly years: number;
  /** Year 1 of the ramp-up: its share of full staffing and its total. */
  readonly yearOneShare: number;
  readonly yearOneTotal: number;
  /** The sum of every year's total over the horizon. */
  readonly multiYearTotal: number;
  /** Committed money the plan can use over the horizon: each year's sources up to that year's cost. */
  readonly committedFunding: number;
  /** Committed money beyond a year's cost, summed (not counted as funding the plan). */
  readonly committedBeyondCost: number;
  /** The part of the multi-year total no source covers (the sum of each year's gap). */
  readonly fundingGap: number;
  readonly fundingSources: number;
  /** The CAPS method at this scenario's own service and hospital reach. */
  readonly caps: CapsReference;
}

export interface ScenarioComparison {
  readonly names: readonly string[];
  /** Inputs first, then assumptions, multi-year settings and funding; only what differs. */
  readonly differences: readonly ScenarioDifference[];
  readonly totals: readonly ScenarioTotals[];
  /** Each scenario's full-strength plan (staff by role, budget lines). */
  readonly plans: readonly Plan[];
}


/** Each scenario's text, and whether any two differ. */
function differs(values: readonly string[]): boolean {
  return values.some((v) => v !== values[0]);
}

/** An input's default and its source: percentages carry both, choices a default, a place's counts neither. */
function inputDefault(field: InputField, input: Scenario['input']): { defaultValue: string | null; source: string | null } {
  const spec: InputFieldSpec = INPUT_FIELDS[field];
  if (spec.kind === 'percent') return { defaultValue: formatPercent(spec.defaultValue / 100), source: `${spec.source.label}: ${readerCitation(spec.source.citation)}` };
  if (spec.kind === 'choice') return { defaultValue: formatInputValue({ ...input, [field]: spec.defaultValue }, field), source: null };
  return { defaultValue: null, source: null };
}

function inputDifferences(scenarios: readonly Scenario[]): ScenarioDifference[] {
  const first = scenarios[0];
  if (!first) return [];
  return INPUT_FIELD_IDS.flatMap((field) => {
    const values = scenarios.map((sc) => formatInputValue(sc.input, field) || 'blank');
    if (!differs(values)) return [];
    return [{ key: `input.${field}`, group: 'input' as const, label: INPUT_FIELDS[field].label, values, ...inputDefault(field, first.input) }];
  });
}

/** The default of an assumption under each scenario's methodology, said once when they agree. */
function assumptionDefault(id: ParamId, presets: readonly PresetId[]): string {
  const distinct = [...new Set(presets)];
  const texts = distinct.map((p) => formatParamValue(id, presetDefaults(p)[id]));
  if (!differs(texts)) return texts[0] ?? '';
  return distinct.map((p, i) => `${texts[i]} (${PRESETS[p].label} methodology)`).join('; ');
}

function assumptionDifferences(scenarios: readonly Scenario[]): ScenarioDifference[] {
  const resolved = scenarios.map((sc) => resolveAssumptions(sc.input.preset, sc.assumptions));
  const presets = scenarios.map((sc) => sc.input.preset);
  return PARAM_IDS.flatMap((id) => {
    const values = resolved.map((a) => formatParamValue(id, a[id]));
    if (!differs(values)) return [];
    const spec = PARAMS[id];
    return [
      {
        key: `assumption.${id}`,
        group: 'assumption' as const,
        label: spec.label,
        values,
        defaultValue: assumptionDefault(id, presets),
        source: `${spec.source.label}: ${readerCitation(spec.source.citation)}`,
      },
    ];
  });
}

function yearsText(settings: MultiYearSettings, currentYear: number): string {
  const start = resolveStartYear(settings, currentYear);
  const end = start + settings.years - 1;
  return `${formatInteger(settings.years)} ${settings.years === 1 ? 'year' : 'years'} (${start === end ? start : `${start}–${end}`})`;
}

function rampText(settings: MultiYearSettings): string {
  return Array.from({ length: settings.years }, (_, i) => formatPercent(rampShare(settings, i))).join(', ');
}

function sourceText(s: FundingSource): string {
  const span = s.lastYear === null ? `from ${s.firstYear}, ongoing` : s.lastYear === s.firstYear ? `in ${s.firstYear}` : `${s.firstYear}–${s.lastYear}`;
  return `${s.name} (${FUNDING_KIND_LABELS[s.kind]}): ${formatUsd(s.annualAmount)} a year, ${span}`;
}

function settingDifferences(scenarios: readonly Scenario[], currentYear: number): ScenarioDifference[] {
  const rows: ScenarioDifference[] = [];
  const add = (key: string, group: DifferenceGroup, label: string, values: string[], defaultValue: string | null, source: string | null) => {
    if (differs(values)) rows.push({ key, group, label, values, defaultValue, source });
  };
  const defaultSource = 'assumption: the planner’s default multi-year plan';
  add('multi-year.years', 'multi-year', 'Years in the multi-year plan', scenarios.map((sc) => yearsText(sc.multiYear, currentYear)), yearsText(DEFAULT_MULTI_YEAR, currentYear), defaultSource);
  add('multi-year.ramp', 'multi-year', 'Ramp-up: share of full staffing each year', scenarios.map((sc) => rampText(sc.multiYear)), rampText({ ...DEFAULT_MULTI_YEAR, years: Math.max(...scenarios.map((sc) => sc.multiYear.years)) }), defaultSource);
  add(
    'funding.sources',
    'funding',
    'Funding sources',
    scenarios.map((sc) => (sc.funding.length === 0 ? 'none entered' : sc.funding.map(sourceText).join('; '))),
    null,
    null,
  );
  return rows;
}

function totalsOf(scenario: Scenario, plan: Plan, currentYear: number): ScenarioTotals {
  const multi = computeMultiYear(scenario.input, scenario.assumptions, scenario.multiYear, currentYear);
  const money = fundingPicture(multi, scenario.funding);
  const first = money.years[0];
  return {
    name: scenario.name,
    fullStrengthTotal: plan.budget.total,
    participants: wholePeople(plan.participants),
    totalHeadcount: plan.totalHeadcount,
    firstYear: multi.startYear,
    lastYear: multi.startYear + multi.years.length - 1,
    years: multi.years.length,
    yearOneShare: rampShare(scenario.multiYear, 0),
    yearOneTotal: first?.total ?? 0,
    multiYearTotal: multi.cumulativeTotal,
    committedFunding: money.totalApplied,
    committedBeyondCost: money.totalSurplus,
    fundingGap: money.totalGap,
    fundingSources: scenario.funding.length,
    caps: capsReferenceOf(scenario.input),
  };
}

/**
 * The comparison of a plan's scenarios. `currentYear` places a scenario whose start year is "next
 * year" (as every screen does: the calendar year after today).
 */
export function compareScenarios(scenarios: readonly Scenario[], currentYear: number): ScenarioComparison {
  const plans = scenarios.map((sc) => computePlan(sc.input, sc.assumptions));
  return {
    names: scenarios.map((sc) => sc.name),
    differences: [...inputDifferences(scenarios), ...assumptionDifferences(scenarios), ...settingDifferences(scenarios, currentYear)],
    totals: scenarios.map((sc, i) => totalsOf(sc, plans[i] as Plan, currentYear)),
    plans,
  };
}

export type ComparisonRowKind = 'usd' | 'people' | 'text';

/** One figure of the comparison per scenario, as the view, the print layout, the CSV and the workbook show it. */
export interface ComparisonRow {
  readonly key: string;
  readonly label: string;
  readonly kind: ComparisonRowKind;
  /** null where the figure does not exist for that scenario (a role it does not include). */
  readonly values: readonly (number | string | null)[];
}

function span(t: ScenarioTotals): string {
  return t.firstYear === t.lastYear ? String(t.firstYear) : `${t.firstYear}–${t.lastYear}`;
}

/** The totals a council compares, in reading order. Money in whole dollars, people whole. */
export function comparisonTotalRows(c: ScenarioComparison): ComparisonRow[] {
  const row = (key: string, label: string, kind: ComparisonRowKind, value: (t: ScenarioTotals) => number | string): ComparisonRow => ({ key, label, kind, values: c.totals.map(value) });
  return [
    row('full-strength', 'Full-strength annual total', 'usd', (t) => t.fullStrengthTotal),
    row('year-1-of', 'Year 1 of the ramp-up', 'text', (t) => `${t.firstYear} at ${formatPercent(t.yearOneShare)} of full staffing`),
    row('year-1', 'Year 1 total', 'usd', (t) => t.yearOneTotal),
    row('years', 'Multi-year plan: years', 'text', (t) => `${span(t)} (${t.years} ${t.years === 1 ? 'year' : 'years'})`),
    row('multi-year', 'Multi-year total', 'usd', (t) => t.multiYearTotal),
    row('committed', 'Committed funding applied to the multi-year plan', 'usd', (t) => t.committedFunding),
    row('gap', 'Funding gap: not yet funded over the multi-year plan', 'usd', (t) => t.fundingGap),
    ...(c.totals.some((t) => t.committedBeyondCost > 0)
      ? [row('beyond-cost', "Committed beyond a year's cost (not counted above)", 'usd', (t) => t.committedBeyondCost)]
      : []),
    row('staff', 'Staff at full strength (people)', 'people', (t) => t.totalHeadcount),
    row('participants', 'Participants at full strength (people)', 'people', (t) => t.participants),
    row('caps-total', 'CAPS method at the same reach: annual total', 'usd', (t) => t.caps.total),
    row('caps-staff', 'CAPS method at the same reach: staff (people)', 'people', (t) => t.caps.totalHeadcount),
  ];
}

/** Staff by role at full strength, for the roles any scenario includes (null: not included). */
export function comparisonRoleRows(c: ScenarioComparison): ComparisonRow[] {
  return ROLE_IDS.filter((id) => c.plans.some((p) => p.roles.some((r) => r.id === id && r.enabled))).map((id) => ({
    key: `role.${id}`,
    label: ROLES[id].label,
    kind: 'people' as const,
    values: c.plans.map((p) => {
      const role = p.roles.find((r) => r.id === id);
      return role && role.enabled ? role.headcount : null;
    }),
  }));
}

/** Budget lines at full strength, for the lines any scenario has (null: not included). */
export function comparisonLineRows(c: ScenarioComparison): ComparisonRow[] {
  return BUDGET_LINE_IDS.filter((id) => c.plans.some((p) => p.budget.lines.some((l) => l.id === id))).map((id) => ({
    key: `line.${id}`,
    label: sharedLineLabel(id, c.plans),
    kind: 'usd' as const,
    values: c.plans.map((p) => p.budget.lines.find((l) => l.id === id)?.amount ?? null),
  }));
}

// The reality check (docs/methodology.md §12): five of a plan's figures beside what real programs
// spend and staff. Context, never a target: the plan's figures are shown as computed and never
// adjusted, and where the plan sits is said in neutral words (below, within or above the
// benchmarks' range), never as a verdict. The benchmarks are an argument — the planner, the print
// view, the workbook and the CLI pass in the shipped file (benchmarkData.ts) — so this module
// carries no data and the planner's first load stays as it is.
import { BENCHMARK_METRIC_IDS, type Benchmark, type BenchmarkMetricId } from './benchmarks';
import { formatOneDecimal, formatPercent, formatUsd, formatUsdCents } from './format';
import { PRESETS } from './presets';
import type { BudgetLineId, RoleId } from './roles';
import { participantServicesParam, siteTeamStaff, type Plan } from './plan';

export type MetricUnit = 'usd' | 'usd-cents' | 'ratio';
export type BenchmarkPosition = 'below' | 'within' | 'above';

/** The benchmarks' spread for one metric, over each entry's `value`. */
export interface BenchmarkRange {
  readonly low: number;
  readonly median: number;
  readonly high: number;
  readonly count: number;
}

export interface RealityMetric {
  readonly id: BenchmarkMetricId;
  readonly label: string;
  readonly unit: MetricUnit;
  /** How the plan's value is worked out, in words. */
  readonly formula: string;
  /** The plan's own figure, unadjusted; null when it has nothing to divide by. */
  readonly plan: number | null;
  /** Why there is no plan value (null when there is one). */
  readonly planNote: string | null;
  /** null when no benchmark covers the metric. */
  readonly range: BenchmarkRange | null;
  readonly position: BenchmarkPosition | null;
  /** The plan's value as a multiple of the benchmarks' median (null without both). */
  readonly timesMedian: number | null;
  /** Where the plan sits, in neutral words. */
  readonly positionText: string;
  /** Every benchmark of the metric, in the file's order. */
  readonly benchmarks: readonly Benchmark[];
}

export interface RealityCheck {
  readonly metrics: readonly RealityMetric[];
  /** What the benchmarks are and what this plan prices, for a council member or a funder. */
  readonly statement: string;
  /** The same in one sentence, for the council brief. */
  readonly shortStatement: string;
}

/**
 * Low, median and high of a list of values: the values sorted, the median the middle one, or for
 * an even count the mean of the middle two. null for an empty list.
 */
export function benchmarkRange(values: readonly number[]): BenchmarkRange | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { low: sorted[0]!, median, high: sorted[n - 1]!, count: n };
}

/** Below the lowest value, above the highest, else within (the ends count as within). */
export function positionOf(value: number, range: Pick<BenchmarkRange, 'low' | 'high'>): BenchmarkPosition {
  if (value < range.low) return 'below';
  if (value > range.high) return 'above';
  return 'within';
}

/** A metric's value as shown: dollars, dollars and cents, or a ratio to one decimal. */
export function formatMetric(value: number, unit: MetricUnit): string {
  return unit === 'usd' ? formatUsd(value) : unit === 'usd-cents' ? formatUsdCents(value) : formatOneDecimal(value);
}

const programs = (n: number) => `${n} ${n === 1 ? 'program' : 'programs'}`;

/** Where the plan sits, in neutral words: a fact about the range, never a judgement. */
export function positionWords(position: BenchmarkPosition, range: BenchmarkRange, unit: MetricUnit, timesMedian: number | null): string {
  const multiple = timesMedian === null ? '' : ` (${formatOneDecimal(timesMedian)} × their median)`;
  if (position === 'below') return `Below the range: under the lowest of ${programs(range.count)}, ${formatMetric(range.low, unit)}${multiple}.`;
  if (position === 'above') return `Above the range: over the highest of ${programs(range.count)}, ${formatMetric(range.high, unit)}${multiple}.`;
  return `Within the range of ${programs(range.count)}${multiple}.`;
}

const headcount = (plan: Plan, id: RoleId) => plan.roles.find((r) => r.id === id)?.headcount ?? 0;
const line = (plan: Plan, id: BudgetLineId) => plan.budget.lines.find((l) => l.id === id)?.amount ?? 0;
/** The lines that pay for positions: the people, their supervision and OVP, their training and the data work. */
const POSITION_LINES: readonly BudgetLineId[] = ['frontline', 'supervision-ovp', 'training-ta', 'data-evaluation'];

interface MetricDefinition {
  readonly label: string;
  readonly unit: MetricUnit;
  readonly formula: string;
  readonly value: (plan: Plan) => { value: number; note: null } | { value: null; note: string };
}

const some = (value: number) => ({ value, note: null });
const none = (note: string) => ({ value: null, note });

const METRICS: Readonly<Record<BenchmarkMetricId, MetricDefinition>> = {
  'cost-per-participant': {
    label: 'Cost per participant',
    unit: 'usd',
    formula: 'total annual budget ÷ participants',
    value: (plan) => (plan.costPerParticipant === null ? none('No participants: nobody to divide by.') : some(plan.costPerParticipant)),
  },
  'cost-per-position': {
    label: 'All-in cost per position',
    unit: 'usd',
    formula: '(frontline + supervision & OVP + training & TA + data & evaluation lines) ÷ total staff',
    value: (plan) =>
      plan.totalHeadcount === 0
        ? none('No staff: nobody to divide by.')
        : some(POSITION_LINES.reduce((sum, id) => sum + line(plan, id), 0) / plan.totalHeadcount),
  },
  'program-budget-per-resident': {
    label: 'Budget per resident',
    unit: 'usd-cents',
    formula: 'total annual budget ÷ population',
    value: (plan) => some(plan.costPerResident),
  },
  'participants-per-outreach-worker': {
    label: 'Participants per street outreach worker',
    unit: 'ratio',
    formula: 'participants ÷ street outreach workers',
    value: (plan) => {
      const workers = headcount(plan, 'street-outreach');
      return workers === 0 ? none('No street outreach workers in this plan.') : some(plan.participants / workers);
    },
  },
  'staff-per-site': {
    label: 'Staff per site',
    unit: 'ratio',
    formula: '(street outreach workers + violence interrupters + trauma counselors + site supervisors) ÷ sites',
    // Site-based plans only (§11, §12): the site teams' own people; the supervisors of the hospital
    // responders (and of case management when it is on) are not part of a site.
    value: (plan) => {
      if (plan.sites === 0) return none('Site-based plans only: this plan is sized by caseloads, not by sites.');
      const { team, supervisors } = siteTeamStaff(plan);
      return some((team + supervisors) / plan.sites);
    },
  },
};

/** The statement beside the figures: what the benchmarks are, and what this plan prices. */
function statementOf(plan: Plan, metrics: readonly RealityMetric[]): string {
  const roles = plan.roles.filter((r) => r.enabled && r.headcount > 0).length;
  const wrap = line(plan, 'wraparound');
  const wrapShare = plan.budget.total > 0 ? wrap / plan.budget.total : 0;
  const above = metrics.filter((m) => m.position === 'above').map((m) => m.label.toLowerCase());
  const sites = plan.assumptions.staffingModel === 'sites';
  const services = `${formatUsd(plan.assumptions[participantServicesParam(plan.assumptions)])} of ${sites ? 'direct assistance' : 'wraparound services'} per participant a year (${formatPercent(wrapShare)} of its total)`;
  const scope = sites
    ? `This plan staffs site teams, as street programs do, under the ${PRESETS[plan.preset].label} methodology: ${roles} kinds of role` + (wrap > 0 ? `, and ${services}.` : '.')
    : `This plan is priced as a fully resourced ecosystem under the ${PRESETS[plan.preset].label} methodology: it staffs ${roles} kinds of role` + (wrap > 0 ? ` and budgets ${services}.` : '.');
  const where =
    above.length > 0
      ? ` Its ${joinWords(above)} ${above.length === 1 ? 'sits' : 'sit'} above what these programs report${sites ? '.' : ': that is what the fuller scope costs.'}`
      : '';
  return (
    'The benchmarks are what existing programs report spending and staffing, each for its own scope (one site, one grant, or only the city’s share); each has its source and a caveat. ' +
    scope +
    where +
    ' The plan’s figures are shown as computed, never adjusted toward the benchmarks.'
  );
}

function shortStatementOf(plan: Plan): string {
  const sites = plan.assumptions.staffingModel === 'sites';
  const amount = formatUsd(plan.assumptions[participantServicesParam(plan.assumptions)]);
  const services = line(plan, 'wraparound') > 0 ? `, with ${amount} of ${sites ? 'direct assistance' : 'wraparound services'} per participant a year` : '';
  const scope = sites ? 'This plan staffs site teams, as street programs do' : 'This plan prices a fully resourced ecosystem';
  return `${scope}${services}; the benchmarks are what existing programs report spending, each for its own scope. Context, not a target: the plan’s figures are not adjusted toward them.`;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}

/** The reality check of a plan (at full strength) against the given benchmarks. */
export function realityCheck(plan: Plan, benchmarks: readonly Benchmark[]): RealityCheck {
  const metrics = BENCHMARK_METRIC_IDS.map((id): RealityMetric => {
    const def = METRICS[id];
    const entries = benchmarks.filter((b) => b.metric === id);
    const range = benchmarkRange(entries.map((b) => b.value));
    const { value, note } = def.value(plan);
    const position = value !== null && range ? positionOf(value, range) : null;
    const timesMedian = value !== null && range && range.median > 0 ? value / range.median : null;
    const positionText =
      note ?? (range && position ? positionWords(position, range, def.unit, timesMedian) : 'No benchmark covers this figure yet.');
    return { id, label: def.label, unit: def.unit, formula: def.formula, plan: value, planNote: note, range, position, timesMedian, positionText, benchmarks: entries };
  });
  return { metrics, statement: statementOf(plan, metrics), shortStatement: shortStatementOf(plan) };
}

/** The benchmarks' range in words: "$1,975 to $23,000 (median $10,800; 5 programs)". */
export function rangeText(m: Pick<RealityMetric, 'range' | 'unit'>): string {
  if (!m.range) return 'no benchmark yet';
  const { low, median, high, count } = m.range;
  return `${formatMetric(low, m.unit)} to ${formatMetric(high, m.unit)} (median ${formatMetric(median, m.unit)}; ${programs(count)})`;
}

/** The position in two words, for one-line summaries (the brief, the command line). */
export const POSITION_SHORT: Readonly<Record<BenchmarkPosition, string>> = {
  below: 'below the range',
  within: 'within the range',
  above: 'above the range',
};

/** An entry's own range as its source gives it ("$10,000 to $20,000", "from $10,000"), or null. */
export function entryRangeText(entry: Benchmark, unit: MetricUnit): string | null {
  const { low, high } = entry;
  if (low !== null && high !== null) return `${formatMetric(low, unit)} to ${formatMetric(high, unit)}`;
  if (low !== null) return `from ${formatMetric(low, unit)}`;
  if (high !== null) return `up to ${formatMetric(high, unit)}`;
  return null;
}

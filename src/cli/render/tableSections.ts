// The table's sections beyond the plan itself: cost of violence, sensitivity, ranges, the
// multi-year plan, funding and hires. Context and ranges, never predictions.
import {
  DEFAULT_SPREAD,
  PARAMS,
  fiscalYearOf,
  formatInteger,
  formatPeople,
  formatPercent,
  formatQuantity,
  formatShootings,
  formatUsd,
  type CostOfViolence,
  type FundingPicture,
  type HiresNeeded,
  type MultiYearPlan,
  type UncertainRange,
  type UncertaintyResult,
} from '../../model';
import type { Plan } from '../../model';
import { BENCHMARKS } from '../../model/benchmarkData';
import { formatMetric, POSITION_SHORT, realityCheck } from '../../model/realityCheck';
import type { SensitivityAnalysis } from './extras';
import { amountText, columns, terminalText } from './text';

/** Context for the budget, never a prediction: "would need to prevent", never "will prevent". */
export function costOfViolenceSection(cov: CostOfViolence | null): string[] {
  if (!cov) return [];
  const out = ['', 'Cost of violence (context, not a prediction)'];
  const basis = cov.basis === 'local' ? 'local study’s cost per shooting' : 'Everytown’s costs per shooting';
  const missing = cov.working.annualTaxpayerCost.note;
  out.push(`  Annual taxpayer cost of the place’s shootings: ${formatUsd(cov.annualTaxpayerCost)} (${basis}).`);
  if (missing) out.push(`  ${missing}`);
  if (cov.breakEvenShare === null || cov.breakEvenShootings === null) {
    out.push(`  ${cov.working.breakEvenShare.note ?? 'There is no break-even share.'}`);
  } else {
    out.push(
      `  The plan would need to prevent ${formatPercent(Math.round(cov.breakEvenShare * 1000) / 1000)} of shootings (${formatShootings(cov.breakEvenShootings)} a year) for avoided taxpayer cost to equal the budget (the annual budget at full strength).`,
    );
    if (cov.breakEvenShare > 1) out.push(`  ${cov.working.breakEvenShare.note ?? ''}`);
  }
  return out;
}

/**
 * The model's setting of a moved assumption ("0.24", "36000 (held to its valid range)") in the
 * assumption's own unit ("24%", "$36,000 (held to its valid range)"); other settings as given.
 */
function settingText(assumption: string, setting: string): string {
  const match = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(.*)$/.exec(setting);
  if (!match || !Object.prototype.hasOwnProperty.call(PARAMS, assumption)) return terminalText(setting);
  const value = Number(match[1]);
  const unit = PARAMS[assumption as keyof typeof PARAMS].unit;
  const shown = unit === 'rate' ? formatPercent(value) : unit === 'usd' ? formatUsd(value) : formatQuantity(value);
  return terminalText(`${shown}${match[2] ?? ''}`);
}

/** Which assumption moves the total most: each one down and up, the rest held (a tornado as a table). */
export function sensitivitySection(s: SensitivityAnalysis): string[] {
  const pct = formatQuantity(s.amount * 100);
  const out = ['', `Sensitivity (${amountText(s.amount)}): the annual budget at full strength with one assumption moved, the others held`];
  out.push(`  As planned: ${formatUsd(s.base)}. Largest swing first.`);
  const rows = [
    ['Assumption', `Down ${pct}%`, 'Total', `Up ${pct}%`, 'Total', 'Swing'],
    ...s.results.map((r) => [
      terminalText(r.label),
      settingText(r.assumption, r.lowSetting),
      formatUsd(r.low),
      settingText(r.assumption, r.highSetting),
      formatUsd(r.high),
      formatUsd(r.swing),
    ]),
  ];
  out.push(...columns(rows, ['left', 'right', 'right', 'right', 'right', 'right']));
  out.push('  Down and up move the assumption itself: a smaller caseload means more staff, so its "down" total is the higher one.');
  return out;
}

/** How one uncertain assumption's range reads: in its own unit; salaries as a factor on every salary. */
function rangeText(r: UncertainRange): string {
  const unit = Object.prototype.hasOwnProperty.call(PARAMS, r.id) ? PARAMS[r.id as keyof typeof PARAMS].unit : undefined;
  const show = (v: number) => (r.id === 'salaries' ? `× ${formatQuantity(v)}` : unit === 'rate' ? formatPercent(v) : unit === 'usd' ? formatUsd(v) : formatQuantity(v));
  const basis = r.basis === 'source' ? 'the sources’ range' : `the plan’s value ${amountText(DEFAULT_SPREAD)}`;
  return `${show(r.low)} to ${show(r.high)} (${r.id === 'salaries' ? 'one factor on every salary' : basis})`;
}

/** Ranges of the total and staff over the draws: what the assumptions allow, not a forecast. */
export function uncertaintySection(u: UncertaintyResult): string[] {
  const out = ['', `Range (${formatInteger(u.draws)} draws, seed ${u.seed}): the plan under the stated ranges of its assumptions, not a forecast`];
  const rows = [
    ['', 'p10', 'p50', 'p90', 'Lowest draw', 'Highest draw'],
    ['Total annual budget', formatUsd(u.total.p10), formatUsd(u.total.p50), formatUsd(u.total.p90), formatUsd(u.total.min), formatUsd(u.total.max)],
    ['Total staff', formatPeople(u.staff.p10), formatPeople(u.staff.p50), formatPeople(u.staff.p90), formatPeople(u.staff.min), formatPeople(u.staff.max)],
  ];
  out.push(...columns(rows, ['left', 'right', 'right', 'right', 'right', 'right']));
  out.push(
    '  Each draw plans again with every assumption below picked at random (uniformly) within its range;',
    '  80% of the draws fall between p10 and p90. The spread shows how much the plan depends on these',
    '  assumptions, not what the place will spend. The same seed gives the same ranges.',
  );
  out.push(...columns([['Assumption', 'Drawn from'], ...u.ranges.map((r) => [terminalText(r.label), rangeText(r)])], ['left', 'left']));
  return out;
}

export function multiYearSection(multi: MultiYearPlan): string[] {
  const first = multi.years[0];
  const a = first?.assumptions;
  const last = multi.years.at(-1);
  const span = last && multi.years.length > 1 ? `${multi.startYear}–${fiscalYearOf(multi, multi.years.length - 1)}` : String(multi.startYear);
  const out = ['', `Multi-year plan, ${span}`];
  const rows = [['Year', 'Share of full staffing', 'Staff', 'Total budget']];
  multi.years.forEach((y, i) => {
    rows.push([String(fiscalYearOf(multi, i)), formatPercent(y.year?.share ?? 1), formatInteger(y.totalHeadcount), formatUsd(y.budget.total)]);
  });
  rows.push(['Cumulative total', '', '', formatUsd(multi.cumulativeTotal)]);
  out.push(...columns(rows, ['left', 'right', 'right', 'right']));
  if (a) {
    out.push(
      `  Frontline staff = full-strength people × the year’s share, rounded half up; OVP staff at full strength from the first year. Salaries grow ${formatPercent(a.salaryGrowth)} a year, other costs ${formatPercent(a.costGrowth)}.`,
    );
  }
  const startup = first?.budget.startup;
  if (first && startup) {
    out.push(`  ${fiscalYearOf(multi, 0)} includes one-time start-up costs (recruitment ${formatUsd(startup.recruitment)}, training academy ${formatUsd(startup.academy)}, equipment ${formatUsd(startup.equipment)}).`);
  }
  return out;
}

export function fundingSection(funding: FundingPicture): string[] {
  const out = ['', 'Funding and the gap (sources from the plan file)'];
  const rows = [['Year', 'Budget', 'Funded', 'Funded share', 'Gap']];
  for (const y of funding.years) rows.push([String(y.fiscalYear), formatUsd(y.total), formatUsd(y.funded), formatPercent(Math.round(y.fundedShare * 1000) / 1000), formatUsd(y.gap)]);
  rows.push(['Total gap', '', '', '', formatUsd(funding.totalGap)]);
  out.push(...columns(rows, ['left', 'right', 'right', 'right', 'right']));
  for (const c of funding.callouts) out.push(`  ${terminalText(c)}`);
  return out;
}

export function hiresSection(hires: readonly HiresNeeded[]): string[] {
  const rows = [['Role', 'Planned', 'Current', 'Hires needed'], ...hires.map((h) => [h.label, formatInteger(h.planned), formatInteger(h.current), formatInteger(h.hires)])];
  return ['', 'What the city has today (current staff from the plan file) and hires needed at full strength', ...columns(rows, ['left', 'right', 'right', 'right'])];
}

/**
 * The reality check (docs/methodology.md §12): each figure of the plan beside the range real
 * programs report, how many programs, and where the plan sits — context, never a target.
 */
export function realityCheckSection(plan: Plan): string[] {
  const check = realityCheck(plan, BENCHMARKS);
  const out = ['', 'Reality check: what real programs spend (context, never a target)'];
  const rows = [
    ['Figure', 'This plan', 'Real programs', 'Median', 'Programs', 'Where the plan sits'],
    ...check.metrics.map((m) => [
      m.label,
      m.plan === null ? '—' : formatMetric(m.plan, m.unit),
      m.range ? `${formatMetric(m.range.low, m.unit)} to ${formatMetric(m.range.high, m.unit)}` : '—',
      m.range ? formatMetric(m.range.median, m.unit) : '—',
      String(m.range?.count ?? 0),
      m.position ? POSITION_SHORT[m.position] : (m.planNote ?? '').replace(/\.$/, '').toLowerCase(),
    ]),
  ];
  out.push(...columns(rows, ['left', 'right', 'right', 'right', 'right', 'left']));
  out.push(`  ${check.shortStatement}`);
  out.push('  Every program with its source link and caveat: the workbook’s Benchmarks sheet (--format xlsx) and src/data/benchmarks.json.');
  return out;
}

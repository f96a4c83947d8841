// Rendering a plan (or a batch of plans) as a table, JSON or CSV. Every number printed here is a
// field of the Plan returned by computePlan (or an assumption it records); this file formats,
// it never computes a figure.
import {
  HIGH_RISK_METHOD_LABELS,
  INPUT_LABELS,
  PARAMS,
  PRESETS,
  formatInteger,
  formatOneDecimal,
  formatPercent,
  formatQuantity,
  formatUsd,
  formatUsdCents,
  costOfViolence,
  DEFAULT_SPREAD,
  fiscalYearOf,
  type CostOfViolence,
  type CurrentStaffing,
  type FundingPicture,
  type FundingSource,
  type HiresNeeded,
  type InputField,
  type MultiYearPlan,
  type OverrideNote,
  type Plan,
  type PlanInput,
  type RolePlan,
  type sensitivity,
  type UncertainRange,
  type UncertaintyResult,
} from '../model';
import { placeTableHeader, placeTableLineIds, placeTableRow } from '../model/exports/placeTable';
import { cents, rowsToCsv as toCsv, type CsvValue as CsvCell } from '../model/exports/csv';
import { FIELD_FLAGS, type SingleInput } from './inputs';

// ---------------------------------------------------------------------------------------------
// Safety

/**
 * Throw if any number in a value about to be printed is NaN or ±Infinity. The model promises
 * finite numbers; if that promise breaks, the CLI fails loudly (exit 1) instead of printing one.
 */
export function assertFinite(value: unknown, path = 'plan'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`non-finite number ${String(value)} at ${path}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertFinite(v, `${path}[${i}]`));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) assertFinite(v, `${path}.${k}`);
  }
}

/** Text typed by a person, made safe to show on a terminal (no control characters or escapes). */
export function terminalText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?').replace(/[\t\n]/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// JSON

/** The plan as one JSON-ready object: every figure of the Plan, its working and its input. */
export function planJson(plan: Plan): Record<string, unknown> {
  const json = {
    preset: plan.preset,
    input: plan.input,
    overrides: plan.overrides,
    highRiskPopulation: plan.highRiskPopulation,
    participants: plan.participants,
    hospitalClients: plan.hospitalClients,
    hospitalClientsGiven: plan.hospitalClientsGiven,
    roles: plan.roles.map((r) => ({ ...r, driver: { ...r.driver } })),
    frontlineHeadcount: plan.frontlineHeadcount,
    totalHeadcount: plan.totalHeadcount,
    totalFte: plan.totalFte,
    budget: {
      lines: plan.budget.lines.map((l) => ({ ...l })),
      staffingCost: plan.budget.staffingCost,
      mtdc: plan.budget.mtdc,
      total: plan.budget.total,
    },
    costPerParticipant: plan.costPerParticipant,
    costPerResident: plan.costPerResident,
    staffPer100k: plan.staffPer100k,
    warnings: plan.warnings.map((w) => ({ field: w.field, message: w.message })),
    assumptions: plan.assumptions,
    working: plan.working,
  };
  assertFinite(json);
  return json;
}

/**
 * What one plan's output adds to the plan at full strength: the multi-year plan (--years), the
 * plan file's funding and current staffing, and the cost of violence. All computed by the model.
 */
export interface PlanExtras {
  /** With --years: the plan year by year. */
  readonly multi: MultiYearPlan | null;
  /** With --years and a plan file that has funding sources: the funded share and gap each year. */
  readonly funding: FundingPicture | null;
  /** With a plan file that records current staffing: hires needed per role for the full plan. */
  readonly hires: readonly HiresNeeded[] | null;
  /** The full-strength plan against the taxpayer cost of the place's shootings; null without counts. */
  readonly costOfViolence: CostOfViolence | null;
  /** Funding sources in the plan file left out because --years was not given (0 if none). */
  readonly fundingSourcesWithoutYears: number;
  /** The plan file's funding sources and current staffing as entered (for the workbook's formulas). */
  readonly fundingSources: readonly FundingSource[];
  readonly currentStaffing: CurrentStaffing;
  /** With --sensitivity: the full-strength total with each key assumption moved down and up. */
  readonly sensitivity: SensitivityAnalysis | null;
  /** With --uncertainty N: the Monte Carlo ranges of the full-strength total and staff. */
  readonly uncertainty: UncertaintyResult | null;
}

/** What the model's sensitivity() returns: the base total, the amount and one result per assumption. */
export type SensitivityAnalysis = ReturnType<typeof sensitivity>;

export const NO_EXTRAS: PlanExtras = {
  multi: null,
  funding: null,
  hires: null,
  costOfViolence: null,
  fundingSourcesWithoutYears: 0,
  fundingSources: [],
  currentStaffing: {},
  sensitivity: null,
  uncertainty: null,
};

/** The sensitivity results as printed: largest swing first (the model's order). */
export function sensitivityJson(s: SensitivityAnalysis): Record<string, unknown>[] {
  return s.results.map((r) => ({
    assumption: r.assumption,
    label: r.label,
    low: r.low,
    high: r.high,
    lowSetting: r.lowSetting,
    highSetting: r.highSetting,
  }));
}

/** The Monte Carlo summary as printed: percentiles of the total and of staff, and what was drawn. */
export function uncertaintyJson(u: UncertaintyResult): Record<string, unknown> {
  return {
    draws: u.draws,
    seed: u.seed,
    p10: u.total.p10,
    p50: u.total.p50,
    p90: u.total.p90,
    min: u.total.min,
    max: u.total.max,
    staff: { p10: u.staff.p10, p50: u.staff.p50, p90: u.staff.p90 },
    ranges: u.ranges.map((r) => ({ id: r.id, label: r.label, low: r.low, high: r.high, basis: r.basis })),
  };
}

export function costOfViolenceJson(cov: CostOfViolence | null): Record<string, unknown> | null {
  if (!cov) return null;
  return {
    annualTaxpayerCost: cov.annualTaxpayerCost,
    breakEvenShare: cov.breakEvenShare,
    breakEvenShootings: cov.breakEvenShootings,
    basis: cov.basis,
    fatalShootings: cov.fatalShootings,
    nonfatalShootings: cov.nonfatalShootings,
    working: cov.working,
  };
}

export function yearsJson(multi: MultiYearPlan): Record<string, unknown>[] {
  return multi.years.map((y, i) => ({
    year: fiscalYearOf(multi, i),
    share: y.year?.share ?? 1,
    roles: y.roles.map((r) => ({ id: r.id, headcount: r.headcount, salary: r.salary, cost: r.cost })),
    totalHeadcount: y.totalHeadcount,
    lines: y.budget.lines.map((l) => ({ id: l.id, amount: l.amount })),
    total: y.budget.total,
  }));
}

export function fundingJson(funding: FundingPicture): Record<string, unknown> {
  return {
    years: funding.years.map((y) => ({
      year: y.fiscalYear,
      total: y.total,
      funded: y.funded,
      gap: y.gap,
      surplus: y.surplus,
      fundedShare: y.fundedShare,
      byKind: y.byKind,
    })),
    totalGap: funding.totalGap,
    callouts: funding.callouts,
  };
}

/** The JSON of one plan with what --years and the plan file add; checked finite. */
export function singleJsonObject(plan: Plan, single: SingleInput, extras: PlanExtras = NO_EXTRAS): Record<string, unknown> {
  const city = single.city
    ? { city: { key: `${single.city.city.name}, ${single.city.city.state}`, provenance: single.city.provenance } }
    : {};
  const json: Record<string, unknown> = { ...city, ...planJson(plan), costOfViolence: costOfViolenceJson(extras.costOfViolence) };
  if (extras.multi) {
    json.startYear = extras.multi.startYear;
    json.years = yearsJson(extras.multi);
    json.cumulativeTotal = extras.multi.cumulativeTotal;
  }
  if (extras.funding) json.funding = fundingJson(extras.funding);
  if (extras.hires) json.hiresNeeded = extras.hires.map((h) => ({ id: h.id, planned: h.planned, current: h.current, hires: h.hires }));
  if (extras.sensitivity) {
    json.sensitivityBase = extras.sensitivity.base;
    json.sensitivityAmount = extras.sensitivity.amount;
    json.sensitivity = sensitivityJson(extras.sensitivity);
  }
  if (extras.uncertainty) json.uncertainty = uncertaintyJson(extras.uncertainty);
  assertFinite(json);
  return json;
}

export function singleJson(plan: Plan, single: SingleInput, extras: PlanExtras = NO_EXTRAS): string {
  return `${JSON.stringify(singleJsonObject(plan, single, extras), null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Table (default)

type Align = 'left' | 'right';

/** Align rows of cells into columns, two spaces apart. */
function columns(rows: readonly (readonly string[])[], align: readonly Align[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (align[i] === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
  );
}

/** People shown rounded (methodology §2), with a decimal where a small figure would read as 0. */
function people(value: number): string {
  return value > 0 && value < 10 && !Number.isInteger(value) ? formatOneDecimal(value) : formatInteger(value);
}

export function placeTitle(input: PlanInput): string {
  const parts = [input.placeName, input.state].filter((p) => p !== '');
  return parts.length > 0 ? terminalText(parts.join(', ')) : `a place of ${formatInteger(input.population)} residents`;
}

function overrideValue(note: OverrideNote, value: OverrideNote['value']): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'string') return value;
  const unit = PARAMS[note.id].unit;
  return unit === 'rate' ? formatPercent(value) : unit === 'usd' ? formatUsd(value) : formatQuantity(value);
}

const isProvenanceField = (field: InputField): field is 'population' | 'homicides' | 'fatalShootings' | 'nonfatalShootings' =>
  field === 'population' || field === 'homicides' || field === 'fatalShootings' || field === 'nonfatalShootings';

function inputRows(plan: Plan, single: SingleInput): string[][] {
  const { input } = plan;
  const fields: InputField[] = ['population', 'homicides', 'fatalShootings', 'nonfatalShootings', 'serviceReachPct', 'hospitalReachPct'];
  if (input.method === 'custom' || input.localHighRiskCount !== null) fields.push('localHighRiskCount');
  return fields.map((field) => {
    const value = input[field];
    const shown =
      value === null
        ? 'not given'
        : field === 'serviceReachPct' || field === 'hospitalReachPct'
          ? `${formatQuantity(value as number)}%`
          : formatInteger(value as number);
    const origin = single.origin[field];
    const provenance = isProvenanceField(field) ? single.city?.provenance[field] : undefined;
    const from =
      origin === 'flag'
        ? `from --${FIELD_FLAGS[field]}`
        : origin === 'plan'
          ? 'plan file'
          : origin === 'city'
            ? value === null
              ? 'not in the city preset'
              : `city preset${provenance && provenance.year !== null ? `, ${provenance.year}` : ''}`
            : value === null
              ? ''
              : 'default';
    return [INPUT_LABELS[field], shown, from];
  });
}

function roleRow(r: RolePlan): string[] {
  const marker = r.partTimeNeed ? '*' : r.minimumApplied ? '†' : '';
  if (!r.enabled) return [r.label, r.driver.label, r.ratio === null ? '—' : formatQuantity(r.ratio), '—', 'off', '—', '—'];
  return [
    r.label,
    r.driver.label,
    r.ratio === null ? '√ population' : formatQuantity(r.ratio),
    formatOneDecimal(r.fte),
    `${formatInteger(r.headcount)}${marker}`,
    formatUsd(r.salary),
    formatUsd(r.cost),
  ];
}

/** The default output: a readable staffing and budget table for one plan. */
export function renderTable(plan: Plan, single: SingleInput, extras: PlanExtras = NO_EXTRAS): string {
  singleJsonObject(plan, single, extras); // every figure printed below is finite
  const a = plan.assumptions;
  const out: string[] = [];
  out.push(`CVI ecosystem plan for ${placeTitle(plan.input)}`);
  out.push(
    `Methodology: ${PRESETS[plan.preset].label} (${plan.preset}). High-risk estimate: ${HIGH_RISK_METHOD_LABELS[plan.input.method]}.`,
  );
  if (single.planFile !== undefined) out.push(`Plan file: ${terminalText(single.planFile)}.`);
  if (single.city) out.push(`City preset: ${single.city.city.name}, ${single.city.city.state} (sources in src/data/city-presets.json).`);
  out.push('', 'Inputs');
  out.push(...columns(inputRows(plan, single), ['left', 'right', 'left']));
  out.push('', 'Assumptions changed from the preset');
  if (plan.overrides.length === 0) out.push('  none');
  else {
    out.push(
      ...columns(
        plan.overrides.map((o) => [PARAMS[o.id].label, overrideValue(o, o.value), `preset: ${overrideValue(o, o.presetValue)}`]),
        ['left', 'right', 'left'],
      ),
    );
  }

  out.push('', 'Who the plan serves');
  out.push(
    ...columns(
      [
        ['High-risk population', people(plan.highRiskPopulation), ''],
        ['Participants', people(plan.participants), `${formatQuantity(plan.input.serviceReachPct)}% reach`],
        [
          'Hospital clients a year',
          people(plan.hospitalClients),
          plan.hospitalClientsGiven ? `${formatQuantity(plan.input.hospitalReachPct)}% hospital reach` : 'nonfatal shootings not given',
        ],
      ],
      ['left', 'right', 'left'],
    ),
  );

  out.push('', 'Staffing');
  const roleRows = [
    ['Role', 'Driver', 'Caseload', 'FTE', 'People', 'Salary', 'Annual cost'],
    ...plan.roles.map(roleRow),
    ['Total', '', '', formatOneDecimal(plan.totalFte), formatInteger(plan.totalHeadcount), '', formatUsd(plan.budget.staffingCost)],
  ];
  out.push(...columns(roleRows, ['left', 'left', 'right', 'right', 'right', 'right', 'right']));
  const notes = [
    `  Annual cost = people × salary × (1 + ${formatPercent(a.fringeRate)} fringe benefits)` +
      (a.costOfLiving === 1 ? '.' : `; salaries include the ${formatQuantity(a.costOfLiving)} cost-of-living multiplier.`),
    `  OVP staff: ${formatQuantity(a['ovp-staff.staffAtReference'])} at ${formatInteger(a['ovp-staff.referencePopulation'])} residents, growing with the square root of population.`,
  ];
  if (plan.roles.some((r) => r.partTimeNeed)) notes.push('  * part-time need: the function needs part of someone’s time (less than half a position).');
  if (plan.roles.some((r) => r.minimumApplied)) notes.push('  † raised to the minimum for the role.');
  if (plan.roles.some((r) => !r.enabled)) notes.push('  off: the role is switched off in this plan’s assumptions.');
  out.push(...notes);

  out.push('', extras.multi ? 'Annual budget at full strength' : 'Annual budget (year 1)');
  out.push(
    ...columns(
      [...plan.budget.lines.map((l) => [l.label, formatUsd(l.amount)]), ['Total annual budget', formatUsd(plan.budget.total)]],
      ['left', 'right'],
    ),
  );

  out.push('', 'Derived figures');
  out.push(
    ...columns(
      [
        ['Cost per participant', plan.costPerParticipant === null ? '— (no participants)' : formatUsd(plan.costPerParticipant)],
        ['Cost per resident', formatUsdCents(plan.costPerResident)],
        ['Staff per 100,000 residents', formatOneDecimal(plan.staffPer100k)],
      ],
      ['left', 'right'],
    ),
  );

  out.push(...costOfViolenceSection(extras.costOfViolence));
  if (extras.sensitivity) out.push(...sensitivitySection(extras.sensitivity));
  if (extras.uncertainty) out.push(...uncertaintySection(extras.uncertainty));
  if (extras.multi) out.push(...multiYearSection(extras.multi));
  if (extras.funding) out.push(...fundingSection(extras.funding));
  else if (extras.fundingSourcesWithoutYears > 0) {
    const n = extras.fundingSourcesWithoutYears;
    out.push('', `Funding: the plan file has ${n} funding source${n === 1 ? '' : 's'}; add --years N to compare ${n === 1 ? 'it' : 'them'} with each year’s budget.`);
  }
  if (extras.hires) out.push(...hiresSection(extras.hires));

  if (plan.warnings.length > 0) {
    out.push('', 'Warnings');
    for (const w of plan.warnings) out.push(`  ${warningWhere(w.field)}: ${terminalText(w.message)}`);
  }
  return `${out.join('\n')}\n`;
}

/** Context for the budget, never a prediction: "would need to prevent", never "will prevent". */
function costOfViolenceSection(cov: CostOfViolence | null): string[] {
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
      `  The plan would need to prevent ${formatPercent(Math.round(cov.breakEvenShare * 1000) / 1000)} of shootings (${people(cov.breakEvenShootings)} a year) for avoided taxpayer cost to equal the budget (the annual budget at full strength).`,
    );
    if (cov.breakEvenShare > 1) out.push(`  ${cov.working.breakEvenShare.note ?? ''}`);
  }
  return out;
}

/** "±20%" for an amount of 0.2. */
const amountText = (amount: number): string => `±${formatQuantity(amount * 100)}%`;

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
function sensitivitySection(s: SensitivityAnalysis): string[] {
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
function uncertaintySection(u: UncertaintyResult): string[] {
  const out = ['', `Range (${formatInteger(u.draws)} draws, seed ${u.seed}): the plan under the stated ranges of its assumptions, not a forecast`];
  const rows = [
    ['', 'p10', 'p50', 'p90', 'Lowest draw', 'Highest draw'],
    ['Total annual budget', formatUsd(u.total.p10), formatUsd(u.total.p50), formatUsd(u.total.p90), formatUsd(u.total.min), formatUsd(u.total.max)],
    ['Total staff', people(u.staff.p10), people(u.staff.p50), people(u.staff.p90), people(u.staff.min), people(u.staff.max)],
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

function multiYearSection(multi: MultiYearPlan): string[] {
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

function fundingSection(funding: FundingPicture): string[] {
  const out = ['', 'Funding and the gap (sources from the plan file)'];
  const rows = [['Year', 'Budget', 'Funded', 'Funded share', 'Gap']];
  for (const y of funding.years) rows.push([String(y.fiscalYear), formatUsd(y.total), formatUsd(y.funded), formatPercent(Math.round(y.fundedShare * 1000) / 1000), formatUsd(y.gap)]);
  rows.push(['Total gap', '', '', '', formatUsd(funding.totalGap)]);
  out.push(...columns(rows, ['left', 'right', 'right', 'right', 'right']));
  for (const c of funding.callouts) out.push(`  ${terminalText(c)}`);
  return out;
}

function hiresSection(hires: readonly HiresNeeded[]): string[] {
  const rows = [['Role', 'Planned', 'Current', 'Hires needed'], ...hires.map((h) => [h.label, formatInteger(h.planned), formatInteger(h.current), formatInteger(h.hires)])];
  return ['', 'What the city has today (current staff from the plan file) and hires needed at full strength', ...columns(rows, ['left', 'right', 'right', 'right'])];
}

export function warningWhere(field: string): string {
  return Object.prototype.hasOwnProperty.call(FIELD_FLAGS, field) ? `--${FIELD_FLAGS[field as InputField]}` : field;
}

// ---------------------------------------------------------------------------------------------
// CSV, one plan: a long table of staffing rows, budget rows and summary figures.

export const PLAN_CSV_HEADER = [
  'table',
  'id',
  'label',
  'driver',
  'driver_value',
  'ratio',
  'fte',
  'headcount',
  'part_time_need',
  'salary',
  'amount',
  'value',
] as const;

const PERCENTILE_ROWS = [
  ['p10', '10th percentile'],
  ['p50', '50th percentile (median)'],
  ['p90', '90th percentile'],
  ['min', 'lowest'],
  ['max', 'highest'],
] as const;

export function renderPlanCsv(plan: Plan, extras: PlanExtras = NO_EXTRAS): string {
  assertFinite(planJson(plan));
  assertFinite({ cov: costOfViolenceJson(extras.costOfViolence), multi: extras.multi ? yearsJson(extras.multi) : null, funding: extras.funding ? fundingJson(extras.funding) : null });
  // With --years every row gets a last column, "year" (the fiscal year of year rows, else empty).
  const withYear = extras.multi !== null;
  const rows: CsvCell[][] = [withYear ? [...PLAN_CSV_HEADER, 'year'] : [...PLAN_CSV_HEADER]];
  for (const r of plan.roles) {
    rows.push(['staffing', r.id, r.label, r.driver.label, r.driver.value, r.ratio, r.fte, r.headcount, r.partTimeNeed, cents(r.salary), r.cost, null]);
  }
  rows.push(['staffing', 'total', 'Total staff', null, null, null, plan.totalFte, plan.totalHeadcount, null, null, plan.budget.staffingCost, null]);
  for (const l of plan.budget.lines) rows.push(['budget', l.id, l.label, null, null, null, null, null, null, null, l.amount, null]);
  rows.push(['budget', 'total', 'Total annual budget', null, null, null, null, null, null, null, plan.budget.total, null]);
  const summary: [string, string, number | null][] = [
    ['highRiskPopulation', 'High-risk population', plan.highRiskPopulation],
    ['participants', 'Participants', plan.participants],
    ['hospitalClients', 'Hospital clients a year', plan.hospitalClients],
    ['costPerParticipant', 'Cost per participant', plan.costPerParticipant === null ? null : cents(plan.costPerParticipant)],
    ['costPerResident', 'Cost per resident', cents(plan.costPerResident)],
    ['staffPer100k', 'Staff per 100,000 residents', plan.staffPer100k],
  ];
  for (const [id, label, value] of summary) rows.push(['summary', id, label, null, null, null, null, null, null, null, null, value]);
  const cov = extras.costOfViolence;
  if (cov) {
    rows.push(['summary', 'annualTaxpayerCost', 'Annual taxpayer cost of shootings', null, null, null, null, null, null, null, cov.annualTaxpayerCost, null]);
    rows.push(['summary', 'breakEvenShare', 'Share of shootings the plan would need to prevent to pay for itself', null, null, null, null, null, null, null, null, cov.breakEvenShare]);
    rows.push(['summary', 'breakEvenShootings', 'Shootings a year the plan would need to prevent to pay for itself', null, null, null, null, null, null, null, null, cov.breakEvenShootings]);
  }
  if (extras.hires) {
    for (const h of extras.hires) rows.push(['current-staff', h.id, h.label, null, null, null, null, h.current, null, null, null, null]);
    for (const h of extras.hires) rows.push(['hires', h.id, h.label, null, null, null, null, h.hires, null, null, null, null]);
  }
  const sens = extras.sensitivity;
  if (sens) {
    assertFinite(sensitivityJson(sens), 'sensitivity');
    const pct = formatQuantity(sens.amount * 100);
    rows.push(['sensitivity', 'base', `Total annual budget as planned (each assumption then moved ${amountText(sens.amount)})`, null, null, null, null, null, null, null, sens.base, sens.amount]);
    for (const r of sens.results) {
      rows.push(['sensitivity', `${r.assumption}:low`, `${r.label}, down ${pct}% (${r.lowSetting})`, null, null, null, null, null, null, null, r.low, null]);
      rows.push(['sensitivity', `${r.assumption}:high`, `${r.label}, up ${pct}% (${r.highSetting})`, null, null, null, null, null, null, null, r.high, null]);
    }
  }
  const unc = extras.uncertainty;
  if (unc) {
    assertFinite(uncertaintyJson(unc), 'uncertainty');
    rows.push(['uncertainty', 'draws', 'Draws', null, null, null, null, null, null, null, null, unc.draws]);
    rows.push(['uncertainty', 'seed', 'Seed', null, null, null, null, null, null, null, null, unc.seed]);
    for (const [key, label] of PERCENTILE_ROWS) {
      rows.push(['uncertainty', `total-${key}`, `Total annual budget, ${label} of the draws`, null, null, null, null, null, null, null, unc.total[key], null]);
    }
    for (const [key, label] of PERCENTILE_ROWS.slice(0, 3)) {
      rows.push(['uncertainty', `staff-${key}`, `Total staff, ${label} of the draws`, null, null, null, null, null, null, null, null, unc.staff[key]]);
    }
  }
  const multi = extras.multi;
  if (multi) {
    for (const row of rows) if (row !== rows[0]) row.push(null);
    multi.years.forEach((y, i) => {
      const fy = fiscalYearOf(multi, i);
      const share = y.year?.share ?? 1;
      for (const r of y.roles) rows.push(['year-staffing', r.id, r.label, null, null, null, r.fte, r.headcount, r.partTimeNeed, cents(r.salary), r.cost, share, fy]);
      rows.push(['year-staffing', 'total', 'Total staff', null, null, null, y.totalFte, y.totalHeadcount, null, null, y.budget.staffingCost, share, fy]);
      for (const l of y.budget.lines) rows.push(['year', l.id, l.label, null, null, null, null, null, null, null, l.amount, share, fy]);
      rows.push(['year', 'total', `Total budget, ${fy}`, null, null, null, null, y.totalHeadcount, null, null, y.budget.total, share, fy]);
    });
    rows.push(['year', 'cumulative', multi.cumulativeWorking.label, null, null, null, null, null, null, null, multi.cumulativeTotal, null, null]);
    if (extras.funding) {
      for (const y of extras.funding.years) {
        rows.push(['funding', 'funded', 'Funded', null, null, null, null, null, null, null, y.funded, y.fundedShare, y.fiscalYear]);
        rows.push(['funding', 'gap', 'Unfunded gap', null, null, null, null, null, null, null, y.gap, null, y.fiscalYear]);
      }
      rows.push(['funding', 'total-gap', 'Total unfunded gap', null, null, null, null, null, null, null, extras.funding.totalGap, null, null]);
    }
  }
  return toCsv(rows);
}

// ---------------------------------------------------------------------------------------------
// Batch

export interface PlannedRow {
  readonly line: number;
  readonly name: string;
  readonly state: string;
  /** null when the row could not be planned (its problems went to standard error). */
  readonly plan: Plan | null;
  /** With --uncertainty N: the place's ranges (null when not asked for or not planned). */
  readonly uncertainty?: UncertaintyResult | null;
}

/** What a batch adds to every place: with --uncertainty, its draws and seed (the same for every place). */
export interface BatchExtras {
  readonly uncertainty: { readonly draws: number; readonly seed: number } | null;
}

export const NO_BATCH_EXTRAS: BatchExtras = { uncertainty: null };

export function renderBatchJson(rows: readonly PlannedRow[]): string {
  const places = rows.flatMap((r) =>
    r.plan
      ? [
          {
            line: r.line,
            name: r.name,
            state: r.state,
            ...planJson(r.plan),
            costOfViolence: costOfViolenceJson(costOfViolence(r.plan)),
            ...(r.uncertainty ? { uncertainty: uncertaintyJson(r.uncertainty) } : {}),
          },
        ]
      : [],
  );
  assertFinite(places);
  return `${JSON.stringify(places, null, 2)}\n`;
}

/** The columns --uncertainty adds to a batch CSV, after every other column. */
export const BATCH_UNCERTAINTY_COLUMNS = ['total_p10', 'total_p50', 'total_p90', 'staff_p10', 'staff_p50', 'staff_p90'] as const;

export function batchCsvHeader(lineIds: readonly string[], extras: BatchExtras = NO_BATCH_EXTRAS): string[] {
  return [...placeTableHeader(lineIds), 'cost_per_resident', 'staff_per_100k', ...(extras.uncertainty ? BATCH_UNCERTAINTY_COLUMNS : [])];
}

/** A place's p10/p50/p90 of the total and of staff (empty cells if it has none). */
function uncertaintyCells(u: UncertaintyResult | null | undefined): CsvCell[] {
  if (!u) return BATCH_UNCERTAINTY_COLUMNS.map(() => null);
  assertFinite(uncertaintyJson(u), 'uncertainty');
  return [u.total.p10, u.total.p50, u.total.p90, u.staff.p10, u.staff.p50, u.staff.p90];
}

/** One row per planned place: the place table (as the portfolio's CSV), then what a batch adds. */
export function renderBatchCsv(rows: readonly PlannedRow[], extras: BatchExtras = NO_BATCH_EXTRAS): string {
  const plans = rows.flatMap((r) => (r.plan ? [{ row: r, plan: r.plan }] : []));
  const lineIds = placeTableLineIds(plans.map(({ plan }) => plan));
  const out: CsvCell[][] = [batchCsvHeader(lineIds, extras)];
  for (const { row, plan } of plans) {
    assertFinite(planJson(plan));
    out.push([
      ...placeTableRow(row, plan.input, plan, lineIds),
      cents(plan.costPerResident),
      plan.staffPer100k,
      ...(extras.uncertainty ? uncertaintyCells(row.uncertainty) : []),
    ]);
  }
  return toCsv(out);
}

/** A compact table, one line per place; rows that could not be planned say so. */
export function renderBatchTable(rows: readonly PlannedRow[], extras: BatchExtras = NO_BATCH_EXTRAS): string {
  for (const r of rows) if (r.plan) assertFinite(planJson(r.plan));
  for (const r of rows) if (r.uncertainty) assertFinite(uncertaintyJson(r.uncertainty), 'uncertainty');
  const ranged = extras.uncertainty !== null;
  const table: string[][] = [
    ['Line', 'Place', 'Population', 'Participants', 'Staff', 'Total budget', 'Per participant', ...(ranged ? ['Total p10', 'p50', 'p90'] : [])],
  ];
  for (const r of rows) {
    const full = terminalText([r.name, r.state].filter((p) => p !== '').join(', ')) || '(no name)';
    const place = full.length > 40 ? `${full.slice(0, 39)}…` : full;
    const p = r.plan;
    if (!p) {
      table.push([String(r.line), place, '', '', '', 'not planned', '', ...(ranged ? ['', '', ''] : [])]);
      continue;
    }
    const u = r.uncertainty;
    table.push([
      String(r.line),
      place,
      formatInteger(p.input.population),
      people(p.participants),
      formatInteger(p.totalHeadcount),
      formatUsd(p.budget.total),
      p.costPerParticipant === null ? '—' : formatUsd(p.costPerParticipant),
      ...(ranged ? (u ? [formatUsd(u.total.p10), formatUsd(u.total.p50), formatUsd(u.total.p90)] : ['', '', '']) : []),
    ]);
  }
  const first = rows.find((r) => r.plan)?.plan;
  const planned = rows.filter((r) => r.plan).length;
  const summary = first
    ? `Methodology: ${PRESETS[first.preset].label} (${first.preset}). High-risk estimate: ${HIGH_RISK_METHOD_LABELS[first.input.method]}.`
    : '';
  const range = extras.uncertainty
    ? `Range of each place's total (${formatInteger(extras.uncertainty.draws)} draws, seed ${extras.uncertainty.seed}): p10, p50, p90 under the stated ranges of the assumptions, not a forecast.`
    : '';
  const text = [
    `CVI ecosystem plans: ${planned} of ${rows.length} place${rows.length === 1 ? '' : 's'} planned.`,
    ...(summary ? [summary] : []),
    ...(range ? [range] : []),
    '',
    ...columns(table, ['right', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'], ''),
  ].join('\n');
  return `${text}\n`;
}

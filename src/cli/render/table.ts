// --format table (the default): a readable staffing and budget table for one plan, and a compact
// table of a batch. This file formats; every figure is the model's.
import {
  capsComparisonText,
  capsReferenceOf,
  HIGH_RISK_METHOD_LABELS,
  INPUT_LABELS,
  PARAMS,
  PRESETS,
  formatInteger,
  formatOneDecimal,
  formatPeople,
  formatPercent,
  formatQuantity,
  formatUsd,
  formatUsdCents,
  INPUT_FIELDS,
  NUMERIC_FIELDS,
  rampSummaryOf,
  type InputField,
  type InputFieldSpec,
  type OverrideNote,
  type Plan,
  type PlanInput,
  type RolePlan,
} from '../../model';
import { FIELD_FLAGS, type SingleInput } from '../inputs';
import { NO_BATCH_EXTRAS, NO_EXTRAS, type BatchExtras, type PlanExtras, type PlannedRow } from './extras';
import { assertFinite } from './finite';
import { planJson, singleJsonObject, uncertaintyJson } from './json';
import { costOfViolenceSection, fundingSection, hiresSection, multiYearSection, realityCheckSection, sensitivitySection, uncertaintySection } from './tableSections';
import { columns, terminalText, warningWhere } from './text';

function placeTitle(input: PlanInput): string {
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
  // Every number entered (a count used only under one method: when that method is chosen or the count is given).
  const fields = NUMERIC_FIELDS.filter((field) => {
    const spec: InputFieldSpec = INPUT_FIELDS[field];
    return spec.kind !== 'count' || spec.onlyWithMethod === undefined || input.method === spec.onlyWithMethod || input[field] !== null;
  });
  return fields.map((field) => {
    const value = input[field];
    const shown = value === null ? 'not given' : INPUT_FIELDS[field].kind === 'percent' ? `${formatQuantity(value)}%` : formatInteger(value);
    const origin = single.origin[field];
    const provenance = isProvenanceField(field) ? single.city?.provenance[field] : undefined;
    const from =
      origin === 'flag'
        ? `from --${FIELD_FLAGS[field]}`
        : origin === 'plan'
          ? single.library
            ? 'library'
            : 'plan file'
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

/** The caseload column: a caseload, people per site (site teams), or the OVP staff's square-root rule. */
function ratioText(r: RolePlan): string {
  if (r.driver.kind === 'sites') return `${formatQuantity(r.perSite ?? 0)} per site`;
  if (r.perSite !== null && r.ratio !== null) return `${formatQuantity(r.perSite)}/site + 1 per ${formatQuantity(r.ratio)}`;
  return r.ratio === null ? '√ population' : formatQuantity(r.ratio);
}

function roleRow(r: RolePlan): string[] {
  const marker = r.partTimeNeed ? '*' : r.minimumApplied ? '†' : '';
  if (!r.enabled) return [r.label, r.driver.label, r.ratio === null && r.perSite === null ? '—' : ratioText(r), '—', 'off', '—', '—'];
  return [
    r.label,
    r.driver.label,
    ratioText(r),
    formatOneDecimal(r.fte),
    `${formatInteger(r.headcount)}${marker}`,
    formatUsd(r.salary),
    formatUsd(r.cost),
  ];
}

/**
 * What the page's headline says beside the total: with a multi-year plan, year 1 of the ramp-up and
 * the total over the years; then the CAPS method at the plan's own reach (docs/methodology.md §5).
 */
function besideTheTotal(plan: Plan, extras: PlanExtras): string[] {
  const out: string[] = [];
  const ramp = extras.multi ? rampSummaryOf(extras.multi) : null;
  if (ramp) {
    const { firstYear } = ramp;
    out.push(
      `  Year 1 (${firstYear.fiscalYear}, ${formatPercent(firstYear.share)} of full staffing): ${formatUsd(firstYear.total)}.` +
        (ramp.years > 1 ? ` ${ramp.years}-year total (${firstYear.fiscalYear}–${ramp.lastFiscalYear}): ${formatUsd(ramp.cumulativeTotal)}.` : ''),
    );
  }
  out.push(`  ${capsComparisonText(plan, capsReferenceOf(plan.input))}`);
  return out;
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
  if (single.library !== undefined) {
    const { path, name, position, count } = single.library;
    out.push(`Library: ${terminalText(path)}, plan ${position} of ${count} (“${terminalText(name)}”).`);
  } else if (single.planFile !== undefined) out.push(`Plan file: ${terminalText(single.planFile)}.`);
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
        ['High-risk population', formatPeople(plan.highRiskPopulation), ''],
        ['Participants', formatPeople(plan.participants), `${formatQuantity(plan.input.serviceReachPct)}% reach`],
        [
          'Hospital clients a year',
          formatPeople(plan.hospitalClients),
          plan.hospitalClientsGiven ? `${formatQuantity(plan.input.hospitalReachPct)}% hospital reach` : 'nonfatal shootings not given',
        ],
        ...(a.staffingModel === 'sites'
          ? [['Sites (site teams)', formatInteger(plan.sites), `${formatQuantity(a['sites.participantsPerSite'])} participants per site, rounded up`]]
          : []),
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
  if (plan.roles.some((r) => r.offInSiteTeams)) notes.push('  off (case management): site teams carry the case work; --case-management on adds these roles.');
  if (plan.roles.some((r) => !r.enabled && !r.offInSiteTeams)) notes.push('  off: the role is switched off in this plan’s assumptions.');
  out.push(...notes);

  out.push('', 'Annual budget at full strength');
  out.push(
    ...columns(
      [...plan.budget.lines.map((l) => [l.label, formatUsd(l.amount)]), ['Total annual budget', formatUsd(plan.budget.total)]],
      ['left', 'right'],
    ),
  );
  out.push(...besideTheTotal(plan, extras));

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
  out.push(...realityCheckSection(plan));
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
      formatPeople(p.participants),
      formatInteger(p.totalHeadcount),
      formatUsd(p.budget.total),
      p.costPerParticipant === null ? '—' : formatUsd(p.costPerParticipant),
      ...(ranged ? (u ? [formatUsd(u.total.p10), formatUsd(u.total.p50), formatUsd(u.total.p90)] : ['', '', '']) : []),
    ]);
  }
  const first = rows.find((r) => r.plan)?.plan;
  const planned = rows.filter((r) => r.plan).length;
  // The method is each row's own when the preset follows the counts (site-based) or a row differs.
  const methods = new Set(rows.flatMap((r) => (r.plan ? [r.plan.input.method] : [])));
  const method = first && methods.size === 1 ? HIGH_RISK_METHOD_LABELS[first.input.method] : 'each place’s own (see the csv or json output’s method)';
  const summary = first ? `Methodology: ${PRESETS[first.preset].label} (${first.preset}). High-risk estimate: ${method}.` : '';
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

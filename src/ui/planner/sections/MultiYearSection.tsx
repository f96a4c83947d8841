// Multi-year plan (issue 5, docs/methodology.md §6): the horizon and ramp-up editor, cost by year stacked by
// budget line, staffing by year, and one table with the same numbers. Every year is a Plan from the
// model (computeMultiYear) with its own working; this file only reads and formats those figures.
import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import {
  explainPlan,
  fiscalYearOf,
  BUDGET_LINE_IDS,
  budgetLineLabel,
  formatByUnit,
  formatInteger,
  formatPercent,
  formatUsd,
  MAX_YEARS,
  multiYearSchema,
  parseNumberText,
  rampShare,
  resolveStartYear,
  type BudgetLineId,
  type MultiYearPlan,
  type MultiYearSettings,
  type Plan,
  type RoleId,
  type RolePlan,
  type Working,
} from '../../../model';
import { usePlanner } from '../../../state/store';
import { LINE_COLOURS } from './BudgetSection';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import { MoneyByYearChart } from '../../charts/MoneyByYearChart';
import { Field } from '../../controls/Field';
import { useMultiYearPlan } from '../../hooks/useMultiYearPlan';
import { Term } from '../../glossary/Term';
import { PercentOffer } from '../../controls/PercentOffer';


// Staffing by year is stacked in three groups; the table lists every role.
const STAFF_GROUPS = [
  { key: 'frontlineStaff', label: 'Frontline workers', colour: '#0b4f6c' },
  { key: 'supervisorStaff', label: 'CVI supervisors', colour: '#b35c00' },
  { key: 'ovpStaff', label: 'OVP staff', colour: '#7a4fa3' },
] as const;

/** What a person typed into a field, kept with the stored value it was typed against. */
interface Typed {
  text: string;
  error: string | null;
  forValue: number | null;
}

const percentText = (share: number) => String(Number((share * 100).toPrecision(12)));

const lineAmount = (y: Plan, id: BudgetLineId) => y.budget.lines.find((l) => l.id === id)?.amount ?? 0;
const headcount = (y: Plan, id: RoleId) => y.roles.find((r) => r.id === id)?.headcount ?? 0;

function firstIssue(result: ReturnType<typeof multiYearSchema.safeParse>): string | null {
  return result.success ? null : (result.error.issues[0]?.message ?? 'Not a valid multi-year setting.');
}

export function MultiYearSection({ plan }: { plan: Plan }) {
  const settings = usePlanner((s) => s.multiYear);
  const setMultiYear = usePlanner((s) => s.setMultiYear);
  const multi = useMultiYearPlan(plan);
  const baseId = useId();
  const [typed, setTyped] = useState<Record<string, Typed>>({});

  const currentYear = new Date().getFullYear();
  const nextYear = resolveStartYear({ ...settings, startYear: null }, currentYear);
  const yearIndexes = Array.from({ length: settings.years }, (_, i) => i);
  const yearLabel = (i: number) => fiscalYearOf(multi, i);

  /** Typed text that still applies (dropped once the stored value changes from elsewhere). */
  const typedFor = (key: string, value: number | null): Typed | null => {
    const t = typed[key];
    return t !== undefined && t.forValue === value ? t : null;
  };
  const remember = (key: string, entry: Typed | null) =>
    setTyped((prev) => {
      const next = { ...prev };
      if (entry === null) delete next[key];
      else next[key] = entry;
      return next;
    });

  const onStartYear = (raw: string) => {
    const label = 'Start year';
    const parsed = parseNumberText(raw, label);
    if (!parsed.ok) return remember('startYear', { text: raw, error: parsed.message, forValue: settings.startYear });
    const candidate: MultiYearSettings = { ...settings, startYear: parsed.value };
    const error = firstIssue(multiYearSchema.safeParse(candidate));
    if (error) return remember('startYear', { text: raw, error, forValue: settings.startYear });
    remember('startYear', { text: raw, error: null, forValue: parsed.value });
    setMultiYear(candidate);
  };

  const onShare = (index: number, raw: string, label: string) => {
    const key = `share-${index}`;
    const stored = rampShare(settings, index);
    const parsed = parseNumberText(raw, label, 'percent');
    if (!parsed.ok) return remember(key, { text: raw, error: parsed.message, forValue: stored });
    if (parsed.value === null) return remember(key, { text: raw, error: `${label} is required.`, forValue: stored });
    const share = parsed.value / 100;
    // Years beyond the stored list are at 100%; writing year k fills the list up to k with what shows.
    const ramp = Array.from({ length: Math.max(settings.ramp.length, index + 1) }, (_, j) => (j === index ? share : rampShare(settings, j)));
    const candidate: MultiYearSettings = { ...settings, ramp };
    const error = firstIssue(multiYearSchema.safeParse(candidate));
    if (error) return remember(key, { text: raw, error, forValue: stored });
    remember(key, { text: raw, error: null, forValue: share });
    setMultiYear(candidate);
  };

  const startTyped = typedFor('startYear', settings.startYear);
  const startId = `${baseId}-start`;
  const yearsId = `${baseId}-years`;
  const invalid: string[] = [];
  if (startTyped?.error) invalid.push('Start year');
  for (const i of yearIndexes) if (typedFor(`share-${i}`, rampShare(settings, i))?.error) invalid.push(`Share of full staffing in ${yearLabel(i)}`);

  const first = fiscalYearOf(multi, 0);
  const last = fiscalYearOf(multi, settings.years - 1);
  const span = first === last ? String(first) : `${first}–${last}`;

  return (
    <section aria-labelledby="multi-year-heading" className="panel multi-year">
      <h2 id="multi-year-heading">Multi-year plan</h2>
      <p className="muted">
        Staff ramp up to <Term id="Full strength">full strength</Term> over the first years. Salaries grow {formatPercent(plan.assumptions.salaryGrowth)} a year and{' '}
        {plan.assumptions.staffingModel === 'sites' ? 'direct assistance' : 'wraparound'} and other costs {formatPercent(plan.assumptions.costGrowth)} a year (change them under Assumptions). <Term id="OVP" spell /> staff are at full strength from the first year.
      </p>
      <div className="multi-year-settings">
        <Field label="Start year" id={startId} error={startTyped?.error} hint={<>Blank means next calendar year: {nextYear}.</>}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={startTyped?.text ?? (settings.startYear === null ? '' : String(settings.startYear))}
              onChange={(e) => onStartYear(e.target.value)}
              onBlur={() => {
                if (!startTyped?.error) remember('startYear', null);
              }}
            />
          )}
        </Field>
        <Field label="Years" id={yearsId} hint={<>Plan runs {span}.</>}>
          {(control) => (
            <select {...control} value={settings.years} onChange={(e) => setMultiYear({ ...settings, years: Number(e.target.value) })}>
              {Array.from({ length: MAX_YEARS }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="ramp">
        <legend>Ramp-up: share of full staffing each year</legend>
        <div className="ramp-fields">
          {yearIndexes.map((i) => {
            const label = `Share of full staffing in ${yearLabel(i)} (%)`;
            const stored = rampShare(settings, i);
            const t = typedFor(`share-${i}`, stored);
            const id = `${baseId}-share-${i}`;
            // A share typed as a fraction ("0.5") stands as typed; the percentage it probably meant is offered.
            const shown = t?.text ?? percentText(stored);
            const reading = parseNumberText(shown, label, 'percent');
            const meant = reading.ok && !t?.error ? reading.didYouMean : null;
            return (
              <Field
                key={i}
                label={label}
                id={id}
                error={t?.error}
                suggestion={meant === null ? null : <PercentOffer meant={meant} typed={shown} onAccept={() => onShare(i, String(meant), label.replace(' (%)', ''))} />}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={shown}
                    onChange={(e) => onShare(i, e.target.value, label.replace(' (%)', ''))}
                    onBlur={() => {
                      if (!t?.error) remember(`share-${i}`, null);
                    }}
                  />
                )}
              </Field>
            );
          })}
        </div>
      </fieldset>
      {invalid.length > 0 && (
        <p className="stale-banner" role="status">
          Showing the last valid multi-year plan while you correct: {invalid.join(', ')}.
        </p>
      )}
      <MultiYearResults plan={plan} multi={multi} span={span} />
    </section>
  );
}

function MultiYearResults({ plan, multi, span }: { plan: Plan; multi: MultiYearPlan; span: string }) {
  const roles = plan.roles.filter((r) => r.enabled);
  // Lines any year has, in the public line order (start-up costs appear in the first year only).
  const lineIds = BUDGET_LINE_IDS.filter((id) => multi.years.some((y) => y.budget.lines.some((l) => l.id === id)));

  const costData = multi.years.map((y, i) => {
    const row: Record<string, number | string> = { yearName: String(fiscalYearOf(multi, i)) };
    for (const id of lineIds) row[id] = lineAmount(y, id);
    return row;
  });
  const staffData = multi.years.map((y, i) => ({
    yearName: String(fiscalYearOf(multi, i)),
    frontlineStaff: y.frontlineHeadcount,
    supervisorStaff: headcount(y, 'supervisor'),
    ovpStaff: headcount(y, 'ovp-staff'),
    allStaff: y.totalHeadcount,
  }));

  const costSummary = `Cost by year, ${span}: ${multi.years.map((y, i) => `${fiscalYearOf(multi, i)} ${formatUsd(y.budget.total)}`).join(', ')}; cumulative ${formatUsd(multi.cumulativeTotal)}.`;
  const staffSummary = `Staff by year: ${multi.years
    .map(
      (y, i) =>
        `${fiscalYearOf(multi, i)} ${formatInteger(y.totalHeadcount)} (${formatInteger(y.frontlineHeadcount)} frontline, ${formatInteger(headcount(y, 'supervisor'))} supervisors, ${formatInteger(headcount(y, 'ovp-staff'))} OVP)`,
    )
    .join('; ')}.`;

  return (
    <>
      <div className="chart-pair">
        <figure className="chart" aria-labelledby="multi-year-cost-caption">
          <MoneyByYearChart rows={costData} height={280} series={lineIds.map((id) => ({ key: id, name: budgetLineLabel(id, plan.assumptions), colour: LINE_COLOURS[id] }))} />
          <figcaption id="multi-year-cost-caption">{costSummary}</figcaption>
        </figure>
        <figure className="chart" aria-labelledby="multi-year-staff-caption">
          <ChartFrame
            height={280}
            draw={() => (
              <BarChart responsive style={{ width: '100%', height: 280 }} data={staffData} margin={{ top: 20, right: 8, bottom: 4, left: 0 }}>
                <CartesianGrid vertical={false} stroke="#d6dde3" />
                <XAxis dataKey="yearName" tick={{ fill: '#1f2a33', fontSize: 12 }} />
                <YAxis allowDecimals={false} width={44} tick={{ fill: '#36454f', fontSize: 12 }} />
                <Tooltip formatter={(v, name) => [String(v), String(name)]} isAnimationActive={false} />
                {STAFF_GROUPS.map((g, i) => (
                  <Bar key={g.key} dataKey={g.key} name={g.label} stackId="staff" fill={g.colour} isAnimationActive={false}>
                    {i === STAFF_GROUPS.length - 1 && <LabelList dataKey="allStaff" position="top" fill="#1f2a33" fontSize={12} />}
                  </Bar>
                ))}
              </BarChart>
            )}
          />
          <ChartLegend items={STAFF_GROUPS.map((g) => ({ label: g.label, colour: g.colour }))} />
          <figcaption id="multi-year-staff-caption">{staffSummary}</figcaption>
        </figure>
      </div>
      <MultiYearTable multi={multi} roles={roles} lineIds={lineIds} />
      <p className="cumulative" data-testid="multi-year-cumulative">
        <span className="cumulative-label">{multi.cumulativeWorking.label}:</span> <strong>{formatUsd(multi.cumulativeTotal)}</strong>
        <span className="muted small">
          {' '}
          — {multi.cumulativeWorking.formula}: {multi.cumulativeWorking.terms.map((t) => formatByUnit(t.value, t.unit)).join(' + ')}
        </span>
      </p>
      <div className="year-workings">
        {multi.years.map((y, i) => (
          <YearWorking key={i} yearPlan={y} fiscalYear={fiscalYearOf(multi, i)} roles={roles.map((r) => r.id)} lineIds={lineIds} />
        ))}
      </div>
    </>
  );
}

/** The same numbers as the charts, by year: share of full staffing, people by role, every budget line and the total. */
function MultiYearTable({ multi, roles, lineIds }: { multi: MultiYearPlan; roles: readonly RolePlan[]; lineIds: readonly BudgetLineId[] }) {
  const columns = multi.years.length + 1;
  return (
    <div className="table-wrap" role="region" aria-label="Multi-year table (scrolls sideways on small screens)" tabIndex={0}>
      <table className="data multi-year-table">
        <caption>Multi-year plan by year: share of full staffing, people by role, every budget line and the total</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {multi.years.map((_, i) => (
              <th scope="col" className="num" key={i}>
                {fiscalYearOf(multi, i)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Share of full staffing</th>
            {multi.years.map((y, i) => (
              <td className="num" key={i}>
                {formatPercent(y.year?.share ?? 1)}
              </td>
            ))}
          </tr>
        </tbody>
        <tbody>
          <tr className="group-row">
            <th scope="rowgroup" colSpan={columns}>
              <span>People</span>
            </th>
          </tr>
          {roles.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              {multi.years.map((y, i) => (
                <td className="num" key={i}>
                  {formatInteger(headcount(y, r.id))}
                </td>
              ))}
            </tr>
          ))}
          <tr className="subtotal">
            <th scope="row">Total staff</th>
            {multi.years.map((y, i) => (
              <td className="num" key={i}>
                {formatInteger(y.totalHeadcount)}
              </td>
            ))}
          </tr>
        </tbody>
        <tbody>
          <tr className="group-row">
            <th scope="rowgroup" colSpan={columns}>
              <span>Budget</span>
            </th>
          </tr>
          {lineIds.map((id) => (
            <tr key={id}>
              <th scope="row">
                <span className="swatch" style={{ background: LINE_COLOURS[id] }} aria-hidden="true" />
                {multi.years[0] ? budgetLineLabel(id, multi.years[0].assumptions) : id}
              </th>
              {multi.years.map((y, i) => (
                <td className="num" key={i}>
                  {y.budget.lines.some((l) => l.id === id) ? formatUsd(lineAmount(y, id)) : '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {multi.years.map((y, i) => (
              <td className="num" key={i}>
                {formatUsd(y.budget.total)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** How one year's figures are worked out, read from that year's own working (nothing recomputed). */
function YearWorking({ yearPlan, fiscalYear, roles, lineIds }: { yearPlan: Plan; fiscalYear: number; roles: RoleId[]; lineIds: BudgetLineId[] }) {
  const w = explainPlan(yearPlan);
  const present = lineIds.filter((id) => yearPlan.budget.lines.some((l) => l.id === id));
  const items: Working[] = [...roles.map((id) => w[`role.${id}.headcount`]), ...present.map((id) => w[`line.${id}`]), w.total];
  return (
    <details className="year-working">
      <summary>How the {fiscalYear} figures are worked out</summary>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            <strong>
              {item.label}: {formatByUnit(item.value, item.unit)}
            </strong>{' '}
            = {item.formula}
            {item.terms.length > 0 && (
              <span className="muted"> ({item.terms.map((t) => `${t.name}: ${formatByUnit(t.value, t.unit)}`).join('; ')})</span>
            )}
            {item.note && <span className="muted"> — {item.note}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

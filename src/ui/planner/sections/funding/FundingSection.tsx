// What the city has today, and who pays (issue 5, methodology §7): current staffing beside the plan
// and the hires still needed; funding sources by year, the funded share and the gap each year, and
// the gaps that open when a source ends. All figures come from the model (hiresNeeded,
// fundingPicture over computeMultiYear); this file reads and formats them.
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  currentStaffingSchema,
  FUNDING_KIND_LABELS,
  FUNDING_KINDS,
  fundingPicture,
  fundingSchema,
  fundingSourceSchema,
  formatInteger,
  formatPercent,
  formatUsd,
  hiresNeeded,
  totalHires,
  MAX_FUNDING_SOURCES,
  parseNumberText,
  type FundingKind,
  type FundingSource,
  type MultiYearPlan,
  type Plan,
  type RoleId,
} from '../../../../model';
import { usePlanner } from '../../../../state/store';
import { MoneyByYearChart } from '../../../charts/MoneyByYearChart';
import { Field } from '../../../controls/Field';
import { useMultiYearPlan } from '../MultiYearSection';

// Each at least 3:1 against white (WCAG 1.4.11); the gap is named in the legend and the table too.
const KIND_COLOURS: Record<FundingKind, string> = {
  'city-general-fund': '#0b4f6c',
  state: '#5d7a1f',
  federal: '#7a4fa3',
  philanthropy: '#00796b',
  medicaid: '#b04a7c',
  other: '#5f6b73',
};
const GAP_COLOUR = '#a4001d';
/** "Federal (e.g. BJA CVIPI awards)" → "Federal": short enough for a column header or a legend. */
const shortKind = (k: FundingKind) => FUNDING_KIND_LABELS[k].replace(/ \(.*\)$/, '');

export function FundingSection({ plan }: { plan: Plan }) {
  const multi = useMultiYearPlan(plan);
  return (
    <section aria-labelledby="funding-heading" className="panel funding">
      <h2 id="funding-heading">What the city has today, and who pays</h2>
      <CurrentStaffing plan={plan} />
      <FundingSources multi={multi} />
      <FundingByYear multi={multi} />
    </section>
  );
}

// ——— Current staffing and hires needed ———

interface TypedCount {
  text: string;
  error: string | null;
  forValue: number | null;
}

function CurrentStaffing({ plan }: { plan: Plan }) {
  const current = usePlanner((s) => s.currentStaffing);
  const setCurrentStaff = usePlanner((s) => s.setCurrentStaff);
  const baseId = useId();
  const [typed, setTyped] = useState<Partial<Record<RoleId, TypedCount>>>({});
  const rows = hiresNeeded(plan, current);
  const remember = (role: RoleId, entry: TypedCount | null) =>
    setTyped((prev) => {
      const next = { ...prev };
      if (entry === null) delete next[role];
      else next[role] = entry;
      return next;
    });

  const onChange = (role: RoleId, label: string, raw: string) => {
    const stored = current[role] ?? null;
    const parsed = parseNumberText(raw, label);
    if (!parsed.ok) return remember(role, { text: raw, error: parsed.message, forValue: stored });
    if (parsed.value !== null) {
      const checked = currentStaffingSchema.safeParse({ [role]: parsed.value });
      if (!checked.success) return remember(role, { text: raw, error: checked.error.issues[0]?.message ?? `${label} is not valid.`, forValue: stored });
    }
    remember(role, { text: raw, error: null, forValue: parsed.value });
    setCurrentStaff(role, parsed.value);
  };

  // A count of people, not money: the hires of each role as the model gives them, added up.
  const hiresTotal = totalHires(rows);
  const summary = `Hires needed to reach the plan at full strength: ${formatInteger(hiresTotal)} in all${
    hiresTotal > 0 ? ` (${rows.filter((r) => r.hires > 0).map((r) => `${r.hires} ${r.label}`).join(', ')})` : ''
  }.`;

  return (
    <div className="funding-part">
      <h3 id={`${baseId}-staff-heading`}>Current staffing and hires needed</h3>
      <p className="muted">Enter the people already in each role (blank means none). Hires needed never go below zero.</p>
      <div className="table-wrap" role="region" aria-label="Current staffing table (scrolls sideways on small screens)" tabIndex={0}>
        <table className="data current-staff">
          <caption>Each role: people in the plan at full strength, people on staff today and hires needed</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col" className="num">
                Planned
              </th>
              <th scope="col">On staff today</th>
              <th scope="col" className="num">
                Hires needed
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const label = `Current ${r.label}`;
              const stored = current[r.id] ?? null;
              const t = typed[r.id] !== undefined && typed[r.id]?.forValue === stored ? typed[r.id] : undefined;
              const id = `${baseId}-current-${r.id}`;
              return (
                <tr key={r.id}>
                  <th scope="row">{r.label}</th>
                  <td className="num">{formatInteger(r.planned)}</td>
                  <td>
                    <Field label={label} id={id} error={t?.error} hideLabel className={null}>
                      {(control) => (
                        <input
                          {...control}
                          className="count-input"
                          type="text"
                          inputMode="numeric"
                          autoComplete="off"
                          value={t?.text ?? (stored === null ? '' : String(stored))}
                          onChange={(e) => onChange(r.id, label, e.target.value)}
                          onBlur={() => {
                            if (!t?.error) remember(r.id, null);
                          }}
                        />
                      )}
                    </Field>
                  </td>
                  <td className="num" data-testid={`hires-${r.id}`}>
                    {formatInteger(r.hires)}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="num">{formatInteger(plan.totalHeadcount)}</td>
              <td />
              <td className="num">{formatInteger(hiresTotal)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="small">{summary}</p>
    </div>
  );
}

// ——— Funding sources ———

type FormField = 'name' | 'kind' | 'annualAmount' | 'firstYear' | 'lastYear';
const FORM_FIELDS: readonly FormField[] = ['name', 'kind', 'annualAmount', 'firstYear', 'lastYear'];
const FORM_LABELS: Record<FormField, string> = {
  name: 'Source name',
  kind: 'Kind',
  annualAmount: 'Annual amount ($)',
  firstYear: 'First year',
  lastYear: 'Last year (blank = ongoing)',
};

interface SourceForm {
  name: string;
  kind: FundingKind;
  annualAmount: string;
  firstYear: string;
  lastYear: string;
}
const EMPTY_FORM: SourceForm = { name: '', kind: 'city-general-fund', annualAmount: '', firstYear: '', lastYear: '' };

function yearsText(source: FundingSource): string {
  if (source.lastYear === null) return `${source.firstYear} onward`;
  return source.lastYear === source.firstYear ? String(source.firstYear) : `${source.firstYear}–${source.lastYear}`;
}

function FundingSources({ multi }: { multi: MultiYearPlan }) {
  const funding = usePlanner((s) => s.funding);
  const setFunding = usePlanner((s) => s.setFunding);
  const baseId = useId();
  const [form, setForm] = useState<SourceForm>(EMPTY_FORM);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [status, setStatus] = useState('');
  const fieldRefs = useRef<Partial<Record<FormField, HTMLInputElement | HTMLSelectElement | null>>>({});
  const listHeading = useRef<HTMLHeadingElement>(null);
  const fieldId = (f: FormField) => `${baseId}-${f}`;

  const update = <K extends keyof SourceForm>(key: K, value: SourceForm[K]) => {
    setForm((prev) => ({ ...prev, [key]: value }));
    if (errors[key]) setErrors((prev) => ({ ...prev, [key]: undefined }));
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Partial<Record<FormField, string>> = {};
    const number = (field: FormField, text: string) => {
      const parsed = parseNumberText(field === 'annualAmount' ? text.replace(/^\s*\$/, '') : text, FORM_LABELS[field].replace(/ \(.*\)$/, ''));
      if (!parsed.ok) {
        found[field] = parsed.message;
        return Number.NaN;
      }
      return parsed.value;
    };
    const annualAmount = number('annualAmount', form.annualAmount);
    // A blank first year means the plan's first year, as the hint says.
    const firstYear = form.firstYear.trim() === '' ? multi.startYear : number('firstYear', form.firstYear);
    const lastYear = number('lastYear', form.lastYear);
    const candidate = { name: form.name, kind: form.kind, annualAmount: annualAmount ?? Number.NaN, firstYear, lastYear };
    if (annualAmount === null) found.annualAmount = 'Annual amount is required.';
    const result = fundingSourceSchema.safeParse(candidate);
    const collect = (issues: readonly { path: readonly PropertyKey[]; message: string }[], only?: readonly FormField[]) => {
      for (const issue of issues) {
        const field = issue.path[0] as FormField | undefined;
        if (field && FORM_FIELDS.includes(field) && (!only || only.includes(field)) && found[field] === undefined) found[field] = issue.message;
      }
    };
    if (!result.success) {
      collect(result.error.issues);
      // zod checks "last year not before the first" only once every field is valid; check the
      // years on their own as well, so every problem shows at once.
      const yearsOnly = fundingSourceSchema.safeParse({ ...candidate, name: 'years', kind: 'other', annualAmount: 0 });
      if (!yearsOnly.success) collect(yearsOnly.error.issues, ['firstYear', 'lastYear']);
    }
    if (Object.keys(found).length > 0 || !result.success) {
      setErrors(found);
      setStatus('');
      const firstBad = FORM_FIELDS.find((f) => found[f] !== undefined);
      if (firstBad) fieldRefs.current[firstBad]?.focus();
      return;
    }
    const next = [...funding, result.data];
    const all = fundingSchema.safeParse(next);
    if (!all.success) {
      setErrors({});
      setStatus(all.error.issues[0]?.message ?? `At most ${MAX_FUNDING_SOURCES} funding sources.`);
      return;
    }
    setFunding(next);
    setErrors({});
    setForm(EMPTY_FORM);
    setStatus(`Added ${result.data.name}: ${formatUsd(result.data.annualAmount)} a year, ${yearsText(result.data)}.`);
    fieldRefs.current.name?.focus();
  };

  const remove = (index: number) => {
    const source = funding[index];
    if (!source) return;
    setFunding(funding.filter((_, i) => i !== index));
    setStatus(`Removed ${source.name}.`);
    listHeading.current?.focus();
  };

  const fieldRef = (f: FormField) => (el: HTMLInputElement | HTMLSelectElement | null) => {
    fieldRefs.current[f] = el;
  };
  const numberField = (f: 'annualAmount' | 'firstYear' | 'lastYear', hint?: string) => (
    <Field label={FORM_LABELS[f]} id={fieldId(f)} error={errors[f]} hint={hint}>
      {(control) => <input {...control} ref={fieldRef(f)} type="text" inputMode="numeric" autoComplete="off" value={form[f]} onChange={(e) => update(f, e.target.value)} />}
    </Field>
  );
  const sameName = (name: string) => funding.filter((s) => s.name === name).length > 1;

  return (
    <div className="funding-part">
      <h3>Funding sources</h3>
      <p className="muted">Current and committed money, by source. A source can end in a given year, e.g. one-time relief money spent by 2026-12-31.</p>
      <form className="source-form" onSubmit={onSubmit} noValidate aria-labelledby={`${baseId}-form-legend`}>
        <p id={`${baseId}-form-legend`} className="form-title">
          Add a funding source
        </p>
        <Field label={FORM_LABELS.name} id={fieldId('name')} error={errors.name}>
          {(control) => <input {...control} ref={fieldRef('name')} type="text" value={form.name} maxLength={200} onChange={(e) => update('name', e.target.value)} />}
        </Field>
        <Field label={FORM_LABELS.kind} id={fieldId('kind')} error={errors.kind}>
          {(control) => (
            <select {...control} ref={fieldRef('kind')} value={form.kind} onChange={(e) => update('kind', e.target.value as FundingKind)}>
              {FUNDING_KINDS.map((k) => (
                <option key={k} value={k}>
                  {FUNDING_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {numberField('annualAmount')}
        {numberField('firstYear', `Blank means the plan’s first year: ${multi.startYear}.`)}
        {numberField('lastYear')}
        <div className="form-actions">
          <button type="submit">Add funding source</button>
        </div>
      </form>
      <p role="status" className="form-status">
        {status}
      </p>
      <h4 ref={listHeading} tabIndex={-1} className="sources-heading">
        {funding.length === 0 ? 'No funding sources yet' : `${funding.length} funding ${funding.length === 1 ? 'source' : 'sources'}`}
      </h4>
      {funding.length > 0 && (
        <div className="table-wrap" role="region" aria-label="Funding sources table (scrolls sideways on small screens)" tabIndex={0}>
          <table className="data">
            <caption>Funding sources: kind, annual amount and the years the money is available</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Kind</th>
                <th scope="col" className="num">
                  Annual amount
                </th>
                <th scope="col">Years</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {funding.map((s, i) => (
                <tr key={i}>
                  <th scope="row">{s.name}</th>
                  <td>
                    <span className="swatch" style={{ background: KIND_COLOURS[s.kind] }} aria-hidden="true" />
                    {FUNDING_KIND_LABELS[s.kind]}
                  </td>
                  <td className="num">{formatUsd(s.annualAmount)}</td>
                  <td>{yearsText(s)}</td>
                  <td>
                    <button type="button" className="remove" onClick={() => remove(i)} aria-label={sameName(s.name) ? `Remove ${s.name}, ${yearsText(s)}` : `Remove ${s.name}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

// ——— Funded share and the gap, year by year ———

function FundingByYear({ multi }: { multi: MultiYearPlan }) {
  const funding = usePlanner((s) => s.funding);
  const picture = useMemo(() => fundingPicture(multi, funding), [multi, funding]);
  const kinds = FUNDING_KINDS.filter((k) => picture.years.some((y) => y.byKind[k] > 0));
  const anySurplus = picture.years.some((y) => y.surplus > 0);
  const first = picture.years[0]?.fiscalYear;
  const last = picture.years[picture.years.length - 1]?.fiscalYear;
  const span = first === last ? String(first) : `${first}–${last}`;

  const data = picture.years.map((y) => {
    const row: Record<string, number | string> = { yearName: String(y.fiscalYear), gap: y.gap };
    for (const k of kinds) row[k] = y.byKind[k];
    return row;
  });
  const summary = `Funded share by year: ${picture.years
    .map((y) => `${y.fiscalYear} ${formatPercent(y.fundedShare)} funded, gap ${formatUsd(y.gap)}${y.surplus > 0 ? `, ${formatUsd(y.surplus)} more than the budget` : ''}`)
    .join('; ')}. Unfunded over ${span}: ${formatUsd(picture.totalGap)}.`;

  return (
    <div className="funding-part">
      <h3>Funded share and the gap, year by year</h3>
      {picture.callouts.length > 0 && (
        <div className="callouts" aria-live="polite">
          <p className="callouts-title">
            <strong>Gaps that open when money ends</strong>
          </p>
          <ul>
            {picture.callouts.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="gap-total">
        Unfunded over {span}: <strong data-testid="funding-total-gap">{formatUsd(picture.totalGap)}</strong>
        {funding.length === 0 && <span className="muted"> (no funding sources yet: the whole budget is unfunded)</span>}
      </p>
      <figure className="chart" aria-labelledby="funding-chart-caption">
        <MoneyByYearChart
          rows={data}
          height={260}
          series={[...kinds.map((k) => ({ key: k, name: `Funded: ${shortKind(k)}`, colour: KIND_COLOURS[k] })), { key: 'gap', name: 'Unfunded gap', colour: GAP_COLOUR }]}
        />
        <figcaption id="funding-chart-caption">{summary}</figcaption>
      </figure>
      <div className="table-wrap" role="region" aria-label="Funding by year table (scrolls sideways on small screens)" tabIndex={0}>
        <table className="data funding-years">
          <caption>Funding by year: the budget, funded, the unfunded gap, the funded share and money by kind</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className="num">
                Budget
              </th>
              <th scope="col" className="num">
                Funded
              </th>
              <th scope="col" className="num">
                Gap
              </th>
              <th scope="col" className="num">
                Funded share
              </th>
              {anySurplus && (
                <th scope="col" className="num">
                  More than the budget
                </th>
              )}
              {kinds.map((k) => (
                <th scope="col" className="num" key={k}>
                  {shortKind(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {picture.years.map((y) => (
              <tr key={y.fiscalYear}>
                <th scope="row">{y.fiscalYear}</th>
                <td className="num">{formatUsd(y.total)}</td>
                <td className="num">{formatUsd(y.funded)}</td>
                <td className="num">{formatUsd(y.gap)}</td>
                <td className="num">{formatPercent(y.fundedShare)}</td>
                {anySurplus && <td className="num">{formatUsd(y.surplus)}</td>}
                {kinds.map((k) => (
                  <td className="num" key={k}>
                    {formatUsd(y.byKind[k])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All years</th>
              <td />
              <td />
              <td className="num">{formatUsd(picture.totalGap)}</td>
              <td />
              {anySurplus && <td />}
              {kinds.map((k) => (
                <td key={k} />
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

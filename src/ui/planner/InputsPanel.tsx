// The inputs: city preset, population, violence counts, reach, high-risk method and methodology.
import { useId } from 'react';
import {
  cityFill,
  findCity,
  HIGH_RISK_METHODS,
  HIGH_RISK_METHOD_HINTS,
  HIGH_RISK_METHOD_LABELS,
  INPUT_LABELS,
  PRESET_IDS,
  PRESETS,
  type CityFill,
  type DraftResult,
  type InputDraft,
  type Issue,
  type NumericField,
} from '../../model';
import { usePlanner } from '../../state/store';
import { CitySearch } from './CitySearch';
import { useCitySources } from '../hooks/useCitySources';

function issueFor(issues: readonly Issue[], field: string): string | undefined {
  return issues.find((i) => i.field === field)?.message;
}

export function InputsPanel({ draftResult }: { draftResult: DraftResult }) {
  const draft = usePlanner((s) => s.draft);
  const setDraftField = usePlanner((s) => s.setDraftField);
  const applyCity = usePlanner((s) => s.applyCity);
  const errors = draftResult.ok ? [] : draftResult.errors;
  const warnings = draftResult.warnings;
  const city = findCity(`${draft.placeName}, ${draft.state}`);
  const sources = useCitySources();
  const fill = city ? cityFill(city, sources?.sourcesOf(city)) : undefined;

  const numberField = (field: NumericField, hint?: string) => (
    <NumberField
      key={field}
      field={field}
      value={draft[field]}
      onChange={(v) => setDraftField(field, v)}
      error={issueFor(errors, field)}
      warning={issueFor(warnings, field)}
      hint={hint}
      provenance={provenanceText(fill, field, draft)}
    />
  );

  return (
    <section aria-labelledby="inputs-heading" className="panel inputs">
      <h2 id="inputs-heading">Place and inputs</h2>
      <CitySearch onChoose={(key) => applyCity(key)} />
      <div className="field-row">
        <TextField label={INPUT_LABELS.placeName} value={draft.placeName} onChange={(v) => setDraftField('placeName', v)} error={issueFor(errors, 'placeName')} />
        <TextField label={INPUT_LABELS.state} value={draft.state} onChange={(v) => setDraftField('state', v)} error={issueFor(errors, 'state')} narrow />
      </div>
      {numberField('population')}
      {numberField('homicides', 'Leave blank if not known.')}
      {numberField('fatalShootings', 'Leave blank if not known.')}
      {numberField('nonfatalShootings', 'Blank means not known, which is different from 0.')}
      {numberField('serviceReachPct', 'Share of the high-risk population the program engages.')}
      {numberField('hospitalReachPct', 'Share of nonfatal shooting victims the hospital program enrolls.')}
      <SelectField
        label={INPUT_LABELS.method}
        value={draft.method}
        options={HIGH_RISK_METHODS.map((m) => ({ value: m, label: HIGH_RISK_METHOD_LABELS[m] }))}
        onChange={(v) => setDraftField('method', v as InputDraft['method'])}
        hint={HIGH_RISK_METHOD_HINTS[draft.method]}
        error={issueFor(errors, 'method')}
      />
      {draft.method === 'custom' && numberField('localHighRiskCount', 'From a local gun violence problem analysis.')}
      <SelectField
        label={INPUT_LABELS.preset}
        value={draft.preset}
        options={PRESET_IDS.map((p) => ({ value: p, label: PRESETS[p].label }))}
        onChange={(v) => setDraftField('preset', v as InputDraft['preset'])}
        hint={PRESETS[draft.preset].description}
        error={issueFor(errors, 'preset')}
      />
    </section>
  );
}

function provenanceText(fill: CityFill | undefined, field: NumericField, draft: InputDraft): { text: string; href: string } | undefined {
  if (!fill) return undefined;
  if (field !== 'population' && field !== 'homicides' && field !== 'fatalShootings' && field !== 'nonfatalShootings') return undefined;
  const p = fill.provenance[field];
  if (!p) return field === 'population' ? undefined : { text: `No ${INPUT_LABELS[field].toLowerCase()} count in the ${fill.city.name} preset data.`, href: '' };
  if (draft[field].replace(/,/g, '').trim() !== String(p.value)) return { text: `Edited; the preset value was ${p.value.toLocaleString('en-US')}.`, href: p.source ?? '' };
  // The basis and link arrive a moment after the first paint (useCitySources).
  const basis = p.basis ?? `The ${fill.city.name} preset data (its source is loading).`;
  return { text: p.year !== null ? `${p.year}. ${basis}` : basis, href: p.source ?? '' };
}

function NumberField({
  field,
  value,
  onChange,
  error,
  warning,
  hint,
  provenance,
}: {
  field: NumericField;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
  warning: string | undefined;
  hint: string | undefined;
  provenance: { text: string; href: string } | undefined;
}) {
  const id = useId();
  const describedBy = [error && `${id}-error`, warning && `${id}-warning`, hint && `${id}-hint`, provenance && `${id}-source`].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{INPUT_LABELS[field]}</label>
      <input
        id={id}
        name={field}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
      />
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
      {warning && (
        <p id={`${id}-warning`} className="warning">
          {warning}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {provenance && (
        <p id={`${id}-source`} className="provenance">
          Source: {provenance.text}{' '}
          {provenance.href && (
            <a href={provenance.href} target="_blank" rel="noreferrer noopener">
              link
            </a>
          )}
        </p>
      )}
    </div>
  );
}

function TextField({ label, value, onChange, error, narrow }: { label: string; value: string; onChange: (v: string) => void; error: string | undefined; narrow?: boolean }) {
  const id = useId();
  return (
    <div className={`field${narrow ? ' narrow' : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} {...(error ? { 'aria-describedby': `${id}-error` } : {})} />
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
    </div>
  );
}

function SelectField({
  label,
  value,
  options,
  onChange,
  hint,
  error,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (v: string) => void;
  hint?: string;
  error: string | undefined;
}) {
  const id = useId();
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...(describedBy ? { 'aria-describedby': describedBy } : {})}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

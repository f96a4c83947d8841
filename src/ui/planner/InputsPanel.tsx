// The inputs: city preset, population, violence counts, reach, high-risk method and methodology.
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
import { Field } from '../controls/Field';
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

  const numberField = (field: NumericField, hint?: string) => {
    const provenance = provenanceText(fill, field, draft);
    return (
      <Field
        key={field}
        label={INPUT_LABELS[field]}
        error={issueFor(errors, field)}
        warning={issueFor(warnings, field)}
        hint={hint}
        source={
          provenance && (
            <>
              Source: {provenance.text}{' '}
              {provenance.href && (
                <a href={provenance.href} target="_blank" rel="noreferrer noopener">
                  link
                </a>
              )}
            </>
          )
        }
      >
        {(control) => (
          <input {...control} name={field} type="text" inputMode="decimal" autoComplete="off" value={draft[field]} onChange={(e) => setDraftField(field, e.target.value)} />
        )}
      </Field>
    );
  };
  const textField = (field: 'placeName' | 'state', className?: string) => (
    <Field label={INPUT_LABELS[field]} error={issueFor(errors, field)} {...(className ? { className } : {})}>
      {(control) => <input {...control} type="text" value={draft[field]} onChange={(e) => setDraftField(field, e.target.value)} />}
    </Field>
  );
  const selectField = (field: 'method' | 'preset', options: { value: string; label: string }[], onChange: (v: string) => void, hint: string) => (
    <Field label={INPUT_LABELS[field]} hint={hint} error={issueFor(errors, field)}>
      {(control) => (
        <select {...control} value={draft[field]} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <section aria-labelledby="inputs-heading" className="panel inputs">
      <h2 id="inputs-heading">Place and inputs</h2>
      <CitySearch onChoose={(key) => applyCity(key)} />
      <div className="field-row">
        {textField('placeName')}
        {textField('state', 'field narrow')}
      </div>
      {numberField('population')}
      {numberField('homicides', 'Leave blank if not known.')}
      {numberField('fatalShootings', 'Leave blank if not known.')}
      {numberField('nonfatalShootings', 'Blank means not known, which is different from 0.')}
      {numberField('serviceReachPct', 'Share of the high-risk population the program engages.')}
      {numberField('hospitalReachPct', 'Share of nonfatal shooting victims the hospital program enrolls.')}
      {selectField(
        'method',
        HIGH_RISK_METHODS.map((m) => ({ value: m, label: HIGH_RISK_METHOD_LABELS[m] })),
        (v) => setDraftField('method', v as InputDraft['method']),
        HIGH_RISK_METHOD_HINTS[draft.method],
      )}
      {draft.method === 'custom' && numberField('localHighRiskCount', 'From a local gun violence problem analysis.')}
      {selectField(
        'preset',
        PRESET_IDS.map((p) => ({ value: p, label: PRESETS[p].label })),
        (v) => setDraftField('preset', v as InputDraft['preset']),
        PRESETS[draft.preset].description,
      )}
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

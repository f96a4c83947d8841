// The inputs: city preset, population, violence counts, reach, high-risk method and methodology.
import {
  cityFill,
  findCity,
  HIGH_RISK_METHODS,
  HIGH_RISK_METHOD_HINTS,
  HIGH_RISK_METHOD_LABELS,
  INPUT_FIELD_IDS,
  INPUT_FIELDS,
  INPUT_LABELS,
  PRESET_IDS,
  PRESETS,
  type ChoiceInputField,
  type CityFill,
  type DraftResult,
  type HighRiskMethod,
  type InputDraft,
  type InputField,
  type InputFieldSpec,
  type Issue,
  type NumericField,
  type PresetId,
  type TextInputField,
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
  const textField = (field: TextInputField) => (
    <Field key={field} label={INPUT_LABELS[field]} error={issueFor(errors, field)} {...(NARROW.has(field) ? { className: 'field narrow' } : {})}>
      {(control) => <input {...control} type="text" value={draft[field]} onChange={(e) => setDraftField(field, e.target.value)} />}
    </Field>
  );
  const selectField = (field: ChoiceInputField) => {
    const choice = CHOICES[field];
    return (
      <Field key={field} label={INPUT_LABELS[field]} hint={choice.hint(draft[field])} error={issueFor(errors, field)}>
        {(control) => (
          <select {...control} value={draft[field]} onChange={(e) => setDraftField(field, e.target.value as never)}>
            {choice.options.map((value) => (
              <option key={value} value={value}>
                {choice.label(value)}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  };

  // Every input of the input table, in its order: the text fields side by side, a field used only
  // under one high-risk method only while that method is chosen.
  const textFields = INPUT_FIELD_IDS.filter((id): id is TextInputField => INPUT_FIELDS[id].kind === 'text');
  return (
    <section aria-labelledby="inputs-heading" className="panel inputs">
      <h2 id="inputs-heading">Place and inputs</h2>
      <CitySearch onChoose={(key) => applyCity(key)} />
      <div className="field-row">{textFields.map(textField)}</div>
      {INPUT_FIELD_IDS.map((id) => {
        const spec: InputFieldSpec = INPUT_FIELDS[id];
        if (spec.kind === 'text') return null;
        if (spec.kind === 'choice') return selectField(id as ChoiceInputField);
        if (spec.kind === 'count' && spec.onlyWithMethod !== undefined && draft.method !== spec.onlyWithMethod) return null;
        return numberField(id as NumericField, spec.hint);
      })}
    </section>
  );
}

/** Text fields drawn narrow (a state code). */
const NARROW: ReadonlySet<InputField> = new Set(['state']);

/** Each choice input's options, with the label and hint a person reads for each. */
const CHOICES: Readonly<Record<ChoiceInputField, { options: readonly string[]; label: (value: string) => string; hint: (value: string) => string }>> = {
  method: {
    options: HIGH_RISK_METHODS,
    label: (m) => HIGH_RISK_METHOD_LABELS[m as HighRiskMethod],
    hint: (m) => HIGH_RISK_METHOD_HINTS[m as HighRiskMethod],
  },
  preset: {
    options: PRESET_IDS,
    label: (p) => PRESETS[p as PresetId].label,
    hint: (p) => PRESETS[p as PresetId].description,
  },
};

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

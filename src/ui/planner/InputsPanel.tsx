// The inputs: city preset, population, violence counts, reach, high-risk method and methodology.
import { memo } from 'react';
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
  const applyCity = usePlanner((s) => s.applyCity);
  const errors = draftResult.ok ? [] : draftResult.errors;
  const warnings = draftResult.warnings;
  const city = findCity(`${draft.placeName}, ${draft.state}`);
  const sources = useCitySources();
  const fill = city ? cityFill(city, sources?.sourcesOf(city)) : undefined;

  const numberField = (field: NumericField, hint?: string) => {
    const provenance = provenanceText(fill, field, draft);
    return (
      <NumberField
        key={field}
        field={field}
        value={draft[field]}
        error={issueFor(errors, field)}
        warning={issueFor(warnings, field)}
        hint={hint}
        sourceText={provenance?.text}
        sourceHref={provenance?.href}
      />
    );
  };
  const textField = (field: TextInputField) => <TextField key={field} field={field} value={draft[field]} error={issueFor(errors, field)} />;
  const selectField = (field: ChoiceInputField) => <SelectField key={field} field={field} value={draft[field]} error={issueFor(errors, field)} />;

  // Every input of the input table, in its order: the text fields side by side, a field used only
  // under one high-risk method only while that method is chosen.
  const textFields = INPUT_FIELD_IDS.filter((id): id is TextInputField => INPUT_FIELDS[id].kind === 'text');
  return (
    <section aria-labelledby="inputs-heading" className="panel inputs">
      <h2 id="inputs-heading">Place and inputs</h2>
      <CitySearch onChoose={applyCity} />
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

// Each field is its own memoized component, so a keystroke in one field re-renders that field
// alone: re-rendering a controlled <input> makes React set its name and type again, and every other
// field's closures were new on each keystroke (bench/FINDINGS.md: the edit-to-screen frame).
const NumberField = memo(function NumberField({
  field,
  value,
  error,
  warning,
  hint,
  sourceText,
  sourceHref,
}: {
  field: NumericField;
  value: string;
  error: string | undefined;
  warning: string | undefined;
  hint: string | undefined;
  sourceText: string | undefined;
  sourceHref: string | undefined;
}) {
  const setDraftField = usePlanner((s) => s.setDraftField);
  return (
    <Field
      label={INPUT_LABELS[field]}
      error={error}
      warning={warning}
      hint={hint}
      source={
        sourceText !== undefined && (
          <>
            Source: {sourceText}{' '}
            {sourceHref && (
              <a href={sourceHref} target="_blank" rel="noreferrer noopener">
                link
              </a>
            )}
          </>
        )
      }
    >
      {(control) => <input {...control} name={field} type="text" inputMode="decimal" autoComplete="off" value={value} onChange={(e) => setDraftField(field, e.target.value)} />}
    </Field>
  );
});

const TextField = memo(function TextField({ field, value, error }: { field: TextInputField; value: string; error: string | undefined }) {
  const setDraftField = usePlanner((s) => s.setDraftField);
  return (
    <Field label={INPUT_LABELS[field]} error={error} {...(NARROW.has(field) ? { className: 'field narrow' } : {})}>
      {(control) => <input {...control} type="text" value={value} onChange={(e) => setDraftField(field, e.target.value)} />}
    </Field>
  );
});

const SelectField = memo(function SelectField({ field, value, error }: { field: ChoiceInputField; value: string; error: string | undefined }) {
  const setDraftField = usePlanner((s) => s.setDraftField);
  const choice = CHOICES[field];
  return (
    <Field label={INPUT_LABELS[field]} hint={choice.hint(value)} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => setDraftField(field, e.target.value as never)}>
          {choice.options.map((option) => (
            <option key={option} value={option}>
              {choice.label(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
});

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

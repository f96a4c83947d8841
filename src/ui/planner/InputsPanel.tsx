// The inputs: city preset, population, violence counts, reach, high-risk method and methodology.
// Each number field says what it does in this plan when that needs saying (inputUse: "Changes
// nothing with …", with one button to switch to the method or preset that uses it), offers the
// percentage a fraction probably meant ("Did you mean 60%?"), and keeps the city preset's value
// beside what the person typed.
import { memo, useMemo } from 'react';
import {
  cityFill,
  draftUseContext,
  findCity,
  formatInteger,
  HIGH_RISK_METHODS,
  HIGH_RISK_METHOD_HINTS,
  HIGH_RISK_METHOD_LABELS,
  INPUT_FIELD_IDS,
  INPUT_FIELDS,
  INPUT_LABELS,
  PRESET_IDS,
  PRESETS,
  readInputNumber,
  resolveAssumptions,
  type ChoiceInputField,
  type CityFill,
  type DraftResult,
  type HighRiskMethod,
  type InputDraft,
  type InputField,
  type InputFieldSpec,
  type InputUse,
  type InputUser,
  type Issue,
  type NumericField,
  type PresetId,
  type TextInputField,
} from '../../model';
import { usePlanner } from '../../state/store';
import { Field } from '../controls/Field';
import { PercentOffer } from '../controls/PercentOffer';
import { CitySearch } from './CitySearch';
import { useCitySources } from '../hooks/useCitySources';
import { InputWhyButton } from './Why';
import { Term } from '../glossary/Term';
import { lazyModule } from '../hooks/lazyModule';

// What each input drives is said a moment after the first paint: its rules load then.
const inputUseModule = lazyModule(() => import('../../model/inputUse'));
export const preloadInputUse = inputUseModule.preload;

/** The ids of the choice fields, so a "Switch to …" button can hand focus to the choice it changed. */
const CHOICE_IDS: Readonly<Record<ChoiceInputField, string>> = { method: 'input-method', preset: 'input-preset' };

function issueFor(issues: readonly Issue[], field: string): string | undefined {
  return issues.find((i) => i.field === field)?.message;
}

export function InputsPanel({ draftResult }: { draftResult: DraftResult }) {
  const draft = usePlanner((s) => s.draft);
  const overrides = usePlanner((s) => s.overrides);
  const applyCity = usePlanner((s) => s.applyCity);
  const errors = draftResult.ok ? [] : draftResult.errors;
  const warnings = draftResult.warnings;
  const city = findCity(`${draft.placeName}, ${draft.state}`);
  const sources = useCitySources();
  const fill = city ? cityFill(city, sources?.sourcesOf(city)) : undefined;
  // What each input does under the method and preset chosen (and the assumptions changed).
  const context = draftUseContext(draft);
  const { method, preset } = context;
  const { homicides, fatalShootings, nonfatalShootings } = context.given;
  const { module: useRules } = inputUseModule.useModule();
  const uses = useMemo(
    () => useRules?.inputUses({ method, preset, given: { homicides, fatalShootings, nonfatalShootings } }, resolveAssumptions(preset, overrides)) ?? null,
    [useRules, method, preset, homicides, fatalShootings, nonfatalShootings, overrides],
  );

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
        use={uses?.[field] ?? null}
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
      {/* The panel is where a reader first meets "CAPS" (a method option, a source): spelled out here. */}
      <p className="muted small section-intro">
        Defaults follow the staffing method of the <Term id="CAPS" spell /> unless a field says otherwise.
      </p>
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
  use,
  sourceText,
  sourceHref,
}: {
  field: NumericField;
  value: string;
  error: string | undefined;
  warning: string | undefined;
  hint: string | undefined;
  /** null until the rules of what each input drives have loaded (just after the first paint). */
  use: InputUse | null;
  sourceText: string | undefined;
  sourceHref: string | undefined;
}) {
  const setDraftField = usePlanner((s) => s.setDraftField);
  const isPercent = INPUT_FIELDS[field].kind === 'percent';
  // A percentage typed as a fraction ("0.6") stands as typed until the person accepts the offer.
  const reading = isPercent ? readInputNumber(field, value) : null;
  const meant = reading?.ok ? reading.didYouMean : null;
  return (
    <Field
      label={INPUT_LABELS[field]}
      error={error}
      warning={warning}
      hint={
        <>
          {hint}
          {hint && ' '}
          <InputWhyButton field={field} />
        </>
      }
      {...(isPercent
        ? {
            suggestion: meant === null ? null : <PercentOffer meant={meant} typed={value} onAccept={() => setDraftField(field, String(meant))} />,
          }
        : {})}
      note={use?.notice && <UseNotice notice={use.notice} user={use.usedBy} />}
      source={
        sourceText !== undefined && (
          <>
            {sourceText}{' '}
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

/** "Changes nothing with …", and one button to switch to the method or preset that uses the input. */
function UseNotice({ notice, user }: { notice: string; user: InputUser | null }) {
  const setDraftField = usePlanner((s) => s.setDraftField);
  const choice: { field: ChoiceInputField; value: string; label: string } | null =
    user?.kind === 'method'
      ? { field: 'method', value: user.method, label: HIGH_RISK_METHOD_LABELS[user.method] }
      : user?.kind === 'preset'
        ? { field: 'preset', value: user.preset, label: PRESETS[user.preset].label }
        : null;
  return (
    <>
      {notice}
      {choice && (
        <>
          {' '}
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              setDraftField(choice.field, choice.value as never);
              // The notice goes once the switch is made: focus goes to the choice that changed.
              document.getElementById(CHOICE_IDS[choice.field])?.focus();
            }}
          >
            Switch to {choice.label}
          </button>
        </>
      )}
    </>
  );
}

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
    <Field label={INPUT_LABELS[field]} id={CHOICE_IDS[field]} hint={choice.hint(value)} error={error}>
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

/**
 * The note about the city preset's value. It follows the value: once the person types something
 * else, it says so and keeps the preset's value (or its lack of one) for reference.
 */
function provenanceText(fill: CityFill | undefined, field: NumericField, draft: InputDraft): { text: string; href: string } | undefined {
  if (!fill) return undefined;
  if (field !== 'population' && field !== 'homicides' && field !== 'fatalShootings' && field !== 'nonfatalShootings') return undefined;
  const p = fill.provenance[field];
  const typed = readInputNumber(field, draft[field]);
  const typedValue = typed.ok ? typed.value : undefined;
  if (!p) {
    if (field === 'population') return undefined;
    return typedValue === null
      ? { text: `Source: no ${INPUT_LABELS[field].toLowerCase()} count in the ${fill.city.name} preset data.`, href: '' }
      : { text: `You changed this; the ${fill.city.name} preset has no count.`, href: '' };
  }
  if (typedValue !== p.value) {
    return { text: `You changed this; the ${fill.city.name} preset gives ${formatInteger(p.value)}${p.year !== null ? ` (${p.year})` : ''}.`, href: p.source ?? '' };
  }
  // The basis and link arrive a moment after the first paint (useCitySources).
  const basis = p.basis ?? `The ${fill.city.name} preset data (its source is loading).`;
  return { text: `Source: ${p.year !== null ? `${p.year}. ${basis}` : basis}`, href: p.source ?? '' };
}

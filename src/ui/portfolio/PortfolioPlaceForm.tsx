// Type a place of the portfolio by hand (or correct one): the planner's fields, read with the
// model's draft rules (draftToInput), so the messages are the planner's own. Nothing is added
// until every field is valid; what was typed stays in the form while it is being corrected.
import { useEffect, useId, useRef, useState } from 'react';
import {
  blankDraft,
  draftToInput,
  INPUT_FIELD_IDS,
  INPUT_FIELDS,
  HIGH_RISK_METHOD_HINTS,
  HIGH_RISK_METHOD_LABELS,
  HIGH_RISK_METHODS,
  INPUT_LABELS,
  PORTFOLIO_HIGH_RISK_LABELS,
  inputToDraft,
  readInputNumber,
  type ChoiceInputField,
  type HighRiskMethod,
  type InputFieldSpec,
  type InputDraft,
  type Issue,
  type PlanInput,
  type PortfolioHighRiskMethod,
  type PresetId,
} from '../../model';
import { Field } from '../controls/Field';
import { PercentOffer } from '../controls/PercentOffer';
import { placeLabel } from './PortfolioTable';

type TextField = Exclude<keyof InputDraft, ChoiceInputField>;

/**
 * The place's own fields, from the input table: text and numbers (the preset is the portfolio's);
 * a count used only under one method follows the method's choice, while that method is chosen.
 */
const FIELDS = INPUT_FIELD_IDS.flatMap((field) => {
  const spec: InputFieldSpec = INPUT_FIELDS[field];
  return spec.kind === 'choice' ? [] : [{ field: field as TextField, numeric: spec.kind !== 'text', onlyWithMethod: spec.kind === 'count' ? spec.onlyWithMethod : undefined }];
});

export function PortfolioPlaceForm({
  preset,
  portfolioMethod,
  editing,
  onAdd,
  onSave,
  onCancelEdit,
}: {
  preset: PresetId;
  /** The portfolio's high-risk estimate: unless it is each place's own, it applies to this place (a local count aside). */
  portfolioMethod: PortfolioHighRiskMethod;
  /** The place being edited, with its index; null to add a new place. */
  editing: { index: number; place: PlanInput } | null;
  onAdd: (place: PlanInput) => boolean;
  onSave: (index: number, place: PlanInput) => void;
  onCancelEdit: () => void;
}) {
  const id = useId();
  const editingIndex = editing?.index ?? null;
  const [draft, setDraft] = useState<InputDraft>(() => (editing ? inputToDraft(editing.place) : blankDraft(preset)));
  const [errors, setErrors] = useState<Issue[]>([]);
  const [status, setStatus] = useState('');
  // Another place to edit (or editing ended): the form shows that place's values, or a blank form.
  const [shownFor, setShownFor] = useState(editingIndex);
  if (shownFor !== editingIndex) {
    setShownFor(editingIndex);
    setDraft(editing ? inputToDraft(editing.place) : blankDraft(preset));
    setErrors([]);
    if (editing) setStatus('');
  }
  const firstField = useRef<HTMLInputElement>(null);

  // A place to edit: the form takes focus (the Edit button that was pressed is in the table).
  useEffect(() => {
    if (editingIndex !== null) firstField.current?.focus();
  }, [editingIndex]);

  const set = (field: keyof InputDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (errors.some((e) => e.field === field)) setErrors((list) => list.filter((e) => e.field !== field));
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const result = draftToInput({ ...draft, preset });
    if (!result.ok) {
      setErrors(result.errors);
      setStatus(`Not ${editing ? 'saved' : 'added'}: ${result.errors.length === 1 ? 'one field needs' : `${result.errors.length} fields need`} correcting.`);
      return;
    }
    setErrors([]);
    if (editing) {
      onSave(editing.index, result.input);
      setStatus(`Saved ${placeLabel(result.input)}.`);
    } else if (onAdd(result.input)) {
      setStatus(`Added ${placeLabel(result.input)}.`);
      setDraft(blankDraft(preset));
    } else {
      setStatus('Not added: the portfolio is full.');
    }
  };

  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const textField = (field: TextField, numeric: boolean, hint?: string) => {
    // A percentage typed as a fraction ("0.6") is offered as the percentage it probably meant; it stands as typed until accepted.
    const isPercent = INPUT_FIELDS[field].kind === 'percent';
    const reading = isPercent ? readInputNumber(field, draft[field]) : null;
    const meant = reading?.ok ? reading.didYouMean : null;
    const suggestion = isPercent
      ? {
          suggestion: meant === null ? null : <PercentOffer meant={meant} typed={draft[field]} onAccept={() => set(field, String(meant))} />,
        }
      : {};
    return (
      <Field key={field} label={INPUT_LABELS[field]} id={`${id}-${field}`} error={errorFor(field)} hint={hint} hintFirst {...suggestion}>
        {(control) => (
          <input
            {...control}
            ref={field === 'placeName' ? firstField : undefined}
            type="text"
            {...(numeric ? { inputMode: 'decimal' as const } : {})}
            autoComplete="off"
            value={draft[field]}
            onChange={(e) => set(field, e.target.value)}
          />
        )}
      </Field>
    );
  };

  const title = editing ? `Edit ${placeLabel(editing.place)}` : 'Type a place';
  return (
    <form className="portfolio-place-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="hint">Leave a count blank if it is not known: blank is “not given”, which is different from zero.</p>
      <div className="portfolio-form-grid">
        {FIELDS.filter((f) => f.onlyWithMethod === undefined).map((f) => textField(f.field, f.numeric))}
        <div className="field field-wide">
          <label htmlFor={`${id}-method`}>{INPUT_LABELS.method}</label>
          <select id={`${id}-method`} value={draft.method} onChange={(e) => set('method', e.target.value as HighRiskMethod)} aria-describedby={`${id}-method-hint`}>
            {HIGH_RISK_METHODS.map((m) => (
              <option key={m} value={m}>
                {HIGH_RISK_METHOD_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
        {FIELDS.filter((f) => f.onlyWithMethod !== undefined && f.onlyWithMethod === draft.method).map((f) => textField(f.field, f.numeric))}
      </div>
      <p id={`${id}-method-hint`} className="hint">
        {INPUT_LABELS.method}: {HIGH_RISK_METHOD_HINTS[draft.method]}
        {portfolioMethod !== 'each-place' && draft.method !== 'custom' && (
          <> The portfolio plans every place with “{PORTFOLIO_HIGH_RISK_LABELS[portfolioMethod]}”; only a local count given here is used instead.</>
        )}
      </p>
      <div className="form-actions">
        <button type="submit">{editing ? 'Save changes' : 'Add place'}</button>
        {editing && (
          <button type="button" className="secondary" onClick={onCancelEdit}>
            Cancel editing
          </button>
        )}
      </div>
      <p role="status" className="form-status">
        {status}
      </p>
    </form>
  );
}

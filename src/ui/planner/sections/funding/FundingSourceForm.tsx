// "Add a funding source": the form, what is typed in it and its messages. A source that passes the
// check goes to onAdd, which says whether the plan took it (the list of sources has its limit).
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FUNDING_KIND_LABELS, FUNDING_KINDS, type FundingKind, type FundingSource } from '../../../../model';
import { Field } from '../../../controls/Field';
import { spelledOut } from '../../../../model/glossary';
import { checkSourceForm, EMPTY_FORM, FORM_FIELDS, FORM_LABELS, type FormErrors, type FormField, type SourceForm } from './sourceForm';

// The kinds' names carry federal program abbreviations; the hint spells them out from the glossary.
const KIND_HINT = `Federal: for example ${spelledOut('BJA')} ${spelledOut('CVIPI')} awards.`;

export function FundingSourceForm({ startYear, onAdd, onInvalid }: { startYear: number; onAdd: (source: FundingSource) => boolean; onInvalid: () => void }) {
  const baseId = useId();
  const [form, setForm] = useState<SourceForm>(EMPTY_FORM);
  const [errors, setErrors] = useState<FormErrors>({});
  const fieldRefs = useRef<Partial<Record<FormField, HTMLInputElement | HTMLSelectElement | null>>>({});
  const fieldId = (f: FormField) => `${baseId}-${f}`;

  const update = <K extends keyof SourceForm>(key: K, value: SourceForm[K]) => {
    setForm((prev) => ({ ...prev, [key]: value }));
    if (errors[key]) setErrors((prev) => ({ ...prev, [key]: undefined }));
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkSourceForm(form, startYear);
    if (!checked.ok) {
      setErrors(checked.errors);
      onInvalid();
      const firstBad = FORM_FIELDS.find((f) => checked.errors[f] !== undefined);
      if (firstBad) fieldRefs.current[firstBad]?.focus();
      return;
    }
    setErrors({});
    if (!onAdd(checked.source)) return;
    setForm(EMPTY_FORM);
    fieldRefs.current.name?.focus();
  };

  const fieldRef = (f: FormField) => (el: HTMLInputElement | HTMLSelectElement | null) => {
    fieldRefs.current[f] = el;
  };
  const numberField = (f: 'annualAmount' | 'firstYear' | 'lastYear', hint?: ReactNode) => (
    <Field label={FORM_LABELS[f]} id={fieldId(f)} error={errors[f]} hint={hint}>
      {(control) => <input {...control} ref={fieldRef(f)} type="text" inputMode="numeric" autoComplete="off" value={form[f]} onChange={(e) => update(f, e.target.value)} />}
    </Field>
  );

  return (
    <form className="source-form" onSubmit={onSubmit} noValidate aria-labelledby={`${baseId}-form-legend`}>
      <p id={`${baseId}-form-legend`} className="form-title">
        Add a funding source
      </p>
      <Field label={FORM_LABELS.name} id={fieldId('name')} error={errors.name}>
        {(control) => <input {...control} ref={fieldRef('name')} type="text" value={form.name} maxLength={200} onChange={(e) => update('name', e.target.value)} />}
      </Field>
      <Field label={FORM_LABELS.kind} id={fieldId('kind')} error={errors.kind} hint={KIND_HINT}>
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
      {numberField('firstYear', <>Blank means the plan’s first year: {startYear}.</>)}
      {numberField('lastYear')}
      <div className="form-actions">
        <button type="submit">Add funding source</button>
      </div>
    </form>
  );
}

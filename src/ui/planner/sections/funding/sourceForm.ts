// The "Add a funding source" form's fields and their check: the text typed in each field, read
// with the model's number rules and fundingSourceSchema, every problem found at once.
import { fundingSourceSchema, parseNumberText, type FundingKind, type FundingSource } from '../../../../model';

export type FormField = 'name' | 'kind' | 'annualAmount' | 'firstYear' | 'lastYear';
export const FORM_FIELDS: readonly FormField[] = ['name', 'kind', 'annualAmount', 'firstYear', 'lastYear'];
export const FORM_LABELS: Record<FormField, string> = {
  name: 'Source name',
  kind: 'Kind',
  annualAmount: 'Annual amount ($)',
  firstYear: 'First year',
  lastYear: 'Last year (blank = ongoing)',
};

export interface SourceForm {
  name: string;
  kind: FundingKind;
  annualAmount: string;
  firstYear: string;
  lastYear: string;
}
export const EMPTY_FORM: SourceForm = { name: '', kind: 'city-general-fund', annualAmount: '', firstYear: '', lastYear: '' };

export type FormErrors = Partial<Record<FormField, string>>;

/** The source the form describes, or the message for each field in error (possibly none: see the end). */
export function checkSourceForm(form: SourceForm, startYear: number): { ok: true; source: FundingSource } | { ok: false; errors: FormErrors } {
  const found: FormErrors = {};
  const number = (field: FormField, text: string) => {
    const parsed = parseNumberText(text, FORM_LABELS[field].replace(/ \(.*\)$/, ''), field === 'annualAmount' ? 'usd' : 'number');
    if (!parsed.ok) {
      found[field] = parsed.message;
      return Number.NaN;
    }
    return parsed.value;
  };
  const annualAmount = number('annualAmount', form.annualAmount);
  // A blank first year means the plan's first year, as the hint says.
  const firstYear = form.firstYear.trim() === '' ? startYear : number('firstYear', form.firstYear);
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
  // A schema problem outside the form's fields still refuses the source, with no field to mark.
  if (Object.keys(found).length > 0 || !result.success) return { ok: false, errors: found };
  return { ok: true, source: result.data };
}

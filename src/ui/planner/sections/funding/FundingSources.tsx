// Funding sources (issue 5): current and committed money by source, added through the form and
// listed in the table. What was added or removed is announced in the status line.
import { useRef, useState } from 'react';
import { formatUsd, fundingSchema, MAX_FUNDING_SOURCES, type FundingSource, type MultiYearPlan } from '../../../../model';
import { usePlanner } from '../../../../state/store';
import { yearsText } from './fundingKinds';
import { FundingSourceForm } from './FundingSourceForm';
import { FundingSourcesTable } from './FundingSourcesTable';

export function FundingSources({ multi }: { multi: MultiYearPlan }) {
  const funding = usePlanner((s) => s.funding);
  const setFunding = usePlanner((s) => s.setFunding);
  const [status, setStatus] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);

  /** Adds the source unless the plan has no room for it; says which in the status line. */
  const add = (source: FundingSource): boolean => {
    const next = [...funding, source];
    const all = fundingSchema.safeParse(next);
    if (!all.success) {
      setStatus(all.error.issues[0]?.message ?? `At most ${MAX_FUNDING_SOURCES} funding sources.`);
      return false;
    }
    setFunding(next);
    setStatus(`Added ${source.name}: ${formatUsd(source.annualAmount)} a year, ${yearsText(source)}.`);
    return true;
  };

  const remove = (index: number) => {
    const source = funding[index];
    if (!source) return;
    setFunding(funding.filter((_, i) => i !== index));
    setStatus(`Removed ${source.name}.`);
    listHeading.current?.focus();
  };

  return (
    <div className="funding-part">
      <h3>Funding sources</h3>
      <p className="muted">Current and committed money, by source. A source can end in a given year, e.g. one-time relief money spent by 2026-12-31.</p>
      <FundingSourceForm startYear={multi.startYear} onAdd={add} onInvalid={() => setStatus('')} />
      <p role="status" className="form-status">
        {status}
      </p>
      <h4 ref={listHeading} tabIndex={-1} className="sources-heading">
        {funding.length === 0 ? 'No funding sources yet' : `${funding.length} funding ${funding.length === 1 ? 'source' : 'sources'}`}
      </h4>
      {funding.length > 0 && <FundingSourcesTable funding={funding} onRemove={remove} />}
    </div>
  );
}

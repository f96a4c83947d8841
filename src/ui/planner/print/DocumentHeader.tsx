// The title block both printed documents open with: what it is, the place, the scenario, the date
// it was prepared and, when given, who prepared it.
import type { Ref } from 'react';

export interface DocumentMeta {
  readonly place: string;
  readonly scenario: string;
  /** The date the document is prepared, already formatted. */
  readonly date: string;
  /** Empty when nobody filled it in; then the line is left out. */
  readonly preparedBy: string;
}

export function DocumentHeader({ kind, meta, headingRef }: { kind: string; meta: DocumentMeta; headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <header className="print-doc-header">
      <p className="print-kind">{kind}</p>
      <h1 id="print-title" tabIndex={-1} ref={headingRef}>
        Community violence intervention ecosystem: {meta.place}
      </h1>
      <p className="print-meta">
        <span>Scenario: {meta.scenario}</span>
        <span>Prepared {meta.date}</span>
        {meta.preparedBy !== '' && <span>Prepared by: {meta.preparedBy}</span>}
      </p>
    </header>
  );
}

// The print view: a choice of two documents — the council brief (2–4 pages) and the full technical
// report (every assumption) — with a "Prepared by" line, and the page header, footer and page
// numbers of both. Keyboard focus moves to the view's first control (which document to print) when
// the view opens — the heading would leave Tab with nowhere to go, the document having no controls
// after it — and goes back to the control that opened the view when it closes.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { fundingPicture, type Plan } from '../../../model';
import { councilBriefFigures } from '../../../model/councilBrief';
import { BENCHMARKS } from '../../../model/benchmarkData';
import { usePlanner } from '../../../state/store';
import { PREPARED_BY_MAX, usePrintOptions, type PrintLayout } from '../../../state/printOptions';
import { useMultiYearPlan } from '../../hooks/useMultiYearPlan';
import { CouncilBrief } from './CouncilBrief';
import { TechnicalReport } from './TechnicalReport';
import { footerText, formatPrintDate, pageMarksCss, placeOf } from './printPage';
import type { DocumentMeta } from './DocumentHeader';

const LAYOUTS: { layout: PrintLayout; label: string; hint: string }[] = [
  { layout: 'brief', label: 'Council brief', hint: '2 to 4 pages: the request, the money, the people, what changed' },
  { layout: 'report', label: 'Full technical report', hint: 'every assumption with its source, the method and a glossary' },
];

export function PrintView({ plan, returnFocusTo, onClose }: { plan: Plan; returnFocusTo: Element | null; onClose: () => void }) {
  const { layout, preparedBy, setLayout, setPreparedBy } = usePrintOptions();
  const scenarioName = usePlanner((s) => s.scenarioName);
  const funding = usePlanner((s) => s.funding);
  const multi = useMultiYearPlan(plan);
  const money = useMemo(() => (funding.length > 0 ? fundingPicture(multi, funding) : null), [multi, funding]);
  const figures = useMemo(() => councilBriefFigures(plan, multi, money, BENCHMARKS), [plan, multi, money]);
  const [date] = useState(() => formatPrintDate(new Date()));
  const meta: DocumentMeta = { place: placeOf(plan), scenario: scenarioName, date, preparedBy: preparedBy.trim() };
  const kind = layout === 'brief' ? 'Council brief' : 'Full technical report';

  usePageMarks(pageMarksCss({ header: `${kind}: community violence intervention ecosystem plan`, footer: footerText(meta.place, meta.scenario, meta.date) }));

  // Focus: into the view when it opens, back to its opener when it closes. The planner stays in
  // the page (hidden) while the view is open, so the opener is still there to take it.
  const heading = useRef<HTMLHeadingElement>(null);
  const firstControl = useRef<HTMLInputElement>(null);
  useEffect(() => {
    firstControl.current?.focus();
    return () => {
      if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
    };
  }, [returnFocusTo]);

  const preparedId = useId();
  const preparedHint = useId();
  return (
    <div className="print-report">
      <div className="print-controls" role="group" aria-label="Print options">
        <fieldset className="print-layouts">
          <legend>Document to print</legend>
          {LAYOUTS.map((l) => (
            <label key={l.layout}>
              <input
                type="radio"
                name="print-layout"
                value={l.layout}
                checked={layout === l.layout}
                ref={layout === l.layout ? firstControl : undefined}
                onChange={() => setLayout(l.layout)}
              /> {l.label}{' '}
              <span className="muted small">({l.hint})</span>
            </label>
          ))}
        </fieldset>
        <div className="print-prepared">
          <label htmlFor={preparedId}>Prepared by (optional)</label>
          <input id={preparedId} type="text" value={preparedBy} maxLength={PREPARED_BY_MAX} aria-describedby={preparedHint} autoComplete="name" onChange={(e) => setPreparedBy(e.target.value)} />
          <span id={preparedHint} className="muted small">
            Printed under the title. Not saved with the plan.
          </span>
        </div>
        <div className="print-actions">
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button type="button" onClick={onClose}>
            Back to the planner
          </button>
        </div>
      </div>
      {layout === 'brief' ? <CouncilBrief plan={plan} figures={figures} meta={meta} headingRef={heading} /> : <TechnicalReport plan={plan} multi={multi} money={money} figures={figures} meta={meta} headingRef={heading} />}
    </div>
  );
}

/**
 * Puts the document's @page rule into the page while the view is open. Through the CSSOM (a
 * constructed style sheet), since the Content-Security-Policy refuses inline <style> elements.
 */
function usePageMarks(css: string) {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}

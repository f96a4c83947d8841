// Scenarios compared (issue 12): what differs between the scenarios first, then each scenario's
// totals (full strength, year 1, the multi-year total, committed funding and the gap, staff, CAPS at
// the same reach), the chart of totals with the full table beside it, and the comparison as a CSV,
// a workbook or a printed page for a council. Every figure is the model's compareScenarios.
import { useEffect, useMemo, useState } from 'react';
import { comparisonTotalRows, compareScenarios } from '../../../model';
import type { ComparisonExportKind } from '../../../model/exports/registry';
import { currentDocument, usePlanner } from '../../../state/store';
import { CompareChart } from './CompareChart';
import { DifferencesTable, TotalsTable } from './ComparisonTables';
import { exportComparison } from './compareExporting';
import { ResultsTable } from './ResultsTable';

/** While this class is on <html>, print shows the comparison alone (styles.css, "Printing the comparison"). */
const PRINT_CLASS = 'print-comparison';

function usePrintComparison(): () => void {
  useEffect(() => {
    const done = () => document.documentElement.classList.remove(PRINT_CLASS);
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      done();
    };
  }, []);
  return () => {
    document.documentElement.classList.add(PRINT_CLASS);
    window.print();
  };
}

const DOWNLOADS: { kind: ComparisonExportKind; label: string }[] = [
  { kind: 'comparison-csv', label: 'Download comparison (CSV)' },
  { kind: 'comparison-xlsx', label: 'Download comparison workbook (.xlsx)' },
];

export function CompareView() {
  // The whole store: the active scenario's working copy changes as the person types.
  const state = usePlanner();
  const doc = useMemo(() => currentDocument(state), [state]);
  const currentYear = new Date().getFullYear();
  const comparison = useMemo(() => compareScenarios(doc.scenarios, currentYear), [doc, currentYear]);
  const totals = useMemo(() => comparisonTotalRows(comparison), [comparison]);
  const first = doc.scenarios[0]?.input;
  const place = first ? [first.placeName, first.state].filter(Boolean).join(', ') : '';
  const [status, setStatus] = useState('');
  const print = usePrintComparison();

  const onDownload = async (kind: ComparisonExportKind) => {
    setStatus('Preparing the file…');
    try {
      setStatus(`Downloaded ${await exportComparison(kind, comparison, place)}.`);
    } catch {
      setStatus('The file could not be made. Please try again.');
    }
  };

  return (
    <section className="compare panel" aria-labelledby="compare-heading">
      <div className="compare-print-only compare-print-head">
        <p className="compare-print-title">Scenarios compared{place ? `: ${place}` : ''}</p>
        <p>
          Printed {new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' })} from the community violence intervention (CVI) Ecosystem
          Planner. Scenarios: {comparison.names.join('; ')}.
        </p>
      </div>
      <h3 id="compare-heading">Scenarios compared</h3>
      {comparison.names.length === 1 && <p>There is only one scenario. Use “Duplicate scenario” to make a copy, change it, and compare the two here.</p>}
      <div className="compare-actions compare-screen-only">
        {DOWNLOADS.map((d) => (
          <button key={d.kind} type="button" className="secondary" onClick={() => void onDownload(d.kind)}>
            {d.label}
          </button>
        ))}
        <button type="button" className="secondary" onClick={print}>
          Print comparison
        </button>
      </div>
      <p role="status" className="compare-status compare-screen-only">
        {status}
      </p>
      <h4 className="compare-subheading">What differs</h4>
      <DifferencesTable comparison={comparison} active={doc.activeScenario} />
      <h4 className="compare-subheading">Totals</h4>
      <TotalsTable rows={totals} names={comparison.names} active={doc.activeScenario} />
      <h4 className="compare-subheading">Full strength, figure by figure</h4>
      <CompareChart names={comparison.names} totals={comparison.totals.map((t) => t.fullStrengthTotal)} />
      <ResultsTable plans={comparison.plans} names={comparison.names} active={doc.activeScenario} />
    </section>
  );
}

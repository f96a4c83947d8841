import { lazy, Suspense, useState } from 'react';
import { AssumptionsEditor } from './AssumptionsEditor';
import { ExportMenu } from './ExportMenu';
import { BudgetSection } from './BudgetSection';
import { CostOfViolenceSection } from './CostOfViolenceSection';
import { FundingSection } from './FundingSection';
import { MultiYearSection } from './MultiYearSection';
import { ScenarioBar } from './ScenarioBar';
import { ErrorBoundary } from './ErrorBoundary';
import { Headline } from './Headline';
import { InputsPanel } from './InputsPanel';
import { Notices } from './Notices';
import { ShareBar } from './ShareBar';
import { StaffingSection } from './StaffingSection';
import { UncertaintySection } from './UncertaintySection';
import { usePlanView } from './usePlan';
import { WhyProvider } from './Why';
import { formatInteger, formatUsd, INPUT_LABELS, type InputField } from '../model';

// The print layout is only needed when someone prints, so it loads then.
const PrintReport = lazy(() => import('./PrintReport').then((m) => ({ default: m.PrintReport })));

export function App() {
  return (
    <ErrorBoundary>
      <Planner />
    </ErrorBoundary>
  );
}

function Planner() {
  const { plan, caps, draftResult } = usePlanView();
  const [printing, setPrinting] = useState(false);
  if (printing) {
    return (
      <Suspense fallback={<p role="status">Preparing the print layout…</p>}>
        <PrintReport plan={plan} caps={caps} onClose={() => setPrinting(false)} />
      </Suspense>
    );
  }
  const invalidFields = draftResult.ok ? [] : [...new Set(draftResult.errors.map((e) => e.field))];
  return (
    <WhyProvider plan={plan}>
      <a className="skip-link" href="#results">
        Skip to results
      </a>
      <header className="app-header">
        <div>
          <h1>CVI Ecosystem Planner</h1>
          <p className="tagline">Staffing and budget for community violence intervention in any place, with the working behind every number.</p>
        </div>
        <div className="header-actions">
          <ExportMenu plan={plan} onPrint={() => setPrinting(true)} />
          <ShareBar />
        </div>
      </header>
      <Notices />
      <ScenarioBar plan={plan} />
      <main className="layout">
        <div className="col-inputs">
          <InputsPanel draftResult={draftResult} />
        </div>
        <div className="col-results" id="results" tabIndex={-1}>
          {invalidFields.length > 0 && (
            <p className="stale-banner" role="status">
              Showing the last valid plan while you correct: {invalidFields.map((f) => INPUT_LABELS[f as InputField] ?? f).join(', ')}.
            </p>
          )}
          <Headline plan={plan} caps={caps} />
          <StaffingSection plan={plan} />
          <BudgetSection plan={plan} />
          <MultiYearSection plan={plan} />
          <FundingSection plan={plan} />
          <CostOfViolenceSection plan={plan} />
          <UncertaintySection plan={plan} />
          <AssumptionsEditor />
        </div>
      </main>
      <p className="sticky-total" aria-hidden="true">
        <span>Total {formatUsd(plan.budget.total)}</span>
        <span>{formatInteger(plan.totalHeadcount)} staff</span>
      </p>
      <footer className="app-footer">
        <p>
          Method: the CAPS CVI Ecosystem sizing method (cviecosystem.org), with every default labelled CAPS, CAPS-calibrated, research or
          assumption. City data are from public sources named beside each number; verify before quoting.
        </p>
      </footer>
    </WhyProvider>
  );
}

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useAfterPaint } from '../hooks/useAfterPaint';
import { ExportMenu } from '../planner/ExportMenu';
import { ScenarioBar } from '../planner/ScenarioBar';
import { ErrorBoundary } from './ErrorBoundary';
import { GlossaryButton } from '../glossary/Glossary';
import { Headline } from '../planner/Headline';
import { InputsPanel } from '../planner/InputsPanel';
import { Notices } from './Notices';
import { ShareBar } from './ShareBar';
import { StaffingSection } from '../planner/sections/StaffingSection';
import { AssumptionsEditor, BudgetSection, CostOfViolenceSection, FundingSection, MultiYearSection, preloadSections, RealityCheckSection, UncertaintySection } from '../planner/sections';
import { usePlanView } from '../hooks/usePlan';
import { WhyProvider } from '../planner/Why';
import { formatInteger, formatUsd, INPUT_LABELS, type InputField } from '../../model';
import { navigate } from './navigation';
import { activePlanName } from '../../state/planSelectors';
import { usePlanner } from '../../state/store';
import { CurrentPlanBar } from './CurrentPlanBar';
import { useAppView, type AppView } from '../../state/appView';

// The print view (council brief or full technical report) is only needed when someone prints, so it loads then.
const PrintView = lazy(() => import('../planner/print/PrintView').then((m) => ({ default: m.PrintView })));
// The funders' portfolio and the plans library are pages of their own; each loads when opened.
const PortfolioPage = lazy(() => import('../portfolio/PortfolioPage').then((m) => ({ default: m.PortfolioPage })));
const PlansPage = lazy(() => import('../library/PlansPage').then((m) => ({ default: m.PlansPage })));

const TITLE = 'CVI Ecosystem Planner';

/** The page's title says which page and plan it is (tabs and Back/Forward history can be told apart). */
function usePageTitle(view: AppView): void {
  const planName = usePlanner(activePlanName);
  useEffect(() => {
    document.title = view === 'plans' ? `Your plans – ${TITLE}` : view === 'portfolio' ? `Portfolio – ${TITLE}` : `${planName} – ${TITLE}`;
  }, [view, planName]);
}

export function App() {
  const view = useAppView((s) => s.view);
  usePageTitle(view);
  return (
    <ErrorBoundary>
      {view === 'portfolio' ? (
        <Suspense fallback={<p role="status">Loading the portfolio…</p>}>
          <PortfolioPage nav={<ViewNav page="portfolio" />} />
        </Suspense>
      ) : view === 'plans' ? (
        <Suspense fallback={<p role="status">Loading your plans…</p>}>
          <PlansPage nav={<ViewNav page="plans" />} />
        </Suspense>
      ) : (
        <Planner />
      )}
    </ErrorBoundary>
  );
}

const VIEWS: { view: AppView; label: string }[] = [
  { view: 'planner', label: 'Planner' },
  { view: 'plans', label: 'Your plans' },
  { view: 'portfolio', label: 'Portfolio' },
];

/** Planner or funders' portfolio. Each page draws its own header, so the nav re-mounts on a switch and takes focus back. */
function ViewNav({ page }: { page: AppView }) {
  const view = useAppView((s) => s.view);
  const focusNav = useAppView((s) => s.focusNav);
  const current = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusNav !== page) return;
    current.current?.focus();
    useAppView.getState().navFocused();
  }, [focusNav, page]);
  return (
    <nav aria-label="Pages" className="view-nav">
      {VIEWS.map((v) => (
        <button
          key={v.view}
          type="button"
          ref={v.view === view ? current : undefined}
          aria-current={v.view === view ? 'page' : undefined}
          onClick={() => {
            if (v.view !== view) navigate({ view: v.view }, { focusNav: true });
          }}
        >
          {v.label}
        </button>
      ))}
    </nav>
  );
}

function Planner() {
  const { plan, caps, draftResult } = usePlanView();
  // What a keystroke must show at once — the headline, the staffing above the fold, the inputs —
  // gets `plan`; the sections below get `later`, which React brings up to date right after, in
  // work it can interrupt (bench/FINDINGS.md: one keystroke re-rendered every section and chart).
  const later = useAfterPaint(plan);
  // What had focus when the print view opened (its button): focus goes back there when it closes.
  const [printedFrom, setPrintedFrom] = useState<Element | null>(null);
  const printing = printedFrom !== null;
  // The sections below the first screen load once the first screen is up.
  useEffect(() => {
    void preloadSections();
  }, []);
  const printView = printing && (
    <Suspense fallback={<p role="status">Preparing the print layout…</p>}>
      <PrintView plan={plan} returnFocusTo={printedFrom} onClose={() => setPrintedFrom(null)} />
    </Suspense>
  );
  const invalidFields = draftResult.ok ? [] : [...new Set(draftResult.errors.map((e) => e.field))];
  return (
    <>
      {printView}
      {/* Hidden, not removed, while the print view is open: the button that opened it is still there to take focus back. */}
      <div hidden={printing}>
    <WhyProvider plan={plan}>
      <a className="skip-link" href="#results">
        Skip to results
      </a>
      <header className="app-header">
        <div>
          <h1>CVI Ecosystem Planner</h1>
          <p className="tagline">Staffing and budget for community violence intervention (CVI) in any place, with the working behind every number.</p>
          <ViewNav page="planner" />
        </div>
        <div className="header-actions">
          <ExportMenu plan={plan} onPrint={() => setPrintedFrom(document.activeElement ?? document.body)} />
          <ShareBar />
          <GlossaryButton />
        </div>
      </header>
      <Notices />
      <CurrentPlanBar />
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
          <StaffingSection plan={plan} tablePlan={later} />
          <div className="later-sections">
            <BudgetSection plan={later} />
            <MultiYearSection plan={later} />
            <FundingSection plan={later} />
            <CostOfViolenceSection plan={later} />
            <RealityCheckSection plan={later} />
            <UncertaintySection plan={later} />
            <AssumptionsEditor />
          </div>
        </div>
      </main>
      <p className="sticky-total" aria-hidden="true">
        <span>Full strength {formatUsd(plan.budget.total)} a year</span>
        <span>{formatInteger(plan.totalHeadcount)} staff</span>
      </p>
      <footer className="app-footer">
        <p>
          Method: the CAPS CVI Ecosystem sizing method (cviecosystem.org), with every default labelled CAPS, CAPS-calibrated, research or
          assumption. City data are from public sources named beside each number; verify before quoting.
        </p>
      </footer>
    </WhyProvider>
      </div>
    </>
  );
}

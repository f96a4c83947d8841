// "Why this number?": the formula, the inputs and the sources of a figure, read from the plan's
// own working. Nothing here computes a number; it only shows what the model recorded.
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { formatByUnit, INPUT_LABELS, type FigureId, type Plan, type Working } from '../../model';
import { lazyModule } from '../hooks/lazyModule';

// The working is built by explainPlan, which the first paint does not need: it loads after the
// first paint (or on the first "Why?"), keeping it out of the first-load bundle.
const explanations = lazyModule(() => import('../../model/plan/explain'));
export const preloadExplanations = explanations.preload;

interface WhyContextValue {
  open: (figure: FigureId, opener: HTMLElement | null) => void;
}

const WhyContext = createContext<WhyContextValue | null>(null);

export function WhyProvider({ plan, children }: { plan: Plan; children: ReactNode }) {
  const [trail, setTrail] = useState<FigureId[]>([]);
  const openerRef = useRef<HTMLElement | null>(null);
  const open = useCallback((figure: FigureId, opener: HTMLElement | null) => {
    openerRef.current = opener;
    setTrail([figure]);
  }, []);
  const close = useCallback(() => {
    setTrail([]);
    openerRef.current?.focus();
  }, []);
  const value = useMemo(() => ({ open }), [open]);
  const current = trail[trail.length - 1];
  useEffect(() => {
    void explanations.preload();
  }, []);
  return (
    <WhyContext.Provider value={value}>
      {children}
      {current !== undefined && (
        <ExplainedDialog
          plan={plan}
          figure={current}
          canGoBack={trail.length > 1}
          onBack={() => setTrail((t) => t.slice(0, -1))}
          onFollow={(f) => setTrail((t) => [...t, f])}
          onClose={close}
        />
      )}
    </WhyContext.Provider>
  );
}

/** The dialog for one figure, once explainPlan has loaded (at once after the first paint). */
function ExplainedDialog({ plan, figure, ...dialog }: { plan: Plan; figure: FigureId } & Omit<Parameters<typeof WorkingDialog>[0], 'working'>) {
  const { module, error } = explanations.useModule();
  if (module) return <WorkingDialog working={module.explainPlan(plan)[figure]} {...dialog} />;
  return error ? (
    <p role="alert" className="error">
      The working behind this number could not be loaded (the page may be offline). Try again in a moment.
    </p>
  ) : null;
}

export function WhyButton({ figure, label }: { figure: FigureId; label: string }) {
  const ctx = useContext(WhyContext);
  if (!ctx) throw new Error('WhyButton outside WhyProvider');
  return (
    <button type="button" className="why" onClick={(e) => ctx.open(figure, e.currentTarget)} aria-label={`Why this number? ${label}`} aria-haspopup="dialog">
      <span aria-hidden="true">?</span>
    </button>
  );
}

function WorkingDialog({
  working,
  canGoBack,
  onBack,
  onFollow,
  onClose,
}: {
  working: Working;
  canGoBack: boolean;
  onBack: () => void;
  onFollow: (f: FigureId) => void;
  onClose: () => void;
}) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialogRef.current?.focus();
  }, [working]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
    if (e.key === 'Tab' && dialogRef.current) {
      // keep focus inside the dialog
      const focusable = dialogRef.current.querySelectorAll<HTMLElement>('button, [href], input, select, textarea');
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) return;
      if (e.shiftKey && (document.activeElement === first || document.activeElement === dialogRef.current)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="dialog" ref={dialogRef} tabIndex={-1} onKeyDown={onKeyDown}>
        <h2 id={titleId}>Why this number? {working.label}</h2>
        <p className="working-value">
          <strong>{formatByUnit(working.value, working.unit)}</strong>
        </p>
        <p>
          <span className="muted">Formula: </span>
          {working.formula}
        </p>
        {working.terms.length > 0 && (
          <table className="working-terms">
            <caption className="visually-hidden">Inputs to {working.label}</caption>
            <thead>
              <tr>
                <th scope="col">Input</th>
                <th scope="col">Value</th>
                <th scope="col">Where it comes from</th>
              </tr>
            </thead>
            <tbody>
              {working.terms.map((t, i) => (
                <tr key={`${t.name}-${i}`}>
                  <th scope="row">{t.name}</th>
                  <td className="num">{formatByUnit(t.value, t.unit)}</td>
                  <td>
                    {t.source ? (
                      <>
                        <span className={`source-badge source-${t.source.label}`}>{t.source.label}</span> {t.source.citation}
                      </>
                    ) : t.figure ? (
                      <button type="button" className="link-button" onClick={() => t.figure && onFollow(t.figure)}>
                        How is this worked out?
                      </button>
                    ) : t.field ? (
                      <>You entered it ({INPUT_LABELS[t.field]})</>
                    ) : (
                      'Worked out in this step'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {working.note && <p className="note">{working.note}</p>}
        <div className="dialog-actions">
          {canGoBack && (
            <button type="button" onClick={onBack}>
              Back
            </button>
          )}
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}

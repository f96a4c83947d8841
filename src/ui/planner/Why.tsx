// "Why this number?": the formula, the inputs and the sources of a figure, read from the plan's
// own working. Nothing here computes a number; it only shows what the model recorded.
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { formatByUnit, INPUT_LABELS, type FigureId, type InputField, type Plan, type Working } from '../../model';
import { lazyModule } from '../hooks/lazyModule';

// The working is built by explainPlan, which the first paint does not need: it loads after the
// first paint (or on the first "Why?"), keeping it out of the first-load bundle.
const explanations = lazyModule(() => import('../../model/plan/explain'));
export const preloadExplanations = explanations.preload;

/** What a "Why" dialog explains: a figure of the plan, or an input (the figures it feeds). */
export type WhyTarget = FigureId | `input.${InputField}`;

const inputOf = (target: WhyTarget): InputField | null => (target.startsWith('input.') ? (target.slice('input.'.length) as InputField) : null);

interface WhyContextValue {
  open: (target: WhyTarget, opener: HTMLElement | null) => void;
}

const WhyContext = createContext<WhyContextValue | null>(null);

export function WhyProvider({ plan, children }: { plan: Plan; children: ReactNode }) {
  const [trail, setTrail] = useState<WhyTarget[]>([]);
  const openerRef = useRef<HTMLElement | null>(null);
  const open = useCallback((target: WhyTarget, opener: HTMLElement | null) => {
    openerRef.current = opener;
    setTrail([target]);
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
          target={current}
          canGoBack={trail.length > 1}
          onBack={() => setTrail((t) => t.slice(0, -1))}
          onFollow={(f) => setTrail((t) => [...t, f])}
          onClose={close}
        />
      )}
    </WhyContext.Provider>
  );
}

/** The dialog for one figure or input, once explainPlan has loaded (at once after the first paint). */
function ExplainedDialog({ plan, target, ...dialog }: { plan: Plan; target: WhyTarget } & Omit<Parameters<typeof WorkingDialog>[0], 'working' | 'ofInput'>) {
  const { module, error } = explanations.useModule();
  if (module) {
    const input = inputOf(target);
    return input ? (
      <WorkingDialog working={module.explainInput(plan, input)} ofInput {...dialog} />
    ) : (
      <WorkingDialog working={module.explainPlan(plan)[target as FigureId]} ofInput={false} {...dialog} />
    );
  }
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

/** "What does this input feed?": the input's own working (the figures it feeds in this plan). */
export function InputWhyButton({ field }: { field: InputField }) {
  const ctx = useContext(WhyContext);
  if (!ctx) throw new Error('InputWhyButton outside WhyProvider');
  return (
    <button type="button" className="link-button feeds-link" onClick={(e) => ctx.open(`input.${field}`, e.currentTarget)} aria-haspopup="dialog">
      What this feeds<span className="visually-hidden"> ({INPUT_LABELS[field]})</span>
    </button>
  );
}

function WorkingDialog({
  working,
  ofInput,
  canGoBack,
  onBack,
  onFollow,
  onClose,
}: {
  working: Working;
  /** The working of an input (what it feeds), not of a figure (how it is worked out). */
  ofInput: boolean;
  canGoBack: boolean;
  onBack: () => void;
  onFollow: (target: WhyTarget) => void;
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
        <h2 id={titleId}>
          {ofInput ? 'What this input feeds:' : 'Why this number?'} {working.label}
        </h2>
        <p className="working-value">
          <strong>{ofInput && working.value === null ? 'Not given' : formatByUnit(working.value, working.unit)}</strong>
          {ofInput && <span className="muted"> (you entered it)</span>}
        </p>
        <p>
          {!ofInput && <span className="muted">Formula: </span>}
          {working.formula}
        </p>
        {working.terms.length > 0 && (
          <table className="working-terms">
            <caption className="visually-hidden">
              {ofInput ? 'Figures' : 'Inputs to'} {working.label}
              {ofInput ? ' feeds' : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">{ofInput ? 'Figure' : 'Input'}</th>
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
                      <>
                        You entered it ({INPUT_LABELS[t.field]}).{' '}
                        <button type="button" className="link-button" onClick={() => t.field && onFollow(`input.${t.field}`)}>
                          What else it feeds
                        </button>
                      </>
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

// One labelled form field: the label, the control, and the messages under it (error, warning,
// suggestion, hint, note, source), with their links for assistive technology — the label names the
// control (htmlFor/id), every message shown describes it (aria-describedby, in that order),
// and an error marks it invalid (aria-invalid). The caller draws the control itself (an input, a
// select…) and spreads the props it is given, so each control keeps its own value, events and ref.
import { useId, type ReactNode } from 'react';

/** What the control must carry: spread onto the <input>, <select>… */
export interface FieldControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export interface FieldProps {
  /** The label's text: the control's accessible name. */
  label: ReactNode;
  /** The control's id (default: a fresh one). The messages' ids are it plus -error, -warning, -hint and -source. */
  id?: string | undefined;
  /** Why the value is refused. Shown (class "error"), described, and the control is marked invalid. */
  error?: string | null | undefined;
  /** A doubt about a value that still stands. Shown (class "warning") and described. */
  warning?: string | null | undefined;
  /** Help or the rule for the value. Shown (class "hint") and described. */
  hint?: ReactNode;
  /**
   * An offer about the value typed ("Did you mean 60%?" with a button). Shown (class "suggestion")
   * and described; a field given this prop (null while there is no offer) announces it when it appears.
   */
  suggestion?: ReactNode;
  /** What the value does in this plan, when that needs saying ("Changes nothing with …"). Shown (class "field-note") and described. */
  note?: ReactNode;
  /** Where the value comes from. Shown last (class "provenance") and described. */
  source?: ReactNode;
  /** The hint above the error and warning rather than below them (where those forms have always shown it). */
  hintFirst?: boolean;
  /** The label is read by screen readers but not shown (e.g. a field in a table cell whose row names it). */
  hideLabel?: boolean;
  /** The wrapper's classes (default "field"; " has-error" is added while in error); null: no wrapper element. */
  className?: string | null;
  /** Draws the control with the props given. */
  children: (control: FieldControlProps) => ReactNode;
}

export function Field({ label, id: givenId, error, warning, suggestion, note, hint, source, hintFirst = false, hideLabel = false, className = 'field', children }: FieldProps) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const has = (node: ReactNode) => node !== undefined && node !== null && node !== false && node !== '';
  const describedBy = [
    error && `${id}-error`,
    warning && `${id}-warning`,
    has(suggestion) && `${id}-suggestion`,
    has(hint) && `${id}-hint`,
    has(note) && `${id}-note`,
    has(source) && `${id}-source`,
  ]
    .filter(Boolean)
    .join(' ');
  const control: FieldControlProps = { id, ...(error ? { 'aria-invalid': true as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) };

  const hintText = has(hint) && (
    <p id={`${id}-hint`} className="hint">
      {hint}
    </p>
  );
  const content = (
    <>
      <label htmlFor={id} {...(hideLabel ? { className: 'visually-hidden' } : {})}>
        {label}
      </label>
      {children(control)}
      {hintFirst && hintText}
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
      {warning && (
        <p id={`${id}-warning`} className="warning">
          {warning}
        </p>
      )}
      {/* A field that can make an offer keeps a live region, so the offer is announced while the person types. */}
      {suggestion !== undefined && (
        <div aria-live="polite" className="suggestion-slot">
          {has(suggestion) && (
            <p id={`${id}-suggestion`} className="suggestion">
              {suggestion}
            </p>
          )}
        </div>
      )}
      {!hintFirst && hintText}
      {has(note) && (
        <p id={`${id}-note`} className="field-note">
          {note}
        </p>
      )}
      {has(source) && (
        <p id={`${id}-source`} className="provenance">
          {source}
        </p>
      )}
    </>
  );
  if (className === null) return content;
  return <div className={error ? `${className} has-error` : className}>{content}</div>;
}

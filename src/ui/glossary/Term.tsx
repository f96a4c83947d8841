// A term of art or an abbreviation, explained where it stands: a button showing the term (or, at its
// first use on a screen, the spelled-out form "full-time equivalent (FTE)") that opens a short
// explanation from the one glossary (src/model/glossary.ts). Not hover-only: Tab reaches it, Enter
// or Space opens it, Escape or a click elsewhere closes it, and a screen reader hears the
// explanation as the button's description without opening anything.
//
// The explanation is a popover in the top layer, anchored to the button, so a table that scrolls
// sideways does not clip it; it is rendered at the end of <body> so it never becomes part of a
// table heading's text.
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { glossaryEntry, spelledOut, type GlossaryTerm } from '../../model/glossary';

export interface TermProps {
  /** The glossary entry. */
  id: GlossaryTerm;
  /** Show the spelled-out form, "full-time equivalent (FTE)": an abbreviation's first use on a screen. */
  spell?: boolean;
  /** The words to show instead of the term ("driver" in a sentence). */
  children?: ReactNode;
}

export function Term({ id, spell = false, children }: TermProps) {
  const entry = glossaryEntry(id);
  const [open, setOpen] = useState(false);
  const tipId = `${useId()}-term`;
  // An anchor name is a CSS dashed ident: React's ids carry characters it does not allow.
  const anchor = `--term-${tipId.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const button = useRef<HTMLButtonElement>(null);
  const tip = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    const el = tip.current;
    if (!el || typeof el.showPopover !== 'function') return;
    if (open && !el.matches(':popover-open')) el.showPopover();
    if (!open && el.matches(':popover-open')) el.hidePopover();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node | null;
      if (target && (button.current?.contains(target) || tip.current?.contains(target))) return;
      setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const shown = children ?? (spell ? spelledOut(id) : entry.term);
  const abbreviation = entry.expansion !== null && !spell && children === undefined && entry.term !== '√ population';
  return (
    <>
      <button
        ref={button}
        type="button"
        className="term"
        data-term={entry.term}
        aria-expanded={open}
        aria-controls={tipId}
        aria-describedby={tipId}
        style={{ anchorName: anchor }}
        onClick={() => setOpen((o) => !o)}
      >
        {abbreviation ? <abbr title={entry.expansion ?? undefined}>{shown}</abbr> : shown}
      </button>
      {typeof document !== 'undefined' &&
        createPortal(
          <span ref={tip} id={tipId} className="term-tip" popover="manual" style={{ positionAnchor: anchor }}>
            {explanation(entry.term as GlossaryTerm)}
          </span>,
          document.body,
        )}
    </>
  );
}

/** "FTE: full-time equivalent. Work measured in full-time positions…" — what the tip and a screen reader say. */
export function explanation(term: GlossaryTerm): string {
  const entry = glossaryEntry(term);
  return entry.expansion === null ? `${entry.term}: ${entry.definition}` : `${entry.term}: ${entry.expansion}. ${entry.definition}`;
}

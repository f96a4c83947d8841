// The glossary dialog, loaded after the first paint (src/ui/glossary/Glossary.tsx preloads it): a
// list of every term of the one glossary (src/model/glossary.ts) with what it stands for and what it
// means. Keyboard: the dialog takes focus, Tab stays inside it, Escape or Close returns focus.
import { useEffect, useId, useRef } from 'react';
import { GLOSSARY } from '../../model/glossary';

/** The entries in reading order for a glossary: alphabetical, "√ population" under P. */
export function glossaryInOrder() {
  const key = (term: string) => term.replace(/^√\s*/, '').toLowerCase();
  return [...GLOSSARY].sort((a, b) => key(a.term).localeCompare(key(b.term), 'en'));
}

export function GlossaryDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.focus();
  }, []);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
    if (e.key === 'Tab' && dialog.current) {
      // Keep focus inside the dialog: Tab moves between the list (the dialog itself, which scrolls
      // with the arrow keys) and its one control, Close.
      e.preventDefault();
      const close = dialog.current.querySelector<HTMLElement>('.dialog-actions button');
      (document.activeElement === close ? dialog.current : close)?.focus();
    }
  };
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="dialog glossary" ref={dialog} tabIndex={-1} onKeyDown={onKeyDown}>
        <h2 id={titleId}>Glossary: the words this planner uses</h2>
        <dl className="glossary-list">
          {glossaryInOrder().map((entry) => (
            <div key={entry.term} className="glossary-entry">
              <dt>
                <dfn>{entry.term}</dfn>
                {entry.expansion !== null && <span className="glossary-expansion"> — {entry.expansion}</span>}
              </dt>
              <dd>{entry.definition}</dd>
            </div>
          ))}
        </dl>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}

// The glossary, reachable from every page's header: a button that opens a dialog listing every term
// of the one glossary (src/model/glossary.ts) with what it stands for and what it means. Keyboard:
// the dialog takes focus, Tab stays inside it, Escape or Close returns focus to the button.
import { useEffect, useRef, useState } from 'react';
import { lazyModule } from '../hooks/lazyModule';

// The dialog's code and its list are not needed for the first paint: loaded just after it.
const dialogModule = lazyModule(() => import('./GlossaryDialog'));
export const preloadGlossary = dialogModule.preload;

export function GlossaryButton() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    void preloadGlossary();
  }, []);
  return (
    <>
      <button ref={opener} type="button" className="glossary-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Glossary
      </button>
      {open && (
        <LoadedDialog
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      )}
    </>
  );
}

function LoadedDialog({ onClose }: { onClose: () => void }) {
  const { module, error } = dialogModule.useModule();
  if (module) return <module.GlossaryDialog onClose={onClose} />;
  return (
    <p role="status" className="glossary-loading">
      {error ? 'The glossary could not be loaded (are you offline?). Try again in a moment.' : 'Loading the glossary…'}
    </p>
  );
}

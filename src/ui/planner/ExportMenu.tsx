// The Export menu: plan files, CSV tables, the live workbook, the federal worksheet and narrative,
// and the print layout. A disclosure of ordinary buttons, so it works with a keyboard and a
// screen reader without a custom menu widget.
import { useEffect, useId, useRef, useState } from 'react';
import type { Plan } from '../../model';
import { shareableDocument } from '../../state/planSelectors';
import { usePlanner } from '../../state/store';
import { useNotices } from '../../state/notices';
import type { ExportKind } from './exporting';

// The export code (and, through it, the model's file builders) loads on the first export or open.
const exporting = () => import('./exporting');

const ITEMS: { kind: ExportKind; label: string }[] = [
  { kind: 'xlsx', label: 'Excel workbook with live formulas (.xlsx)' },
  { kind: 'bdw-xlsx', label: 'Federal Budget Detail Worksheet and narrative (.xlsx)' },
  { kind: 'bdw-csv', label: 'Federal Budget Detail Worksheet (.csv)' },
  { kind: 'narrative', label: 'Budget narrative (.md text)' },
  { kind: 'staffing-csv', label: 'Staffing table (.csv)' },
  { kind: 'budget-csv', label: 'Budget table (.csv)' },
  { kind: 'assumptions-csv', label: 'Assumptions with sources (.csv)' },
  { kind: 'years-csv', label: 'Multi-year plan by year (.csv)' },
  { kind: 'funding-csv', label: 'Funding and gap by year (.csv)' },
  { kind: 'hires-csv', label: 'Hires needed by role (.csv)' },
  { kind: 'plan-file', label: 'Save plan file (.json)' },
];

export function ExportMenu({ plan, onPrint }: { plan: Plan; onPrint: () => void }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [status, setStatus] = useState('');
  const panelId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  // On a short screen the opened menu may reach below the fold: bring all of it into view (it is
  // never taller than the screen; it scrolls inside when it would be).
  useEffect(() => {
    if (open) panel.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);
  const push = useNotices((s) => s.push);

  const run = async (kind: ExportKind) => {
    setBusy(kind);
    setStatus('Preparing the file…');
    try {
      const { exportPlan } = await exporting();
      const name = await exportPlan(kind, plan, shareableDocument(usePlanner.getState()));
      setStatus(`Downloaded ${name}.`);
    } catch (e) {
      setStatus('');
      push({ kind: 'error', message: `The export failed: ${(e as Error).message}. Your plan is unchanged.` });
    } finally {
      setBusy(null);
    }
  };

  const open_ = async (file: File | undefined) => {
    if (!file) return;
    const { openPlansFile } = await import('../app/openFile');
    if (await openPlansFile(file)) setStatus(`Opened ${file.name}.`);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <div
      className="export"
      onKeyDown={(e) => {
        // Escape closes the menu and gives focus back to its button, as a disclosure should.
        if (e.key !== 'Escape' || !open) return;
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button ref={toggle} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        Export
      </button>
      <div id={panelId} ref={panel} className="export-panel" hidden={!open}>
        <ul aria-label="Export formats">
          {ITEMS.map((item) => (
            <li key={item.kind}>
              <button type="button" className="export-item" disabled={busy !== null} onClick={() => run(item.kind)}>
                {item.label}
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="export-item" onClick={onPrint}>
              Print or save as PDF
            </button>
          </li>
          <li>
            <label className="open-plan">
              Open plan or library file (.json)
              <input ref={fileInput} type="file" accept="application/json,.json" onChange={(e) => open_(e.target.files?.[0])} />
            </label>
          </li>
        </ul>
        <p role="status" className="export-status">
          {status}
        </p>
      </div>
    </div>
  );
}

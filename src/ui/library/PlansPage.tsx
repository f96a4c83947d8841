// "Your plans": the plans library kept in this browser (src/model/documents/library.ts). Every plan
// listed with its place, preset, full-strength total and last change; open, rename, duplicate and
// delete (with undo); a new plan; all plans downloaded as one file, or a file's plans added.
// Loaded on demand: the planner's first paint does not carry it.
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  activeScenarioOf,
  computePlan,
  formatInteger,
  formatPeople,
  formatUsd,
  PLAN_NAME_MAX,
  planPlaceName,
  PRESETS,
  serialiseLibrary,
  type LibraryPlan,
} from '../../model';
import { useNotices } from '../../state/notices';
import { useSaveFailures } from '../../state/persistence';
import { currentLibrary, STORAGE_KEY, usePlanner } from '../../state/store';
import { Notices } from '../app/Notices';
import { openPlanPage } from '../app/navigation';
import { deleteWithUndo, duplicateWithNotice, type Focus } from './planActions';
import { openPlansFile } from '../app/openFile';
import { Field } from '../controls/Field';
import { GlossaryButton } from '../glossary/Glossary';
import { download } from '../planner/exporting';

const WHEN = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** What the list shows of one plan, from the model (the same computePlan as the planner's headline). */
function summaryOf(entry: LibraryPlan) {
  const scenario = activeScenarioOf(entry.plan);
  const plan = computePlan(scenario.input, scenario.assumptions);
  return {
    place: planPlaceName(entry.plan),
    preset: PRESETS[scenario.input.preset].label,
    scenarios: entry.plan.scenarios.length,
    scenarioName: scenario.name,
    total: plan.budget.total,
    participants: plan.participants,
    staff: plan.totalHeadcount,
    when: WHEN.format(new Date(entry.updatedAt)),
  };
}


export function PlansPage({ nav }: { nav: ReactNode }) {
  const id = useId();
  // The whole store: this page re-renders on any change, and the library is derived once per change.
  const state = usePlanner();
  const notSaved = useSaveFailures((s) => s.keys.includes(STORAGE_KEY));
  const library = useMemo(() => currentLibrary(state), [state]);
  const [renaming, setRenaming] = useState<{ id: string; text: string; error: string | null } | null>(null);
  const focusNext = useRef<Focus>(null);
  const table = useRef<HTMLTableElement>(null);
  const caption = useRef<HTMLElement>(null);
  const summaries = useMemo(() => new Map(library.plans.map((p) => [p.id, summaryOf(p)])), [library]);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    if (target.kind === 'caption') caption.current?.focus();
    else if (target.kind === 'rename') table.current?.querySelector<HTMLInputElement>(`input[data-rename="${target.id}"]`)?.focus();
    else table.current?.querySelector<HTMLButtonElement>(`button[data-open="${target.id}"]`)?.focus();
  });

  const push = useNotices.getState().push;
  const open = (planId: string) => openPlanPage(planId, { focusNav: true });
  const remove = (entry: LibraryPlan) => deleteWithUndo(entry, (focus) => (focusNext.current = focus));
  const duplicate = (entry: LibraryPlan) => duplicateWithNotice(entry, (focus) => (focusNext.current = focus));
  const saveName = () => {
    if (!renaming) return;
    const renamed = usePlanner.getState().renamePlan(renaming.id, renaming.text);
    if (!renamed.ok) {
      setRenaming({ ...renaming, error: renamed.message });
      focusNext.current = { kind: 'rename', id: renaming.id };
      return;
    }
    focusNext.current = { kind: 'row', id: renaming.id };
    setRenaming(null);
  };
  const newPlan = () => {
    const added = usePlanner.getState().newPlan();
    if (!added.ok) push({ kind: 'error', message: added.message });
    else open(added.id);
  };

  const count = library.plans.length;
  return (
    <>
      <header className="app-header">
        <div>
          <h1>CVI Ecosystem Planner</h1>
          <p className="tagline">Your plans: every plan you made or opened, kept in this browser.</p>
          {nav}
        </div>
        <div className="header-actions">
          <GlossaryButton />
        </div>
      </header>
      <Notices />
      <main className="plans-page">
        <section aria-labelledby={`${id}-list`} className="panel">
          <h2 id={`${id}-list`}>Your plans</h2>
          <p className="hint">
            Plans are kept in this browser only, on this computer. A plan opened from a link, a file or the portfolio is added here beside the others; it never replaces one. To keep a copy or move
            your plans to another computer, download them as one file and open it there.
          </p>
          <PlansToolbar onNew={newPlan} />
          {count === 1 && <p className="hint">Your only plan cannot be deleted: there is always one plan open.</p>}
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Plans table">
            <table className="data plans-table" ref={table}>
              <caption ref={caption} tabIndex={-1}>
                {count === 1 ? 'One plan' : `${count} plans`} {notSaved ? 'in this browser, not saved: it refuses to save (see the message above)' : 'saved in this browser'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Plan (place, preset, last change)</th>
                  <th scope="col" className="num">
                    Total annual budget at full strength
                  </th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {library.plans.map((entry) => {
                  const summary = summaries.get(entry.id);
                  if (!summary) return null;
                  return (
                    <PlanRow
                      key={entry.id}
                      entry={entry}
                      summary={summary}
                      isOpen={entry.id === library.activePlan}
                      canDelete={count > 1}
                      renaming={renaming?.id === entry.id ? renaming : null}
                      actions={{
                        open: () => open(entry.id),
                        startRename: () => {
                          focusNext.current = { kind: 'rename', id: entry.id };
                          setRenaming({ id: entry.id, text: entry.name, error: null });
                        },
                        editName: (text) => setRenaming({ id: entry.id, text, error: null }),
                        saveName,
                        cancelRename: () => {
                          focusNext.current = { kind: 'row', id: entry.id };
                          setRenaming(null);
                        },
                        duplicate: () => duplicate(entry),
                        remove: () => remove(entry),
                      }}
                    />
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      </main>
    </>
  );
}

interface RowActions {
  open: () => void;
  startRename: () => void;
  editName: (text: string) => void;
  saveName: () => void;
  cancelRename: () => void;
  duplicate: () => void;
  remove: () => void;
}

interface PlanRowProps {
  entry: LibraryPlan;
  summary: ReturnType<typeof summaryOf>;
  isOpen: boolean;
  canDelete: boolean;
  renaming: { text: string; error: string | null } | null;
  actions: RowActions;
}

/** One plan: its name (or the rename form), place, preset, total, last change and actions. */
function PlanRow({ entry, summary: s, isOpen, canDelete, renaming: editing, actions }: PlanRowProps) {
  return (
    <tr aria-current={isOpen ? 'true' : undefined}>
      <th scope="row">
        {editing ? (
          <form
            className="rename-form"
            onSubmit={(e) => {
              e.preventDefault();
              actions.saveName();
            }}
          >
            <Field label={`New name for “${entry.name}”`} error={editing.error} hint={`1 to ${PLAN_NAME_MAX} characters, not another plan’s name.`}>
              {(props) => (
                <input
                  {...props}
                  type="text"
                  data-rename={entry.id}
                  value={editing.text}
                  maxLength={PLAN_NAME_MAX + 20}
                  onChange={(e) => actions.editName(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') actions.cancelRename();
                  }}
                />
              )}
            </Field>
            <button type="submit">Save name</button>
            <button type="button" onClick={actions.cancelRename}>
              Cancel
            </button>
          </form>
        ) : (
          <>
            {entry.name}
            {isOpen && <span className="plan-open-tag"> (open in the planner)</span>}{' '}
            <span className="cell-note">
              {entry.name === s.place ? '' : `${s.place}, `}
              {s.preset} preset; last changed {s.when}
            </span>
          </>
        )}
      </th>
      <td className="num">
        {formatUsd(s.total)}
        <span className="cell-note">
          {formatPeople(s.participants)} participants, {formatInteger(s.staff)} staff
        </span>
        {s.scenarios > 1 && <span className="cell-note"> scenario “{s.scenarioName}”, one of {s.scenarios}</span>}
      </td>
      <td>
        <div className="row-actions">
          <button type="button" data-open={entry.id} onClick={actions.open} aria-label={`Open “${entry.name}”`}>
            Open
          </button>
          <button type="button" onClick={actions.startRename} aria-label={`Rename “${entry.name}”`}>
            Rename
          </button>
          <button type="button" onClick={actions.duplicate} aria-label={`Duplicate “${entry.name}”`}>
            Duplicate
          </button>
          {canDelete && (
            <button type="button" onClick={actions.remove} aria-label={`Delete “${entry.name}”`}>
              Delete
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

/** New plan; all plans as one file; a file's plans added beside these. */
function PlansToolbar({ onNew }: { onNew: () => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const downloadAll = () => {
    const stamp = new Date().toISOString().slice(0, 10);
    download(`cvi-plans-${stamp}.json`, serialiseLibrary(currentLibrary(usePlanner.getState())), 'application/json');
  };
  return (
    <div className="plans-actions">
      <button type="button" onClick={onNew}>
        New plan
      </button>
      <button type="button" onClick={downloadAll}>
        Download all plans (.json)
      </button>
      <label className="open-plan">
        Add plans from a file (.json)
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-describedby={hintId}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) await openPlansFile(file);
            if (fileInput.current) fileInput.current.value = '';
          }}
        />
      </label>
      <p id={hintId} className="hint plans-file-hint">
        A file of several plans (“Download all plans”) adds them here; a single plan file opens in the planner. Plans already here are not added twice.
      </p>
    </div>
  );
}

// What "Delete" and "Duplicate" on "Your plans" do beyond the store: the notice that says what
// happened (with Undo for a delete), and where focus goes once the row it was on has changed.
import type { LibraryPlan } from '../../model';
import { useNotices } from '../../state/notices';
import { usePlanner } from '../../state/store';
import { ARRIVAL_NOTICE } from '../app/navigation';

/** Where focus goes after the next render: a row's Open button, its rename field, or the table's caption. */
export type Focus = { kind: 'row'; id: string } | { kind: 'rename'; id: string } | { kind: 'caption' } | null;

/** What was just done on this page (deleted, restored, copied): one notice at a time, the latest. */
const LIBRARY_NOTICE = 'library';

/** The plan deleted, with Undo in the notice; focus on the table, and on the plan again after Undo. */
export function deleteWithUndo(entry: LibraryPlan, setFocus: (focus: Focus) => void): void {
  const push = useNotices.getState().push;
  const wasActive = entry.id === usePlanner.getState().library.activePlan;
  const removed = usePlanner.getState().deletePlan(entry.id);
  if (!removed) return;
  // "Back to …" of an earlier arrival may name the plan just deleted.
  useNotices.getState().dismissKey(ARRIVAL_NOTICE);
  setFocus({ kind: 'caption' });
  push({
    key: LIBRARY_NOTICE,
    kind: 'info',
    message: `Deleted “${entry.name}”.${wasActive ? ` “${removed.library.plans.find((p) => p.id === removed.library.activePlan)?.name ?? ''}” is now the open plan.` : ''}`,
    action: {
      label: `Undo: restore “${entry.name}”`,
      run: () => {
        const restored = usePlanner.getState().undoDelete(removed, wasActive);
        if (!restored.ok) {
          push({ kind: 'error', message: restored.message });
          return;
        }
        const name = usePlanner.getState().library.plans.find((p) => p.id === restored.id)?.name ?? entry.name;
        setFocus({ kind: 'row', id: restored.id });
        push({
          key: LIBRARY_NOTICE,
          kind: 'info',
          message: restored.existed ? `“${name}” is already back in your plans (put back in another tab or window); nothing was added.` : `Restored “${name}”.`,
        });
      },
    },
  });
}

/** A copy placed after the plan, said in a notice; focus on the copy. */
export function duplicateWithNotice(entry: LibraryPlan, setFocus: (focus: Focus) => void): void {
  const push = useNotices.getState().push;
  const copied = usePlanner.getState().duplicatePlan(entry.id);
  if (!copied.ok) {
    push({ kind: 'error', message: copied.message });
    return;
  }
  setFocus({ kind: 'row', id: copied.id });
  push({ key: LIBRARY_NOTICE, kind: 'info', message: `Copied “${entry.name}” as “${copied.library.plans.find((p) => p.id === copied.id)?.name ?? ''}”.` });
}

// Two tabs, one library. Every tab saves the whole library, so without this a tab that had not seen
// another's change would overwrite it on its next save: a plan opened from a link in a new tab
// would vanish when the first tab saved. When another tab saves, this tab takes in that library —
// every plan as saved there — and keeps its own open plan where its copy is the newer one (its
// next save writes it back). A plan deleted in the other tab while open here stays, and is said so.
import { findPlan, parseLibraryDocument, planContentKey, type LibraryDocument, type LibraryPlan } from '../model';
import { useNotices } from './notices';
import { currentLibrary, isUntouchedDefault, loadWorking, setFromOtherTab, usePlanner } from './store';

const samePlans = (a: LibraryDocument, b: readonly LibraryPlan[]) =>
  a.plans.length === b.length && a.plans.every((p, i) => p.id === b[i]?.id && p.name === b[i]?.name && p.updatedAt === b[i]?.updatedAt && planContentKey(p.plan) === planContentKey(b[i].plan));

/** Takes in the library another tab saved (the `storage` event's new value). */
export function takeInOtherTabSave(newValue: string | null): void {
  if (newValue === null) return; // cleared elsewhere: this tab's next save writes its plans back
  let opened: ReturnType<typeof parseLibraryDocument>;
  try {
    opened = parseLibraryDocument((JSON.parse(newValue) as { state?: { doc?: unknown } }).state?.doc);
  } catch {
    return;
  }
  if (!opened.ok) return; // what this tab cannot read it does not take in; its own plans stay
  const theirs = opened.doc.library;
  const state = usePlanner.getState();
  const ours = currentLibrary(state);
  const openId = ours.activePlan;
  const mine = findPlan(ours, openId);
  if (!mine) return;
  const theirCopy = findPlan(theirs, openId);
  const theirsNewer = theirCopy !== undefined && theirCopy.updatedAt > mine.updatedAt;
  const plans = theirs.plans.map((p) => (p.id === openId && !theirsNewer ? mine : p));
  if (!theirCopy) plans.push(mine);
  const library: LibraryDocument = { ...theirs, activePlan: openId, plans };
  // A first visit's default plan, never saved and never touched: kept on screen here, not written
  // into the other tab's library (nothing of it is the person's yet).
  if (!theirCopy && isUntouchedDefault(state)) {
    setFromOtherTab({ library });
    return;
  }
  if (theirsNewer) setFromOtherTab({ library, activeUpdatedAt: theirCopy.updatedAt, ...loadWorking(theirCopy.plan) });
  else if (samePlans(theirs, plans)) setFromOtherTab({ library });
  // This tab holds something newer than what was saved (its open plan): saved now, so it is not lost.
  else usePlanner.setState({ library });
  if (!theirCopy) {
    useNotices.getState().push({ kind: 'info', message: `“${mine.name}” was deleted in another tab or window. It stays open here and in your plans; delete it here if you meant to.` });
  }
}

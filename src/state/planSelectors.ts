// What the open plan is called and how it travels, read from the planner store: its name as the
// plans list shows it, and its document with that name for links and plan files.
import { findPlan, type PlanDocument } from '../model';
import { currentDocument, currentLibrary, type PlannerState } from './store';

/** The open plan's document as links and plan files carry it: with its name, if the person gave it one. */
export function shareableDocument(state: PlannerState): PlanDocument {
  const doc = currentDocument(state);
  const entry = findPlan(currentLibrary(state), state.library.activePlan);
  return entry && !entry.autoName ? { ...doc, name: entry.name } : doc;
}

/** The open plan's name as the plans list shows it (a name the planner gave follows the place). */
export function activePlanName(state: Pick<PlannerState, 'library' | 'activeUpdatedAt'> & Parameters<typeof currentDocument>[0]): string {
  return findPlan(currentLibrary(state), state.library.activePlan)?.name ?? '';
}

// What the planner store reads back from the browser's storage: the single plan that versions
// before the plans library saved (converted into a library holding it), and form text kept as typed.
import { draftToInput, inputToDraft, LIBRARY_VERSION, libraryFromSinglePlan, type InputDraft, type PlanInput } from '../model';

/** The single plan saved by versions before the library, as the library's stored text. */
export function legacyToLibrary(raw: string): string {
  const saved = JSON.parse(raw) as { state?: { doc?: unknown; draft?: unknown } };
  const state = typeof saved === 'object' && saved !== null ? saved.state : undefined;
  if (typeof state !== 'object' || state === null) throw new Error('not a saved plan');
  return JSON.stringify({ state: { doc: libraryFromSinglePlan(state.doc, new Date().toISOString()), draft: state.draft }, version: LIBRARY_VERSION });
}

/** The draft kept in storage if it is still a draft of this shape; otherwise rebuilt from the input. */
export function restoreDraft(raw: unknown, input: PlanInput): InputDraft {
  const fallback = inputToDraft(input);
  if (typeof raw !== 'object' || raw === null) return fallback;
  const candidate = { ...fallback } as Record<string, unknown>;
  for (const key of Object.keys(fallback)) {
    const value = (raw as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.length <= 200) candidate[key] = value;
  }
  const draft = candidate as InputDraft;
  // Enumerations must stay valid; free text may be anything the person typed.
  const check = draftToInput({ ...draft });
  if (!check.ok && check.errors.some((e) => e.field === 'method' || e.field === 'preset')) return fallback;
  return draft;
}

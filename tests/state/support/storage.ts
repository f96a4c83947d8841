// Shared by the storage tests (persistence, legacyStorage, library store): what is stored, what
// was set aside, and the planner a new visitor sees.
import { expect, vi } from 'vitest';
import { makePlanDocument } from '../../../src/model';
import { currentLibrary, SET_ASIDE_PREFIX, usePlanner } from '../../../src/state/store';

/** The open plan's form, its last valid input and its assumptions. */
export const current = () => {
  const { draft, input, overrides } = usePlanner.getState();
  return { draft, input, overrides };
};

/** The stored text under `key` (throws when there is none). */
export function storedEntry(key: string): string {
  const raw = localStorage.getItem(key);
  if (raw === null) throw new Error(`nothing stored under ${key}`);
  return raw;
}

/** Every set-aside copy, as [key, text]. */
export function setAsideEntries(): [string, string][] {
  const entries: [string, string][] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(SET_ASIDE_PREFIX)) entries.push([key, localStorage.getItem(key) ?? '']);
  }
  return entries;
}

/** The planner a new visitor sees: one plan, the default place, as typed. */
export function expectDefaultPlanner(): void {
  const initial = usePlanner.getInitialState();
  expect(current()).toEqual({ draft: initial.draft, input: initial.input, overrides: initial.overrides });
  const library = currentLibrary(usePlanner.getState());
  expect(library.plans).toHaveLength(1);
  expect(library.plans[0]?.plan).toEqual(makePlanDocument(initial.input));
  expect(library.plans[0]?.name).toBe('Norfolk, VA');
}

/** localStorage refuses every write, as a full or blocked storage does; restore with mockRestore. */
export function refuseWrites() {
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

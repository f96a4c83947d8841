// @vitest-environment jsdom
// Two tabs, one library (src/state/tabSync.ts): a tab that has not seen another tab's save must not
// overwrite it on its own next save.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPlan, makeInput, makePlanDocument, newLibrary, planContentKey, type LibraryDocument } from '../../src/model';
import { useNotices } from '../../src/state/notices';
import { currentLibrary, STORAGE_KEY, usePlanner } from '../../src/state/store';
import { takeInOtherTabSave } from '../../src/state/tabSync';
import { resetStores } from './support/resetStores';

beforeEach(resetStores);
afterEach(resetStores);

const FLINT = makePlanDocument(makeInput({ placeName: 'Flint', state: 'MI', population: 81_252, homicides: 60 }));
const OAKLAND = makePlanDocument(makeInput({ placeName: 'Oakland', state: 'CA', population: 440_646, homicides: 67 }));

/** What another tab would have saved: this tab's library as stored, with `change` applied there. */
function savedByOtherTab(change: (library: LibraryDocument) => LibraryDocument): string {
  const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { state: { doc: LibraryDocument; draft: unknown }; version: number };
  return JSON.stringify({ ...stored, state: { ...stored.state, doc: change(stored.state.doc) } });
}

function storedLibrary(): LibraryDocument {
  return (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { state: { doc: LibraryDocument } }).state.doc;
}

describe('Two tabs sharing one library', () => {
  it('given a plan added in another tab, when this tab takes in that save and then edits, then the other tab’s plan stays in storage', () => {
    usePlanner.getState().arrive(FLINT); // this tab: Flint open
    usePlanner.getState().setDraftField('homicides', '61');
    const other = savedByOtherTab((lib) => {
      const added = addPlan(lib, OAKLAND, { now: '2026-12-07T22:00:00.000Z' });
      if (!added.ok) throw new Error(added.message);
      return added.library;
    });
    localStorage.setItem(STORAGE_KEY, other);

    takeInOtherTabSave(other);
    usePlanner.getState().setDraftField('homicides', '62');

    const keys = storedLibrary().plans.map((p) => planContentKey(p.plan));
    expect(keys).toContain(planContentKey(OAKLAND));
    expect(usePlanner.getState().input.homicides).toBe(62);
    expect(currentLibrary(usePlanner.getState()).plans).toHaveLength(2);
  });

  it('given this tab’s open plan changed after the other tab saved an older copy of it, when taken in, then this tab’s copy is kept and saved', () => {
    usePlanner.getState().arrive(FLINT);
    const olderElsewhere = savedByOtherTab((lib) => ({ ...lib, plans: lib.plans.map((p) => ({ ...p, updatedAt: '2000-01-01T00:00:00.000Z', plan: OAKLAND })) }));
    usePlanner.getState().setDraftField('homicides', '70');
    localStorage.setItem(STORAGE_KEY, olderElsewhere);

    takeInOtherTabSave(olderElsewhere);

    expect(usePlanner.getState().input.homicides).toBe(70);
    expect(storedLibrary().plans.map((p) => p.plan.scenarios[0]?.input.homicides)).toEqual([70]);
  });

  it('given the open plan changed later in the other tab, when taken in, then this tab shows that change', () => {
    usePlanner.getState().arrive(FLINT);
    const newerElsewhere = savedByOtherTab((lib) => ({
      ...lib,
      plans: lib.plans.map((p) => ({ ...p, updatedAt: '2999-01-01T00:00:00.000Z', plan: makePlanDocument(makeInput({ placeName: 'Flint', state: 'MI', population: 81_252, homicides: 75 })) })),
    }));

    takeInOtherTabSave(newerElsewhere);

    expect(usePlanner.getState().input.homicides).toBe(75);
  });

  it('given the open plan deleted in the other tab, when taken in, then it stays here and in storage, and a notice says so', () => {
    usePlanner.getState().arrive(FLINT);
    usePlanner.getState().newPlan();
    const openId = usePlanner.getState().library.activePlan;
    const deletedElsewhere = savedByOtherTab((lib) => ({ ...lib, activePlan: lib.plans[0]?.id ?? '', plans: lib.plans.filter((p) => p.id !== openId) }));

    takeInOtherTabSave(deletedElsewhere);

    expect(storedLibrary().plans.map((p) => p.id)).toContain(openId);
    expect(useNotices.getState().notices.at(-1)?.message).toMatch(/deleted in another tab/);
  });

  it('given a save this tab cannot read, when taken in, then nothing here changes', () => {
    usePlanner.getState().arrive(FLINT);
    const before = currentLibrary(usePlanner.getState());
    takeInOtherTabSave('{"state":');
    takeInOtherTabSave(null);
    expect(currentLibrary(usePlanner.getState())).toEqual(before);
  });
});

describe('A first visit’s untouched default plan in one tab', () => {
  it('given another tab that opened a link, when its save is taken in, then the default is neither written into storage nor announced as deleted', () => {
    resetStores();
    const elsewhere = newLibraryOf(OAKLAND);
    localStorage.setItem(STORAGE_KEY, elsewhere);

    takeInOtherTabSave(elsewhere);

    expect(storedLibrary().plans.map((p) => planContentKey(p.plan))).toEqual([planContentKey(OAKLAND)]);
    expect(useNotices.getState().notices).toEqual([]);
    expect(currentLibrary(usePlanner.getState()).plans).toHaveLength(2);
  });
});

function newLibraryOf(doc: ReturnType<typeof makePlanDocument>): string {
  const library = newLibrary(doc, '2026-12-07T22:00:00.000Z');
  return JSON.stringify({ state: { doc: library, draft: {} }, version: 1 });
}

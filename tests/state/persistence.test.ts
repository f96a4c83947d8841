// @vitest-environment jsdom
// The plans library in localStorage: what the planner writes, what a reload restores, and what
// happens to saved data that cannot be opened — the whole library, or one plan inside it — which is
// set aside with a notice and a download, never dropped. A refused save says so with a download.
// The single saved plan of earlier versions (LEGACY_STORAGE_KEY): tests/state/legacyStorage.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeInput, makePlanDocument, parseLibraryText, PLAN_FORMAT, PLAN_VERSION, type LibraryDocument } from '../../src/model';
import { useNotices } from '../../src/state/notices';
import { useSaveFailures } from '../../src/state/persistence';
import { currentLibrary, SET_ASIDE_PREFIX, STORAGE_KEY, usePlanner } from '../../src/state/store';
import { resetStores } from './support/resetStores';
import { current, expectDefaultPlanner, refuseWrites, setAsideEntries, storedEntry } from './support/storage';

beforeEach(resetStores);
afterEach(resetStores);

const ZURICH = makeInput({ placeName: 'Zürich – Δ', state: 'ZH', population: 421_878, homicides: 3, preset: 'caps' });
const RICHMOND = makeInput({ placeName: 'Richmond', state: 'VA', population: 226_610, homicides: 70 });
const ZURICH_DOC = makePlanDocument(ZURICH, { 'street-outreach.caseload': 20 });
const RICHMOND_DOC = makePlanDocument(RICHMOND, { fringeRate: 0.3 });

function stored(): { state: { doc: LibraryDocument; draft: Record<string, string> }; version: number } {
  return JSON.parse(storedEntry(STORAGE_KEY));
}

/** A stored library as the planner writes it, built by hand (ids, names and times chosen here). */
function storedLibrary(plans: readonly { id: string; name: string; plan: unknown }[], options: { active?: string; version?: number; draft?: unknown } = {}): string {
  const at = '2026-03-01T09:00:00.000Z';
  const doc = {
    format: 'cvi-ecosystem-library',
    version: options.version ?? 1,
    activePlan: options.active ?? plans[0]?.id,
    plans: plans.map((p) => ({ ...p, autoName: false, createdAt: at, updatedAt: at })),
  };
  return JSON.stringify({ state: { doc, draft: options.draft ?? {} }, version: options.version ?? 1 });
}

async function reloadWith(raw: string) {
  localStorage.setItem(STORAGE_KEY, raw);
  await usePlanner.persist.rehydrate();
}

/** The stored library could not be opened: set aside whole, byte for byte, announced with a download; the default plan shows. */
function expectSetAside(raw: string, reason: RegExp) {
  const entries = setAsideEntries();
  expect(entries).toHaveLength(1);
  expect(entries[0]?.[1]).toBe(raw);
  // Moved, not copied (a newer storage version is then overwritten by the default plan's library).
  expect(localStorage.getItem(STORAGE_KEY)).not.toBe(raw);
  const notices = useNotices.getState().notices;
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatchObject({ kind: 'recovered', download: { filename: 'saved-plans-set-aside.json', text: raw } });
  expect(notices[0]?.message).toMatch(/^Your saved plans library could not be opened \(.*\)\. It was set aside, not deleted, and the default plan is shown\.$/s);
  expect(notices[0]?.message).toMatch(reason);
  expectDefaultPlanner();
}

describe('Saving the plans library', () => {
  it('given an edit, then the store saves a library of the current format holding the open plan, without results', () => {
    usePlanner.getState().setDraftField('population', '100000');
    usePlanner.getState().setOverride('fringeRate', 0.28);

    const saved = stored();
    expect(saved.version).toBe(1);
    expect(Object.keys(saved.state)).toEqual(['doc', 'draft', 'planDrafts']);
    const { doc } = saved.state;
    expect(Object.keys(doc).sort()).toEqual(['activePlan', 'format', 'plans', 'version']);
    expect(doc).toMatchObject({ format: 'cvi-ecosystem-library', version: 1 });
    expect(doc.plans).toHaveLength(1);
    const [entry] = doc.plans;
    expect(entry).toMatchObject({ id: doc.activePlan, name: 'Norfolk, VA', autoName: true });
    expect(Date.parse(entry?.updatedAt ?? '')).not.toBeNaN();
    expect(entry?.plan).toEqual({
      format: PLAN_FORMAT,
      version: PLAN_VERSION,
      activeScenario: 0,
      scenarios: [
        {
          name: 'Plan A',
          input: { ...usePlanner.getInitialState().input, population: 100_000 },
          assumptions: { fringeRate: 0.28 },
          multiYear: { startYear: null, years: 3, ramp: [0.5, 0.75, 1] },
          funding: [],
          currentStaffing: {},
        },
      ],
    });
    expect(saved.state.draft.population).toBe('100000');
  });

  it('given several plans, a renamed one and a half-typed field in the open plan, when the page reloads, then the library, the open plan and the draft come back', async () => {
    const planner = () => usePlanner.getState();
    usePlanner.getState().setDraftField('population', '100000'); // the default, edited: kept beside the arrivals
    const zurich = planner().arrive(ZURICH_DOC);
    const richmond = planner().arrive(RICHMOND_DOC);
    if (!zurich.ok || !richmond.ok) throw new Error('arrivals refused');
    expect(planner().renamePlan(richmond.id, 'Budget for council').ok).toBe(true);
    planner().openPlan(zurich.id);
    planner().setDraftField('homicides', '4x'); // invalid: kept in the draft, not the input
    const before = { library: currentLibrary(planner()), ...current() };
    expect(before.library.plans.map((p) => p.name)).toEqual(['Norfolk, VA', 'Zürich – Δ, ZH', 'Budget for council']);
    const saved = localStorage.getItem(STORAGE_KEY) ?? '';

    resetStores();
    expectDefaultPlanner();
    await reloadWith(saved);

    expect({ library: currentLibrary(planner()), ...current() }).toEqual(before);
    expect(planner().library.activePlan).toBe(zurich.id);
    expect(current().draft.homicides).toBe('4x');
    expect(current().input).toEqual(ZURICH);
    expect(current().overrides).toEqual({ 'street-outreach.caseload': 20 });
    expect(useNotices.getState().notices).toEqual([]);
    expect(setAsideEntries()).toEqual([]);
  });

  it('given half-typed text in a plan that was then left for another, when the page reloads and that plan is opened again, then its text comes back', async () => {
    const planner = () => usePlanner.getState();
    planner().setDraftField('population', '100000');
    const zurich = planner().arrive(ZURICH_DOC);
    if (!zurich.ok) throw new Error('arrival refused');
    planner().setDraftField('homicides', '4x'); // invalid: only in the draft
    const richmond = planner().arrive(RICHMOND_DOC); // Zürich is left with its text being corrected
    if (!richmond.ok) throw new Error('arrival refused');
    const saved = localStorage.getItem(STORAGE_KEY) ?? '';

    resetStores();
    await reloadWith(saved);
    expect(planner().library.activePlan).toBe(richmond.id);
    planner().openPlan(zurich.id);

    expect(current().draft.homicides).toBe('4x');
    expect(current().input).toEqual(ZURICH);
  });

  it('given nothing in storage, when the page reloads, then the default plan shows and nothing is announced', async () => {
    await usePlanner.persist.rehydrate();
    expectDefaultPlanner();
    expect(useNotices.getState().notices).toEqual([]);
    expect(setAsideEntries()).toEqual([]);
  });
});

describe('A stored library that cannot be opened is set aside whole', () => {
  it('given corrupted JSON, when the page reloads, then it is set aside with a download and the default plan shows', async () => {
    const raw = '{"state":{"doc":{"format":"cvi-ecosystem-library"';
    await reloadWith(raw);
    expectSetAside(raw, /it is damaged/);
  });

  it.each(['42', '"a plan"', 'null', '[1,2]', '{"version":1}'])('given a non-object or shapeless value %s, when the page reloads, then it is set aside', async (raw) => {
    await reloadWith(raw);
    expectSetAside(raw, /it is not a saved plans library/);
  });

  it.each([
    ['under a newer storage version', 2],
    ['under the current storage version', 1],
  ])('given a library saved by a newer version %s, when the page reloads, then it is set aside (not migrated or dropped)', async (_, storageVersion) => {
    const inner = JSON.parse(storedLibrary([{ id: 'zurich', name: 'Zürich', plan: ZURICH_DOC }])) as { state: { doc: Record<string, unknown> } };
    const raw = JSON.stringify({ state: { ...inner.state, doc: { ...inner.state.doc, version: 2 } }, version: storageVersion });
    await reloadWith(raw);
    expectSetAside(raw, /newer version of the planner/);
  });

  it('given a stored library whose plans are all damaged, when the page reloads, then it is set aside whole naming the rule', async () => {
    const raw = storedLibrary([{ id: 'zurich', name: 'Zürich', plan: makePlanDocument({ ...ZURICH, population: 0 }) }]);
    await reloadWith(raw);
    expectSetAside(raw, /None of the library's plans could be opened: “Zürich”: .*Population must be a whole number from 1 to 50,000,000/);
  });

  it('given a stored library with no plans, when the page reloads, then it is set aside', async () => {
    const raw = storedLibrary([]);
    await reloadWith(raw);
    expectSetAside(raw, /at least one plan/);
  });

  it('given damaged saved data already set aside, when the page reloads again, then it is not set aside a second time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
      await reloadWith('{"state":');
      expect(setAsideEntries()).toHaveLength(1);

      // A second page load (notices start empty again), a minute later, with no edit in between.
      useNotices.setState(useNotices.getInitialState(), true);
      vi.setSystemTime(new Date('2026-01-01T10:01:00Z'));
      await usePlanner.persist.rehydrate();

      expect(setAsideEntries()).toHaveLength(1);
      expect(useNotices.getState().notices).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('given damaged saved data and storage that refuses writes, when the page reloads, then the notice says so and its download is the only copy', async () => {
    const raw = '{"state":';
    localStorage.setItem(STORAGE_KEY, raw);
    const refuse = refuseWrites();
    try {
      await usePlanner.persist.rehydrate();
    } finally {
      refuse.mockRestore();
    }
    const notices = useNotices.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'error', download: { text: raw } });
    expect(notices[0]?.message).toMatch(/^Your saved plans library could not be opened \(it is damaged\)\./);
    expect(notices[0]?.message).toMatch(/refused to keep a copy/);
    expect(setAsideEntries()).toEqual([]);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(raw); // not removed when no copy could be kept
    expectDefaultPlanner();
  });
});

describe('A stored library with one damaged plan', () => {
  const damaged = { id: 'broken', name: 'Broken plan', plan: makePlanDocument({ ...ZURICH, population: 0 }) };
  const raw = storedLibrary(
    [
      { id: 'zurich', name: 'Zürich', plan: ZURICH_DOC },
      damaged,
      { id: 'richmond', name: 'Richmond', plan: RICHMOND_DOC },
    ],
    { active: 'broken' },
  );
  const storedPlans = (JSON.parse(raw) as { state: { doc: { plans: unknown[] } } }).state.doc.plans;

  it('given the page reloads, then the other plans open and the damaged one is set aside with a download that holds it exactly', async () => {
    await reloadWith(raw);

    const library = currentLibrary(usePlanner.getState());
    expect(library.plans.map((p) => [p.id, p.name])).toEqual([
      ['zurich', 'Zürich'],
      ['richmond', 'Richmond'],
    ]);
    expect(library.plans.map((p) => p.plan)).toEqual([ZURICH_DOC, RICHMOND_DOC]);
    // The active plan was the damaged one: the first plan that opens is open instead.
    expect(library.activePlan).toBe('zurich');
    expect(current().input).toEqual(ZURICH);

    const entries = setAsideEntries();
    expect(entries).toHaveLength(1);
    const [key, text] = entries[0] as [string, string];
    expect(key.startsWith(SET_ASIDE_PREFIX)).toBe(true);
    expect((JSON.parse(text) as { plans: unknown[] }).plans).toEqual([storedPlans[1]]);
    const notices = useNotices.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'recovered', download: { filename: 'saved-plans-set-aside.json', text } });
    expect(notices[0]?.message).toMatch(/^One saved plan could not be opened \(“Broken plan”: .*Population must be a whole number/);
    expect(notices[0]?.message).toMatch(/Set aside, not deleted; your other plans are open\.$/);
  });

  it('given it was set aside, when the page reloads again with no edit, then it is not set aside a second time and is still kept', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
      await reloadWith(raw);
      const first = setAsideEntries();
      expect(first).toHaveLength(1);

      useNotices.setState(useNotices.getInitialState(), true);
      vi.setSystemTime(new Date('2026-01-01T10:01:00Z'));
      await usePlanner.persist.rehydrate();

      expect(setAsideEntries()).toEqual(first);
      expect(useNotices.getState().notices).toEqual([]);
      expect(currentLibrary(usePlanner.getState()).plans.map((p) => p.id)).toEqual(['zurich', 'richmond']);
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['is not an object', 42, /Plan 2 is not an object/],
    ['has an id that is not allowed', { plan: ZURICH_DOC, id: 'no spaces allowed' }, /A plan id must be/],
    ['has an unknown assumption', { plan: makePlanDocument(ZURICH, { 'street-outreach.caseloda': 20 } as never) }, /caseloda/],
    ['has no time of its last change', { plan: ZURICH_DOC, updatedAt: 'yesterday' }, /its time of last change is missing or not a date \("updatedAt" must be a date and time/],
  ])('given a plan entry that %s, when the page reloads, then only it is set aside', async (_, change, reason) => {
    const entry = typeof change === 'object' ? { ...(storedPlans[1] as object), ...change } : change;
    const rawWith = JSON.stringify({ state: { doc: { ...(JSON.parse(raw) as { state: { doc: object } }).state.doc, plans: [storedPlans[0], entry, storedPlans[2]] }, draft: {} }, version: 1 });
    await reloadWith(rawWith);
    expect(currentLibrary(usePlanner.getState()).plans.map((p) => p.id)).toEqual(['zurich', 'richmond']);
    const [entryText] = setAsideEntries().map(([, text]) => text);
    expect((JSON.parse(entryText ?? '{}') as { plans?: unknown[] }).plans).toEqual([entry]);
    expect(useNotices.getState().notices).toEqual([expect.objectContaining({ kind: 'recovered', message: expect.stringMatching(reason), download: expect.objectContaining({ text: entryText }) })]);
  });
});

describe('Storage that refuses to save', () => {
  const saveFailed = () => useNotices.getState().notices.filter((n) => n.key === `save-failed:${STORAGE_KEY}`);

  it('given storage that refuses writes, when the person edits, then the edit applies, the page says so at once and offers the current library as a file', () => {
    usePlanner.getState().setDraftField('population', '100000');
    const richmond = usePlanner.getState().arrive(RICHMOND_DOC);
    const refuse = refuseWrites();
    try {
      expect(() => usePlanner.getState().setDraftField('homicides', '71')).not.toThrow();
      expect(refuse).toHaveBeenCalled();
      expect(current().input.homicides).toBe(71);
      expect(saveFailed()).toHaveLength(1);
      const notice = saveFailed()[0];
      expect(notice?.kind).toBe('error');
      expect(notice?.message).toMatch(/refused to save your plans/);
      expect(notice?.message).toMatch(/download them as a file/);
      expect(notice?.download?.filename).toBe('cvi-plans.json');
      expect(useSaveFailures.getState().keys).toEqual([STORAGE_KEY]);

      // Another edit while saving fails: still one notice, its download the latest library.
      usePlanner.getState().setDraftField('homicides', '72');
      expect(saveFailed()).toHaveLength(1);
      const file = parseLibraryText(saveFailed()[0]?.download?.text ?? '');
      expect(file.ok && file.doc.unreadable).toEqual([]);
      expect(file.ok && file.doc.library).toEqual(currentLibrary(usePlanner.getState()));
      expect(file.ok && file.doc.library.plans.map((p) => p.name)).toEqual(['Norfolk, VA', 'Richmond, VA']);
      expect(file.ok && file.doc.library.activePlan).toBe(richmond.ok && richmond.id);
    } finally {
      refuse.mockRestore();
    }
  });

  it('given saving failed, when saving works again, then the failure notice goes, an info says so, and the library is saved', () => {
    const refuse = refuseWrites();
    try {
      usePlanner.getState().setDraftField('population', '100000');
    } finally {
      refuse.mockRestore();
    }
    expect(saveFailed()).toHaveLength(1);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();

    usePlanner.getState().setDraftField('population', '100001');

    expect(saveFailed()).toEqual([]);
    expect(useNotices.getState().notices).toEqual([expect.objectContaining({ kind: 'info', message: 'Saving works again: this browser is keeping your plans again.' })]);
    expect(useSaveFailures.getState().keys).toEqual([]);
    expect(stored().state.doc.plans[0]?.plan.scenarios[0]?.input.population).toBe(100_001);
  });
});

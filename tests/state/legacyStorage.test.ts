// @vitest-environment jsdom
// The single plan that versions before the plans library kept under LEGACY_STORAGE_KEY
// ({ state: { doc: PlanDocument, draft }, version }): on load it becomes the library's first plan,
// named after its place, its half-typed text kept; the old key is removed only once the library has
// been saved. Old data that cannot be opened is set aside byte for byte with a notice and a download.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inputToDraft, makeInput, makePlanDocument, PLAN_FORMAT, type PlanInput } from '../../src/model';
import { useNotices } from '../../src/state/notices';
import { currentLibrary, LEGACY_STORAGE_KEY, SET_ASIDE_PREFIX, STORAGE_KEY, usePlanner } from '../../src/state/store';
import { resetStores } from './support/resetStores';
import { current, expectDefaultPlanner, refuseWrites, setAsideEntries, storedEntry } from './support/storage';

beforeEach(resetStores);
afterEach(resetStores);

const ZURICH = makeInput({ placeName: 'Zürich – Δ', state: 'ZH', population: 421_878, homicides: 3, preset: 'caps' });
// Version 1 saved one plan, { format, version: 1, input, assumptions } (migrations.test.ts).
const V1_NORFOLK: PlanInput = { placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 42, fatalShootings: null, nonfatalShootings: null, serviceReachPct: 100, hospitalReachPct: 50, method: 'population', localHighRiskCount: null, preset: 'caps' };

async function reloadWithLegacy(raw: string) {
  localStorage.setItem(LEGACY_STORAGE_KEY, raw);
  await usePlanner.persist.rehydrate();
}

/** The planner's one plan after the reload: the library holds it alone, and it is open. */
function onlyPlan() {
  const library = currentLibrary(usePlanner.getState());
  expect(library.plans).toHaveLength(1);
  const [plan] = library.plans;
  expect(library.activePlan).toBe(plan?.id);
  return plan;
}

describe('The single saved plan of earlier versions moves into the library', () => {
  it('given a valid version-2 plan with two scenarios and a half-typed field, when the page loads, then it is the library’s first plan, named after its place, and the draft is kept', async () => {
    const doc = makePlanDocument(ZURICH, { fringeRate: 0.28 });
    const twoScenarios = { ...doc, activeScenario: 1, scenarios: [doc.scenarios[0], { ...doc.scenarios[0], name: 'Plan B', input: { ...ZURICH, population: 500_000 } }] };
    const draft = { ...inputToDraft({ ...ZURICH, population: 500_000 }), homicides: '4x' };
    await reloadWithLegacy(JSON.stringify({ state: { doc: twoScenarios, draft }, version: 2 }));

    expect(onlyPlan()).toMatchObject({ name: 'Zürich – Δ, ZH', autoName: true, plan: twoScenarios });
    expect(usePlanner.getState().activeScenario).toBe(1);
    expect(current().input).toEqual({ ...ZURICH, population: 500_000 });
    expect(current().draft).toEqual(draft);
    expect(useNotices.getState().notices).toEqual([]);
    expect(setAsideEntries()).toEqual([]);
  });

  it('given a valid plan saved by version 1, when the page loads, then it opens as the first plan with one scenario and nothing is set aside', async () => {
    await reloadWithLegacy(JSON.stringify({ state: { doc: { format: PLAN_FORMAT, version: 1, input: V1_NORFOLK, assumptions: { fringeRate: 0.28 } } }, version: 1 }));

    expect(onlyPlan()).toMatchObject({ name: 'Norfolk, VA', autoName: true, plan: makePlanDocument(V1_NORFOLK, { fringeRate: 0.28 }) });
    expect(current().input).toEqual(V1_NORFOLK);
    expect(current().draft).toEqual(inputToDraft(V1_NORFOLK));
    expect(useNotices.getState().notices).toEqual([]);
    expect(setAsideEntries()).toEqual([]);
  });

  it('given a moved plan, when the library is first saved, then the old key is removed, and not before', async () => {
    const legacy = JSON.stringify({ state: { doc: makePlanDocument(ZURICH), draft: inputToDraft(ZURICH) }, version: 2 });
    await reloadWithLegacy(legacy);
    expect(localStorage.getItem(LEGACY_STORAGE_KEY)).toBe(legacy);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();

    usePlanner.getState().setDraftField('homicides', '5');

    expect(localStorage.getItem(LEGACY_STORAGE_KEY)).toBeNull();
    const saved = JSON.parse(storedEntry(STORAGE_KEY)) as { state: { doc: { plans: { name: string; plan: unknown }[] } } };
    expect(saved.state.doc.plans.map((p) => [p.name, p.plan])).toEqual([['Zürich – Δ, ZH', makePlanDocument({ ...ZURICH, homicides: 5 })]]);
  });

  it('given a moved plan and storage that refuses writes, when the person edits, then the old key is kept', async () => {
    const legacy = JSON.stringify({ state: { doc: makePlanDocument(ZURICH), draft: {} }, version: 2 });
    await reloadWithLegacy(legacy);
    const refuse = refuseWrites();
    try {
      usePlanner.getState().setDraftField('homicides', '5');
    } finally {
      refuse.mockRestore();
    }
    expect(localStorage.getItem(LEGACY_STORAGE_KEY)).toBe(legacy);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(useNotices.getState().notices).toEqual([expect.objectContaining({ kind: 'error', key: `save-failed:${STORAGE_KEY}` })]);
  });

  it('given a plans library already saved, when the page loads, then an old single plan left behind is not read', async () => {
    usePlanner.getState().setDraftField('population', '100000');
    const legacy = JSON.stringify({ state: { doc: makePlanDocument(ZURICH), draft: {} }, version: 2 });
    localStorage.setItem(LEGACY_STORAGE_KEY, legacy);
    const saved = storedEntry(STORAGE_KEY);

    resetStores();
    localStorage.setItem(STORAGE_KEY, saved);
    await reloadWithLegacy(legacy);

    expect(onlyPlan()?.plan.scenarios[0]?.input.population).toBe(100_000);
    expect(localStorage.getItem(LEGACY_STORAGE_KEY)).toBe(legacy);
  });
});

describe('An old single plan that cannot be opened is set aside byte for byte', () => {
  function expectLegacySetAside(raw: string, reason: RegExp) {
    const entries = setAsideEntries();
    expect(entries).toHaveLength(1);
    const [key, text] = entries[0] as [string, string];
    expect(key.startsWith(SET_ASIDE_PREFIX)).toBe(true);
    expect(text).toBe(raw);
    expect(localStorage.getItem(LEGACY_STORAGE_KEY)).toBeNull(); // moved, not copied
    const notices = useNotices.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'recovered', download: { filename: 'saved-plans-set-aside.json', text: raw } });
    expect(notices[0]?.message).toMatch(/set aside, not deleted, and the default plan is shown/);
    expect(notices[0]?.message).toMatch(reason);
    expectDefaultPlanner();
  }

  it('given corrupted JSON under the old key, when the page loads, then it is set aside with a download', async () => {
    const raw = '{"state":{"doc":{"format":"cvi-ecosystem-plan"';
    await reloadWithLegacy(raw);
    expectLegacySetAside(raw, /damaged/);
  });

  it.each(['42', '"a plan"', 'null', '[1,2]', '{"version":1}', '{"state":7}'])('given a shapeless value %s under the old key, when the page loads, then it is set aside', async (raw) => {
    await reloadWithLegacy(raw);
    expectLegacySetAside(raw, /could not be opened/);
  });

  // A version-1 plan that fails to open after migration must be set aside as stored, not as the
  // library it was converted into (the download must be what the person had saved).
  it('given a damaged plan saved by version 1, with its own spacing, when the page loads, then the copy and the download are the stored text', async () => {
    const doc = { format: PLAN_FORMAT, version: 1, input: { ...V1_NORFOLK, population: 0 }, assumptions: {} };
    const raw = `{ "version": 1,\n  "state": { "doc": ${JSON.stringify(doc, null, 2)} } }\n`;
    await reloadWithLegacy(raw);
    expectLegacySetAside(raw, /Population must be a whole number from 1 to 50,000,000/);
  });

  it.each([
    ['an unknown assumption', makePlanDocument(ZURICH, { 'street-outreach.caseloda': 20 } as never), /caseloda/],
    ['a newer plan version', { ...makePlanDocument(ZURICH), version: 99 }, /newer version of the planner/],
  ])('given a version-2 plan with %s, when the page loads, then it is set aside naming the problem', async (_, doc, reason) => {
    const raw = JSON.stringify({ state: { doc, draft: {} }, version: 2 });
    await reloadWithLegacy(raw);
    expectLegacySetAside(raw, reason);
  });
});

// @vitest-environment jsdom
// The planner store's plans library (src/state/store.ts): arrivals are added beside the open plan
// and never change it; the same plan arriving twice is one plan; a first visit's untouched default
// gives way to the first arrival; switching plans keeps half-typed text; deleting the open plan
// opens its neighbour, and undo brings it back. The pure operations: tests/state/library.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPlan, makeInput, makePlanDocument, newLibrary, type PlanDocument } from '../../src/model';
import { activePlanName, shareableDocument } from '../../src/state/planSelectors';
import { currentLibrary, usePlanner } from '../../src/state/store';
import { resetStores } from './support/resetStores';

beforeEach(resetStores);
afterEach(resetStores);

const A = makePlanDocument(makeInput({ placeName: 'Zürich – Δ', state: 'ZH', population: 421_878, homicides: 3, preset: 'caps' }), { fringeRate: 0.28 });
const B = makePlanDocument(makeInput({ placeName: 'Richmond', state: 'VA', population: 226_610, homicides: 70 }));
const C = makePlanDocument(makeInput({ placeName: 'Hampton', state: 'VA', population: 137_148, homicides: 20 }));

const planner = () => usePlanner.getState();
const library = () => currentLibrary(planner());
const names = () => library().plans.map((p) => p.name);

function arrive(doc: PlanDocument): string {
  const arrival = planner().arrive(doc);
  if (!arrival.ok) throw new Error(arrival.message);
  return arrival.id;
}

describe('Arrivals', () => {
  it('given plan A saved, when plan B arrives and is edited, then both are in the library and A is byte for byte as it was', () => {
    const a = arrive(A);
    planner().setDraftField('homicides', '4'); // A is the person's own work now
    const savedA = JSON.stringify(library().plans.find((p) => p.id === a));

    const arrival = planner().arrive(B);
    planner().setDraftField('population', '230000');
    planner().setOverride('fringeRate', 0.31);

    expect(arrival).toMatchObject({ ok: true, existed: false, name: 'Richmond, VA', previous: { id: a, name: 'Zürich – Δ, ZH' } });
    expect(names()).toEqual(['Zürich – Δ, ZH', 'Richmond, VA']);
    expect(JSON.stringify(library().plans.find((p) => p.id === a))).toBe(savedA);
    expect(library().activePlan).toBe(arrival.ok && arrival.id);
    expect(planner().input.population).toBe(230_000);
  });

  it('given the same plan arriving twice, then the library holds it once and the second arrival says it was already there', () => {
    planner().setDraftField('population', '100000');
    const first = planner().arrive(A);
    planner().openPlan(library().plans[0]?.id ?? '');
    const second = planner().arrive({ ...A });

    expect(names()).toEqual(['Norfolk, VA', 'Zürich – Δ, ZH']);
    expect(second).toMatchObject({ ok: true, existed: true, id: first.ok && first.id, previous: { name: 'Norfolk, VA' } });
    expect(library().activePlan).toBe(first.ok && first.id);
  });

  it('given a first visit’s untouched default plan, when a plan arrives, then it takes the default’s place', () => {
    const arrival = planner().arrive(A);
    expect(arrival).toMatchObject({ ok: true, existed: false, previous: null });
    expect(library().plans.map((p) => p.plan)).toEqual([A]);
    expect(planner().input).toEqual(A.scenarios[0]?.input);
  });

  it.each([
    ['an edited default', () => planner().setDraftField('population', '100000')],
    ['a default with half-typed text', () => planner().setDraftField('population', '12x')],
    ['a default with a second scenario', () => planner().duplicateScenario()],
    ['a default renamed by the person', () => planner().renamePlan(planner().library.activePlan, 'Baseline')],
  ])('given %s, when a plan arrives, then the default is kept beside it', (_, touch) => {
    touch();
    const own = library().plans[0];
    const draft = planner().draft;
    arrive(A);
    expect(library().plans).toHaveLength(2);
    expect(library().plans[0]).toEqual(own);
    planner().openPlan(own?.id ?? '');
    expect(planner().draft).toEqual(draft);
  });
});

describe('Switching plans', () => {
  it('given half-typed, invalid text in the open plan, when another plan opens and the first is opened again, then the text is back', () => {
    const a = arrive(A);
    const b = arrive(B);
    planner().openPlan(a);
    planner().setDraftField('homicides', '4x');
    const typed = planner().draft;
    expect(planner().input.homicides).toBe(3); // invalid text does not reach the plan

    expect(planner().openPlan(b)).toBe(true);
    expect(planner().planDrafts[a]).toEqual(typed);
    expect(planner().draft.placeName).toBe('Richmond');
    expect(library().plans.find((p) => p.id === a)?.plan).toEqual(A);

    planner().openPlan(a);
    expect(planner().draft).toEqual(typed);
    expect(planner().planDrafts).toEqual({});
  });

  it('given an id not in the library, when it is opened, then nothing changes', () => {
    const before = library();
    expect(planner().openPlan('nowhere')).toBe(false);
    expect(library()).toEqual(before);
  });
});

describe('Names', () => {
  it('given a plan named by the planner, when its place changes, then its name follows until someone renames it', () => {
    planner().setDraftField('placeName', 'Portsmouth');
    expect(activePlanName(planner())).toBe('Portsmouth, VA');
    expect(planner().renamePlan(planner().library.activePlan, 'Our plan').ok).toBe(true);
    planner().setDraftField('placeName', 'Hampton');
    expect(activePlanName(planner())).toBe('Our plan');
  });

  it('given the open plan’s place changed, when another plan takes the open plan’s old name, then that is allowed', () => {
    planner().setDraftField('population', '100000');
    const b = arrive(B);
    planner().openPlan(library().plans[0]?.id ?? '');
    planner().setDraftField('placeName', 'Portsmouth'); // shown as "Portsmouth, VA" now
    expect(names()).toEqual(['Portsmouth, VA', 'Richmond, VA']);
    expect(planner().renamePlan(b, 'Norfolk, VA')).toMatchObject({ ok: true });
    expect(names()).toEqual(['Portsmouth, VA', 'Norfolk, VA']);
  });
});

describe('Duplicate, delete and undo', () => {
  /** Three plans, Zürich, Richmond and Hampton, with Richmond open. */
  function threePlans(): string[] {
    const ids = [arrive(A), arrive(B), arrive(C)];
    planner().openPlan(ids[1] ?? '');
    return ids;
  }

  it('given the open plan, when it is deleted, then its neighbour opens; undo brings it back where it was, open', () => {
    const [, b, c] = threePlans();
    planner().setDraftField('homicides', '71');
    const before = library();

    const removed = planner().deletePlan(b ?? '');
    expect(removed?.index).toBe(1);
    expect(names()).toEqual(['Zürich – Δ, ZH', 'Hampton, VA']);
    expect(library().activePlan).toBe(c);
    expect(planner().input).toEqual(C.scenarios[0]?.input);

    if (!removed) return;
    expect(planner().undoDelete(removed, true).ok).toBe(true);
    expect(library()).toEqual(before);
    expect(planner().input.homicides).toBe(71);
  });

  it('given a plan that is not open, when it is deleted and undone without reopening, then the open plan stays open', () => {
    const [a, b] = threePlans();
    const removed = planner().deletePlan(a ?? '');
    expect(library().activePlan).toBe(b);
    if (!removed) throw new Error('not deleted');
    planner().undoDelete(removed, false);
    expect(names()).toEqual(['Zürich – Δ, ZH', 'Richmond, VA', 'Hampton, VA']);
    expect(library().activePlan).toBe(b);
  });

  it('given the last plan, when it is deleted, then it is refused', () => {
    expect(planner().deletePlan(planner().library.activePlan)).toBeNull();
    expect(library().plans).toHaveLength(1);
  });

  it('given the open plan with unsaved edits, when it is duplicated, then the copy has the edits and the open plan stays open', () => {
    const [, b] = threePlans();
    planner().setDraftField('homicides', '71');
    const copied = planner().duplicatePlan(b ?? '');
    expect(names()).toEqual(['Zürich – Δ, ZH', 'Richmond, VA', 'Richmond, VA (copy)', 'Hampton, VA']);
    expect(library().activePlan).toBe(b);
    expect(copied.ok && library().plans.find((p) => p.id === copied.id)?.plan.scenarios[0]?.input.homicides).toBe(71);
  });

  it('given a new plan, then it is the default called "New plan", added beside the others even when one has the same content', () => {
    const added = planner().newPlan();
    expect(added.ok).toBe(true);
    expect(names()).toEqual(['Norfolk, VA', 'New plan']);
    expect(library().activePlan).toBe(added.ok && added.id);
  });

  it('given a new plan, when its place is changed, then it is called after the place; when another plan is renamed, its name stays', () => {
    planner().newPlan();
    planner().setDraftField('placeName', 'Portsmouth');
    expect(names()).toEqual(['Norfolk, VA', 'Portsmouth, VA']);
    const first = library().plans[0];
    if (!first) throw new Error('no plan');
    expect(planner().renamePlan(first.id, 'Our Norfolk plan').ok).toBe(true);
    planner().openPlan(first.id);
    expect(names()).toEqual(['Our Norfolk plan', 'Portsmouth, VA']);
  });
});

describe('A plan’s name travels with it', () => {
  it('given a plan the person renamed, then its link and file carry the name; a plan called after its place carries none', () => {
    const id = arrive(A);
    expect(shareableDocument(planner()).name).toBeUndefined();
    expect(planner().renamePlan(id, 'Council option B (lean)').ok).toBe(true);
    expect(shareableDocument(planner())).toEqual({ ...makePlanDocument(activeInput(A), { fringeRate: 0.28 }), name: 'Council option B (lean)' });
  });

  it('given an arriving plan that carries a name, then it is added under that name, which does not follow its place', () => {
    planner().setDraftField('homicides', '41'); // the open plan is the person's own
    const arrival = planner().arrive({ ...B, name: 'Council option B (lean)' });
    expect(arrival).toMatchObject({ ok: true, name: 'Council option B (lean)' });
    planner().setDraftField('placeName', 'Petersburg');
    expect(names()).toEqual(['Norfolk, VA', 'Council option B (lean)']);
    // The library keeps the name beside the plan, not inside it: the same plan without a name is found, not added.
    expect(planner().arrive({ ...makePlanDocument(activeInput(B)), scenarios: [{ ...B.scenarios[0]!, input: { ...activeInput(B), placeName: 'Petersburg' } }] })).toMatchObject({ ok: true, existed: true });
  });
});

describe('Undo and import where the plan is already there', () => {
  it('given a deleted plan that is back already (another tab kept it), when Undo is used, then nothing is added twice', () => {
    arrive(A);
    planner().setDraftField('homicides', '4');
    const b = arrive(B);
    const removed = planner().deletePlan(b);
    if (!removed) throw new Error('not removed');
    // What tabSync does when another tab, which had it open, saves it again: the plan itself, same id.
    usePlanner.setState({ library: { ...planner().library, plans: [...planner().library.plans, removed.plan] } });
    const undone = planner().undoDelete(removed, false);
    expect(undone).toMatchObject({ ok: true, existed: true, id: b });
    expect(names()).toEqual(['Zürich – Δ, ZH', 'Richmond, VA']);
  });

  it('given a new plan (the same figures as another) deleted, when Undo is used, then it comes back', () => {
    const fresh = planner().newPlan();
    if (!fresh.ok) throw new Error(fresh.message);
    const removed = planner().deletePlan(fresh.id);
    if (!removed) throw new Error('not removed');
    expect(planner().undoDelete(removed, true)).toMatchObject({ ok: true, existed: false, id: fresh.id });
    expect(names()).toEqual(['Norfolk, VA', 'New plan']);
    expect(planner().library.activePlan).toBe(fresh.id);
  });

  it('given a first visit’s untouched default, when a library file is added, then its plans take the default’s place and the first opens', () => {
    const incoming = newLibrary(B, '2026-01-01T00:00:00.000Z', 'Richmond budget');
    const more = addPlan(incoming, C, { now: '2026-01-02T00:00:00.000Z' });
    if (!more.ok) throw new Error(more.message);
    const imported = planner().importLibrary(more.library);
    expect(imported.ok).toBe(true);
    expect(names()).toEqual(['Richmond budget', 'Hampton, VA']);
    expect(planner().input).toEqual(activeInput(B));
  });
});

function activeInput(doc: PlanDocument) {
  const input = doc.scenarios[doc.activeScenario]?.input;
  if (!input) throw new Error('no scenario');
  return input;
}

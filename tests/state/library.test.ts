// The plans library as a model (src/model/documents/library.ts and libraryDocument.ts): pure
// operations from one library to the next, the library file's reader, and its migration chain —
// every entry of LIBRARY_MIGRATIONS must have a row in LIBRARY_MIGRATION_TESTS below (after
// tldraw's migrations.test.ts, like tests/state/migrations.test.ts for plans).
// The store's use of them (arrive, openPlan, deletePlan…): tests/state/libraryStore.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPlan,
  duplicatePlan,
  freshId,
  importPlans,
  LIBRARY_MIGRATIONS,
  LIBRARY_VERSION,
  makeInput,
  makePlanDocument,
  MAX_LIBRARY_PLANS,
  parseLibraryDocument,
  removePlan,
  renamePlan,
  restorePlan,
  uniquePlanName,
  updatePlan,
  type LibraryDocument,
  type LibraryPlan,
  type Migration,
  type PlanDocument,
} from '../../src/model';
import { arbLibraryFile, arbPlanDocument } from '../fuzz/support';

const NORFOLK = makePlanDocument(makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 42 }));
const RICHMOND = makePlanDocument(makeInput({ placeName: 'Richmond', state: 'VA', population: 226_610, homicides: 70 }));
const ZURICH = makePlanDocument(makeInput({ placeName: 'Zürich', state: 'ZH', population: 421_878, homicides: 3 }), { fringeRate: 0.28 });
/** Norfolk with a second scenario, and a third document that differs from it only in population. */
const NORFOLK_TWO: PlanDocument = { ...NORFOLK, scenarios: [...NORFOLK.scenarios, { ...(NORFOLK.scenarios[0] as PlanDocument['scenarios'][number]), name: 'Plan B' }] };
const NORFOLK_BIGGER = makePlanDocument(makeInput({ placeName: 'Norfolk', state: 'VA', population: 300_000, homicides: 42 }));
const T0 = '2026-01-01T09:00:00.000Z';
const T1 = '2026-02-01T09:00:00.000Z';

function entry(id: string, name: string, plan: PlanDocument, autoName = false): LibraryPlan {
  return { id, name, autoName, createdAt: T0, updatedAt: T0, plan };
}

function library(plans: LibraryPlan[], active = plans[0]?.id ?? ''): LibraryDocument {
  return { format: 'cvi-ecosystem-library', version: 1, activePlan: active, plans };
}

const AB = () => library([entry('a', 'Norfolk, VA', NORFOLK, true), entry('b', 'Richmond', RICHMOND)]);
/** A library of MAX_LIBRARY_PLANS plans, all different. */
const full = () =>
  library(Array.from({ length: MAX_LIBRARY_PLANS }, (_, i) => entry(`p${i}`, `Plan ${i}`, makePlanDocument(makeInput({ placeName: `Town ${i}`, population: 1_000 + i })))));

describe('addPlan (an arriving plan)', () => {
  it('given a plan already in the library with another scenario active, when it arrives, then nothing is added and that plan opens', () => {
    const before = library([entry('a', 'Mine', NORFOLK_TWO), entry('b', 'Richmond', RICHMOND)], 'b');
    const result = addPlan(before, { ...NORFOLK_TWO, activeScenario: 1 }, { now: T1 });
    expect(result).toEqual({ ok: true, library: { ...before, activePlan: 'a' }, id: 'a', existed: true });
  });

  it('given a plan whose JSON has its keys in another order, when it arrives, then it is the same plan', () => {
    const reordered = JSON.parse(JSON.stringify({ scenarios: NORFOLK.scenarios.map((sc) => Object.fromEntries(Object.entries(sc).reverse())), activeScenario: 0, version: 2, format: 'cvi-ecosystem-plan' })) as PlanDocument;
    const result = addPlan(AB(), reordered, { now: T1 });
    expect(result.ok && [result.id, result.existed]).toEqual(['a', true]);
  });

  it('given a new plan, when it arrives, then it is added last, opened and named after its place, and the plans already there are the same objects', () => {
    const before = AB();
    const result = addPlan(before, ZURICH, { now: T1 });
    if (!result.ok) throw new Error(result.message);
    expect(result.existed).toBe(false);
    expect(result.library.activePlan).toBe(result.id);
    expect(result.library.plans.slice(0, 2)).toEqual(before.plans);
    result.library.plans.slice(0, 2).forEach((p, i) => expect(p).toBe(before.plans[i]));
    expect(result.library.plans[2]).toEqual({ id: result.id, name: 'Zürich, ZH', autoName: true, createdAt: T1, updatedAt: T1, plan: ZURICH });
    expect(['a', 'b']).not.toContain(result.id);
  });

  it('given a plan of the same place but other content, when it arrives, then it is added under a name of its own', () => {
    const result = addPlan(AB(), NORFOLK_BIGGER, { now: T1 });
    expect(result.ok && result.library.plans.map((p) => p.name)).toEqual(['Norfolk, VA', 'Richmond', 'Norfolk, VA (2)']);
  });

  it('given a name, then the plan takes it and keeps it (autoName false)', () => {
    const result = addPlan(AB(), ZURICH, { now: T1, name: 'For council' });
    expect(result.ok && result.library.plans[2]).toMatchObject({ name: 'For council', autoName: false });
  });

  it('given sameContent "add" (a new plan from the defaults), then the same content is added a second time', () => {
    const result = addPlan(AB(), NORFOLK, { now: T1, sameContent: 'add' });
    expect(result.ok && result.library.plans.map((p) => p.name)).toEqual(['Norfolk, VA', 'Richmond', 'Norfolk, VA (2)']);
  });

  it('given a full library, when a new plan arrives, then it is refused with a reason; a plan already there still opens', () => {
    const before = full();
    const refused = addPlan(before, ZURICH, { now: T1 });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/full \(100 plans\)/);
    const existing = addPlan(before, before.plans[7]?.plan as PlanDocument, { now: T1 });
    expect(existing.ok && [existing.id, existing.existed]).toEqual(['p7', true]);
  });

  it('given any library and any arriving plan, then no plan already in the library changes', () => {
    fc.assert(
      fc.property(arbLibraryFile, arbPlanDocument, (file, doc) => {
        const opened = parseLibraryDocument(JSON.parse(JSON.stringify(file)));
        if (!opened.ok) throw new Error('a valid library did not open');
        const before = opened.doc.library;
        const frozen = JSON.stringify(before.plans);
        const result = addPlan(before, doc, { now: T1 });
        if (!result.ok) throw new Error(result.message);
        expect(JSON.stringify(result.library.plans.slice(0, before.plans.length))).toBe(frozen);
        expect(result.library.plans.length).toBe(before.plans.length + (result.existed ? 0 : 1));
      }),
      { numRuns: 60 },
    );
  });
});

describe('updatePlan and a name that follows the place', () => {
  it('given a plan named by the planner, when its place changes, then its name follows', () => {
    const updated = updatePlan(AB(), 'a', makePlanDocument(makeInput({ placeName: 'Hampton', state: 'VA', population: 137_000 })), T1);
    expect(updated.plans[0]).toMatchObject({ name: 'Hampton, VA', autoName: true, updatedAt: T1, createdAt: T0 });
  });

  it('given a plan someone renamed, when its place changes, then its name stays', () => {
    const renamed = renamePlan(AB(), 'a', 'Our plan');
    if (!renamed.ok) throw new Error(renamed.message);
    expect(updatePlan(renamed.library, 'a', ZURICH, T1).plans[0]?.name).toBe('Our plan');
  });

  it('given a following name that another plan has, then it becomes unique', () => {
    const lib = library([entry('a', 'Norfolk, VA', NORFOLK, true), entry('b', 'Zürich, ZH', ZURICH)]);
    expect(updatePlan(lib, 'a', ZURICH, T1).plans[0]?.name).toBe('Zürich, ZH (2)');
  });
});

describe('renamePlan', () => {
  it('given a name with spaces around it, then it is trimmed and the name no longer follows the place', () => {
    const result = renamePlan(AB(), 'a', '  Budget 2027  ');
    expect(result.ok && result.library.plans[0]).toMatchObject({ name: 'Budget 2027', autoName: false });
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['81 characters', 'x'.repeat(81)],
  ])('given a name that is %s, then it is refused and nothing changes', (_, name) => {
    expect(renamePlan(AB(), 'a', name)).toEqual({ ok: false, message: "A plan's name must be 1 to 80 characters." });
  });

  it('given 80 characters, then the name is taken', () => {
    expect(renamePlan(AB(), 'a', 'y'.repeat(80)).ok).toBe(true);
  });

  it('given another plan’s name, then it is refused naming it; the plan’s own name is fine', () => {
    expect(renamePlan(AB(), 'a', 'Richmond')).toEqual({ ok: false, message: 'Another plan is already named “Richmond”.' });
    expect(renamePlan(AB(), 'b', 'Richmond').ok).toBe(true);
  });

  it('given an id not in the library, then it is refused', () => {
    expect(renamePlan(AB(), 'gone', 'New').ok).toBe(false);
  });
});

describe('duplicatePlan', () => {
  it('given a plan, then its copy follows it, named "(copy)", under a fresh id, and the open plan stays open', () => {
    const before = library([entry('a', 'Norfolk, VA', NORFOLK, true), entry('b', 'Richmond', RICHMOND)], 'b');
    const result = duplicatePlan(before, 'a', T1);
    if (!result.ok) throw new Error(result.message);
    expect(result.library.plans.map((p) => [p.name, p.plan])).toEqual([
      ['Norfolk, VA', NORFOLK],
      ['Norfolk, VA (copy)', NORFOLK],
      ['Richmond', RICHMOND],
    ]);
    expect(result.library.plans[1]).toMatchObject({ id: result.id, autoName: false, createdAt: T1, updatedAt: T1 });
    expect(['a', 'b']).not.toContain(result.id);
    expect(result.library.activePlan).toBe('b');
  });

  it('given a plan copied twice, then the second copy has a name of its own', () => {
    const once = duplicatePlan(AB(), 'b', T1);
    const twice = once.ok ? duplicatePlan(once.library, 'b', T1) : once;
    expect(twice.ok && twice.library.plans.map((p) => p.name)).toEqual(['Norfolk, VA', 'Richmond', 'Richmond (copy) (2)', 'Richmond (copy)']);
  });

  it('given a name of 80 characters, then the copy’s name still fits in 80', () => {
    const result = duplicatePlan(library([entry('a', 'n'.repeat(80), NORFOLK)]), 'a', T1);
    const name = result.ok ? (result.library.plans[1]?.name ?? '') : '';
    expect(name).toBe(`${'n'.repeat(73)} (copy)`);
    expect(name.length).toBe(80);
  });

  it('given a full library or an unknown id, then nothing is copied', () => {
    expect(duplicatePlan(full(), 'p0', T1).ok).toBe(false);
    expect(duplicatePlan(AB(), 'gone', T1).ok).toBe(false);
  });
});

describe('removePlan and restorePlan (delete with undo)', () => {
  const ABC = () => library([entry('a', 'A', NORFOLK), entry('b', 'B', RICHMOND), entry('c', 'C', ZURICH)], 'b');

  it('given the only plan, then it cannot be removed', () => {
    expect(removePlan(library([entry('a', 'A', NORFOLK)]), 'a')).toBeNull();
  });

  it('given an unknown id, then nothing is removed', () => {
    expect(removePlan(ABC(), 'gone')).toBeNull();
  });

  it.each([
    ['the open plan in the middle', 'b', 'b', ['a', 'c'], 'c'],
    ['the open plan at the end', 'c', 'c', ['a', 'b'], 'b'],
    ['a plan that is not open', 'b', 'a', ['b', 'c'], 'b'],
  ])('given %s, when it is removed, then the right plan is open', (_, active, removed, left, open) => {
    const result = removePlan({ ...ABC(), activePlan: active }, removed);
    expect(result?.library.plans.map((p) => p.id)).toEqual(left);
    expect(result?.library.activePlan).toBe(open);
  });

  it('given a removed plan, when it is restored, then the library is as it was (the open plan aside)', () => {
    const before = ABC();
    const removed = removePlan(before, 'b');
    if (!removed) throw new Error('not removed');
    expect(removed).toMatchObject({ index: 1, plan: before.plans[1] });
    const restored = restorePlan(removed.library, removed);
    expect(restored).toEqual({ ok: true, library: { ...before, activePlan: 'c' }, id: 'b', existed: false });
  });

  it('given the plan itself back already (its id, put back in another tab, perhaps edited), when Undo is used, then nothing is added twice', () => {
    const removed = removePlan(ABC(), 'b');
    if (!removed) throw new Error('not removed');
    const since = { ...removed.library, plans: [...removed.library.plans, { ...removed.plan, plan: NORFOLK_BIGGER }] };
    expect(restorePlan(since, removed)).toEqual({ ok: true, library: since, id: 'b', existed: true });
  });

  it('given another plan with the same content (a duplicate, a new plan), when Undo is used, then the deleted plan comes back beside it', () => {
    const removed = removePlan(ABC(), 'b');
    if (!removed) throw new Error('not removed');
    const since = { ...removed.library, plans: [...removed.library.plans, { ...removed.plan, id: 'copy', name: 'B (copy)' }] };
    const restored = restorePlan(since, removed);
    expect(restored.ok && restored.existed).toBe(false);
    expect(restored.ok && restored.library.plans.map((p) => p.id)).toEqual(['a', 'b', 'c', 'copy']);
  });

  it('given its name taken since by another plan, when it is restored, then it comes back under its id with a name of its own', () => {
    const removed = removePlan(ABC(), 'b');
    if (!removed) throw new Error('not removed');
    const since = { ...removed.library, plans: [...removed.library.plans, entry('other', 'B', NORFOLK_BIGGER)] };
    const restored = restorePlan(since, removed);
    if (!restored.ok) throw new Error(restored.message);
    expect(restored.library.plans[1]).toEqual({ ...removed.plan, name: 'B (2)' });
  });

  it('given fewer plans than its old place, when it is restored, then it goes last; in a full library it is refused', () => {
    const restored = restorePlan(library([entry('a', 'A', NORFOLK)]), { plan: entry('z', 'Z', ZURICH), index: 5 });
    expect(restored.ok && restored.library.plans.map((p) => p.id)).toEqual(['a', 'z']);
    expect(restorePlan(full(), { plan: entry('z', 'Z', ZURICH), index: 0 }).ok).toBe(false);
  });
});

describe('importPlans (a library file)', () => {
  it('given a file with new plans and plans already here, then the new ones are added under fresh ids and unique names, times kept, the others skipped', () => {
    const before = AB();
    const file = library([entry('a', 'Richmond', ZURICH), entry('x', 'Same as Norfolk', { ...NORFOLK, activeScenario: 0 }), entry('y', 'Norfolk, VA', NORFOLK_BIGGER), entry('z', 'Twice', ZURICH)]);
    const result = importPlans(before, file);
    if (!result.ok) throw new Error(result.message);
    expect(result.added).toEqual(['Richmond (2)', 'Norfolk, VA (2)']);
    expect(result.alreadyIn).toEqual(['Same as Norfolk', 'Twice']);
    expect(result.library.activePlan).toBe(before.activePlan);
    expect(result.library.plans.slice(0, 2)).toEqual(before.plans);
    const [zurich, bigger] = result.library.plans.slice(2);
    expect(zurich).toMatchObject({ name: 'Richmond (2)', plan: ZURICH, createdAt: T0, updatedAt: T0 });
    expect(bigger).toMatchObject({ name: 'Norfolk, VA (2)', plan: NORFOLK_BIGGER });
    const ids = result.library.plans.map((p) => p.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('given a file that would take the library past its limit, then it is refused as a whole', () => {
    const nearlyFull = { ...full(), plans: full().plans.slice(0, MAX_LIBRARY_PLANS - 1) };
    const two = library([entry('x', 'X', ZURICH), entry('y', 'Y', RICHMOND)]);
    const refused = importPlans(nearlyFull, two);
    expect(refused).toEqual({ ok: false, message: expect.stringMatching(/^These 2 plans would take your library past 100 plans \(it has 99\)\. Nothing was added/) });
    const one = importPlans(nearlyFull, library([entry('x', 'X', ZURICH)]));
    expect(one.ok && one.library.plans.length).toBe(MAX_LIBRARY_PLANS);
  });
});

describe('freshId and uniquePlanName', () => {
  it('given ids already taken, then a fresh id is none of them and fits the id rule', () => {
    const taken: string[] = [];
    for (let i = 0; i < 500; i++) {
      const id = freshId(taken, 'same seed');
      expect(id).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
      expect(taken).not.toContain(id);
      taken.push(id);
    }
  });

  it('given the same seed and nothing taken, then the id is the same (two tabs agree); another seed gives another id', () => {
    expect(freshId([], 'x')).toBe(freshId([], 'x'));
    expect(freshId([], 'x')).not.toBe(freshId([], 'y'));
  });

  it.each([
    ['a free name, trimmed', '  Norfolk  ', [], 'Norfolk'],
    ['a taken name', 'Norfolk', ['Norfolk'], 'Norfolk (2)'],
    ['a name taken twice', 'Norfolk', ['Norfolk', 'Norfolk (2)'], 'Norfolk (3)'],
    ['an empty name', '  ', [], 'Untitled plan'],
    ['a taken name of 80 characters', 'n'.repeat(80), ['n'.repeat(80)], `${'n'.repeat(74)} (2)`],
  ])('given %s, then uniquePlanName gives the expected name', (_, base, taken, expected) => {
    expect(uniquePlanName(base, taken)).toBe(expected);
  });
});

interface LibraryMigrationTest {
  /** A library as version `from` saved it. */
  readonly before: Record<string, unknown>;
  /** The same library after this one step (the chain sets `version` to from + 1). */
  readonly after: Record<string, unknown>;
}

/** One row per migration of LIBRARY_MIGRATIONS, keyed by its `from` version (none yet: version 1 is the first). */
const LIBRARY_MIGRATION_TESTS: Readonly<Record<number, LibraryMigrationTest>> = {};

function migrationsWithoutTests(migrations: readonly Migration[], table: Readonly<Record<number, LibraryMigrationTest>>): Migration[] {
  return migrations.filter((m) => !Object.prototype.hasOwnProperty.call(table, m.from));
}

describe('Migration chain of plans libraries', () => {
  it('given LIBRARY_MIGRATIONS, then every migration has a test row keyed by its from-version', () => {
    const missing = migrationsWithoutTests(LIBRARY_MIGRATIONS, LIBRARY_MIGRATION_TESTS).map((m) => `from ${m.from} (${m.name})`);
    expect(missing, `library migrations without a test in tests/state/library.test.ts: ${missing.join(', ')}`).toEqual([]);
  });

  it('given the guard, when a migration has no row, then it reports that migration (so the guard can fail)', () => {
    const untested: Migration = { from: 1, name: 'rename a field', migrate: (doc) => doc };
    expect(migrationsWithoutTests([untested], {})).toEqual([untested]);
    expect(migrationsWithoutTests([untested], { 1: { before: {}, after: {} } })).toEqual([]);
  });

  it('given the test table, then every row belongs to a migration that exists', () => {
    const froms = new Set(LIBRARY_MIGRATIONS.map((m) => m.from));
    expect(Object.keys(LIBRARY_MIGRATION_TESTS).map(Number).filter((from) => !froms.has(from))).toEqual([]);
  });

  it('given LIBRARY_VERSION, then LIBRARY_MIGRATIONS has exactly one named step from each older version', () => {
    const froms = LIBRARY_MIGRATIONS.map((m) => m.from).sort((a, b) => a - b);
    expect(froms).toEqual(Array.from({ length: LIBRARY_VERSION - 1 }, (_, i) => i + 1));
    for (const m of LIBRARY_MIGRATIONS) expect(m.name.trim(), `migration from ${m.from}`).not.toBe('');
  });

  for (const migration of LIBRARY_MIGRATIONS) {
    describe(`library migration from version ${migration.from}: ${migration.name}`, () => {
      const row = LIBRARY_MIGRATION_TESTS[migration.from];
      it('given a library of its version, then the step gives the expected library, and the whole chain opens it', () => {
        expect(row, `no test row for library migration from ${migration.from}`).toBeDefined();
        if (!row) return;
        expect({ ...migration.migrate(structuredClone(row.before)), version: migration.from + 1 }).toEqual(row.after);
        const opened = parseLibraryDocument(structuredClone(row.before));
        expect(opened.ok ? opened.doc.library.version : opened.errors).toBe(LIBRARY_VERSION);
      });
    });
  }

  it('given a current library, then opening it is the identity (no migration runs, nothing unreadable)', () => {
    const lib = AB();
    expect(parseLibraryDocument(structuredClone(lib))).toEqual({ ok: true, doc: { library: lib, unreadable: [] }, warnings: [] });
  });
});

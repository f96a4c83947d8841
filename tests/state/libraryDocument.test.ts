// The library file's reader (src/model/documents/libraryDocument.ts): a round trip, two plans with
// one id or one name, plans that cannot be opened (returned as they were, never dropped), and the
// single saved plan of earlier versions as a library's first plan.
import { describe, expect, it } from 'vitest';
import { libraryFromSinglePlan, makeInput, makePlanDocument, MAX_LIBRARY_PLANS, parseLibraryDocument, parseLibraryText, parsePlanDocument, serialiseLibrary, type LibraryDocument } from '../../src/model';

const NORFOLK = makePlanDocument(makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 42 }));
const RICHMOND = makePlanDocument(makeInput({ placeName: 'Richmond', state: 'VA', population: 226_610, homicides: 70 }));
const AT = '2026-01-01T09:00:00.000Z';
const entry = (id: string, name: string, plan: unknown) => ({ id, name, autoName: false, createdAt: AT, updatedAt: AT, plan });
const file = (plans: unknown[], activePlan = 'a') => ({ format: 'cvi-ecosystem-library', version: 1, activePlan, plans });

describe('Reading a library file', () => {
  it('given a library, when written and read back, then the same library comes back', () => {
    const library = file([entry('a', 'Norfolk', NORFOLK), entry('b', 'Richmond', RICHMOND)], 'b') as LibraryDocument;
    expect(parseLibraryText(serialiseLibrary(library))).toEqual({ ok: true, doc: { library, unreadable: [] }, warnings: [] });
  });

  it('given two plans with one id and one name, then both open, the second under a fresh id and a new name, with a warning', () => {
    const read = parseLibraryDocument(file([entry('a', 'Same', NORFOLK), entry('a', 'Same', RICHMOND)]));
    if (!read.ok) throw new Error('refused');
    const [first, second] = read.doc.library.plans;
    expect([first?.id, first?.name]).toEqual(['a', 'Same']);
    expect(second?.id).not.toBe('a');
    expect(second?.name).toBe('Same (2)');
    expect(second?.plan).toEqual(RICHMOND);
    expect(read.warnings.map((w) => w.message)).toEqual(['Two plans were named “Same”; the second is now “Same (2)”.']);
  });

  it('given an active plan that is not in the file, or no autoName, then the first plan is active and names do not follow places', () => {
    const noAutoName: Record<string, unknown> = { ...entry('a', 'Norfolk', NORFOLK) };
    delete noAutoName.autoName;
    const read = parseLibraryDocument(file([noAutoName], 'missing'));
    expect(read.ok && read.doc.library.activePlan).toBe('a');
    expect(read.ok && read.doc.library.plans[0]?.autoName).toBe(false);
  });

  it('given plans that cannot be opened, then the others open and those come back exactly as they were, with a reason', () => {
    const damaged = entry('b', 'Broken', { ...NORFOLK, version: 99 });
    const read = parseLibraryDocument(file([entry('a', 'Norfolk', NORFOLK), damaged, 'junk']));
    if (!read.ok) throw new Error('refused');
    expect(read.doc.library.plans.map((p) => p.id)).toEqual(['a']);
    expect(read.doc.unreadable).toEqual([
      { label: '“Broken”', raw: damaged, reason: expect.stringMatching(/^“Broken”: This plan was saved by a newer version/) },
      { label: 'Plan 3', raw: 'junk', reason: 'Plan 3 is not an object' },
    ]);
  });

  it.each([
    ['no plan opens', file([entry('a', 'Broken', { ...NORFOLK, version: 99 })]), /None of the library's plans could be opened: “Broken”/],
    ['no plans', file([]), /at least one plan/],
    ['too many plans', file(Array.from({ length: MAX_LIBRARY_PLANS + 1 }, (_, i) => entry(`p${i}`, `P${i}`, NORFOLK))), /at most 100 plans; this one has 101/],
    ['a newer library version', { ...file([entry('a', 'Norfolk', NORFOLK)]), version: 2 }, /newer version of the planner/],
    ['another format', { ...file([entry('a', 'Norfolk', NORFOLK)]), format: 'cvi-ecosystem-plan' }, /"format" must be "cvi-ecosystem-library"/],
  ])('given %s, then the file is refused with a reason', (_, raw, reason) => {
    const read = parseLibraryDocument(raw);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors.map((e) => e.message).join(' ')).toMatch(reason);
  });
});

describe('libraryFromSinglePlan (the single saved plan of earlier versions)', () => {
  it.each([
    ['a version-2 plan (its active scenario’s place)', { ...NORFOLK, activeScenario: 1, scenarios: [NORFOLK.scenarios[0], RICHMOND.scenarios[0]] }, 'Richmond, VA'],
    ['a version-1 plan', { format: 'cvi-ecosystem-plan', version: 1, input: { placeName: ' Hampton ', state: 'VA' } }, 'Hampton, VA'],
    ['data with no place', { format: 'cvi-ecosystem-plan', version: 2 }, 'My plan'],
    ['nothing', undefined, 'My plan'],
  ])('given %s, then it is the first plan, kept as it was and named after its place', (_, raw, name) => {
    const library = libraryFromSinglePlan(raw, AT) as { activePlan: string; plans: { id: string; name: string; autoName: boolean; plan: unknown }[] };
    expect(library.plans).toHaveLength(1);
    expect(library.plans[0]).toMatchObject({ id: library.activePlan, name, autoName: true });
    expect(library.plans[0]?.plan).toBe(raw);
  });
});

describe('A plan file’s or link’s name', () => {
  const doc = makePlanDocument(makeInput({ placeName: 'Richmond', state: 'VA', population: 226_610, homicides: 70 }));
  it('given a name of 1 to 80 characters, then the plan reader keeps it, trimmed', () => {
    const read = parsePlanDocument({ ...doc, name: '  Council option B  ' });
    expect(read.ok && read.doc.name).toBe('Council option B');
  });
  it('given a name that is empty, too long or not text, then the plan opens without it and a warning names the rule', () => {
    for (const name of ['', ' ', 'x'.repeat(81), 42]) {
      const read = parsePlanDocument({ ...doc, name });
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      expect(read.doc.name).toBeUndefined();
      expect(read.warnings).toEqual([expect.objectContaining({ field: 'name', message: expect.stringMatching(/1 to 80 characters/) })]);
    }
  });
});

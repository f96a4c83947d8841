// @vitest-environment jsdom
// Fuzz (issue 13): the plans library where outside data reaches it — library files opened by a
// person (parseLibraryText) and the library stored in the browser (rehydrate). A file opens with
// every plan planning finitely, or is refused with a reason; a plan inside that cannot be opened is
// returned as it was. A stored library — damaged, of an older or a newer version, with plans
// mutated inside — leaves a valid planner, and whatever cannot be opened is set aside with a
// download holding exactly what was stored: never discarded.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computePlan, parseLibraryDocument, parseLibraryText, PLAN_NAME_MAX, validateInput } from '../../src/model';
import { useNotices } from '../../src/state/notices';
import { currentDocument, currentLibrary, SET_ASIDE_PREFIX, STORAGE_KEY, usePlanner } from '../../src/state/store';
import { resetStores } from '../state/support/resetStores';
import { arbLibraryFile, arbMutatedDocument, arbMutatedLibraryFile, arbText, expectExplained, expectFinite, FUZZ_TIMEOUT_MS, runs } from './support';

beforeEach(resetStores);
afterEach(resetStores);

/** A library with other versions and plans damaged inside: any JSON, a mutated plan document, a plan entry replaced. */
const arbDamagedLibrary: fc.Arbitrary<unknown> = fc.oneof(
  arbMutatedLibraryFile,
  fc.tuple(arbLibraryFile, fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constantFrom('1', null, 1.5))).map(([lib, version]) => ({ ...lib, version })),
  fc.tuple(arbLibraryFile, arbMutatedDocument, fc.nat()).map(([lib, plan, at]) => ({
    ...lib,
    plans: lib.plans.map((p, i) => (i === at % lib.plans.length ? { ...p, plan } : p)),
  })),
  fc.tuple(arbLibraryFile, fc.jsonValue(), fc.nat()).map(([lib, junk, at]) => ({ ...lib, plans: lib.plans.map((p, i) => (i === at % lib.plans.length ? junk : p)) })),
);

/** The plans array of a raw library, if it has one. */
function rawPlans(raw: unknown): unknown[] | null {
  const plans = typeof raw === 'object' && raw !== null ? (raw as { plans?: unknown }).plans : undefined;
  return Array.isArray(plans) ? plans : null;
}

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

describe('library files → parseLibraryText', () => {
  const arbFileText: fc.Arbitrary<string> = fc.oneof(
    arbText,
    fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
    arbLibraryFile.map((l) => JSON.stringify(l)),
    arbDamagedLibrary.map((l) => JSON.stringify(l) ?? 'null'),
    fc.tuple(arbLibraryFile, fc.double({ min: 0, max: 1, noNaN: true })).map(([l, at]) => {
      const text = JSON.stringify(l);
      return text.slice(0, Math.floor(text.length * at));
    }),
  );

  it('given any file, then it opens with every plan planning finitely and nothing dropped, or is refused with a reason', () => {
    fc.assert(
      fc.property(arbFileText, (text) => {
        const result = parseLibraryText(text);
        if (!result.ok) {
          expectExplained(result.errors, 'a refused library file', text);
          return;
        }
        const { library, unreadable } = result.doc;
        for (const { plan } of library.plans) for (const sc of plan.scenarios) expectFinite(computePlan(sc.input, sc.assumptions), 'a plan from a library file');
        const ids = library.plans.map((p) => p.id);
        const names = library.plans.map((p) => p.name);
        expect(new Set(ids).size, 'two plans share an id').toBe(ids.length);
        expect(new Set(names).size, 'two plans share a name').toBe(names.length);
        for (const name of names) expect(name.trim().length > 0 && name.length <= PLAN_NAME_MAX, `name "${name}"`).toBe(true);
        expect(ids).toContain(library.activePlan);
        // Every plan of the file is opened or returned unreadable, exactly as it was.
        const stored = rawPlans(JSON.parse(text)) ?? [];
        expect(library.plans.length + unreadable.length).toBe(stored.length);
        for (const u of unreadable) {
          expect(stored).toContainEqual(u.raw);
          expect(u.reason.trim().length).toBeGreaterThan(0);
        }
      }),
      runs(300),
    );
  }, FUZZ_TIMEOUT_MS);
});

describe('stored libraries → rehydrate (persist merge)', () => {
  const arbDraft = fc.option(fc.dictionary(fc.constantFrom('population', 'placeName', 'method', 'preset', 'homicides'), fc.oneof(fc.string({ maxLength: 12 }), fc.jsonValue())), { nil: undefined });
  /** Stored text: junk, wrappers of any shape, and libraries valid or damaged, under storage versions old, current and newer. */
  const arbStored: fc.Arbitrary<{ raw: string; doc?: unknown }> = fc.oneof(
    { weight: 1, arbitrary: arbText.map((raw) => ({ raw })) },
    { weight: 1, arbitrary: fc.record({ state: fc.jsonValue(), version: fc.integer({ min: -1, max: 3 }) }).map((v) => ({ raw: JSON.stringify(v) })) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.oneof(arbLibraryFile as fc.Arbitrary<unknown>, arbDamagedLibrary, arbDamagedLibrary), arbDraft, fc.constantFrom(0, 1, 1, 1, 2))
        .map(([doc, draft, version]) => ({ raw: JSON.stringify({ state: { doc, ...(draft ? { draft } : {}) }, version }), doc: asJson(doc) })),
    },
  );

  function setAsideCopies(): string[] {
    const copies: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(SET_ASIDE_PREFIX)) copies.push(localStorage.getItem(key) ?? '');
    }
    return copies;
  }

  it('given anything stored as the plans library, when the planner reloads, then it holds a valid plan and what cannot be opened is set aside with a download of exactly what was stored', async () => {
    await fc.assert(
      fc.asyncProperty(arbStored, async ({ raw, doc }) => {
        resetStores();
        const before = JSON.stringify(currentDocument(usePlanner.getState()));
        localStorage.setItem(STORAGE_KEY, raw);
        await usePlanner.persist.rehydrate();

        const state = usePlanner.getState();
        expect(validateInput(state.input).ok, 'the planner holds an invalid input').toBe(true);
        expectFinite(computePlan(state.input, state.overrides), "the planner's plan");
        for (const [field, value] of Object.entries(state.draft)) expect(typeof value, field).toBe('string');
        const copies = setAsideCopies();
        const notices = useNotices.getState().notices;
        const announced = (text: string | undefined) => notices.some((n) => n.kind === 'recovered' && n.download?.text === text && n.message.trim().length > 0);

        const opened = doc === undefined ? null : parseLibraryDocument(doc);
        if (!opened?.ok) {
          // Not a library that opens: set aside whole, byte for byte; the default plan shows.
          expect(copies).toEqual([raw]);
          expect(announced(raw), 'no notice offers the stored text').toBe(true);
          expect(JSON.stringify(currentDocument(state))).toBe(before);
          return;
        }
        const { library, unreadable } = opened.doc;
        const shown = currentLibrary(state);
        expect(shown.plans.map((p) => [p.id, p.plan])).toEqual(library.plans.map((p) => [p.id, p.plan]));
        expect(shown.activePlan).toBe(library.activePlan);
        expect(currentDocument(state)).toEqual(library.plans.find((p) => p.id === library.activePlan)?.plan);
        if (unreadable.length === 0) {
          expect(copies).toEqual([]);
          expect(notices).toEqual([]);
          return;
        }
        // Some plans could not be opened: those, exactly as stored, are set aside and offered for download.
        expect(copies).toHaveLength(1);
        expect(announced(copies[0]), 'no notice offers the set-aside plans').toBe(true);
        const kept = rawPlans(JSON.parse(copies[0] ?? '{}')) ?? [];
        const stored = rawPlans(doc) ?? [];
        expect(kept).toEqual(unreadable.map((u) => u.raw));
        for (const plan of kept) expect(stored).toContainEqual(plan);
        expect(library.plans.length + kept.length).toBe(stored.length);
        // Moved, not copied: the library is saved again without them, so the next reload does not set them aside again.
        const resaved = parseLibraryDocument((JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { state?: { doc?: unknown } } | null)?.state?.doc);
        expect(resaved.ok && resaved.doc.unreadable).toEqual([]);
      }),
      runs(250),
    );
  }, FUZZ_TIMEOUT_MS);
});

// @vitest-environment jsdom
// Fuzz (issue 7): the edges where outside data reaches the planner in the browser — the single plan
// stored by versions before the plans library (localStorage), share links (the URL fragment), plan
// and library files opened from the Export menu, and form text typed into the store. The planner
// always ends with a valid plan; stored data that cannot be opened is set aside (never silently
// dropped); a rejected link, file or keystroke leaves the current plan as it was, with a reason.
// Stored libraries and library files: tests/fuzz/libraryEdges.test.ts.
import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computePlan, decodePlanLink, draftToInput, encodePlanLink, LINK_PARAM, NUMERIC_FIELDS, parsePlanDocument, PLAN_FORMAT, PLAN_VERSION, validateInput, type InputDraft } from '../../src/model';
import { useNotices } from '../../src/state/notices';
import { currentDocument, currentLibrary, LEGACY_STORAGE_KEY, SET_ASIDE_PREFIX, STORAGE_KEY, usePlanner } from '../../src/state/store';
import { readPlansFile } from '../../src/ui/planner/exporting';
import { openLinkFromLocation } from '../../src/ui/app/navigation';
import { arbInput } from '../model/support/arbitraries';
import { resetStores } from '../state/support/resetStores';
import { arbLibraryFile, arbMutatedDocument, arbMutatedLibraryFile, arbNumberText, arbPlanDocument, arbText, expectExplained, expectFinite, FUZZ_TIMEOUT_MS, runs } from './support';

beforeEach(resetStores);
afterEach(resetStores);

function setAsideCopies(): string[] {
  const copies: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(SET_ASIDE_PREFIX)) copies.push(localStorage.getItem(key) ?? '');
  }
  return copies;
}

/** The planner holds a valid input and its plan has no NaN or Infinity anywhere. */
function expectValidPlanner(what: string): void {
  const { input, overrides } = usePlanner.getState();
  expect(validateInput(input).ok, `${what}: the planner's input is not valid`).toBe(true);
  expectFinite(computePlan(input, overrides), `${what}: the planner's plan`);
}

/** The text a link's fragment carries (what a refusal may quote). */
function linkText(fragment: string): string {
  try {
    return decompressFromEncodedURIComponent(fragment.slice(LINK_PARAM.length + 1)) ?? '';
  } catch {
    return '';
  }
}

const snapshot = () => JSON.stringify(currentDocument(usePlanner.getState()));

describe('the single plan stored before the library → moved into the library on rehydrate', () => {
  /** Stored text: junk, JSON of any shape, wrappers around any state, and saved plans valid, old or damaged. */
  const arbStored: fc.Arbitrary<{ raw: string; doc?: unknown; version?: number }> = fc.oneof(
    arbText.map((raw) => ({ raw })),
    fc.jsonValue().map((v) => ({ raw: JSON.stringify(v) ?? 'null' })),
    fc.record({ state: fc.jsonValue(), version: fc.integer({ min: -1, max: 5 }) }).map((v) => ({ raw: JSON.stringify(v) })),
    fc
      .record({ doc: arbPlanDocument, draft: fc.option(fc.dictionary(fc.constantFrom('population', 'placeName', 'method', 'preset', 'homicides'), fc.oneof(arbNumberText, fc.jsonValue())), { nil: undefined }) })
      .map(({ doc, draft }) => ({ raw: JSON.stringify({ state: { doc, ...(draft ? { draft } : {}) }, version: PLAN_VERSION }), doc, version: PLAN_VERSION })),
    arbMutatedDocument.map((doc) => ({ raw: JSON.stringify({ state: { doc }, version: PLAN_VERSION }), doc, version: PLAN_VERSION })),
    // Saved by version 1 (one plan, no scenarios), sometimes with a damaged input.
    fc
      .tuple(arbInput, fc.option(fc.tuple(fc.constantFrom('population', 'method', 'serviceReachPct', 'placeName'), fc.jsonValue()), { nil: undefined }))
      .map(([input, damage]) => {
        const doc = { format: PLAN_FORMAT, version: 1, input: damage ? { ...input, [damage[0]]: damage[1] } : input, assumptions: {} };
        return { raw: JSON.stringify({ state: { doc }, version: 1 }), doc, version: 1 };
      }),
  );

  it('given anything stored under the old single-plan key, when the planner reloads, then it holds a valid plan and the data is either the library’s one plan or set aside with a download', async () => {
    await fc.assert(
      fc.asyncProperty(arbStored, async ({ raw, doc, version }) => {
        resetStores();
        const before = snapshot();
        localStorage.setItem(LEGACY_STORAGE_KEY, raw);
        await usePlanner.persist.rehydrate();
        expectValidPlanner('after a reload');
        const copies = setAsideCopies();
        const notices = useNotices.getState().notices;
        // What was stored is the JSON text (an Infinity in the generated object was written as null).
        const storedDoc: unknown = doc === undefined ? undefined : JSON.parse(JSON.stringify(doc));
        const opened = storedDoc !== undefined ? parsePlanDocument(storedDoc) : null;
        if (opened?.ok) {
          // A plan the planner can read is the library's one plan, opened exactly, and nothing is set aside.
          expect(copies).toEqual([]);
          expect(currentDocument(usePlanner.getState())).toEqual(opened.doc);
          expect(currentLibrary(usePlanner.getState()).plans.map((p) => p.plan)).toEqual([opened.doc]);
          // The old key stays until the library is saved.
          expect(localStorage.getItem(LEGACY_STORAGE_KEY)).toBe(raw);
          expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
          for (const [field, value] of Object.entries(usePlanner.getState().draft)) expect(typeof value, field).toBe('string');
        } else {
          // Anything else is set aside whole, announced with a way to download it; the plan stays.
          expect(copies).toHaveLength(1);
          // The copy is the stored text byte for byte, whatever the version it was saved by
          // (a version-1 plan is migrated before it is parsed, but never set aside migrated).
          expect(copies[0], `set aside in a changed form (saved by version ${String(version)})`).toBe(raw);
          expect(notices.some((n) => n.kind === 'recovered' && n.download?.text === copies[0] && n.message.trim().length > 0)).toBe(true);
          expect(localStorage.getItem(LEGACY_STORAGE_KEY)).toBeNull();
          expect(snapshot()).toBe(before);
        }
      }),
      runs(600),
    );
  }, FUZZ_TIMEOUT_MS);
});

describe('share links → decodePlanLink and opening one on load', () => {
  const arbFragment: fc.Arbitrary<string> = fc.oneof(
    arbText,
    arbText.map((s) => `${LINK_PARAM}=${s}`),
    arbText.map((s) => `#${LINK_PARAM}=${compressToEncodedURIComponent(s)}`),
    fc.jsonValue().map((v) => `#${LINK_PARAM}=${compressToEncodedURIComponent(JSON.stringify(v) ?? '')}`),
    arbMutatedDocument.map((doc) => `#${LINK_PARAM}=${compressToEncodedURIComponent(JSON.stringify(doc))}`),
    fc.tuple(arbPlanDocument, fc.double({ min: 0, max: 1, noNaN: true })).map(([doc, at]) => {
      const link = `#${encodePlanLink(doc)}`;
      return link.slice(0, Math.max(1, Math.floor(link.length * at)));
    }),
  );

  it('given any fragment, then there is no plan in it (null), a plan that plans finitely, or a refusal with a reason', () => {
    fc.assert(
      fc.property(arbFragment, (hash) => {
        const result = decodePlanLink(hash);
        const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
        if (!fragment.startsWith(`${LINK_PARAM}=`)) {
          expect(result).toBeNull();
          return;
        }
        expect(result).not.toBeNull();
        if (result?.ok) for (const sc of result.doc.scenarios) expectFinite(computePlan(sc.input, sc.assumptions), 'a plan from a link');
        // A message may quote what the link carried (a scenario named "NaN"), so judge it by that text.
        else if (result) expectExplained(result.errors, 'a refused link', `${hash} ${linkText(fragment)}`);
      }),
      runs(1200),
    );
  }, FUZZ_TIMEOUT_MS);

  it('given a link the planner cannot open, when the page loads with it, then the current plan is unchanged and the person is told why', () => {
    fc.assert(
      fc.property(arbFragment, (hash) => {
        resetStores();
        usePlanner.getState().setDraftField('population', '123456');
        const before = snapshot();
        window.history.replaceState(null, '', `/${hash.startsWith('#') ? hash : `#${hash}`}`);
        const result = decodePlanLink(window.location.hash);
        openLinkFromLocation();
        expectValidPlanner('after opening a link');
        if (result && !result.ok) {
          expect(snapshot()).toBe(before);
          const last = useNotices.getState().notices.at(-1);
          expect(last?.kind).toBe('error');
          expect(last?.message.trim().length).toBeGreaterThan(0);
        }
        if (result) expect(window.location.hash).toBe('');
      }),
      runs(500),
    );
  }, FUZZ_TIMEOUT_MS);
});

describe('plan and library files opened in the planner → readPlansFile', () => {
  it('given any file, then it opens as a plan or a library whose plans plan finitely, or is refused with a reason', async () => {
    const arbFile = fc.oneof(
      arbText,
      arbMutatedDocument.map((d) => JSON.stringify(d)),
      arbPlanDocument.map((d) => JSON.stringify(d)),
      arbLibraryFile.map((l) => JSON.stringify(l)),
      arbMutatedLibraryFile.map((l) => JSON.stringify(l)),
    );
    await fc.assert(
      fc.asyncProperty(arbFile, async (text) => {
        const result = await readPlansFile(new File([text], 'plan.json', { type: 'application/json' }));
        const docs = !result.ok ? [] : result.kind === 'plan' ? [result.doc] : result.opened.library.plans.map((p) => p.plan);
        for (const doc of docs) for (const sc of doc.scenarios) expectFinite(computePlan(sc.input, sc.assumptions), 'a plan from a file');
        if (!result.ok) expectExplained([{ field: 'file', message: result.message }], 'a refused file', text);
      }),
      runs(400),
    );
  }, FUZZ_TIMEOUT_MS);
});

describe('form text → the store (setDraftField)', () => {
  const fields: (keyof InputDraft)[] = ['placeName', 'state', 'method', 'preset', ...NUMERIC_FIELDS];

  it('given any sequence of edits, then every field keeps what was typed and the plan on screen is the last valid one', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...fields), fc.oneof(arbNumberText, arbText)), { minLength: 1, maxLength: 12 }), (edits) => {
        resetStores();
        for (const [field, text] of edits) {
          const before = usePlanner.getState().input;
          usePlanner.getState().setDraftField(field, text as never);
          const { draft, input } = usePlanner.getState();
          expect(draft[field]).toBe(text);
          const result = draftToInput(draft);
          if (result.ok) expect(input).toEqual(result.input);
          else expect(input, 'a rejected edit changed the plan').toBe(before);
          expectValidPlanner('after an edit');
        }
      }),
      runs(500),
    );
  }, FUZZ_TIMEOUT_MS);
});

// Shared by the fuzz suite (issue 7): what every edge that reads outside data must guarantee —
// nothing throws, nothing carries NaN or Infinity, every rejection says which field and why — and
// the generators of hostile input. Runs per property are kept small enough for `npm test`; the
// suite as a whole makes well over 10,000 runs (FUZZ_RUNS_SCALE multiplies them, for a long soak).
import fc from 'fast-check';
import { expect } from 'vitest';
import { LIBRARY_FORMAT, LIBRARY_VERSION, makePlanDocument, type Issue, type LibraryDocument, type PlanDocument } from '../../src/model';
import { arbInput, arbOverrides, checkedOverrides } from '../model/support/arbitraries';

const SCALE = Number(process.env.FUZZ_RUNS_SCALE ?? 1);
/** Generous: fuzz tests run long on a busy machine, and time is not what they check. */
export const FUZZ_TIMEOUT_MS = 120_000 * Math.max(1, SCALE);

/** fast-check parameters for `runs` runs (scaled), reproducible through fast-check's printed seed. */
export const runs = (numRuns: number): fc.Parameters<unknown> => ({ numRuns: Math.max(1, Math.round(numRuns * SCALE)) });

/** The path of the first NaN or ±Infinity anywhere in `value` (getters are read), or null. */
export function nonFinitePath(value: unknown, path = '$', seen = new Set<unknown>()): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${String(value)}`;
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    for (const [i, v] of Array.from(value as unknown as ArrayLike<number>).entries()) if (typeof v === 'number' && !Number.isFinite(v)) return `${path}[${i}] = ${v}`;
    return null;
  }
  for (const key of Object.keys(value)) {
    const found = nonFinitePath((value as Record<string, unknown>)[key], `${path}.${key}`, seen);
    if (found) return found;
  }
  return null;
}

export function expectFinite(value: unknown, what: string): void {
  const found = nonFinitePath(value);
  expect(found, `${what} carries a non-finite number`).toBeNull();
}

/**
 * A rejection that says why: at least one issue, each naming a field and giving a real message —
 * not a leaked programming value ("undefined", "NaN", "[object Object]", "Infinity") unless the
 * person typed it (`given`: the raw input, whose text a message may quote). `keys`: the raw
 * object's keys, which an issue may name as they are.
 */
export function expectExplained(errors: readonly Issue[], what: string, given?: unknown): void {
  expect(errors.length, `${what}: a rejection with no reason`).toBeGreaterThan(0);
  const typed = safeText(given);
  const leaks = ['undefined', 'NaN', '[object ', 'Infinity'].filter((word) => !typed.includes(word));
  for (const e of errors) {
    // Every issue names its field in words, even an unknown assumption whose key is "" or blank.
    const named = typeof e.field === 'string' && e.field.trim().length > 0;
    expect(named, `${what}: an issue names no field (${JSON.stringify(e)})`).toBe(true);
    expect(typeof e.message === 'string' && e.message.trim().length > 0, `${what}: an issue has no message (${JSON.stringify(e)})`).toBe(true);
    for (const word of leaks) expect(e.message, `${what}: a message leaks a programming value`).not.toContain(word);
  }
}

function safeText(value: unknown): string {
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)) ?? String(value));
  } catch {
    return String(value);
  }
}

/** Text a person could type into a number field: numbers of every shape, near misses and junk. */
export const arbNumberText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -1_000, max: 60_000_000 }).map(String),
  fc.integer({ min: 0, max: 60_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.double().map(String), // includes NaN, Infinity, -0, 5e-324, 1.7976931348623157e+308
  fc.constantFrom('', ' ', '0', '-0', '1e3', '1e400', '0x1F', '١٢٣', '12,34,5', '1_000', '.5', '5.', '+7', '٫5', '∞', 'NaN', 'Infinity', '50%', '$100', '1 000'),
  fc.tuple(fc.constantFrom(' ', '\t', '\u00a0', ''), fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('', ' ', 'a', '.0', ',000')).map(([a, n, b]) => `${a}${n}${b}`),
  fc.string({ maxLength: 12 }),
);

/** Any text, including hostile and non-BMP: markup, formulas, RTL marks, NULs, very long. */
export const arbText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '=HYPERLINK("http://x")', '+1', '@SUM(A1)', '\u202eevil', '\u0000', 'Zürich – Δ', '💥'.repeat(3)),
  fc.string({ minLength: 100, maxLength: 300 }),
);

/** A valid plan document: one to four scenarios drawn from the model's own generators. */
export const arbPlanDocument: fc.Arbitrary<PlanDocument> = fc
  .array(fc.tuple(arbInput, arbOverrides()), { minLength: 1, maxLength: 4 })
  .chain((pairs) =>
    fc.nat({ max: pairs.length - 1 }).map((active) => {
      const scenarios = pairs.map(([input, raw], i) => ({ ...makePlanDocument(input, checkedOverrides(raw, input.preset)).scenarios[0]!, name: `Scenario ${i + 1}` }));
      return { ...makePlanDocument(pairs[0]![0]), activeScenario: active, scenarios };
    }),
  );

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON tree. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function setAt(root: Json, path: (string | number)[], replace: (old: Json) => Json | undefined): Json {
  if (path.length === 0) return replace(root) ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    const next = setAt(copy[head as number] ?? null, rest, replace);
    if (rest.length === 0 && replace(copy[head as number] ?? null) === undefined) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  if (root !== null && typeof root === 'object') {
    const copy = { ...root };
    if (rest.length === 0 && replace(copy[head as string] ?? null) === undefined) delete copy[head as string];
    else copy[head as string] = setAt(copy[head as string] ?? null, rest, replace);
    return copy;
  }
  return root;
}

/** A valid document with 1–3 random changes: a value replaced by any JSON, a key deleted, a number nudged. */
export const arbMutated = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => valid.chain((doc) => {
  const json = JSON.parse(JSON.stringify(doc)) as Json;
  const all = paths(json);
  const mutation = fc.tuple(
    fc.nat({ max: all.length - 1 }),
    fc.oneof(
      fc.jsonValue().map((v) => (): Json => v as Json),
      fc.constant(() => undefined),
      fc.constantFrom(-1, 0, 1e308, -1e-9, 0.5, 2 ** 53).map((n) => (old: Json) => (typeof old === 'number' ? old * n : n)),
      fc.constantFrom('', 'NaN', 'Infinity', '1e400', '<script>').map((s) => (): Json => s),
    ),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((changes) => changes.reduce((acc, [i, change]) => setAt(acc, all[i % all.length]!, change), json));
});

/** A plan document with 1–3 random changes. */
export const arbMutatedDocument: fc.Arbitrary<unknown> = arbMutated(arbPlanDocument);

const arbTime = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());

/**
 * A valid plans library file (cvi-ecosystem-library, version 1): one to three plans, sometimes
 * sharing a name (the reader renames the second), the active one any of them.
 */
export const arbLibraryFile: fc.Arbitrary<LibraryDocument> = fc
  .array(fc.tuple(arbPlanDocument, fc.constantFrom('Norfolk, VA', 'Budget 2027', 'Zürich – Δ', 'Plan'), fc.boolean(), arbTime), { minLength: 1, maxLength: 3 })
  .chain((entries) =>
    fc.nat({ max: entries.length - 1 }).map((active) => ({
      format: LIBRARY_FORMAT,
      version: LIBRARY_VERSION,
      activePlan: `plan-${active}`,
      plans: entries.map(([plan, name, autoName, at], i) => ({ id: `plan-${i}`, name, autoName, createdAt: at, updatedAt: at, plan })),
    })),
  );

/** A library file with 1–3 random changes anywhere: its header, a plan's entry, or deep inside a plan. */
export const arbMutatedLibraryFile: fc.Arbitrary<unknown> = arbMutated(arbLibraryFile);

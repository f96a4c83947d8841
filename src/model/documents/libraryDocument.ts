// The plans library: several named plans, each a whole plan document (its scenarios, funding and
// current staffing), kept in the browser and exported or imported as one file. Every plan inside
// keeps its own plan format version and is opened by the plan reader (planDocument.ts), so a
// library written by any version opens its plans through the same migration chain as plan files.
// A plan inside that cannot be opened is not dropped: it comes back in `unreadable`, exactly as it
// was, for the caller to set aside with a download.
import { z } from 'zod';
import type { Issue } from '../input';
import { openDocument, openDocumentText, type DocumentKind, type Migration, type ReadResult } from './reader';
import { PLAN_DOCUMENT, PLAN_NAME_MAX, type PlanDocument } from './planDocument';

export const LIBRARY_FORMAT = 'cvi-ecosystem-library';
export const LIBRARY_VERSION = 1;
/** Plans a library holds: a browser's storage keeps a few megabytes; a plan is a few kilobytes. */
export const MAX_LIBRARY_PLANS = 100;
/** Library files larger than this are refused before parsing (a hundred plans of the largest size). */
export const MAX_LIBRARY_BYTES = 20_000_000;

export interface LibraryPlan {
  /** Unique within its library; the planner's address names it (`?plan=…`). */
  readonly id: string;
  /** Unique within its library, 1 to PLAN_NAME_MAX characters. */
  readonly name: string;
  /** True while the name is the place's, given by the planner: it follows the place until someone renames the plan. */
  readonly autoName: boolean;
  /** ISO 8601 times. */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly plan: PlanDocument;
}

export interface LibraryDocument {
  readonly format: typeof LIBRARY_FORMAT;
  readonly version: typeof LIBRARY_VERSION;
  /** The id of the plan open in the planner. */
  readonly activePlan: string;
  /** One to MAX_LIBRARY_PLANS plans. */
  readonly plans: readonly LibraryPlan[];
}

/** A plan in a library that could not be opened: what was there, untouched, and why. */
export interface UnreadablePlan {
  /** Its name if it had one, else "Plan 3". */
  readonly label: string;
  readonly raw: unknown;
  readonly reason: string;
}

/** An opened library: its readable plans, and those that could not be opened. */
export interface OpenedLibrary {
  readonly library: LibraryDocument;
  readonly unreadable: readonly UnreadablePlan[];
}

/** The library's migration chain (none yet); each step will need a row in tests/state/library.test.ts. */
export const LIBRARY_MIGRATIONS: readonly Migration[] = [];

const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
const nameRule = `A plan's name must be text of 1 to ${PLAN_NAME_MAX} characters.`;
const timeRule = (what: string, field: string) => `its ${what} is missing or not a date ("${field}" must be a date and time such as 2026-12-07T21:05:00Z, as "Download all plans" writes it).`;
const isoTime = (what: string, field: string) =>
  z.string({ error: timeRule(what, field) }).refine((s) => s.length <= 40 && !Number.isNaN(Date.parse(s)), { error: timeRule(what, field) });
const entryShape = z.object({
  id: z.string({ error: 'A plan id must be text.' }).regex(ID_PATTERN, { error: 'A plan id must be 1 to 40 letters, digits, "-" or "_".' }),
  name: z.string({ error: nameRule }).trim().min(1, { error: nameRule }).max(PLAN_NAME_MAX, { error: nameRule }),
  createdAt: isoTime('creation time', 'createdAt'),
  updatedAt: isoTime('time of last change', 'updatedAt'),
  autoName: z.boolean({ error: 'autoName must be true or false.' }).optional(),
});

const fail = (message: string, field = 'library'): { ok: false; errors: Issue[] } => ({ ok: false, errors: [{ field, message }] });

function labelOf(raw: unknown, index: number): string {
  const name = typeof raw === 'object' && raw !== null ? (raw as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() ? `“${name.trim().slice(0, PLAN_NAME_MAX)}”` : `Plan ${index + 1}`;
}

/** The body of a library at the current version: each plan opened by the plan reader. */
function readLibraryBody(migrated: Record<string, unknown>): ReadResult<OpenedLibrary> {
  const rawPlans = migrated.plans;
  if (!Array.isArray(rawPlans) || rawPlans.length === 0) return fail('A library must hold at least one plan.', 'plans');
  if (rawPlans.length > MAX_LIBRARY_PLANS) return fail(`A library holds at most ${MAX_LIBRARY_PLANS} plans; this one has ${rawPlans.length}.`, 'plans');
  const plans: LibraryPlan[] = [];
  const unreadable: UnreadablePlan[] = [];
  const warnings: Issue[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  rawPlans.forEach((raw: unknown, i) => {
    const label = labelOf(raw, i);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      unreadable.push({ label, raw, reason: `${label} is not an object` });
      return;
    }
    const entry = entryShape.safeParse(raw);
    if (!entry.success) {
      unreadable.push({ label, raw, reason: `${label}: ${entry.error.issues.map((e) => e.message).join(' ')}` });
      return;
    }
    const opened = openDocument(PLAN_DOCUMENT, (raw as { plan?: unknown }).plan);
    if (!opened.ok) {
      unreadable.push({ label, raw, reason: `${label}: ${opened.errors.map((e) => e.message).join(' ')}` });
      return;
    }
    warnings.push(...opened.warnings.map((w) => ({ field: `plans.${i}.${w.field}`, message: `${label}: ${w.message}` })));
    // Two plans may not share an id or a name: a copy keeps its plan under a fresh one, and says so.
    const id = ids.has(entry.data.id) ? freshId([...ids, ...rawIds(rawPlans)], `${entry.data.id}:${i}`) : entry.data.id;
    const name = names.has(entry.data.name) ? uniquePlanName(entry.data.name, [...names]) : entry.data.name;
    if (name !== entry.data.name) warnings.push({ field: `plans.${i}.name`, message: `Two plans were named “${entry.data.name}”; the second is now “${name}”.` });
    ids.add(id);
    names.add(name);
    plans.push({ id, name, autoName: entry.data.autoName ?? false, createdAt: entry.data.createdAt, updatedAt: entry.data.updatedAt, plan: opened.doc });
  });
  const first = plans[0];
  if (!first) return fail(`None of the library's plans could be opened: ${unreadable.map((u) => u.reason).join(' ')}`, 'plans');
  const active = typeof migrated.activePlan === 'string' && plans.some((p) => p.id === migrated.activePlan) ? migrated.activePlan : first.id;
  return { ok: true, doc: { library: { format: LIBRARY_FORMAT, version: LIBRARY_VERSION, activePlan: active, plans }, unreadable }, warnings };
}

function rawIds(rawPlans: readonly unknown[]): string[] {
  return rawPlans.flatMap((p) => (typeof p === 'object' && p !== null && typeof (p as { id?: unknown }).id === 'string' ? [(p as { id: string }).id] : []));
}

/** Libraries, for the reader: a file or the browser's storage; plans inside are opened one by one. */
export const LIBRARY_DOCUMENT: DocumentKind<OpenedLibrary> = {
  noun: 'plans library',
  format: LIBRARY_FORMAT,
  version: LIBRARY_VERSION,
  migrations: LIBRARY_MIGRATIONS,
  maxBytes: MAX_LIBRARY_BYTES,
  textSubject: 'This file',
  readBody: readLibraryBody,
};

export function parseLibraryDocument(raw: unknown): ReadResult<OpenedLibrary> {
  return openDocument(LIBRARY_DOCUMENT, raw);
}

export function parseLibraryText(text: string): ReadResult<OpenedLibrary> {
  return openDocumentText(LIBRARY_DOCUMENT, text);
}

/** The plans a library held but could not open, exactly as they were, as a file a person can keep. */
export function unreadablePlansText(unreadable: readonly UnreadablePlan[]): string {
  return JSON.stringify({ format: LIBRARY_FORMAT, version: LIBRARY_VERSION, plans: unreadable.map((u) => u.raw) }, null, 2);
}

export function serialiseLibrary(library: LibraryDocument): string {
  return JSON.stringify(library, null, 2);
}

/**
 * A plan id not taken, made from `seed` (the time and the plan's content, say): two browser tabs
 * adding different plans at the same moment do not give them the same id. Eight base-36 letters
 * from a 32-bit FNV-1a hash of the seed; on a clash the seed is extended until one is free.
 */
export function freshId(taken: readonly string[], seed = ''): string {
  const used = new Set(taken);
  for (let n = 0; ; n++) {
    let h = 0x811c9dc5;
    const text = `${seed}#${n}`;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    const id = `p${h.toString(36).padStart(7, '0')}`;
    if (!used.has(id)) return id;
  }
}

/** The name itself if free, else "Name (2)", "Name (3)", … */
export function uniquePlanName(base: string, taken: readonly string[]): string {
  const clean = base.trim().slice(0, PLAN_NAME_MAX) || 'Untitled plan';
  const used = new Set(taken);
  if (!used.has(clean)) return clean;
  const stem = clean.slice(0, PLAN_NAME_MAX - 6);
  for (let n = 2; ; n++) {
    const name = `${stem} (${n})`;
    if (!used.has(name)) return name;
  }
}

/** What a plan is called before anyone names it: its place ("Norfolk, VA"). */
export function planPlaceName(doc: PlanDocument): string {
  const input = (doc.scenarios[doc.activeScenario] ?? doc.scenarios[0])?.input;
  if (!input) return 'Untitled plan';
  const place = [input.placeName.trim(), input.state.trim()].filter(Boolean).join(', ');
  return place.slice(0, PLAN_NAME_MAX) || 'Untitled plan';
}

/** The place name of a plan document not yet read (the single saved plan of earlier versions), best effort. */
function rawPlaceName(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return 'My plan';
  const doc = raw as { input?: unknown; scenarios?: unknown; activeScenario?: unknown };
  const scenarios = Array.isArray(doc.scenarios) ? doc.scenarios : [];
  const scenario = (typeof doc.activeScenario === 'number' ? scenarios[doc.activeScenario] : undefined) ?? scenarios[0];
  const input = (scenario as { input?: unknown } | undefined)?.input ?? doc.input;
  if (typeof input !== 'object' || input === null) return 'My plan';
  const { placeName, state } = input as { placeName?: unknown; state?: unknown };
  const parts = [placeName, state].filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => p.trim());
  return parts.join(', ').slice(0, PLAN_NAME_MAX) || 'My plan';
}

/**
 * The single plan that earlier versions kept in the browser, as a library holding it as its first
 * plan (raw: the library reader then opens the plan through the plan's own migration chain).
 */
export function libraryFromSinglePlan(rawPlan: unknown, now: string): Record<string, unknown> {
  // From the saved plan, not the time: until the first save it is converted again on every load,
  // and its address (?plan=ID) must still name it after a reload.
  const id = freshId([], JSON.stringify(rawPlan) ?? '');
  return {
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    activePlan: id,
    plans: [{ id, name: rawPlaceName(rawPlan), autoName: true, createdAt: now, updatedAt: now, plan: rawPlan }],
  };
}

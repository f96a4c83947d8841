// What can be done to a plans library (libraryDocument.ts), as functions from one library to the
// next: add an arriving plan (never over another: the same content opens the plan already there),
// rename, duplicate, remove and put back, import a library file. Pure — the caller passes the
// time and keeps the result — so the browser's store and the command line share one set of rules.
import { freshId, LIBRARY_FORMAT, LIBRARY_VERSION, MAX_LIBRARY_PLANS, planPlaceName, uniquePlanName, type LibraryDocument, type LibraryPlan } from './libraryDocument';
import { PLAN_NAME_MAX } from './planDocument';
import type { PlanDocument } from './planDocument';

/** JSON with every object's keys in order: equal content gives equal text whatever order it was built in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What makes two plans the same plan: their scenarios (inputs, assumptions, multi-year settings,
 * funding, current staffing, names). Which scenario happens to be open is not part of it.
 */
export function planContentKey(doc: PlanDocument): string {
  return canonical(doc.scenarios);
}

export function findPlanByContent(library: LibraryDocument, doc: PlanDocument): LibraryPlan | undefined {
  const key = planContentKey(doc);
  return library.plans.find((p) => planContentKey(p.plan) === key);
}

export function findPlan(library: LibraryDocument, id: string): LibraryPlan | undefined {
  return library.plans.find((p) => p.id === id);
}

export function newLibrary(plan: PlanDocument, now: string, name?: string): LibraryDocument {
  // From the time as well as the content: every browser's first plan has an id of its own, so an
  // address copied from one browser never silently opens another person's plan of the same id.
  // (The planner saves a first visit's library at once, so a reload finds the same id.)
  const id = freshId([], `${now}:${planContentKey(plan)}`);
  return { format: LIBRARY_FORMAT, version: LIBRARY_VERSION, activePlan: id, plans: [{ id, name: uniquePlanName(name ?? planPlaceName(plan), []), autoName: name === undefined, createdAt: now, updatedAt: now, plan }] };
}

const fullMessage = `Your plans library is full (${MAX_LIBRARY_PLANS} plans). Delete a plan you no longer need, or download your plans as a file, to make room.`;

export type AddResult = { ok: true; library: LibraryDocument; id: string; existed: boolean } | { ok: false; message: string };

/**
 * Add a plan beside the others (or find it: a plan with the same content is not added twice,
 * unless `sameContent` is 'add', as for a new plan from the defaults) and make it the active one.
 * Nothing already in the library changes.
 */
export function addPlan(
  library: LibraryDocument,
  plan: PlanDocument,
  options: { now: string; name?: string | undefined; autoName?: boolean; sameContent?: 'open' | 'add' },
): AddResult {
  const same = options.sameContent === 'add' ? undefined : findPlanByContent(library, plan);
  if (same) return { ok: true, library: { ...library, activePlan: same.id }, id: same.id, existed: true };
  if (library.plans.length >= MAX_LIBRARY_PLANS) return { ok: false, message: fullMessage };
  const id = freshId(library.plans.map((p) => p.id), `${options.now}:${planContentKey(plan)}`);
  const name = uniquePlanName(options.name ?? planPlaceName(plan), library.plans.map((p) => p.name));
  const entry: LibraryPlan = { id, name, autoName: options.autoName ?? options.name === undefined, createdAt: options.now, updatedAt: options.now, plan };
  return { ok: true, library: { ...library, activePlan: id, plans: [...library.plans, entry] }, id, existed: false };
}

/**
 * The plan's document replaced (the planner's working copy saved into it), with the time of its
 * last change; a name the planner gave follows the place when the place changes (and only then:
 * a name never changes because another plan was renamed or deleted).
 */
export function updatePlan(library: LibraryDocument, id: string, plan: PlanDocument, updatedAt: string): LibraryDocument {
  const others = library.plans.filter((p) => p.id !== id).map((p) => p.name);
  const named = (p: LibraryPlan) => (p.autoName && planPlaceName(plan) !== planPlaceName(p.plan) ? uniquePlanName(planPlaceName(plan), others) : p.name);
  return { ...library, plans: library.plans.map((p) => (p.id === id ? { ...p, plan, updatedAt, name: named(p) } : p)) };
}

export type NameResult = { ok: true; library: LibraryDocument } | { ok: false; message: string };

/** A new name, 1 to PLAN_NAME_MAX characters and not another plan's. */
export function renamePlan(library: LibraryDocument, id: string, name: string): NameResult {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > PLAN_NAME_MAX) return { ok: false, message: `A plan's name must be 1 to ${PLAN_NAME_MAX} characters.` };
  if (library.plans.some((p) => p.id !== id && p.name === trimmed)) return { ok: false, message: `Another plan is already named “${trimmed}”.` };
  if (!findPlan(library, id)) return { ok: false, message: 'That plan is no longer in your plans.' };
  return { ok: true, library: { ...library, plans: library.plans.map((p) => (p.id === id ? { ...p, name: trimmed, autoName: false } : p)) } };
}

/** A copy of the plan, named "Name (copy)", placed after it. The active plan does not change. */
export function duplicatePlan(library: LibraryDocument, id: string, now: string): AddResult {
  const source = findPlan(library, id);
  if (!source) return { ok: false, message: 'That plan is no longer in your plans.' };
  if (library.plans.length >= MAX_LIBRARY_PLANS) return { ok: false, message: fullMessage };
  const copyId = freshId(library.plans.map((p) => p.id), `${now}:copy:${source.id}`);
  const name = uniquePlanName(`${source.name.slice(0, PLAN_NAME_MAX - 7)} (copy)`, library.plans.map((p) => p.name));
  const copy: LibraryPlan = { id: copyId, name, autoName: false, createdAt: now, updatedAt: now, plan: source.plan };
  const at = library.plans.indexOf(source) + 1;
  const plans = [...library.plans.slice(0, at), copy, ...library.plans.slice(at)];
  return { ok: true, library: { ...library, plans }, id: copyId, existed: false };
}

export interface Removed {
  readonly library: LibraryDocument;
  /** What was removed and where, for undo. */
  readonly plan: LibraryPlan;
  readonly index: number;
}

/**
 * The library without the plan. The last plan cannot be removed (a library holds at least one);
 * when the active plan goes, its neighbour becomes active.
 */
export function removePlan(library: LibraryDocument, id: string): Removed | null {
  const index = library.plans.findIndex((p) => p.id === id);
  const plan = library.plans[index];
  if (!plan || library.plans.length <= 1) return null;
  const plans = library.plans.filter((p) => p.id !== id);
  const neighbour = plans[Math.min(index, plans.length - 1)] as LibraryPlan;
  return { library: { ...library, plans, activePlan: library.activePlan === id ? neighbour.id : library.activePlan }, plan, index };
}

/**
 * Undo of removePlan: the plan back where it was, under its id and name unless another took them
 * since. The plan itself already there again (put back in another tab: its id) is not added twice:
 * `existed`. Another plan with the same content (a duplicate, a new plan) is not the same plan.
 */
export function restorePlan(library: LibraryDocument, removed: Pick<Removed, 'plan' | 'index'>): AddResult {
  if (findPlan(library, removed.plan.id)) return { ok: true, library, id: removed.plan.id, existed: true };
  if (library.plans.length >= MAX_LIBRARY_PLANS) return { ok: false, message: fullMessage };
  const id = removed.plan.id;
  const name = uniquePlanName(removed.plan.name, library.plans.map((p) => p.name));
  const at = Math.min(removed.index, library.plans.length);
  const plans = [...library.plans.slice(0, at), { ...removed.plan, id, name }, ...library.plans.slice(at)];
  return { ok: true, library: { ...library, plans }, id, existed: false };
}

export type ImportResult =
  | { ok: true; library: LibraryDocument; added: readonly string[]; alreadyIn: readonly string[] }
  | { ok: false; message: string };

/**
 * A library file's plans added beside the library's own (never over them): each under a fresh id,
 * its name made unique, its times kept; a plan whose content is already in the library is skipped
 * and named in `alreadyIn`. Refused as a whole if the library would pass MAX_LIBRARY_PLANS. The
 * active plan does not change.
 */
export function importPlans(library: LibraryDocument, incoming: LibraryDocument): ImportResult {
  const keys = new Set(library.plans.map((p) => planContentKey(p.plan)));
  const plans = [...library.plans];
  const added: string[] = [];
  const alreadyIn: string[] = [];
  for (const plan of incoming.plans) {
    const key = planContentKey(plan.plan);
    if (keys.has(key)) {
      alreadyIn.push(plan.name);
      continue;
    }
    keys.add(key);
    const entry = { ...plan, id: freshId(plans.map((p) => p.id), `${plan.id}:${key}`), name: uniquePlanName(plan.name, plans.map((p) => p.name)) };
    plans.push(entry);
    added.push(entry.name);
  }
  if (plans.length > MAX_LIBRARY_PLANS) {
    return { ok: false, message: `These ${added.length} plans would take your library past ${MAX_LIBRARY_PLANS} plans (it has ${library.plans.length}). Nothing was added; delete plans you no longer need first.` };
  }
  return { ok: true, library: { ...library, plans }, added, alreadyIn };
}

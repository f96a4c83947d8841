// The plans library (--library FILE.json): reading a library file with the model's reader, the
// plans it lists (each at full strength, from computePlan), choosing one with --open, and the
// library file --format library writes (one plan, for the planner's "Add plans from a file").
import {
  activeScenarioOf,
  computePlan,
  MAX_LIBRARY_BYTES,
  newLibrary,
  parseLibraryText,
  PLAN_NAME_MAX,
  type LibraryDocument,
  type LibraryPlan,
  type OpenedLibrary,
  type PlanDocument,
  type PresetId,
} from '../model';
import type { CliIo } from './io';
import { readDocumentText } from './planFile';

export type LibraryFileRead = { ok: true; opened: OpenedLibrary; warnings: string[] } | { ok: false; messages: string[] };

/**
 * Read and check a library file with the model's parseLibraryText (format, version and
 * migrations; each plan inside through the plan reader). Its messages come back prefixed with
 * --library; a plan file is sent to --plan.
 */
export async function readLibraryFile(path: string, io: CliIo): Promise<LibraryFileRead> {
  const read = await readDocumentText({ flag: 'library', path, maxBytes: MAX_LIBRARY_BYTES, noun: 'plans library', emptyName: 'Library file' }, io);
  if (!read.ok) return read;
  if (read.format === 'plan') {
    return { ok: false, messages: [`--library: this is a plan file, not a library file: use --plan "${path}" to plan it.`] };
  }
  const result = parseLibraryText(read.text);
  if (!result.ok) {
    return { ok: false, messages: result.errors.map((e) => (e.field === 'plans library' || e.field === 'library' || e.field === 'plans' ? `--library: ${e.message}` : `--library: ${e.field}: ${e.message}`)) };
  }
  return { ok: true, opened: result.doc, warnings: result.warnings.map((w) => `--library: ${w.message}`) };
}

/** One line per plan the library holds but could not open: named, with the reason. */
export function unreadableLines(opened: OpenedLibrary, consequence: string): string[] {
  return opened.unreadable.map((u) => `--library: a plan could not be opened, ${consequence}: ${u.reason}`);
}

/** A plan of the library as listed: its active scenario at full strength. */
export interface LibraryRow {
  /** 1-based, as --open takes it. */
  readonly position: number;
  readonly id: string;
  readonly name: string;
  /** "Norfolk, VA"; empty when the plan names no place. */
  readonly place: string;
  readonly preset: PresetId;
  /** The annual budget at full strength of the active scenario (computePlan). */
  readonly total: number;
  readonly updatedAt: string;
  /** How many scenarios the plan holds. */
  readonly scenarios: number;
}

export function libraryRows(library: LibraryDocument): LibraryRow[] {
  return library.plans.map((entry, i) => {
    const scenario = activeScenarioOf(entry.plan);
    const { placeName, state } = scenario.input;
    return {
      position: i + 1,
      id: entry.id,
      name: entry.name,
      place: [placeName.trim(), state.trim()].filter(Boolean).join(', '),
      preset: scenario.input.preset,
      total: computePlan(scenario.input, scenario.assumptions).budget.total,
      updatedAt: entry.updatedAt,
      scenarios: entry.plan.scenarios.length,
    };
  });
}

export type Choice = { ok: true; entry: LibraryPlan; position: number } | { ok: false; message: string };

const positionOf = (plans: readonly LibraryPlan[], p: LibraryPlan): number => plans.indexOf(p) + 1;

/**
 * The plan --open names: its name exactly, else its name in any capitals (if only one plan has
 * it), else its 1-based position. Otherwise a message that lists the plans to choose from.
 */
export function choosePlan(opened: OpenedLibrary, query: string, path: string): Choice {
  const { plans } = opened.library;
  const wanted = query.trim();
  const choices = `"${path}" holds ${plans.length === 1 ? '1 plan' : `${plans.length} plans`}: ${numbered(plans, plans)}`;
  const found = (entry: LibraryPlan): Choice => ({ ok: true, entry, position: positionOf(plans, entry) });
  if (wanted === '') return { ok: false, message: `--open: give a plan's name or its position (1 to ${plans.length}); ${choices}.` };
  const exact = plans.find((p) => p.name === wanted);
  if (exact) return found(exact);
  const folded = wanted.toLowerCase();
  const alike = plans.filter((p) => p.name.toLowerCase() === folded);
  if (alike.length === 1 && alike[0]) return found(alike[0]);
  if (alike.length > 1) {
    return { ok: false, message: `--open: "${wanted}" could be any of ${numbered(plans, alike)}: give the name exactly as written, or the plan's position; ${choices}.` };
  }
  if (/^\d+$/.test(wanted)) {
    const entry = plans[Number(wanted) - 1];
    if (entry) return found(entry);
    return { ok: false, message: `--open: there is no plan ${wanted}: positions run from 1 to ${plans.length}; ${choices}.` };
  }
  const damaged = opened.unreadable.find((u) => u.label.toLowerCase() === `“${folded}”`);
  if (damaged) return { ok: false, message: `--open: “${wanted}” is in "${path}" but could not be opened: ${damaged.reason}` };
  return { ok: false, message: `--open: no plan named "${wanted}"; ${choices}.` };
}

/** "1 “Norfolk, VA”, 3 “Detroit”": plans of `some` by their position in `all`. */
function numbered(all: readonly LibraryPlan[], some: readonly LibraryPlan[]): string {
  return some.map((p) => `${positionOf(all, p)} “${p.name}”`).join(', ');
}

/** What a plan written with --format library is called, and whether the name follows its place. */
export interface WrittenName {
  readonly name: string;
  readonly autoName: boolean;
}

export const NAME_RULE = `A plan's name must be 1 to ${PLAN_NAME_MAX} characters.`;

/**
 * The name of the plan --format library writes: --name; else the name it had in the library it
 * was opened from, unless that name was the planner's (it follows the place); else its place.
 */
export function writtenName(nameFlag: string | undefined, entry: LibraryPlan | undefined): WrittenName | undefined {
  if (nameFlag !== undefined) return { name: nameFlag.trim(), autoName: false };
  if (entry && !entry.autoName) return { name: entry.name, autoName: false };
  return undefined;
}

/** The library --format library writes: the one plan, made at `now` (an ISO time), named as above. */
export function libraryToWrite(named: PlanDocument, now: string, given: WrittenName | undefined): LibraryDocument {
  // A plan file's own name (the planner's "Save plan file" carries a name the person gave) names it
  // when nothing else does; the library keeps the name beside the plan, not inside it.
  const { name: carried, ...doc } = named;
  const name = given ?? (carried === undefined ? undefined : { name: carried, autoName: false });
  const library = newLibrary(doc, now, name?.name);
  return name ? { ...library, plans: library.plans.map((p) => ({ ...p, autoName: name.autoName })) } : library;
}

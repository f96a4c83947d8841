// The saved form of a plan: what a person entered (inputs and assumption overrides), never the
// computed numbers. Plan files, share links and browser storage all read and write this one
// format through one migration chain, so a plan saved by any version opens in every later one.
import type { AssumptionOverrides } from './assumptions';
import { validateInput, type Issue, type PlanInput } from './input';
import { validateOverrides } from './overrides';

export const PLAN_FORMAT = 'cvi-ecosystem-plan';
export const PLAN_VERSION = 1;
/** Plan files larger than this are refused before parsing. */
export const MAX_PLAN_BYTES = 1_000_000;

export interface PlanDocument {
  readonly format: typeof PLAN_FORMAT;
  readonly version: typeof PLAN_VERSION;
  readonly input: PlanInput;
  readonly assumptions: AssumptionOverrides;
}

/**
 * One step of the chain: turns a document of version `from` into version `from + 1`. Each step
 * has a test in tests/model/planDocument.test.ts; a test there fails when a step lacks one.
 */
export interface Migration {
  readonly from: number;
  readonly name: string;
  readonly migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
}

// Version 1 is the first released format, so the chain is empty; the next format change adds
// `{ from: 1, name: '…', migrate }` here and bumps PLAN_VERSION.
export const MIGRATIONS: readonly Migration[] = [];

export function makePlanDocument(input: PlanInput, assumptions: AssumptionOverrides): PlanDocument {
  return { format: PLAN_FORMAT, version: PLAN_VERSION, input, assumptions };
}

export type DocumentResult = { ok: true; doc: PlanDocument; warnings: Issue[] } | { ok: false; errors: Issue[] };

const fail = (message: string, field = 'plan'): DocumentResult => ({ ok: false, errors: [{ field, message }] });

export function migrateToCurrent(
  doc: Record<string, unknown>,
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = PLAN_VERSION,
): Record<string, unknown> {
  let current = doc;
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`no migration from plan version ${v}`);
    current = { ...step.migrate(current), version: v + 1 };
  }
  return current;
}

/** Read a plan document from parsed JSON (file, link or storage). */
export function parsePlanDocument(raw: unknown): DocumentResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('This is not a plan: expected a JSON object.');
  }
  const doc = raw as Record<string, unknown>;
  if (doc.format !== PLAN_FORMAT) {
    return fail(`This is not a CVI Ecosystem plan: its "format" must be "${PLAN_FORMAT}".`);
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('This plan has no valid "version" (a whole number from 1).');
  }
  if (version > PLAN_VERSION) {
    return fail(
      `This plan was saved by a newer version of the planner (format version ${version}); this version reads up to ${PLAN_VERSION}. Update the planner to open it.`,
    );
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateToCurrent(doc, version);
  } catch (e) {
    return fail(`This plan could not be upgraded: ${(e as Error).message}.`);
  }
  const input = validateInput(migrated.input);
  if (!input.ok) return { ok: false, errors: input.errors.map((e) => ({ field: `input.${e.field}`, message: e.message })) };
  const overrides = validateOverrides(migrated.assumptions ?? {}, input.input.preset);
  if (!overrides.ok) {
    return { ok: false, errors: overrides.errors.map((e) => ({ field: `assumptions.${e.field}`, message: e.message })) };
  }
  return { ok: true, doc: makePlanDocument(input.input, overrides.overrides), warnings: input.warnings };
}

/** Read a plan document from text, refusing oversized or malformed text with a clear message. */
export function parsePlanText(text: string): DocumentResult {
  // Bytes, not characters: 600,000 "é" are 1.2 MB. Checked on the cheap character count first.
  if (text.length > MAX_PLAN_BYTES || new TextEncoder().encode(text).length > MAX_PLAN_BYTES) {
    return fail(`This file is too large to be a plan (over ${MAX_PLAN_BYTES / 1_000_000} MB).`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('This file is damaged or not a plan: it is not valid JSON.');
  }
  return parsePlanDocument(raw);
}

export function serialisePlanDocument(doc: PlanDocument): string {
  return JSON.stringify(doc, null, 2);
}

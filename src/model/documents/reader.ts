// The one reader of saved documents. Plans and portfolios — from a file, a share link or the
// browser's storage — are all opened here: the text is size-checked and parsed as JSON, the header
// (a JSON object of the right `format`, a `version` this planner reads) is checked, the document is
// brought up to the current version through its migration chain, and its body is checked by the
// kind's own reader. Each kind of document (planDocument.ts, portfolioDocument.ts) is described
// once, as a DocumentKind, and everything that opens one passes it here.
import type { Issue } from '../input';

/**
 * One step of a migration chain: turns a document of version `from` into version `from + 1`.
 * Each step has a test (tests/state/migrations.test.ts for plans, tests/state/portfolio.test.ts
 * for portfolios); a test there fails when a step lacks one.
 */
export interface Migration {
  readonly from: number;
  readonly name: string;
  readonly migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
}

/** What opening a document gives: the document and what is worth a warning, or why it cannot be opened. */
export type ReadResult<Doc> = { ok: true; doc: Doc; warnings: Issue[] } | { ok: false; errors: Issue[] };

/** One kind of saved document: everything the reader needs to open it. */
export interface DocumentKind<Doc> {
  /** What a person calls it, in messages: "plan", "portfolio". Also the field of header problems. */
  readonly noun: string;
  /** The value of the document's `format` field. */
  readonly format: string;
  /** The current version: documents are migrated up to it, newer ones refused. */
  readonly version: number;
  readonly migrations: readonly Migration[];
  /** Text larger than this (in UTF-8 bytes) is refused before parsing. */
  readonly maxBytes: number;
  /** How messages about the text name it: "This file" (a plan), "This" (a portfolio). */
  readonly textSubject: string;
  /**
   * How many problems a notice quotes, in one message. Absent: every problem, each on its own
   * (a plan has few); a portfolio of a thousand places may have many, so it quotes the first few.
   */
  readonly problemsQuoted?: number;
  /** Checks the body of a document already at the current version. */
  readonly readBody: (doc: Record<string, unknown>) => ReadResult<Doc>;
}

/** Applies the chain's steps from `version` up to `target`, each setting `version` to from + 1. */
export function migrateToCurrent(doc: Record<string, unknown>, version: number, migrations: readonly Migration[], target: number): Record<string, unknown> {
  let current = doc;
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`no migration from plan version ${v}`);
    current = { ...step.migrate(current), version: v + 1 };
  }
  return current;
}

const fail = (field: string, message: string): { ok: false; errors: Issue[] } => ({ ok: false, errors: [{ field, message }] });

/** Open a document of this kind from parsed JSON (storage, or the text of a file or link). */
export function openDocument<Doc>(kind: DocumentKind<Doc>, raw: unknown): ReadResult<Doc> {
  const { noun } = kind;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(noun, `This is not a ${noun}: expected a JSON object.`);
  const doc = raw as Record<string, unknown>;
  if (doc.format !== kind.format) return fail(noun, `This is not a CVI Ecosystem ${noun}: its "format" must be "${kind.format}".`);
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(noun, `This ${noun} has no valid "version" (a whole number from 1).`);
  }
  if (version > kind.version) {
    return fail(
      noun,
      `This ${noun} was saved by a newer version of the planner (format version ${version}); this version reads up to ${kind.version}. Update the planner to open it.`,
    );
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateToCurrent(doc, version, kind.migrations, kind.version);
  } catch (e) {
    return fail(noun, `This ${noun} could not be upgraded: ${(e as Error).message}.`);
  }
  return kind.readBody(migrated);
}

/** Open a document of this kind from text, refusing oversized or malformed text with a clear message. */
export function openDocumentText<Doc>(kind: DocumentKind<Doc>, text: string): ReadResult<Doc> {
  const { noun, maxBytes, textSubject } = kind;
  // Bytes, not characters: 600,000 "é" are 1.2 MB. Checked on the cheap character count first.
  if (text.length > maxBytes || new TextEncoder().encode(text).length > maxBytes) {
    return fail(noun, `${textSubject} is too large to be a ${noun} (over ${maxBytes / 1_000_000} MB).`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail(noun, `${textSubject} is damaged or not a ${noun}: it is not valid JSON.`);
  }
  return openDocument(kind, raw);
}

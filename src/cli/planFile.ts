// The plan file (--plan FILE.json): reading and checking it with the model, and the document
// --format plan-file writes back.
import {
  LIBRARY_FORMAT,
  makePlanDocument,
  MAX_PLAN_BYTES,
  parsePlanText,
  PLAN_FORMAT,
  type AssumptionOverrides,
  type MultiYearSettings,
  type PlanDocument,
  type PlanInput,
} from '../model';
import { errorCode, fileErrorText, type CliIo } from './io';

/** The plan document --format plan-file writes: never computed numbers, only what was entered. */
export function planDocumentToWrite(
  doc: PlanDocument | undefined,
  input: PlanInput,
  overrides: AssumptionOverrides,
  multiYear: MultiYearSettings,
): PlanDocument {
  if (!doc) return makePlanDocument(input, overrides, { multiYear });
  return {
    ...doc,
    scenarios: doc.scenarios.map((s, i) => (i === doc.activeScenario ? { ...s, input, assumptions: overrides, multiYear } : s)),
  };
}

export type PlanFileRead = { ok: true; doc: PlanDocument } | { ok: false; messages: string[] };

/** What kind of saved document a text says it is, from its "format" (before it is read properly). */
export type SniffedFormat = 'plan' | 'library' | 'other';

function sniffFormat(text: string): SniffedFormat {
  try {
    const format = (JSON.parse(text) as { format?: unknown } | null)?.format;
    return format === PLAN_FORMAT ? 'plan' : format === LIBRARY_FORMAT ? 'library' : 'other';
  } catch {
    return 'other'; // the reader says what is wrong with it
  }
}

export interface DocumentFile {
  /** The flag that names the file, without "--". */
  readonly flag: 'plan' | 'library';
  readonly path: string;
  readonly maxBytes: number;
  /** "plan", "plans library": what a file too large is too large to be. */
  readonly noun: string;
  /** "Plan file": what a blank name must be. */
  readonly emptyName: string;
}

/**
 * A saved document's text, refused (with a message naming the flag) when the name is blank, the
 * file cannot be read, or it is larger than `maxBytes` on disk (checked before reading, where the
 * file system allows, and on the bytes of the text read).
 */
export async function readDocumentText(file: DocumentFile, io: CliIo): Promise<{ ok: true; text: string; format: SniffedFormat } | { ok: false; messages: string[] }> {
  const { flag, path, maxBytes } = file;
  if (path.trim() === '') return { ok: false, messages: [`--${flag}: ${file.emptyName} must be a file name.`] };
  const tooLarge = { ok: false as const, messages: [`--${flag}: "${path}" is too large to be a ${file.noun} (over ${maxBytes / 1_000_000} MB).`] };
  let text: string;
  try {
    text = await io.readFile(path, { maxBytes });
  } catch (error) {
    if (errorCode(error) === 'EFBIG') return tooLarge;
    return { ok: false, messages: [`--${flag}: cannot read "${path}": ${fileErrorText(error)}.`] };
  }
  // The limit is in bytes, as on disk: the model's own check counts characters.
  if (new TextEncoder().encode(text).length > maxBytes) return tooLarge;
  // A byte order mark (some Windows editors add one) is not part of the JSON.
  const json = text.replace(/^\uFEFF/, '');
  return { ok: true, text: json, format: sniffFormat(json) };
}

/**
 * Read and check a plan file with the model's parsePlanText (format, version and migrations,
 * the input and assumption schemas); its messages come back prefixed with --plan. A library
 * file is sent to --library.
 */
export async function readPlanFile(path: string, io: CliIo): Promise<PlanFileRead> {
  const read = await readDocumentText({ flag: 'plan', path, maxBytes: MAX_PLAN_BYTES, noun: 'plan', emptyName: 'Plan file' }, io);
  if (!read.ok) return read;
  if (read.format === 'library') {
    return { ok: false, messages: [`--plan: this is a library file (several plans), not a plan file: use --library "${path}" to list its plans, and --open NAME to plan one.`] };
  }
  const result = parsePlanText(read.text);
  if (!result.ok) {
    return { ok: false, messages: result.errors.map((e) => (e.field === 'plan' ? `--plan: ${e.message}` : `--plan: ${e.field}: ${e.message}`)) };
  }
  return { ok: true, doc: result.doc };
}

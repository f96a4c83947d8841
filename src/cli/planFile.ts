// The plan file (--plan FILE.json): reading and checking it with the model, and the document
// --format plan-file writes back.
import {
  makePlanDocument,
  MAX_PLAN_BYTES,
  parsePlanText,
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

/**
 * Read and check a plan file with the model's parsePlanText (format, version and migrations,
 * the input and assumption schemas); its messages come back prefixed with --plan.
 */
export async function readPlanFile(path: string, io: CliIo): Promise<PlanFileRead> {
  if (path.trim() === '') return { ok: false, messages: ['--plan: Plan file must be a file name.'] };
  const tooLarge = { ok: false as const, messages: [`--plan: "${path}" is too large to be a plan (over ${MAX_PLAN_BYTES / 1_000_000} MB).`] };
  let text: string;
  try {
    text = await io.readFile(path, { maxBytes: MAX_PLAN_BYTES });
  } catch (error) {
    if (errorCode(error) === 'EFBIG') return tooLarge;
    return { ok: false, messages: [`--plan: cannot read "${path}": ${fileErrorText(error)}.`] };
  }
  // The limit is in bytes, as on disk: the model's own check counts characters.
  if (new TextEncoder().encode(text).length > MAX_PLAN_BYTES) return tooLarge;
  // A byte order mark (some Windows editors add one) is not part of the JSON.
  const result = parsePlanText(text.replace(/^\uFEFF/, ''));
  if (!result.ok) {
    return { ok: false, messages: result.errors.map((e) => (e.field === 'plan' ? `--plan: ${e.message}` : `--plan: ${e.field}: ${e.message}`)) };
  }
  return { ok: true, doc: result.doc };
}

// Files for the person to keep: every export is built by the model's export registry (the same one
// the command line uses), from the plan and its document; this file hands the file to the browser.
// The registry's builders and exceljs load only when someone exports.
import {
  activeScenarioOf,
  computeMultiYear,
  LIBRARY_FORMAT,
  MAX_LIBRARY_BYTES,
  parseLibraryText,
  parsePlanText,
  type OpenedLibrary,
  type Plan,
  type PlanDocument,
} from '../../model';
import type { PlanExportKind } from '../../model/exports/registry';

export function download(filename: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type ExportKind = PlanExportKind;

/** Builds the file for an export and hands it to the browser. Returns the file name. */
export async function exportPlan(kind: ExportKind, plan: Plan, doc: PlanDocument): Promise<string> {
  const { buildPlanExport } = await import('../../model/exports/registry');
  // The active scenario's multi-year plan, funding and current staff, from the model like every other number.
  const scenario = activeScenarioOf(doc);
  const today = new Date();
  const file = await buildPlanExport(kind, {
    plan,
    doc,
    multi: computeMultiYear(plan.input, scenario.assumptions, scenario.multiYear, today.getFullYear()),
    fundingSources: scenario.funding,
    currentStaffing: scenario.currentStaffing,
    generatedOn: today.toISOString().slice(0, 10),
    destination: 'download',
  });
  download(file.filename, file.body as BlobPart, file.mime);
  return file.filename;
}

/** Read a plan file chosen by the person. Any failure leaves the current plan as it was. */
/** What a file held: one plan, or a library of plans; or why it could not be opened. */
export type OpenedFile = { ok: true; kind: 'plan'; doc: PlanDocument } | { ok: true; kind: 'library'; opened: OpenedLibrary } | { ok: false; message: string };

/** Reads a plan file or a library file (told apart by its "format"), through the one reader of each. */
export async function readPlansFile(file: File): Promise<OpenedFile> {
  if (file.size > MAX_LIBRARY_BYTES) return { ok: false, message: `It is too large to be a plan or a library of plans (over ${MAX_LIBRARY_BYTES / 1_000_000} MB).` };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: 'It could not be read.' };
  }
  let isLibrary = false;
  try {
    const raw = JSON.parse(text) as unknown;
    isLibrary = typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === LIBRARY_FORMAT;
  } catch {
    // parsePlanText explains what is wrong with it.
  }
  const messages = (errors: readonly { message: string }[]) => errors.map((e) => e.message).join(' ');
  if (isLibrary) {
    const read = parseLibraryText(text);
    return read.ok ? { ok: true, kind: 'library', opened: read.doc } : { ok: false, message: messages(read.errors) };
  }
  const read = parsePlanText(text);
  return read.ok ? { ok: true, kind: 'plan', doc: read.doc } : { ok: false, message: messages(read.errors) };
}

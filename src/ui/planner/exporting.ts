// Files for the person to keep: every export is built by the model's export registry (the same one
// the command line uses), from the plan and its document; this file hands the file to the browser.
// The registry's builders and exceljs load only when someone exports.
import {
  activeScenarioOf,
  computeMultiYear,
  MAX_PLAN_BYTES,
  parsePlanText,
  type DocumentResult,
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
export async function readPlanFile(file: File): Promise<DocumentResult> {
  if (file.size > MAX_PLAN_BYTES) {
    return { ok: false, errors: [{ field: 'plan', message: `“${file.name}” is too large to be a plan (over 1 MB).` }] };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, errors: [{ field: 'plan', message: `“${file.name}” could not be read.` }] };
  }
  return parsePlanText(text);
}

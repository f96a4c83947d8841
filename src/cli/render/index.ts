// The command line's output in each --format: its own renderers for the terminal's and scripts'
// formats (table, json, csv), and the model's export registry — the one the Export menu uses — for
// the files (plan file, federal worksheet and narrative, workbooks).
import { serialiseLibrary, type Plan, type PlanDocument } from '../../model';
import { buildPlanExport, type PlanExportKind } from '../../model/exports/registry';
import type { SingleInput } from '../inputs';
import { libraryToWrite, type WrittenName } from '../libraryFile';
import type { OutputFormat } from '../options';
import { renderBatchCsv, renderPlanCsv } from './csv';
import type { BatchExtras, PlanExtras, PlannedRow } from './extras';
import { assertFinite } from './finite';
import { planJson, renderBatchJson, singleJson } from './json';
import { renderBatchTable, renderTable } from './table';

export { assertFinite } from './finite';
export { NO_BATCH_EXTRAS, NO_EXTRAS, type BatchExtras, type PlanExtras, type PlannedRow, type SensitivityAnalysis } from './extras';
export { terminalText, warningWhere } from './text';
export { renderLibraryList } from './library';

/** Everything one plan's output is rendered from. */
export interface SingleOutput {
  readonly plan: Plan;
  readonly single: SingleInput;
  readonly extras: PlanExtras;
  /** The plan document --format plan-file writes: what was entered, never computed numbers. */
  readonly doc: PlanDocument;
  /** The workbook's "Generated" date; the time a library file (--format library) is made. */
  readonly today: Date;
  /** The name of the plan in --format library; absent, it is named after its place. */
  readonly libraryName?: WrittenName | undefined;
}

/** The date a person would call today, YYYY-MM-DD (the workbook's "Generated" line). */
function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A file of the export registry, as the command line writes it (no byte order mark). */
function exported(kind: PlanExportKind, { plan, doc, extras, today }: SingleOutput): Promise<string | Uint8Array> {
  const source = {
    plan,
    doc,
    multi: extras.multi,
    fundingSources: extras.fundingSources,
    currentStaffing: extras.currentStaffing,
    generatedOn: localDate(today),
    destination: 'command-line' as const,
  };
  return buildPlanExport(kind, source).then((file) => file.body);
}

/** An export that reads the plan's numbers: refused for a plan (or a year of it) that is not finite. */
function exportedFromNumbers(kind: PlanExportKind, output: SingleOutput): Promise<string | Uint8Array> {
  assertFinite(planJson(output.plan));
  if (output.extras.multi) for (const year of output.extras.multi.years) assertFinite(planJson(year));
  return exported(kind, output);
}

const SINGLE: { readonly [F in OutputFormat]: (output: SingleOutput) => string | Promise<string | Uint8Array> } = {
  table: (o) => renderTable(o.plan, o.single, o.extras),
  json: (o) => singleJson(o.plan, o.single, o.extras),
  csv: (o) => renderPlanCsv(o.plan, o.extras),
  // What the person entered, never the computed numbers (they are recomputed on opening).
  'plan-file': (o) => exported('plan-file', o),
  // A library file of this one plan, for the planner's "Add plans from a file" and --library.
  library: (o) => `${serialiseLibrary(libraryToWrite(o.doc, o.today.toISOString(), o.libraryName))}\n`,
  'bdw-csv': (o) => exportedFromNumbers('bdw-csv', o),
  narrative: (o) => exportedFromNumbers('narrative', o),
  xlsx: (o) => exportedFromNumbers('xlsx', o),
  bdw: (o) => exportedFromNumbers('bdw-xlsx', o),
};

/** One plan in the chosen format: text, or the bytes of a workbook. */
export async function renderSingle(format: OutputFormat, output: SingleOutput): Promise<string | Uint8Array> {
  return SINGLE[format](output);
}

const BATCH: Readonly<Partial<Record<OutputFormat, (rows: readonly PlannedRow[], extras: BatchExtras) => string>>> = {
  table: renderBatchTable,
  json: (rows) => renderBatchJson(rows),
  csv: renderBatchCsv,
};

/** A batch in the chosen format (table, json or csv: the formats a batch is written in). */
export function renderBatch(format: OutputFormat, rows: readonly PlannedRow[], extras: BatchExtras): string {
  const render = BATCH[format];
  if (!render) throw new Error(`a batch cannot be written as ${format}`);
  return render(rows, extras);
}

// The comparison as a file for the person to keep: built by the model's export registry (exceljs
// loads only inside it, when a workbook is written) and handed to the browser.
import type { ScenarioComparison } from '../../../model';
import type { ComparisonExportKind } from '../../../model/exports/registry';
import { download } from '../exporting';

export async function exportComparison(kind: ComparisonExportKind, comparison: ScenarioComparison, place: string): Promise<string> {
  const { buildComparisonExport } = await import('../../../model/exports/registry');
  const file = await buildComparisonExport(kind, { comparison, place, generatedOn: new Date().toISOString().slice(0, 10), destination: 'download' });
  download(file.filename, file.body as BlobPart, file.mime);
  return file.filename;
}

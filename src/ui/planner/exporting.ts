// Files for the person to keep: every export is built from the plan object by the model's pure
// builders; the builders and exceljs are loaded only when someone exports.
import {
  activeScenarioOf,
  computeMultiYear,
  fundingPicture,
  hiresNeeded,
  MAX_PLAN_BYTES,
  parsePlanText,
  serialisePlanDocument,
  type DocumentResult,
  type Plan,
  type PlanDocument,
} from '../../model';

export function fileBaseName(plan: Plan): string {
  const place = [plan.input.placeName, plan.input.state].filter(Boolean).join('-') || 'plan';
  return `cvi-plan-${place}`.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/-+/g, '-').toLowerCase();
}

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

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv;charset=utf-8';

export type ExportKind = 'plan-file' | 'staffing-csv' | 'budget-csv' | 'assumptions-csv' | 'years-csv' | 'funding-csv' | 'hires-csv' | 'xlsx' | 'bdw-xlsx' | 'bdw-csv' | 'narrative';

/** Builds the file for an export and hands it to the browser. Returns the file name. */
export async function exportPlan(kind: ExportKind, plan: Plan, doc: PlanDocument): Promise<string> {
  const base = fileBaseName(plan);
  // The active scenario's multi-year plan and funding, from the model like every other number.
  const scenario = activeScenarioOf(doc);
  const multi = computeMultiYear(plan.input, scenario.assumptions, scenario.multiYear, new Date().getFullYear());
  const funding = scenario.funding.length > 0 ? fundingPicture(multi, scenario.funding) : undefined;
  switch (kind) {
    case 'plan-file': {
      const name = `${base}.json`;
      download(name, serialisePlanDocument(doc), 'application/json');
      return name;
    }
    case 'staffing-csv':
    case 'budget-csv':
    case 'assumptions-csv':
    case 'years-csv':
    case 'funding-csv':
    case 'hires-csv': {
      const [{ toCsv }, tables] = await Promise.all([import('../../model/exports/csv'), import('../../model/exports/tables')]);
      const table =
        kind === 'staffing-csv'
          ? tables.staffingTable(plan)
          : kind === 'budget-csv'
            ? tables.budgetTable(plan)
            : kind === 'years-csv'
              ? tables.yearsTable(multi)
              : kind === 'funding-csv'
                ? tables.fundingTable(fundingPicture(multi, scenario.funding))
                : kind === 'hires-csv'
                  ? tables.hiresTable(hiresNeeded(plan, scenario.currentStaffing))
                  : tables.assumptionsTable(plan);
      const name = `${base}-${kind.replace('-csv', '')}.csv`;
      download(name, toCsv(table, { bom: true }), CSV);
      return name;
    }
    case 'xlsx': {
      const [{ buildWorkbook }, { writeXlsx }] = await Promise.all([import('../../model/exports/workbook'), import('../../model/exports/xlsxWriter')]);
      const bytes = await writeXlsx(
        buildWorkbook(plan, new Date().toISOString().slice(0, 10), { multi, fundingSources: scenario.funding, currentStaffing: scenario.currentStaffing }).spec,
      );
      const name = `${base}.xlsx`;
      download(name, bytes as BlobPart, XLSX);
      return name;
    }
    case 'bdw-xlsx': {
      const [{ bdwWorkbook }, { writeXlsx }] = await Promise.all([import('../../model/exports/federalWorkbook'), import('../../model/exports/xlsxWriter')]);
      const name = `${base}-budget-detail-worksheet.xlsx`;
      download(name, (await writeXlsx(bdwWorkbook(plan, { multi, ...(funding ? { funding } : {}) }))) as BlobPart, XLSX);
      return name;
    }
    case 'bdw-csv': {
      const [{ toCsv }, { bdwCsvTable }] = await Promise.all([import('../../model/exports/csv'), import('../../model/exports/federalWorkbook')]);
      const name = `${base}-budget-detail-worksheet.csv`;
      download(name, toCsv(bdwCsvTable(plan, { multi, ...(funding ? { funding } : {}) }), { bom: true }), CSV);
      return name;
    }
    case 'narrative': {
      const [{ budgetNarrative, narrativeText }, { bdwYears }] = await Promise.all([import('../../model/exports/federal'), import('../../model/exports/federalWorkbook')]);
      const name = `${base}-budget-narrative.md`;
      const [first] = bdwYears(plan, { multi, ...(funding ? { funding } : {}) });
      const text = first ? narrativeText(budgetNarrative(first.plan, first.bdw, multi)) : narrativeText(budgetNarrative(plan));
      download(name, text, 'text/markdown;charset=utf-8');
      return name;
    }
  }
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

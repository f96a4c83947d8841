// Writes a WorkbookSpec to .xlsx bytes with exceljs, which is loaded only here, on demand: it is
// large, and nobody needs it until they export.
import type { CellFormat, WorkbookSpec } from './workbookSpec';

const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  usd: '"$"#,##0',
  'usd-cents': '"$"#,##0.00',
  pct: '0.0%',
  int: '#,##0',
  dec1: '#,##0.0',
  dec2: '#,##0.00',
  dec3: '#,##0.000',
  text: undefined,
};

export async function writeXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CVI Ecosystem Planner';
  workbook.title = spec.title;
  // Ask the reader to recalculate on open so a formula never shows a stale cached value.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheetSpec of spec.sheets) {
    const sheet = workbook.addWorksheet(sheetSpec.name, {
      views: [{ state: 'frozen', ySplit: sheetSpec.frozenRows }],
    });
    sheet.columns = sheetSpec.columns.map((c) => ({ header: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    sheetSpec.rows.forEach((cells, r) => {
      const row = sheet.getRow(r + 2);
      cells.forEach((cell, c) => {
        const target = row.getCell(c + 1);
        if (cell.f !== undefined) {
          target.value = { formula: cell.f, result: cell.v ?? undefined } as never;
        } else if (cell.v !== null) {
          target.value = cell.v;
        }
        const fmt = cell.fmt ? NUMBER_FORMATS[cell.fmt] : undefined;
        if (fmt) target.numFmt = fmt;
        if (cell.bold) target.font = { bold: true };
        if (cell.fmt === 'text' || typeof cell.v === 'string') target.alignment = { wrapText: true, vertical: 'top' };
      });
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

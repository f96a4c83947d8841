// Writes a WorkbookSpec to .xlsx bytes with exceljs, which is loaded only here, on demand: it is
// large, and nobody needs it until they export.
import type { CellFormat, CellSpec, SheetSpec, WorkbookSpec } from './workbookSpec';

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

/** Column widths (in characters) that print on a portrait letter page at full size. */
const PORTRAIT_WIDTH = 95;

/**
 * Print setup for every sheet: US letter, landscape when the columns are wider than a portrait
 * page, scaled to fit the page width (as many pages down as the rows need), the header row repeated
 * on every page, and narrow margins.
 */
export function pageSetupFor(sheet: SheetSpec) {
  const width = sheet.columns.reduce((sum, c) => sum + c.width, 0);
  return {
    paperSize: 1,
    orientation: width > PORTRAIT_WIDTH ? ('landscape' as const) : ('portrait' as const),
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(sheet.frozenRows > 0 ? { printTitlesRow: `1:${sheet.frozenRows}` } : {}),
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/**
 * Lines the tallest wrapped text cell of a row takes at its column's width: spreadsheet programs do
 * not all grow a row for wrapped text on opening, and a row left one line high prints its text
 * over the next row's.
 */
function wrappedLines(cells: readonly CellSpec[], columns: SheetSpec['columns']): number {
  let lines = 1;
  cells.forEach((cell, c) => {
    if (typeof cell.v !== 'string' || cell.f !== undefined || cell.wrap === false) return;
    const perLine = Math.max(1, (columns[c]?.width ?? 10) - 2);
    const needed = cell.v.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil((part.length * (cell.bold ? 1.1 : 1)) / perLine)), 0);
    lines = Math.max(lines, needed);
  });
  return lines;
}

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
    sheet.pageSetup = { ...sheet.pageSetup, ...pageSetupFor(sheetSpec) };
    sheet.headerFooter = { oddFooter: `&L${spec.title.replace(/&/g, '&&')} — &A&RPage &P of &N` };
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    const headerLines = wrappedLines(sheetSpec.columns.map((c) => ({ v: c.header, bold: true })), sheetSpec.columns);
    if (headerLines > 1) header.height = LINE_HEIGHT * headerLines;
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
        target.alignment = cell.fmt === 'text' || typeof cell.v === 'string' ? { wrapText: cell.wrap !== false, vertical: 'top' } : { vertical: 'top' };
      });
      const lines = wrappedLines(cells, sheetSpec.columns);
      if (lines > 1) row.height = LINE_HEIGHT * lines;
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

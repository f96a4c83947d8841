// The exported plan workbook and federal worksheet fit on paper (issue 12, observation 10): every
// sheet carries print setup — fit to the page width, as many pages down as its rows need, the
// header row repeated — so the Detroit, MI three-year plan prints in about a page a sheet, not the
// 26 and 16 pages it took when LibreOffice printed every wide sheet in vertical strips.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cliOnDisk } from '../cli/helpers';
import { readFileSync } from 'node:fs';
import { printedPages } from '../helpers/printedPages';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs('cvi-print-');
const DETROIT_3_YEARS = ['--city', 'Detroit, MI', '--years', '3', '--start-year', '2027'];

async function exported(format: 'xlsx' | 'bdw', dir: string): Promise<Uint8Array> {
  const out = join(dir, `${format}.xlsx`);
  const r = await cliOnDisk([...DETROIT_3_YEARS, '--format', format, '--out', out]);
  expect(r.code).toBe(0);
  return new Uint8Array(readFileSync(out));
}

async function expectFitToWidth(xlsx: Uint8Array, expectedSheets: readonly string[]): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.buffer as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(expectedSheets);
  for (const sheet of book.worksheets) {
    const setup = sheet.pageSetup;
    expect([setup.fitToPage, setup.fitToWidth, setup.fitToHeight], sheet.name).toEqual([true, 1, 0]);
    expect(setup.printTitlesRow, sheet.name).toBe('1:1');
    const width = sheet.columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
    if (width > 120) expect(setup.orientation, `${sheet.name} is ${width} characters wide`).toBe('landscape');
  }
}

describe('printing the Detroit, MI three-year exports', () => {
  it('given the plan workbook, then every sheet fits its page width and the whole prints in 10 pages or fewer', async () => {
    const dir = tempDir();
    const xlsx = await exported('xlsx', dir);
    await expectFitToWidth(xlsx, ['Summary', 'Assumptions', 'Staffing', 'Budget', 'FY2027', 'FY2028', 'FY2029', 'Benchmarks']);
    // Eight sheets, each starting a page: one page each, except Assumptions (about 95 rows of
    // parameters with their citations, two pages); Benchmarks (the reality check's five figures and
    // its 25 programs) is one landscape page — 9 pages; one page of slack for fonts.
    const pages = printedPages(xlsx, dir, 'workbook');
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(10);
  }, 120_000);

  it('given the federal worksheet, then every sheet fits its page width and the whole prints in 8 pages or fewer', async () => {
    const dir = tempDir();
    const xlsx = await exported('bdw', dir);
    await expectFitToWidth(xlsx, ['Summary', 'FY2027', 'FY2028', 'FY2029', 'Total', 'Budget narrative']);
    // Six sheets: Summary, each year's categories A–J (about 50 rows, one landscape page), the
    // Total and the narrative (about 1,500 words, two pages) — 7 pages; one page of slack.
    const pages = printedPages(xlsx, dir, 'worksheet');
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBeLessThanOrEqual(8);
  }, 120_000);
});

// The Export menu (issue 4): reachable with the keyboard alone; the live workbook, the federal
// worksheet and the staffing CSV are real files with the plan's numbers in them; the printed
// proposal, printed to PDF by Chromium, carries the total and every role; a saved plan file opens
// again, and a damaged one is refused with the plan left as it was.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { expectedPlan, expectedYear, usd } from './methodology';
import { ROLE_IDS } from '../src/model/roles';
import { chooseExport, downloadOf, openPlanner, planner, ROLE_LABELS, tabTo } from './planner';

// The default plan: Norfolk, VA, shooting-informed, no nonfatal count (docs/methodology.md §5, §9).
const NORFOLK = { population: 238_005, nonfatalShootings: null, preset: 'shooting-informed' } as const;
const DEFAULT_TOTAL = expectedPlan(NORFOLK).total;


type Workbook = import('exceljs').Workbook;
type Worksheet = import('exceljs').Worksheet;

async function readWorkbook(path: string): Promise<Workbook> {
  const bytes = readFileSync(path);
  // An .xlsx is a zip archive: "PK" first.
  expect(bytes.subarray(0, 2).toString('latin1'), `${path} is a zip (xlsx) file`).toBe('PK');
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The numbers of the row whose first cell is `label`: plain values, or a formula's stored result. */
function rowNumbers(sheet: Worksheet, label: string): { value: number; formula: string | null }[] {
  const found: { value: number; formula: string | null }[][] = [];
  sheet.eachRow((row) => {
    if (String(row.getCell(1).value ?? '').trim() !== label) return;
    const numbers: { value: number; formula: string | null }[] = [];
    row.eachCell((cell) => {
      const v = cell.value as unknown;
      if (typeof v === 'number') numbers.push({ value: v, formula: null });
      else if (v && typeof v === 'object' && 'formula' in v) {
        const result = (v as { result?: unknown }).result;
        if (typeof result === 'number') numbers.push({ value: result, formula: String((v as { formula: unknown }).formula) });
      }
    });
    found.push(numbers);
  });
  expect(found, `sheet "${sheet.name}" has exactly one row "${label}"`).toHaveLength(1);
  return found[0] ?? [];
}

/** Every text cell of a sheet, joined. */
function sheetText(sheet: Worksheet): string {
  const parts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.text ?? ''))));
  return parts.join('\n');
}

const dollars = (text: string) => Number(text.replace(/[$,]/g, ''));

async function headlineTotal(page: Page): Promise<string> {
  const text = (await planner(page).total.innerText()).trim();
  expect(text).toMatch(/^\$\d{1,3}(,\d{3})+$/);
  return text;
}

test('the Export menu works from the keyboard: Tab, Enter, Tab, Enter downloads a live workbook with the headline total', async ({ page }, testInfo) => {
  const p = await openPlanner(page);
  await expect(p.total).toHaveText(usd(DEFAULT_TOTAL));
  const headline = await headlineTotal(page);

  await page.locator('body').focus();
  await tabTo(page, p.exportButton);
  await expect(p.exportButton).toHaveAttribute('aria-expanded', 'false');
  await expect(p.exportFormats).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(p.exportButton).toHaveAttribute('aria-expanded', 'true');
  await expect(p.exportFormats).toBeVisible();

  const xlsxItem = p.exportFormats.getByRole('button', { name: 'Excel workbook with live formulas (.xlsx)' });
  await tabTo(page, xlsxItem, 5);
  const path = testInfo.outputPath('plan.xlsx');
  const download = await downloadOf(page, () => page.keyboard.press('Enter'), path);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: /^Downloaded .*\.xlsx\.$/ })).toBeVisible();

  const workbook = await readWorkbook(path);
  for (const name of ['Summary', 'Assumptions', 'Staffing', 'Budget']) expect(workbook.getWorksheet(name), `sheet "${name}"`).toBeDefined();
  const budget = workbook.getWorksheet('Budget');
  if (!budget) throw new Error('no Budget sheet');
  const total = rowNumbers(budget, 'Total');
  expect(total.map((n) => n.value), 'the Budget sheet’s Total row holds the headline total').toContain(dollars(headline));
  // "The workbook is alive" (issue 4): the total is a formula, not a pasted number.
  expect(total.find((n) => n.value === dollars(headline))?.formula ?? '', 'the Total is a formula').toMatch(/SUM\(/i);
});

test('the federal Budget Detail Worksheet (.xlsx) has a sheet per budget year and the budget narrative', async ({ page }, testInfo) => {
  await openPlanner(page);
  const path = testInfo.outputPath('worksheet.xlsx');
  const download = await downloadOf(page, () => chooseExport(page, 'Federal Budget Detail Worksheet and narrative (.xlsx)'), path);
  expect(download.suggestedFilename()).toMatch(/budget-detail-worksheet\.xlsx$/);

  const workbook = await readWorkbook(path);
  const names = workbook.worksheets.map((s) => s.name);
  const yearSheets = names.filter((n) => /^(Year 1|FY\d{4})$/.test(n));
  // The default horizon is three years (issue 5): one worksheet per year.
  expect(yearSheets, `year sheets among ${names.join(', ')}`).toHaveLength(3);
  expect(names).toContain('Budget narrative');

  // The first budget year is the first ramp-up year: 50% of full staffing, no growth yet.
  const firstYearTotal = expectedYear(NORFOLK, 0, 0.5).total;
  const first = workbook.getWorksheet(yearSheets[0] ?? '');
  if (!first) throw new Error('no first-year sheet');
  expect(rowNumbers(first, 'Total').map((n) => n.value)).toContain(firstYearTotal);
  const narrative = sheetText(workbook.getWorksheet('Budget narrative') as Worksheet);
  expect(narrative).toContain(usd(firstYearTotal));
  for (const category of ['Personnel', 'Subawards', 'Other']) expect(narrative).toContain(category);
});

test('the staffing CSV has a header row and one row per role, with the plan’s headcounts', async ({ page }, testInfo) => {
  await openPlanner(page);
  const path = testInfo.outputPath('staffing.csv');
  const download = await downloadOf(page, () => chooseExport(page, 'Staffing table (.csv)'), path);
  expect(download.suggestedFilename()).toMatch(/staffing\.csv$/);

  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header).toEqual(expect.arrayContaining(['role_id', 'role', 'headcount']));
  expect(rows).toHaveLength(ROLE_LABELS.length);
  const col = (name: string) => (header ?? []).indexOf(name);
  expect(rows.map((r) => r[col('role')])).toEqual(ROLE_LABELS);
  const expected = expectedPlan(NORFOLK).headcount;
  expect(rows.map((r) => r[col('role_id')])).toEqual(ROLE_IDS);
  expect(rows.map((r) => Number(r[col('headcount')]))).toEqual(ROLE_IDS.map((id) => expected[id]));
});

test('"Print or save as PDF": the printed proposal carries the total and every role, with the summary on page 1', async ({ page }, testInfo) => {
  const p = await openPlanner(page);
  const headline = await headlineTotal(page);
  expect(headline).toBe(usd(DEFAULT_TOTAL));

  await chooseExport(page, 'Print or save as PDF');
  await expect(page.getByRole('heading', { level: 1, name: 'Community violence intervention ecosystem: Norfolk, VA' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back to the planner' })).toBeVisible();
  await expect(p.total).toBeHidden(); // the print layout replaces the planner
  // The full technical report is its own choice beside the council brief (e2e/council-brief.spec.ts).
  await page.getByRole('radio', { name: /^Full technical report/ }).check();

  await page.emulateMedia({ media: 'print' });
  const pdf = testInfo.outputPath('proposal.pdf');
  await page.pdf({ path: pdf, format: 'Letter' });
  expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const text = (args: string[]) => execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const all = text([]);
  expect(all).toContain(headline);
  for (const label of ROLE_LABELS) expect(all, `the PDF names "${label}"`).toContain(label);

  // Page 1 is the one-page summary: the total and the staffing chart (issue 4).
  const first = text(['-f', '1', '-l', '1']);
  expect(first).toContain(headline);
  expect(first).toContain('People to hire by role');
  expect(first).toContain('Budget by line');
  // …and the detail follows on later pages.
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0)).toBeGreaterThan(1);
  expect(first).not.toContain('Assumptions and sources');

  // Back to the planner, with the same plan.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Back to the planner' }).click();
  await expect(p.total).toHaveText(headline);
});

test('a saved plan file opens again and brings its total back; a damaged file is refused and the plan stays', async ({ page }, testInfo) => {
  const p = await openPlanner(page);
  const original = await headlineTotal(page);

  const saved = testInfo.outputPath('plan.json');
  const download = await downloadOf(page, () => chooseExport(page, 'Save plan file (.json)'), saved);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const doc = JSON.parse(readFileSync(saved, 'utf8')) as Record<string, unknown>;
  expect(doc.format).toBe('cvi-ecosystem-plan');
  expect(typeof doc.version).toBe('number');
  // inputs and assumptions, never computed numbers
  expect(readFileSync(saved, 'utf8')).not.toContain(String(dollars(original)));

  await p.population.fill('150000');
  const changed = usd(expectedPlan({ ...NORFOLK, population: 150_000 }).total);
  expect(changed).not.toBe(original);
  await expect(p.total).toHaveText(changed);

  await p.openPlanFile.setInputFiles(saved);
  await expect(page.getByRole('status').filter({ hasText: /^The plan from the file “[^”]+” is open, saved in your plans as “Norfolk, VA \(2\)”\. Your plan “Norfolk, VA” is unchanged/ })).toBeVisible();
  await expect(p.total).toHaveText(original);
  await expect(p.population).toHaveValue(/^238,?005$/);

  // A damaged file: a clear message, and the plan as it was.
  await p.population.fill('150000');
  await expect(p.total).toHaveText(changed);
  const damaged = testInfo.outputPath('damaged.json');
  writeFileSync(damaged, '{"format": "cvi-ecosystem-plan", "version": 1, \u0000garbage ]]');
  await p.openPlanFile.setInputFiles(damaged);
  const alert = page.getByRole('alert').filter({ hasText: 'damaged.json' });
  await expect(alert).toContainText('could not be opened');
  await expect(alert).toContainText('Your plans are unchanged.');
  await expect(p.total).toHaveText(changed);
  await expect(p.population).toHaveValue(/^150,?000$/);
});

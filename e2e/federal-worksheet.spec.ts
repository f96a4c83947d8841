// The federal worksheet and budget narrative as a grant reviewer reads them (issue 12, observations
// 4 and 5): with federal and city money entered and a gap left, the downloaded Budget Detail
// Worksheet claims only the city's money as non-federal match and shows the gap as its own "Not
// yet funded" amount; the narrative has no internal section numbers and no fractions of a person.
// Expected figures come from the methodology through ./methodology, not from the app.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectedYears, usd } from './methodology';
import { chooseExport, downloadOf, openPlanner } from './planner';

// The default plan: Norfolk, VA, shooting-informed, no nonfatal count.
const NORFOLK = { population: 238_005, nonfatalShootings: null, preset: 'shooting-informed' } as const;
const FEDERAL = 1_000_000;
const CITY = 2_000_000;

type Worksheet = import('exceljs').Worksheet;

async function startIn(page: Page, year: number): Promise<void> {
  const section = page.getByRole('region', { name: 'Multi-year plan' });
  const start = section.getByRole('textbox', { name: 'Start year' });
  await start.fill(String(year));
  await start.blur();
  await expect(section.getByText(/^Plan runs /)).toHaveText(`Plan runs ${year}–${year + 2}.`);
}

async function addSource(page: Page, name: string, kind: string, amount: number): Promise<void> {
  const section = page.getByRole('region', { name: 'What the city has today, and who pays' });
  await section.getByRole('textbox', { name: 'Source name' }).fill(name);
  await section.getByRole('combobox', { name: 'Kind' }).selectOption({ label: kind });
  await section.getByRole('textbox', { name: 'Annual amount ($)' }).fill(String(amount));
  await section.getByRole('button', { name: 'Add funding source' }).click();
  await expect(section.getByRole('status').filter({ hasText: `Added ${name}` })).toBeVisible();
}

/** The numbers of the row whose first cell is `label` (plain values or a formula's stored result), in column order. */
function rowNumbers(sheet: Worksheet, label: string): number[] {
  const found: number[][] = [];
  sheet.eachRow((row) => {
    if (String(row.getCell(1).value ?? '').trim() !== label) return;
    const numbers: number[] = [];
    row.eachCell((cell) => {
      const v = cell.value as unknown;
      if (typeof v === 'number') numbers.push(v);
      else if (v && typeof v === 'object' && 'formula' in v) {
        const result = (v as { result?: unknown }).result;
        // exceljs reads a stored result of 0 back as no result.
        numbers.push(typeof result === 'number' ? result : 0);
      }
    });
    found.push(numbers);
  });
  expect(found, `sheet "${sheet.name}" has exactly one row "${label}"`).toHaveLength(1);
  return found[0] ?? [];
}

test.describe('the federal worksheet with federal and city money and a gap', () => {
  test('given $1M federal and $2M city money a year, when the worksheet is exported, then non-federal is the city money only and the gap is "Not yet funded"', async ({ page }, testInfo) => {
    await openPlanner(page);
    await startIn(page, 2030);
    await addSource(page, 'CVIPI award', 'Federal (e.g. BJA CVIPI awards)', FEDERAL);
    await addSource(page, 'City general fund', 'City general fund', CITY);

    const path = testInfo.outputPath('worksheet.xlsx');
    await downloadOf(page, () => chooseExport(page, 'Federal Budget Detail Worksheet and narrative (.xlsx)'), path);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);

    const years = expectedYears(NORFOLK, 3);
    const summary = workbook.getWorksheet('Summary') as Worksheet;
    const header = summary.getRow(1).values as unknown[];
    expect(header.slice(1, 6)).toEqual(['Budget year', 'Cost', 'Federal', 'Non-federal', 'Not yet funded']);
    years.forEach((y, i) => {
      const fy = `FY${2030 + i}`;
      // Cost = federal + non-federal + not yet funded; non-federal is the city's money, never the gap.
      const expected = [y.total, FEDERAL, CITY, y.total - FEDERAL - CITY];
      expect(rowNumbers(summary, fy), `${fy} on the Summary`).toEqual(expected);
      const sheet = workbook.getWorksheet(fy) as Worksheet;
      expect(rowNumbers(sheet, 'Total'), `${fy} sheet, Total row`).toEqual(expected);
    });
    const cumulative = years.reduce((s, y) => s + y.total, 0);
    expect(rowNumbers(summary, 'Total')).toEqual([cumulative, 3 * FEDERAL, 3 * CITY, cumulative - 3 * (FEDERAL + CITY)]);
    expect(rowNumbers(workbook.getWorksheet('Total') as Worksheet, 'Total')).toEqual([cumulative, 3 * FEDERAL, 3 * CITY, cumulative - 3 * (FEDERAL + CITY)]);
  });

  test('given the same money, when the budget narrative is downloaded, then it states the gap as not yet funded, with no "§" and no fraction of a person', async ({ page }, testInfo) => {
    await openPlanner(page);
    await startIn(page, 2030);
    await addSource(page, 'CVIPI award', 'Federal (e.g. BJA CVIPI awards)', FEDERAL);
    await addSource(page, 'City general fund', 'City general fund', CITY);

    const path = testInfo.outputPath('narrative.md');
    await downloadOf(page, () => chooseExport(page, 'Budget narrative (.md text)'), path);
    const text = readFileSync(path, 'utf8');
    const [first] = expectedYears(NORFOLK, 3);
    if (!first) throw new Error('three years expected');

    expect(text).toContain(`${usd(FEDERAL)} is federal money and ${usd(CITY)} is committed by non-federal sources (city general fund)`);
    expect(text).toContain(`${usd(first.total - FEDERAL - CITY)} is not yet funded`);
    expect(text).not.toContain('§');
    // Norfolk's 238,005 residents × 0.1% = 238.005 people at high risk: written as 238 people.
    expect(text).toContain('an estimated 238 people at highest risk');
    expect(text).not.toMatch(/\d\.\d+\s+(people|participants|staff|workers|hospital clients|supervisors)/);
    expect(text).toContain('community violence intervention (CVI)');
  });
});

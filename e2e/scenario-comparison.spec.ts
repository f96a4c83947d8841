// Issue 12, observations 7 and 10 (the comparison chart): a scenario comparison that explains
// itself — what differs first, then full strength, year 1, the multi-year total and the funding gap
// per scenario, the same figures each scenario's own page shows — downloaded as a CSV and a
// workbook, printed for a council, readable at 375 px, and axe clean.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { downloadOf, expectNoAxeViolations, openAssumptionGroup, openPlanner, planner } from './planner';

/** The figures a scenario's own page shows: the headline, the multi-year table and the funding gap. */
interface PageFigures {
  fullStrength: string;
  yearOne: string;
  multiYear: string;
  gap: string;
}

const money = (text: string) => Number(text.replace(/[$,]/g, ''));

function scenarioBar(page: Page) {
  const bar = page.getByRole('region', { name: 'Scenarios', exact: true });
  return {
    bar,
    button: (name: string) => bar.getByRole('list', { name: 'Scenarios of this place' }).getByRole('button', { name, exact: true }),
    duplicate: bar.getByRole('button', { name: 'Duplicate scenario' }),
    compare: bar.getByRole('button', { name: 'Compare scenarios' }),
  };
}

function comparison(page: Page) {
  const region = page.getByRole('region', { name: 'Scenarios compared' });
  const differences = region.getByRole('table', { name: /^What differs between the scenarios/ });
  const totals = region.getByRole('table', { name: /^Totals by scenario/ });
  /** The data cells of the totals row headed `label`. */
  const total = (label: string) => totals.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell');
  return { region, differences, totals, total };
}

/** Reads what the active scenario's own page shows. */
async function pageFigures(page: Page): Promise<PageFigures> {
  const years = page.getByRole('region', { name: 'Multi-year plan' });
  // The sections below the first screen are brought up to date after the headline's frame is
  // painted: read them once the multi-year section agrees with the headline's multi-year total
  // (on a busy machine a read right after an edit could see the plan before it).
  const cumulative = years.getByTestId('multi-year-cumulative').locator('strong').first();
  const headline = page.getByTestId('headline-multi-year').locator('strong');
  await expect.poll(async () => (await cumulative.textContent()) === (await headline.textContent()), { timeout: 10_000 }).toBe(true);
  const yearTable = years.getByRole('table', { name: /^Multi-year plan by year/ });
  const yearOne = yearTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Total', exact: true }) }).getByRole('cell').first();
  return {
    fullStrength: (await planner(page).total.textContent()) ?? '',
    yearOne: (await yearOne.textContent()) ?? '',
    multiYear: (await years.getByTestId('multi-year-cumulative').locator('strong').first().textContent()) ?? '',
    gap: (await page.getByTestId('funding-total-gap').textContent()) ?? '',
  };
}

/**
 * Given Plan A (Norfolk, from 2030, with $5,000,000 a year of federal money for two years), a copy
 * "Plan A (2)" at 60% reach paying street outreach workers $65,000. Returns each page's figures.
 */
async function twoScenarios(page: Page): Promise<{ a: PageFigures; b: PageFigures }> {
  const p = await openPlanner(page);
  const years = page.getByRole('region', { name: 'Multi-year plan' });
  await years.getByRole('textbox', { name: 'Start year' }).fill('2030');
  await years.getByRole('textbox', { name: 'Start year' }).blur();
  await expect(years.getByText(/^Plan runs /)).toHaveText('Plan runs 2030–2032.');
  const funding = page.getByRole('region', { name: 'What the city has today, and who pays' });
  await funding.getByRole('textbox', { name: 'Source name' }).fill('Federal grant');
  await funding.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Federal (e.g. BJA CVIPI awards)' });
  await funding.getByRole('textbox', { name: 'Annual amount ($)' }).fill('5000000');
  await funding.getByRole('textbox', { name: 'First year' }).fill('2030');
  await funding.getByRole('textbox', { name: 'Last year (blank = ongoing)' }).fill('2031');
  await funding.getByRole('button', { name: 'Add funding source' }).click();
  await expect(page.getByTestId('funding-total-gap')).not.toHaveText(await years.getByTestId('multi-year-cumulative').locator('strong').first().innerText());
  const a = await pageFigures(page);

  const s = scenarioBar(page);
  await s.duplicate.click();
  await expect(s.button('Plan A (2)')).toHaveAttribute('aria-current', 'true');
  await page.getByRole('textbox', { name: 'Service reach (%)' }).fill('60');
  const salaries = await openAssumptionGroup(page, 'Salaries and benefits');
  const salary = salaries.getByRole('textbox', { name: /^Street outreach workers: salary/ });
  await salary.fill('65000');
  await salary.blur();
  await expect(p.total).not.toHaveText(a.fullStrength);
  await expect(page.getByTestId('funding-total-gap')).not.toHaveText(a.gap);
  const b = await pageFigures(page);
  return { a, b };
}

test.describe('scenario comparison that explains itself', () => {
  // Each test builds two scenarios through the form before it starts: more steps than the default 30 s allows on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('given two scenarios differing in reach and one salary, when the comparison opens, then both differences come first and every total matches its own page', async ({ page }) => {
    const { a, b } = await twoScenarios(page);
    await scenarioBar(page).compare.click();
    const c = comparison(page);
    await expect(c.region).toBeVisible();

    // What differs comes first, before the totals, and lists exactly the two changes with both values.
    const diffRows = c.differences.getByRole('row');
    await expect(diffRows).toHaveCount(3);
    await expect(diffRows.nth(1).getByRole('rowheader')).toHaveText('Service reach (%)');
    await expect(diffRows.nth(1).getByRole('cell')).toHaveText(['100%', '60%', /^100% \(CAPS: /]);
    await expect(diffRows.nth(2).getByRole('rowheader')).toHaveText(/^Street outreach workers: salary/);
    await expect(diffRows.nth(2).getByRole('cell')).toHaveText(['$60,000', '$65,000', /^\$60,000 \(/]);
    const [diffTop, totalsTop] = await Promise.all([c.differences.boundingBox(), c.totals.boundingBox()]);
    expect(diffTop!.y).toBeLessThan(totalsTop!.y);

    // Each total is the figure the scenario's own page shows.
    await expect(c.total('Full-strength annual total')).toHaveText([a.fullStrength, b.fullStrength]);
    await expect(c.total('Year 1 total')).toHaveText([a.yearOne, b.yearOne]);
    await expect(c.total('Multi-year plan: years')).toHaveText(['2030–2032 (3 years)', '2030–2032 (3 years)']);
    await expect(c.total('Multi-year total')).toHaveText([a.multiYear, b.multiYear]);
    await expect(c.total('Funding gap: not yet funded over the multi-year plan')).toHaveText([a.gap, b.gap]);
    await expect(c.total('Committed funding applied to the multi-year plan')).toHaveText(['$10,000,000', '$10,000,000']);
    // Year 1 is the ramp's 50%: less than full strength, which a council must not mistake for it.
    expect(money(a.yearOne)).toBeLessThan(money(a.fullStrength));

    await expectNoAxeViolations(page, 'with the comparison open');
  });

  test('given the comparison, when the CSV and the workbook are downloaded, then their totals are the screen’s', async ({ page }) => {
    const { a, b } = await twoScenarios(page);
    await scenarioBar(page).compare.click();
    const c = comparison(page);
    const dir = mkdtempSync(join(tmpdir(), 'compare-e2e-'));
    try {
      const csvPath = join(dir, 'comparison.csv');
      const csvDownload = await downloadOf(page, () => c.region.getByRole('button', { name: 'Download comparison (CSV)' }).click(), csvPath);
      expect(csvDownload.suggestedFilename()).toBe('cvi-scenarios-norfolk-va.csv');
      const rows = Papa.parse<string[]>(readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      expect(rows[0]).toEqual(['Section', 'Item', 'Plan A', 'Plan A (2)', 'Default', 'Source of the default']);
      expect(rows[1]?.slice(0, 4)).toEqual(['What differs', 'Service reach (%)', '100%', '60%']);
      expect(rows[2]?.slice(2, 4)).toEqual(['$60,000', '$65,000']);
      const csvRow = (item: string) => rows.find((r) => r[1] === item)?.slice(2, 4).map(Number);
      expect(csvRow('Full-strength annual total')).toEqual([money(a.fullStrength), money(b.fullStrength)]);
      expect(csvRow('Year 1 total')).toEqual([money(a.yearOne), money(b.yearOne)]);
      expect(csvRow('Multi-year total')).toEqual([money(a.multiYear), money(b.multiYear)]);
      expect(csvRow('Funding gap: not yet funded over the multi-year plan')).toEqual([money(a.gap), money(b.gap)]);

      const xlsxPath = join(dir, 'comparison.xlsx');
      const xlsxDownload = await downloadOf(page, () => c.region.getByRole('button', { name: 'Download comparison workbook (.xlsx)' }).click(), xlsxPath);
      expect(xlsxDownload.suggestedFilename()).toBe('cvi-scenarios-norfolk-va.xlsx');
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(xlsxPath) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Scenarios compared')!;
      const sheetRow = (item: string): unknown[] => {
        let found: unknown[] = [];
        sheet.eachRow((row) => {
          if (row.getCell(1).value === item) found = [row.getCell(2).value, row.getCell(3).value];
        });
        return found;
      };
      expect(sheetRow('Full-strength annual total')).toEqual([money(a.fullStrength), money(b.fullStrength)]);
      expect(sheetRow('Multi-year total')).toEqual([money(a.multiYear), money(b.multiYear)]);
      expect(sheetRow('Funding gap: not yet funded over the multi-year plan')).toEqual([money(a.gap), money(b.gap)]);
      expect(sheetRow('Service reach (%)')).toEqual(['100%', '60%']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('given the comparison, when it is printed, then the PDF is the comparison alone on letter paper: title, date, scenarios, differences and totals', async ({ page }) => {
    const { a, b } = await twoScenarios(page);
    // A second source in Plan A (2) makes its funding list long: printed, it must wrap, not be cut off.
    const funding = page.getByRole('region', { name: 'What the city has today, and who pays' });
    await funding.getByRole('textbox', { name: 'Source name' }).fill('City violence prevention fund');
    await funding.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'City general fund' });
    await funding.getByRole('textbox', { name: 'Annual amount ($)' }).fill('2000000');
    await funding.getByRole('textbox', { name: 'First year' }).fill('2030');
    await funding.getByRole('button', { name: 'Add funding source' }).click();
    await expect(page.getByTestId('funding-total-gap')).not.toHaveText(b.gap);
    await scenarioBar(page).compare.click();
    const c = comparison(page);
    // The browser's print dialog is the person's; the test records that it was asked for.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-print-asked', 'yes');
    });
    await c.region.getByRole('button', { name: 'Print comparison' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-print-asked', 'yes');
    const dir = mkdtempSync(join(tmpdir(), 'compare-e2e-'));
    try {
      const pdf = join(dir, 'comparison.pdf');
      await page.pdf({ path: pdf, format: 'Letter' });
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Scenarios compared: Norfolk, VA');
      expect(text).toMatch(/Printed \w+ \d{1,2}, \d{4}/);
      expect(text).toContain('Scenarios: Plan A; Plan A (2).');
      expect(text).toContain('What differs');
      expect(text).toMatch(/Service reach (\(%\) )?100% 60%/); // the label may wrap: "(%)" on its next line
      expect(text).toMatch(/Full-strength annual total \$[\d,]+ \$[\d,]+/);
      for (const figure of [a.fullStrength, b.fullStrength, a.multiYear, b.multiYear, a.gap]) expect(text).toContain(figure);
      // Every funding source and the column of defaults are on the paper, none cut off at the edge.
      // (pdftotext lays columns side by side, so a wrapped cell is read by its parts: its end proves nothing is cut off.)
      expect(text).toContain('City violence');
      expect(text).toContain('prevention fund (City general fund): $2,000,000 a year, from 2030, ongoing');
      expect(text).toContain('Default and its source');
      // The comparison alone: none of the planner's buttons or input form.
      expect(text).not.toContain('Print comparison');
      expect(text).not.toContain('Duplicate scenario');
      expect(text).not.toContain('City preset');
      // The first page carries the title and the differences.
      const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(first).toContain('Scenarios compared: Norfolk, VA');
      expect(first).toContain('Service reach');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('given a phone 375 px wide, when the comparison opens, then the chart’s scenario names and amounts do not overlap and the table is beside it', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await twoScenarios(page);
    const s = scenarioBar(page);
    // A name as people write them: long enough that names side by side under columns would collide.
    await s.bar.getByRole('button', { name: 'Rename scenario' }).click();
    await s.bar.getByRole('textbox', { name: 'Scenario name' }).fill('Smaller reach, higher outreach pay');
    await s.bar.getByRole('button', { name: 'Save' }).click();
    await expect(s.button('Smaller reach, higher outreach pay')).toHaveAttribute('aria-current', 'true');
    await s.compare.click();
    const c = comparison(page);
    const figure = c.region.getByRole('figure', { name: /^Total annual budget by scenario/ });
    await figure.scrollIntoViewIfNeeded();
    const labels: Locator = figure.locator('.recharts-yAxis-tick-labels text, .recharts-label-list text');
    await expect(labels).toHaveCount(4);
    const boxes = await labels.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number }));
    const figureBox = (await figure.boundingBox())!;
    for (const [i, box] of boxes.entries()) {
      expect(box.width, `label ${i} has a width`).toBeGreaterThan(0);
      expect(box.x, `label ${i} starts inside the figure`).toBeGreaterThanOrEqual(figureBox.x - 0.5);
      expect(box.x + box.width, `label ${i} ends inside the figure`).toBeLessThanOrEqual(figureBox.x + figureBox.width + 0.5);
      for (const [j, other] of boxes.entries()) {
        if (j <= i) continue;
        const overlap = box.x < other.x + other.width && other.x < box.x + box.width && box.y < other.y + other.height && other.y < box.y + box.height;
        expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
      }
    }
    // The table with the same numbers follows the chart.
    await expect(c.region.getByRole('table', { name: /^Scenarios compared/ })).toBeVisible();
    await expectNoAxeViolations(page, 'with the comparison open at 375 px');
  });
});

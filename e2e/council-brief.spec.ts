// Issue 12, observation 6 and the print focus of observation 10: the printed proposal ran 13
// letter pages (7 of them a cramped assumptions table, 2 half empty) with no date, preparer,
// scenario name, page numbers or year-1 request, and keyboard focus was lost when the print view
// opened. Now the print view offers a council brief of 2–4 pages and the full technical report,
// both numbered "page X of Y" with a footer on every page. Checked as PDFs (Chromium's
// page.pdf uses the print CSS, @page margin boxes included) with pdfinfo and pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { GLOSSARY } from '../src/model/glossary';
import { PARAMS, PARAM_IDS } from '../src/model/assumptions';
import { chooseCity, chooseExport, expectNoAxeViolations, openPlanner } from './planner';

const PREPARED_BY = 'R. Alvarez, City Budget Office';

/** Year 1 of the Detroit, MI plan over three years, as the command line's model gives it. */
function cliYearOne(): { fiscalYear: number; total: number } {
  const out = execFileSync(join('node_modules', '.bin', 'tsx'), ['src/cli/main.ts', '--city', 'Detroit, MI', '--years', '3', '--format', 'json'], { encoding: 'utf8' });
  const json = JSON.parse(out) as { years: { year: number; total: number }[] };
  const first = json.years[0];
  if (!first) throw new Error('the CLI gave no years');
  return { fiscalYear: first.year, total: first.total };
}

/** "$28,357,598", written here rather than with the app's formatter. */
const dollars = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

async function openDetroitPrintView(page: Page) {
  const p = await openPlanner(page);
  await chooseCity(page, 'Detroit', 'Detroit, MI');
  await expect(page.getByRole('textbox', { name: 'Place name' })).toHaveValue('Detroit');
  await page.getByRole('combobox', { name: 'Years' }).selectOption('3');
  await chooseExport(page, 'Print or save as PDF');
  await expect(page.getByRole('heading', { level: 1, name: 'Community violence intervention ecosystem: Detroit, MI' })).toBeVisible();
  return p;
}

/** Prints the page to a letter PDF in a fresh temporary folder; `check` reads it; the folder is removed afterwards. */
async function withPdf(page: Page, check: (pages: string[]) => void | Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'council-brief-'));
  try {
    const pdf = join(dir, 'document.pdf');
    await page.pdf({ path: pdf, format: 'Letter' });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    const pages = Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }));
    await check(pages);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Every page ends with "Detroit, MI · Plan A · <date> · page N of M". */
function expectFooterOnEveryPage(pages: string[]) {
  pages.forEach((text, i) => {
    expect(flat(text), `page ${i + 1} has its footer and number`).toMatch(new RegExp(`Detroit, MI · Plan A · [A-Z][a-z]+ \\d{1,2}, \\d{4} · page ${i + 1} of ${pages.length}`));
  });
}

test('given the Detroit, MI plan over three years, when the council brief is saved as a PDF, then it is 2–4 numbered pages with the year-1 request on page 1', async ({ page }) => {
  await openDetroitPrintView(page);
  await expect(page.getByRole('radio', { name: /^Council brief/ })).toBeChecked();
  await page.getByRole('textbox', { name: 'Prepared by (optional)' }).fill(PREPARED_BY);
  const yearOne = cliYearOne();

  await withPdf(page, (pages) => {
    expect(pages.length, 'the brief is 2 to 4 pages').toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(4);
    expectFooterOnEveryPage(pages);

    const first = flat(pages[0] ?? '');
    expect(first).toContain('Council brief');
    expect(first).toContain('Scenario: Plan A');
    expect(first).toContain(`Prepared by: ${PREPARED_BY}`);
    expect(first).toContain(`Year-1 request, fiscal year ${yearOne.fiscalYear}`);
    expect(first, 'the year-1 request is the model’s year 1').toContain(dollars(yearOne.total));
    // Compared like with like, abbreviations spelled out at first use.
    expect(first).toContain('CAPS method at the same reach (100%)');
    expect(first).toContain('community violence intervention (CVI)');
    expect(first).toContain('Coalition to Advance Public Safety (CAPS)');

    const all = flat(pages.join(' '));
    expect(all).toContain('Multi-year total');
    expect(all).toContain('People to hire by role');
    expect(all).toContain('Assumptions changed from the defaults');
    // The brief is not the technical report: no table of every assumption.
    expect(all).not.toContain('Assumptions and sources');
  });
});

test('given the Detroit, MI plan, when the full technical report is saved as a PDF, then every page is numbered and filled, every assumption is there and the glossary ends it', async ({ page }) => {
  await openDetroitPrintView(page);
  await page.getByRole('radio', { name: /^Full technical report/ }).check();
  await expect(page.getByRole('heading', { level: 2, name: 'Glossary' })).toBeVisible();

  await withPdf(page, (pages) => {
    // Was 13 pages, 7 of them the assumptions table.
    expect(pages.length, 'the report fits in a reasonable number of letter pages').toBeGreaterThanOrEqual(4);
    expect(pages.length).toBeLessThanOrEqual(10);
    expectFooterOnEveryPage(pages);
    pages.forEach((text, i) => {
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      expect(lines.length, `page ${i + 1} is not near empty`).toBeGreaterThanOrEqual(20);
    });
    const all = flat(pages.join(' '));
    for (const id of PARAM_IDS) expect(all, `the report lists "${PARAMS[id].label}"`).toContain(flat(PARAMS[id].label));
    // A council reader has no copy of the repository's methodology file: no pointers into it, and
    // the abbreviations the report uses are spelled out before the glossary at its end.
    expect(all).not.toContain('docs/methodology.md');
    expect(all).not.toContain('§');
    const beforeGlossary = all.slice(0, all.lastIndexOf('Glossary'));
    for (const expansion of ['hospital-based violence intervention program (HVIP)', 'modified total direct costs (MTDC)', 'Office of Justice Programs (OJP)']) {
      expect(beforeGlossary).toContain(expansion);
    }
    // The glossary is printed last, every term with what it stands for (its two columns make
    // pdftotext interleave the definitions, so the terms are what is compared). It may run on to
    // a second page: its heading is on one of the last two, and the last page is its end.
    const glossaryPage = pages.findLastIndex((text) => flat(text).includes('Glossary'));
    expect(glossaryPage, 'the glossary starts on one of the last two pages').toBeGreaterThanOrEqual(pages.length - 2);
    expect(flat(pages.at(-1) ?? '')).toContain(GLOSSARY.at(-1)?.term ?? '');
    const glossary = all.slice(all.lastIndexOf('Glossary'));
    // A term whose "(expansion)" wraps inside its column comes out of pdftotext cut by the other
    // column's line, so the expansion is checked word by word.
    for (const entry of GLOSSARY) {
      expect(glossary, `the glossary explains ${entry.term}`).toContain(entry.term);
      for (const word of entry.expansion?.split(' ') ?? []) expect(glossary, `the glossary spells out ${entry.term}`).toContain(word);
    }
  });
});

test('given the planner, when the print view is opened from the Export menu with the keyboard, then focus moves into it, and Back to the planner returns it to that button', async ({ page }) => {
  const p = await openPlanner(page);
  await p.exportButton.focus();
  await page.keyboard.press('Enter');
  const printItem = p.exportFormats.getByRole('button', { name: 'Print or save as PDF', exact: true });
  await printItem.focus();
  await page.keyboard.press('Enter');

  // Focus is on the view's first control, the choice of document, with the document below it.
  await expect(page.getByRole('heading', { level: 1, name: /^Community violence intervention ecosystem/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Council brief/ })).toBeFocused();
  // The planner is out of the way (and out of the tab order) while the print view is open.
  await expect(p.total).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Prepared by (optional)' })).toBeFocused();

  await page.getByRole('button', { name: 'Back to the planner' }).focus();
  await page.keyboard.press('Enter');
  await expect(printItem).toBeFocused();
  await expect(p.total).toBeVisible();
});

test('axe: the print view, council brief and full technical report', async ({ page }) => {
  await openDetroitPrintView(page);
  await page.getByRole('textbox', { name: 'Prepared by (optional)' }).fill(PREPARED_BY);
  await expectNoAxeViolations(page, 'in the council brief');
  await page.getByRole('radio', { name: /^Full technical report/ }).check();
  await expect(page.getByRole('heading', { level: 2, name: 'Glossary' })).toBeVisible();
  await expectNoAxeViolations(page, 'in the full technical report');
});

// The reality check (docs/methodology.md §12) in the browser: the planner's section shows the
// plan's figures beside what real programs spend, with each program's source link, axe clean and
// usable at phone width; the council brief carries one line per figure and keeps to its pages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseCity, chooseExport, openPlanner, WCAG_TAGS } from './planner';

interface RawBenchmark {
  id: string;
  metric: string;
  source: { title: string; url: string };
}
const FILE = JSON.parse(readFileSync(join(process.cwd(), 'src/data/benchmarks.json'), 'utf8')) as { benchmarks: RawBenchmark[] };
const LABELS = ['Cost per participant', 'All-in cost per position', 'Budget per resident', 'Participants per street outreach worker', 'Staff per site'];

function section(page: Page) {
  return page.getByRole('region', { name: 'Reality check: what real programs spend' });
}

test('given the planner, when the reality check section is reached, then it shows the five figures beside real programs, each program with its source link', async ({ page }) => {
  await openPlanner(page);
  const s = section(page);
  await s.scrollIntoViewIfNeeded();
  const table = s.getByRole('table', { name: /beside what real programs report/ });
  await expect(table).toBeVisible();
  for (const label of LABELS) await expect(table.getByRole('rowheader', { name: label })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Where the plan sits' })).toBeVisible();

  // Each metric's programs sit behind a disclosure; open them all.
  const summaries = s.locator('summary');
  await expect(summaries).toHaveCount(LABELS.length);
  for (const summary of await summaries.all()) await summary.click();
  const links = s.getByRole('link');
  await expect(links).toHaveCount(FILE.benchmarks.length);
  for (const b of FILE.benchmarks) {
    const link = s.locator(`li[data-benchmark="${b.id}"]`).getByRole('link', { name: b.source.title });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', b.source.url);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noreferrer noopener');
  }

  const results = await new AxeBuilder({ page }).include('.reality-check').withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test.describe('at 390 px wide', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('given a phone, when the reality check is on screen, then the page does not scroll sideways and axe finds nothing', async ({ page }) => {
    await openPlanner(page);
    const s = section(page);
    await s.scrollIntoViewIfNeeded();
    await expect(s.getByRole('table')).toBeVisible();
    const n = FILE.benchmarks.filter((b) => b.metric === 'cost-per-participant').length;
    await s.getByText(`Cost per participant: the ${n} programs with sources and caveats`).click();
    await expect(s.locator('li[data-benchmark]').first().getByRole('link')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scrolling of the whole page at 390 px').toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).include('.reality-check').withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

test('given the Detroit, MI plan over three years, when the council brief is saved as a PDF, then it has a line per figure beside real programs and stays at two pages', async ({ page }) => {
  await openPlanner(page);
  await chooseCity(page, 'Detroit', 'Detroit, MI');
  await page.getByRole('combobox', { name: 'Years' }).selectOption('3');
  await chooseExport(page, 'Print or save as PDF');
  const block = page.getByRole('region', { name: 'Beside real programs' });
  await expect(block).toBeVisible();
  await expect(block.getByRole('listitem')).toHaveCount(LABELS.length);
  const dir = mkdtempSync(join(tmpdir(), 'reality-brief-'));
  try {
    const pdf = join(dir, 'brief.pdf');
    await page.pdf({ path: pdf, format: 'Letter' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
    expect(pages, 'the Detroit brief over three years').toBe(2);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Beside real programs');
    for (const label of LABELS) expect(text).toContain(label);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

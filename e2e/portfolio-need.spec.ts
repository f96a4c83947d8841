// A portfolio that compares need (issue 14): the table sorted by homicides per 100,000 (the order
// worked out here from the cities' own data), the places template downloaded and uploaded as it
// is, and the printed summary on one letter page (Chromium's page.pdf with the print CSS, counted
// by pdfinfo), for ten places and for all 60 curated cities.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openPlanner } from './planner';

interface City {
  name: string;
  state: string;
  population: number;
  homicides?: Record<string, number>;
}
const CITY_DATA = JSON.parse(readFileSync(join('src', 'data', 'city-presets.json'), 'utf8')) as { cities: City[] };

/** The latest year's count, as the presets fill it. */
function latestHomicides(city: City): number | null {
  const years = Object.keys(city.homicides ?? {}).map(Number);
  return years.length === 0 ? null : (city.homicides?.[String(Math.max(...years))] ?? null);
}

/** Ten places: high and low violence, large and small, two without a homicide count. */
const DEMO = ['Flint, MI', 'Oakland, CA', 'Newark, NJ', 'Baltimore, MD', 'Detroit, MI', 'Norfolk, VA', 'Memphis, TN', 'Seattle, WA', 'Nashville, TN', 'Chicago, IL'];

function cityOf(key: string): City {
  const city = CITY_DATA.cities.find((c) => `${c.name}, ${c.state}` === key);
  if (!city) throw new Error(`no preset ${key}`);
  return city;
}

async function openPortfolioWith(page: Page, keys: readonly string[] | 'all'): Promise<void> {
  await openPlanner(page);
  await page.getByRole('button', { name: 'Portfolio' }).click();
  const places = page.getByRole('region', { name: 'Places in the portfolio' });
  if (keys === 'all') {
    await page.getByRole('button', { name: 'Add all presets' }).click();
  } else {
    const search = page.getByLabel('Add a city');
    for (const key of keys) {
      await search.fill(key.split(',')[0] ?? key);
      await page.getByRole('checkbox', { name: new RegExp(`^${key}`) }).check();
      await page.getByRole('button', { name: /^Add selected cities/ }).click();
    }
  }
  await expect(places.getByRole('button', { name: /^Open as plan:/ })).toHaveCount(keys === 'all' ? 60 : keys.length);
}

const rowNames = (page: Page) => page.getByRole('region', { name: 'Places in the portfolio' }).locator('tbody th[scope="row"]').allInnerTexts();

test('given ten cities, when sorted by homicides per 100,000, then the rows follow the rates worked out from the data, blanks last', async ({ page }) => {
  await openPortfolioWith(page, DEMO);
  const rates = DEMO.map((key) => {
    const city = cityOf(key);
    const homicides = latestHomicides(city);
    return { key, rate: homicides === null ? null : (homicides * 100_000) / city.population };
  });
  const given = rates.filter((r): r is { key: string; rate: number } => r.rate !== null);
  const blank = rates.filter((r) => r.rate === null).map((r) => r.key);
  expect(blank, 'the demo has places without a homicide count').toEqual(['Newark, NJ', 'Nashville, TN']);
  const ascending = [...given].sort((a, b) => a.rate - b.rate).map((r) => r.key);

  const places = page.getByRole('region', { name: 'Places in the portfolio' });
  const header = places.getByRole('columnheader', { name: /Homicides per 100,000/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  expect(await rowNames(page)).toEqual([...ascending, ...blank]);
  expect(ascending[ascending.length - 1], 'Flint has the highest rate').toBe('Flint, MI');

  // Keyboard: the same button with Enter turns the order around; blanks stay last.
  await header.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await rowNames(page)).toEqual([...[...ascending].reverse(), ...blank]);

  // The sort holds when the table updates: a new high-risk estimate re-plans every place.
  await page.getByRole('combobox', { name: 'High-risk estimate for every place' }).selectOption('violence-adjusted');
  await expect(page.getByTestId('portfolio-notes')).toContainText('Newark, NJ; Nashville, TN');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await rowNames(page)).toEqual([...[...ascending].reverse(), ...blank]);
  await expectNoAxeViolations(page, 'with violence-adjusted, its note and the table sorted by homicides per 100,000');
});

test('given the places template, when it is downloaded and uploaded as it is, then its example place is added with no problem', async ({ page }) => {
  await openPortfolioWith(page, []);
  const dir = mkdtempSync(join(tmpdir(), 'portfolio-template-'));
  try {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a CSV template' }).click()]);
    expect(download.suggestedFilename()).toBe('cvi-places-template.csv');
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByLabel('Upload places (.csv)').setInputFiles(file);
    await expect(page.getByText('Added 1 place from “cvi-places-template.csv”.')).toBeVisible();
    const places = page.getByRole('region', { name: 'Places in the portfolio' });
    await expect(places.locator('tbody th[scope="row"]')).toHaveText([/^Example City \(made-up example: replace this row\), ZZ$/]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Prints the page to a letter PDF; returns the page count and the text. */
async function printed(page: Page): Promise<{ pages: number; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'portfolio-summary-'));
  try {
    const pdf = join(dir, 'summary.pdf');
    await page.pdf({ path: pdf, format: 'Letter' });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), text: execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const places of [DEMO, 'all'] as const) {
  const what = places === 'all' ? 'all 60 curated cities' : 'ten cities';
  test(`given ${what}, when the summary is printed, then it is one letter page with the methodology, totals, columns, note and sources`, async ({ page }) => {
    await openPortfolioWith(page, places);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Print summary' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

    const total = await page.getByTestId('portfolio-total').innerText();
    const { pages, text } = await printed(page);
    expect(pages, `the summary of ${what} is one page`).toBe(1);
    expect(text).toContain('Portfolio: portfolio summary');
    expect(text).toContain('Methodology: Shooting-informed');
    expect(text).toContain(`Total, a year at full strength: ${total}`);
    // pdftotext reads a wrapped heading in pieces: "Shooting victims per" then, later, "100,000".
    for (const column of ['Homicides per 100,000', 'Shooting victims per', 'Budget per resident', 'Plan cost per homicide']) expect(text).toContain(column);
    expect(text, 'the population-only note, with its rule').toContain('at most 1.10 times the lowest');
    expect(text).toContain('Sources:');
    expect(text).toContain('Flint, MI');
    expect(text, 'the page controls do not print').not.toContain('Add places');
  });
}

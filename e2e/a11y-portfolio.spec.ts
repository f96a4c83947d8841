// axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on every state of the funders' portfolio page a person
// can reach (issue 7): empty, with presets added, a typed place with errors, a CSV with bad rows,
// assumptions changed and refused, the table sorted, the chart, after "Copy portfolio link" and a
// CSV export, and each message or confirmation the page can open (remove all, link opened or
// damaged, saved portfolio set aside, opened as a plan). Each test first checks the state is really
// there (the error shown, the row count, aria-sort...), so a scan of the wrong state cannot pass.
import { expect, test, type Page } from '@playwright/test';
import { escapeRegExp, expectNoAxeViolations, openPlanner } from './planner';

const HEADER = 'name,state,population,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach';
const GROUPS = ['High-risk population', 'Roles and caseloads', 'Salaries and benefits', 'Budget lines', 'Optional lines (off by default)'];

async function openPortfolio(page: Page, path = '/'): Promise<void> {
  await openPlanner(page, path);
  await page.getByRole('button', { name: 'Portfolio' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Add places' })).toBeVisible();
}

const placesRegion = (page: Page) => page.getByRole('region', { name: 'Places in the portfolio' });

async function addAllPresets(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add all presets' }).click();
  await expect(placesRegion(page).getByRole('button', { name: /^Open as plan:/ })).toHaveCount(60);
}

/** The page scrolls only up and down: nothing is wider than the window. */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scrolling of the whole page ${what}`).toBeLessThanOrEqual(0);
}

async function openPortfolioAssumptionGroup(page: Page, name: string): Promise<void> {
  const summary = page.locator('summary').filter({ hasText: new RegExp(`^${escapeRegExp(name)}`) });
  const group = page.getByRole('region', { name: 'Assumptions for every place' }).locator('details').filter({ has: summary });
  await group.locator(summary).click();
  await expect(group).toHaveAttribute('open', '');
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
]) {
  test.describe(`at ${viewport.width} px wide`, () => {
    test.use({ viewport });

    test('axe: the empty portfolio', async ({ page }) => {
      await openPortfolio(page);
      await expect(page.getByText(/^No places yet\./)).toBeVisible();
      await expectNoAxeViolations(page, 'on the empty portfolio');
      await expectNoSidewaysScroll(page, 'on the empty portfolio');
    });

    test('axe: every preset added, the chart and its table', async ({ page }) => {
      await openPortfolio(page);
      await addAllPresets(page);
      await expect(page.getByRole('figure', { name: /60 places/ })).toBeVisible();
      await expectNoAxeViolations(page, 'with all 60 presets');
      await expectNoSidewaysScroll(page, 'with all 60 presets');
    });

    test('axe: the population-only note, then violence-adjusted for every place with places lacking counts marked', async ({ page }) => {
      await openPortfolio(page);
      await addAllPresets(page);
      const notes = page.getByTestId('portfolio-notes');
      await expect(notes).toContainText('The ranking is population alone.');
      await expectNoAxeViolations(page, 'with the population-only note');
      await notes.getByRole('button', { name: /^Use “Violence-adjusted for every place”/ }).click();
      await expect(page.getByRole('combobox', { name: 'High-risk estimate for every place' })).toHaveValue('violence-adjusted');
      await expect(notes).toContainText('planned with the population method');
      await expect(placesRegion(page).getByText('no homicide or fatal shooting count').first()).toBeVisible();
      await expectNoAxeViolations(page, 'with violence-adjusted for every place');
      await expectNoSidewaysScroll(page, 'with violence-adjusted for every place');
    });

    test('axe: every assumption group open, one value changed and one refused', async ({ page }) => {
      await openPortfolio(page);
      for (const name of GROUPS) await openPortfolioAssumptionGroup(page, name);
      await page.getByRole('textbox', { name: 'Fringe benefits (share of salary)' }).fill('35');
      await expect(page.getByRole('button', { name: 'Reset Fringe benefits (share of salary) to the methodology’s value' })).toBeVisible();
      const caseload = page.getByRole('textbox', { name: /^Street outreach workers/ }).first();
      await caseload.fill('abc');
      await expect(caseload).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page, 'with the portfolio assumptions changed and an error shown');
      await expectNoSidewaysScroll(page, 'with the portfolio assumptions open');
    });
  });
}

test('axe: cities searched and several ticked, then added', async ({ page }) => {
  await openPortfolio(page);
  await page.getByLabel('Add a city').fill('san');
  const list = page.getByRole('group', { name: /matching cities/ });
  const boxes = list.getByRole('checkbox');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(page.getByRole('button', { name: 'Add selected cities (2)' })).toBeEnabled();
  await expectNoAxeViolations(page, 'with two cities ticked');

  await page.getByRole('button', { name: 'Add selected cities (2)' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Added 2 cities\.$/ })).toBeVisible();
  await expect(boxes.nth(0)).toBeDisabled();
  await expectNoAxeViolations(page, 'with two cities added (shown as in the portfolio)');
});

test('axe: a typed place with errors shown, then a place being edited', async ({ page }) => {
  await openPortfolio(page);
  const form = page.getByRole('form', { name: 'Type a place' });
  await form.getByRole('textbox', { name: 'Place name' }).fill('Springfield');
  await form.getByRole('textbox', { name: 'Population' }).fill('lots');
  await form.getByRole('textbox', { name: 'Homicides per year' }).fill('-3');
  await form.getByRole('combobox', { name: 'High-risk estimate' }).selectOption('custom');
  await form.getByRole('textbox', { name: 'Local high-risk count' }).fill('many');
  await form.getByRole('button', { name: 'Add place' }).click();
  await expect(form.getByRole('textbox', { name: 'Population' })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('textbox', { name: 'Local high-risk count' })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('status')).toHaveText(/^Not added: \d+ fields need correcting\.$/);
  await expectNoAxeViolations(page, 'with the typed place’s errors shown');

  await form.getByRole('textbox', { name: 'Population' }).fill('238005');
  await form.getByRole('textbox', { name: 'Homicides per year' }).fill('');
  await form.getByRole('combobox', { name: 'High-risk estimate' }).selectOption('population');
  await form.getByRole('button', { name: 'Add place' }).click();
  await expect(form.getByRole('status')).toHaveText('Added Springfield.');
  await placesRegion(page).getByRole('button', { name: 'Edit: Springfield' }).click();
  await expect(page.getByRole('form', { name: 'Edit Springfield' })).toBeVisible();
  await expectNoAxeViolations(page, 'with a place being edited');
});

test('axe: a CSV upload with bad rows reported', async ({ page }) => {
  await openPortfolio(page);
  const csv = [HEADER, 'Alpha,VA,238005,,,,,', 'Beta,VA,lots,,,,,', 'Delta,VA,-4,1,,,,', 'Gamma,MD,100000,20,,,,'].join('\n');
  await page.getByLabel('Upload places (.csv)').setInputFiles({ name: 'places.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByText(/^Added 2 places from “places\.csv”\. 2 rows could not be added/)).toBeVisible();
  await expect(page.getByText(/^line 3: population:/)).toBeVisible();
  await expectNoAxeViolations(page, 'with a CSV’s bad rows reported');

  await page.getByLabel('Upload places (.csv)').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('name,state,pop\nA,VA,100\n') });
  await expect(page.getByText('“bad.csv” could not be used. The portfolio is unchanged.')).toBeVisible();
  await expectNoAxeViolations(page, 'with a CSV that could not be used');
});

test('axe: the table sorted, descending', async ({ page }) => {
  await openPortfolio(page);
  await addAllPresets(page);
  const header = placesRegion(page).getByRole('columnheader', { name: /Total budget/ });
  await header.getByRole('button').click();
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expectNoAxeViolations(page, 'with the table sorted');
});

test('axe: the chart’s tooltip shown', async ({ page }) => {
  await openPortfolio(page);
  await page.getByLabel('Add a city').fill('detr');
  await page.getByRole('checkbox', { name: /Detroit, MI/ }).check();
  await page.getByRole('button', { name: /^Add selected cities/ }).click();
  const bar = page.locator('.portfolio-chart .recharts-bar-rectangle').first();
  await bar.hover();
  await expect(page.locator('.portfolio-chart .recharts-tooltip-wrapper')).toContainText('Total budget');
  await expectNoAxeViolations(page, 'with the chart tooltip shown');
});

test('axe: after "Copy portfolio link"', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPortfolio(page);
  await addAllPresets(page);
  await page.getByRole('button', { name: 'Copy portfolio link' }).click();
  const box = page.getByRole('textbox', { name: 'Link to this portfolio' });
  await expect(box).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Link copied\./ })).toBeVisible();
  await expectNoAxeViolations(page, 'after copying the portfolio link');
});

test('axe: "Remove all places…" asking to confirm', async ({ page }) => {
  await openPortfolio(page);
  await addAllPresets(page);
  await page.getByRole('button', { name: 'Remove all places…' }).click();
  await expect(page.getByRole('button', { name: 'Yes, remove all 60 places' })).toBeVisible();
  await expectNoAxeViolations(page, 'with the remove-all confirmation');
  await page.getByRole('button', { name: 'Yes, remove all 60 places' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed every place.' })).toBeVisible();
  await expectNoAxeViolations(page, 'after every place was removed');
});

test('axe: a portfolio link opened, and a damaged one', async ({ page, browser }) => {
  await openPortfolio(page);
  await page.getByLabel('Add a city').fill('detr');
  await page.getByRole('checkbox', { name: /Detroit, MI/ }).check();
  await page.getByRole('button', { name: /^Add selected cities/ }).click();
  await page.getByRole('button', { name: 'Copy portfolio link' }).click();
  const link = await page.getByRole('textbox', { name: 'Link to this portfolio' }).inputValue();
  expect(link).toContain('#portfolio=');

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByRole('status').filter({ hasText: /^Opened the portfolio “Portfolio” \(1 place\) from the link\./ })).toBeVisible();
    await expectNoAxeViolations(other, 'with the link-opened notice');

    // A new tab: the same page with another fragment would not load again.
    const damaged = await fresh.newPage();
    await damaged.goto(link.slice(0, link.indexOf('#portfolio=') + 30));
    await expect(damaged.getByRole('alert')).toContainText('This link is damaged');
    await expectNoAxeViolations(damaged, 'with the damaged-link notice');
  } finally {
    await fresh.close();
  }
});

test('axe: a saved portfolio that cannot be read, set aside with a download offered', async ({ page }) => {
  // Once, before the app first reads storage (an init script would run again on every load).
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('cvi-planner:portfolio', '{"state": not json'));
  await openPortfolio(page);
  const notice = page.getByRole('alert').filter({ hasText: /^Your saved portfolio could not be opened/ });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('button', { name: 'Download the saved data' })).toBeVisible();
  await expectNoAxeViolations(page, 'with the saved-portfolio notice');
});

test('axe: after a CSV export, and on the planner after "Open as plan"', async ({ page }) => {
  await openPortfolio(page);
  await page.getByLabel('Add a city').fill('norf');
  await page.getByRole('checkbox', { name: /Norfolk, VA/ }).check();
  await page.getByRole('button', { name: /^Add selected cities/ }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  await expect(page.getByRole('status').filter({ hasText: /^Downloaded .+\.csv\.$/ })).toBeVisible();
  await expectNoAxeViolations(page, 'after a portfolio CSV export');

  await placesRegion(page).getByRole('button', { name: 'Open as plan: Norfolk, VA' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^The plan from the portfolio \(Norfolk, VA/ })).toBeVisible();
  await expectNoAxeViolations(page, 'on the planner with the opened-as-plan notice');
});

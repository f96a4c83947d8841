// "Copy link": the plan's inputs travel in the URL fragment; a fresh browser opens the same plan,
// and a damaged or tampered link says so and leaves the plan alone.
import { expect, test } from '@playwright/test';
import LZString from 'lz-string';
import { expectedPlan, usd } from './methodology';
import { openPlanner, planner } from './planner';

// lz-string is CommonJS: Playwright's ESM loader only offers its default export.
const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = LZString;

const DEFAULT_TOTAL = usd(expectedPlan({ population: 238_005, nonfatalShootings: null, preset: 'shooting-informed' }).total);

test('a copied link opened in a fresh browser context shows the same plan and total', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const p = await openPlanner(page);
  await p.methodology.selectOption({ label: 'CAPS' });
  await p.population.fill('150000');
  const expected = usd(expectedPlan({ population: 150_000, nonfatalShootings: null, preset: 'caps' }).total);
  await expect(p.total).toHaveText(expected);

  await p.copyLink.click();
  await expect(p.linkBox).toBeVisible();
  const link = await p.linkBox.inputValue();
  expect(link.startsWith(`http://127.0.0.1:${process.env.E2E_PORT ?? 4180}/#plan=`)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: /^Link copied/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  // The link carries inputs, never results.
  const payload = decompressFromEncodedURIComponent(link.split('#plan=')[1] ?? '');
  expect(payload).toContain('150000');
  expect(payload).not.toContain(expected.replace(/[$,]/g, ''));

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    const q = planner(other);
    await expect(q.total).toHaveText(expected);
    await expect(q.population).toHaveValue(/^150,?000$/);
    await expect(q.methodology).toHaveValue('caps');
    await expect(other.getByRole('status').filter({ hasText: /^The plan from the link is open, saved in your plans as / })).toBeVisible();
    // the fragment gives way to the arrived plan's own address, so a reload keeps later edits instead of re-applying the link
    await expect(other).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${process.env.E2E_PORT ?? 4180}/\\?plan=p[0-9a-z]{7,}$`));
  } finally {
    await fresh.close();
  }
});

test('a garbage link shows a clear error and the default plan', async ({ page }) => {
  const p = await openPlanner(page, '/#plan=garbage');
  await expect(page.getByRole('alert')).toContainText(/link/i);
  await expect(page.getByRole('alert')).toContainText(/damaged|could not be opened/);
  await expect(page.getByRole('alert')).toContainText('Your current plan is unchanged.');
  await expect(p.total).toHaveText(DEFAULT_TOTAL);
  await expect(p.population).toHaveValue(/^238,?005$/);
});

test('a tampered link (valid encoding, impossible population) names the field and keeps the current plan', async ({ page, context }) => {
  const p = await openPlanner(page);
  await p.population.fill('150000');
  const edited = usd(expectedPlan({ population: 150_000, nonfatalShootings: null, preset: 'shooting-informed' }).total);
  await expect(p.total).toHaveText(edited);

  await p.copyLink.click();
  const link = await p.linkBox.inputValue();
  const json = decompressFromEncodedURIComponent(link.split('#plan=')[1] ?? '');
  expect(json).toContain('"population":150000');
  const tampered = json.replace('"population":150000', '"population":-5');
  const tamperedLink = `${link.split('#')[0]}#plan=${compressToEncodedURIComponent(tampered)}`;

  // Same browser profile (same saved plan), new tab.
  const second = await context.newPage();
  await second.goto(tamperedLink);
  const alert = second.getByRole('alert');
  await expect(alert).toContainText('could not be opened');
  await expect(alert).toContainText('Population');
  await expect(planner(second).total).toHaveText(edited);
});

test('a truncated link says it is damaged and keeps the current plan', async ({ page, context }) => {
  const p = await openPlanner(page);
  await p.population.fill('150000');
  const edited = usd(expectedPlan({ population: 150_000, nonfatalShootings: null, preset: 'shooting-informed' }).total);
  await expect(p.total).toHaveText(edited);
  await p.copyLink.click();
  const link = await p.linkBox.inputValue();
  const truncated = link.slice(0, link.indexOf('#plan=') + 6 + Math.floor((link.length - link.indexOf('#plan=') - 6) / 2));

  const second = await context.newPage();
  await second.goto(truncated);
  await expect(second.getByRole('alert')).toContainText(/damaged|could not be opened/);
  await expect(planner(second).total).toHaveText(edited);
});

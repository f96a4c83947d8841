// axe over the planner's other states (issue 7: every view and state): every chart drawn (charts
// are only drawn near the screen, so the default-page scan sees one), the export menu, the print
// layout, scenarios compared, errors in the lower sections, the local cost basis, and a notice.
import { expect, test } from '@playwright/test';
import { chooseExport, expectNoAxeViolations, openPlanner } from './planner';

const CHARTS = '.recharts-wrapper';

test.describe('in a window tall enough for the whole page', () => {
  test.use({ viewport: { width: 1280, height: 16_000 } });

  test('axe: every chart drawn, the Monte Carlo result included', async ({ page }) => {
    await openPlanner(page);
    // staffing, budget, multi-year cost and staff, funding, tornado, histogram
    await expect.poll(() => page.locator(CHARTS).count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(7);
    await expect(page.getByTestId('mc-result')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
    await expectNoAxeViolations(page, 'with every chart drawn');
  });
});

test('axe: the export menu open', async ({ page }) => {
  const p = await openPlanner(page);
  await p.exportButton.click();
  await expect(p.exportFormats).toBeVisible();
  await expectNoAxeViolations(page, 'with the export menu open');
});

test('axe: the print layout', async ({ page }) => {
  await openPlanner(page);
  await chooseExport(page, 'Print or save as PDF');
  await expect(page.getByRole('button', { name: 'Back to the planner' })).toBeVisible();
  await expectNoAxeViolations(page, 'in the print layout');
});

test('axe: two scenarios compared', async ({ page }) => {
  await openPlanner(page);
  const bar = page.getByRole('region', { name: 'Scenarios', exact: true });
  await bar.getByRole('button', { name: 'Duplicate scenario' }).click();
  await bar.getByRole('button', { name: 'Compare scenarios' }).click();
  await expect(page.getByRole('region', { name: 'Scenarios compared' }).getByRole('table', { name: /^Scenarios compared/ })).toBeVisible();
  await expectNoAxeViolations(page, 'with scenarios compared');
});

test('axe: errors in the multi-year and funding sections', async ({ page }) => {
  await openPlanner(page);
  const years = page.getByRole('region', { name: 'Multi-year plan' });
  const share = years.getByRole('textbox', { name: /^Share of full staffing in \d{4} \(%\)$/ }).first();
  await share.fill('150');
  await expect(share).toHaveAttribute('aria-invalid', 'true');
  const funding = page.getByRole('region', { name: 'What the city has today, and who pays' });
  await funding.getByRole('button', { name: 'Add funding source' }).click();
  await expect(funding.getByRole('textbox', { name: 'Source name' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'with errors in the lower sections');
});

test('axe: a local study’s cost per shooting, with an error', async ({ page }) => {
  await openPlanner(page);
  const section = page.getByRole('region', { name: 'Cost of violence and break-even' });
  await section.getByRole('radio', { name: 'A local study’s cost per shooting' }).check();
  const field = section.getByRole('textbox').first();
  await field.fill('lots');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'with the local cost basis and an error');
});

test('axe: the notice a damaged link leaves', async ({ page }) => {
  const p = await openPlanner(page, '/#plan=garbage');
  await expect(page.getByRole('alert')).toContainText('Your current plan is unchanged.');
  await expect(p.total).toBeVisible();
  await expectNoAxeViolations(page, 'with the damaged-link notice');
});

test('a chart far below the first screen is drawn when scrolled to, and its table was current before', async ({ page }) => {
  const p = await openPlanner(page);
  await p.population.fill('640000');
  const budget = page.getByRole('region', { name: 'Annual budget' });
  const total = await p.total.textContent();
  // The table is current while the chart is not drawn; the chart appears once it is near the screen.
  await expect(budget.getByTestId('budget-table-total')).toHaveText(total ?? '');
  await expect(budget.locator(CHARTS)).toHaveCount(0);
  await page.getByRole('heading', { name: 'Assumptions', exact: true }).scrollIntoViewIfNeeded();
  await budget.getByRole('heading', { name: 'Annual budget' }).scrollIntoViewIfNeeded();
  await expect(budget.locator(CHARTS)).toHaveCount(1);
  await expect(budget.locator(`${CHARTS} .recharts-bar-rectangle`).first()).toBeVisible();
});

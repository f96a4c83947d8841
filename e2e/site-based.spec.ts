// Issue 14: the site-based preset in the planner (docs/methodology.md §11) and "inputs that
// matter". Expected figures are the §11 worked example (Baltimore, MD), worked by hand there.
import { expect, test } from '@playwright/test';
import { chooseCity, chooseExport, expectNoAxeViolations, openPlanner } from './planner';

test('Baltimore switched to site-based: violence-adjusted, 21 sites, $26,382,700; case management in one switch', async ({ page }) => {
  const p = await openPlanner(page);
  await chooseCity(page, 'Baltimore', 'Baltimore, MD');
  await p.methodology.selectOption('site-based');
  // The preset brings its own method because the city gave homicides.
  await expect(page.getByRole('combobox', { name: 'High-risk estimate' })).toHaveValue('violence-adjusted');
  await expect(p.total).toHaveText('$26,382,700');
  await expect(page.getByTestId('stat-sites')).toHaveText('21');
  await expect(page.getByTestId('stat-participants')).toHaveText('1,005');

  const staffing = p.staffingRegion;
  await expect(staffing.getByText(/^21 sites$/)).toBeVisible();
  const row = (name: string) => p.staffingTable.locator('tbody tr').filter({ has: page.locator('th summary', { hasText: new RegExp(`^${name}`) }) });
  await expect(row('Street outreach workers').locator('td').nth(1)).toHaveText('3 per site');
  await expect(row('Street outreach workers')).toContainText('63');
  await expect(row('Case managers')).toContainText('Left to the site teams');
  await expect(page.getByRole('table', { name: /^Budget lines/ })).toContainText('Direct assistance to participants');

  // The reality check: staff per site (63 + 63 + 21 + 21) ÷ 21 = 8, within the programs' 7 to 11.
  const reality = page.getByRole('region', { name: 'Reality check: what real programs spend' });
  await reality.scrollIntoViewIfNeeded();
  const perSite = reality.getByRole('table', { name: /beside what real programs report/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Staff per site' }) });
  await expect(perSite).toContainText('8.0');
  await expect(perSite).toContainText('Within the range of 5 programs');
  await expect(reality).toContainText('site teams');

  // One switch brings the case-management roles back at their caseloads: 1,005 ÷ 24 = 41.9 → 42.
  await staffing.getByRole('checkbox', { name: /Add case managers, family case managers and victim advocates/ }).check();
  await expect(row('Case managers')).not.toContainText('Left to the site teams');
  await expect(row('Case managers').locator('td').nth(3)).toContainText('42');
  await expect(p.total).not.toHaveText('$26,382,700');
  await expectNoAxeViolations(page, 'site-based Baltimore with case management on');
});

test('"Why this number?" on the sites explains participants ÷ participants per site', async ({ page }) => {
  const p = await openPlanner(page);
  await chooseCity(page, 'Baltimore', 'Baltimore, MD');
  await p.methodology.selectOption('site-based');
  await page.getByRole('button', { name: 'Why this number? Sites' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('participants per site');
  await expect(dialog).toContainText('1,005');
});

test('inputs that matter: homicides the population estimate ignores are said beside the total, with a one-click switch', async ({ page }) => {
  const p = await openPlanner(page);
  await chooseCity(page, 'Flint', 'Flint, MI');
  const notice = page.getByTestId('ignored-violence');
  await expect(notice).toContainText('Violence does not change who this plan serves');
  // 60 homicides in 81,252 residents = 73.8 per 100,000.
  await expect(notice).toContainText('73.8 per 100,000');
  await expect(page.getByTestId('stat-participants')).toHaveText('81');
  await notice.getByRole('button', { name: /Use the Violence-adjusted estimate/ }).click();
  await expect(page.getByRole('combobox', { name: 'High-risk estimate' })).toHaveValue('violence-adjusted');
  await expect(page.getByRole('combobox', { name: 'High-risk estimate' })).toBeFocused();
  await expect(notice).toHaveCount(0);
  // 0.1% × 81,252 × (73.84 ÷ 20 = 3.69) = 300.
  await expect(page.getByTestId('stat-participants')).toHaveText('300');
  await expect(p.total).toBeVisible();
});

test('the council brief of a site-based plan names its site teams and the work outside them', async ({ page }) => {
  const p = await openPlanner(page);
  await chooseCity(page, 'Baltimore', 'Baltimore, MD');
  await p.methodology.selectOption('site-based');
  await expect(p.total).toHaveText('$26,382,700');
  await chooseExport(page, 'Print or save as PDF');
  await expect(page.getByRole('button', { name: 'Back to the planner' })).toBeVisible();
  const request = page.getByRole('region', { name: 'The request' });
  await expect(request).toContainText('street outreach, violence interruption and trauma counseling in 21 site teams, and hospital-based work,');
  await expect(request).not.toContainText('case management');
});

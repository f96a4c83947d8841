// "Why this number?" explains a figure from the plan's own working, as a modal dialog.
import { expect, test } from '@playwright/test';
import { openPlanner } from './planner';

test('"Why this number?" on the total opens a dialog with the formula; Escape closes it and focus returns', async ({ page }) => {
  const p = await openPlanner(page);
  await p.methodology.selectOption({ label: 'CAPS' });
  await expect(p.total).toHaveText('$19,883,025');

  await p.whyTotal.click();
  const dialog = page.getByRole('dialog', { name: /^Why this number\?/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Formula:');
  await expect(dialog).toContainText('$19,883,025');
  // the inputs of the total are the budget lines (docs/methodology.md §4 / §9 for Norfolk under CAPS)
  const terms = dialog.getByRole('table');
  await expect(terms).toContainText('$10,710,225');
  await expect(terms).toContainText('$4,836,000');
  await expect(terms).toContainText('$1,716,000');
  await expect(dialog).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(p.whyTotal).toBeFocused();
});

test('Tab stays inside the Why dialog', async ({ page }) => {
  const p = await openPlanner(page);
  await p.whyTotal.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(p.whyTotal).toBeFocused();
});

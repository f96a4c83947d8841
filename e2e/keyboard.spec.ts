// Keyboard only: no mouse from the first Tab to the new total.
import { expect, test } from '@playwright/test';
import { expectedPlan, usd } from './methodology';
import { openPlanner, tabTo } from './planner';

test('choose a city and type a population with the keyboard alone', async ({ page }) => {
  const p = await openPlanner(page);
  await page.locator('body').focus();

  await tabTo(page, p.cityPreset);
  await expect(p.cityPreset).toBeFocused();
  await page.keyboard.type('detr');
  const option = page.getByRole('option', { name: /^Detroit, MI/ });
  await expect(option).toBeVisible();
  await expect(p.cityPreset).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  // the active option is announced through aria-activedescendant
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(p.cityPreset).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) ?? 'missing');
  await page.keyboard.press('Enter');
  await expect(p.cityPreset).toHaveAttribute('aria-expanded', 'false');
  await expect(p.population).toHaveValue(/^639,?111$/);
  await expect(p.total).toHaveText('$54,849,695'); // docs/methodology.md §9 worked example

  await tabTo(page, p.population);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('500000');
  await expect(p.population).toHaveValue('500000');
  await expect(p.total).toHaveText(usd(expectedPlan({ population: 500_000, nonfatalShootings: 606, preset: 'shooting-informed' }).total));
});

test('the focused control is visibly outlined', async ({ page }) => {
  const p = await openPlanner(page);
  await page.locator('body').focus();
  await tabTo(page, p.cityPreset);
  const outline = await p.cityPreset.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('the Export menu closes with Escape and gives focus back to its button', async ({ page }) => {
  const p = await openPlanner(page);
  await p.exportButton.click();
  await expect(p.exportFormats).toBeVisible();
  await p.exportFormats.getByRole('button').first().focus();
  await page.keyboard.press('Escape');
  await expect(p.exportFormats).toBeHidden();
  await expect(p.exportButton).toBeFocused();
  await expect(p.exportButton).toHaveAttribute('aria-expanded', 'false');
});

// Plain words and a phone-sized Export menu (issue 12, observations 9 and 10): a new user meets
// CAPS, OVP, FTE, "Driver", "√ population", "Draws" and "Seed" and finds each spelled out or
// explained with the keyboard alone; the glossary opens from the page's header; at 375 px the
// Export menu is wholly on the screen and nothing makes the page scroll sideways.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { escapeRegExp, expectNoAxeViolations, openPlanner, planner, tabTo } from './planner';

/** The explanation a term button opens (it lives in the top layer, named by the button's aria-controls). */
async function explanationOf(page: Page, term: Locator): Promise<Locator> {
  const id = await term.getAttribute('aria-controls');
  expect(id, 'the term names its explanation').toBeTruthy();
  return page.locator(`[id="${id}"]`);
}

/** Presses Enter on a focused term and returns its explanation, which must then be on screen. */
async function openByKeyboard(page: Page, term: Locator): Promise<Locator> {
  await expect(term).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  const tip = await explanationOf(page, term);
  await expect(tip).toBeVisible();
  return tip;
}

async function noSidewaysScroll(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
}

test.describe('given the planner, a new user meeting its words', () => {
  test('when they Tab through the staffing section, then driver, caseload, FTE, OVP and √ population each open an explanation', async ({ page }) => {
    await openPlanner(page);
    const staffing = planner(page).staffingRegion;
    // Start the keyboard path at the section's heading, as a reader arriving there does.
    await staffing.getByRole('heading', { name: 'Staffing by role' }).click();

    const driver = staffing.getByRole('button', { name: 'driver', exact: true });
    await tabTo(page, driver, 10);
    await expect(await openByKeyboard(page, driver)).toContainText('What a role is sized by');
    await page.keyboard.press('Escape');
    await expect(driver).toHaveAttribute('aria-expanded', 'false');

    const caseload = staffing.getByRole('button', { name: 'caseload', exact: true });
    await tabTo(page, caseload, 5);
    await expect(await openByKeyboard(page, caseload)).toContainText('How many people one worker serves');
    await page.keyboard.press('Escape');

    // Abbreviations are spelled out where the section first uses them.
    const fte = staffing.getByRole('button', { name: 'full-time equivalent (FTE)' });
    await tabTo(page, fte, 5);
    await expect(await openByKeyboard(page, fte)).toContainText('Work measured in full-time positions');
    await page.keyboard.press('Escape');

    const ovp = staffing.getByRole('button', { name: 'Office of Violence Prevention (OVP)' });
    await tabTo(page, ovp, 5);
    await expect(await openByKeyboard(page, ovp)).toContainText('The city office that funds, coordinates and oversees');
    await page.keyboard.press('Escape');

    // The table's headings and the office's "√ population" explain themselves too.
    for (const name of ['Driver', 'Caseload', 'FTE']) {
      const heading = planner(page).staffingTable.getByRole('columnheader', { name }).getByRole('button', { name });
      await tabTo(page, heading, 40);
      await openByKeyboard(page, heading);
      await page.keyboard.press('Escape');
    }
    const root = planner(page).staffingTable.getByRole('button', { name: '√ population' });
    await tabTo(page, root, 80);
    const rootTip = await openByKeyboard(page, root);
    await expect(rootTip).toContainText('square root of the population');
    await expect(rootTip).toContainText('four times as large needs about twice the office');
    // Inside a table that scrolls sideways, the explanation is still wholly on the screen.
    const box = await rootTip.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
  });

  test('when they read the page from the top, then the first "CAPS" they meet is spelled out', async ({ page }) => {
    await openPlanner(page);
    const text = await page.locator('body').innerText();
    const first = text.indexOf('CAPS');
    expect(first).toBeGreaterThan(0);
    expect(text.slice(Math.max(0, first - 40), first + 4)).toContain('Coalition to Advance Public Safety (CAPS');
  });

  test('when they open a role and Tab to CAPS, then it is spelled out: Coalition to Advance Public Safety', async ({ page }) => {
    const p = await openPlanner(page);
    const summary = p.staffingTable.locator('summary', { hasText: 'Street outreach workers' });
    await summary.focus();
    await page.keyboard.press('Enter');
    const caps = p.staffingTable.getByRole('button', { name: 'CAPS', exact: true }).first();
    await tabTo(page, caps, 3);
    await expect(await openByKeyboard(page, caps)).toContainText('CAPS: Coalition to Advance Public Safety');
  });

  test('when they reach the uncertainty ranges, then Draws and Seed say what they are, in the fields and by keyboard', async ({ page }) => {
    await openPlanner(page);
    const draws = page.getByRole('textbox', { name: 'Draws' });
    await draws.scrollIntoViewIfNeeded();
    await expect(draws).toHaveAccessibleDescription(/How many plans to work out, each with the uncertain assumptions picked at random/);
    await expect(page.getByRole('textbox', { name: 'Seed' })).toHaveAccessibleDescription(/the same seed repeats the same run/);

    const section = page.getByRole('region', { name: /^Uncertainty/ });
    // From the field above (the sensitivity share), on with Tab through the sensitivity table.
    await section.getByRole('textbox', { name: 'Move each assumption by (%)' }).focus();
    const draw = section.getByRole('button', { name: 'draw', exact: true });
    await tabTo(page, draw, 30);
    await expect(await openByKeyboard(page, draw)).toContainText('each draw is one plan computed with every uncertain assumption picked at random');
    await page.keyboard.press('Escape');
    await expect(draw).toBeFocused();
    const seed = section.getByRole('button', { name: 'seed', exact: true });
    await tabTo(page, seed, 5);
    await expect(await openByKeyboard(page, seed)).toContainText('the same seed gives the same range every time');
    await expectNoAxeViolations(page, 'with the seed explained');
  });

  test('when they Tab to Glossary in the header and press Enter, then the glossary lists the terms; Escape brings them back', async ({ page }) => {
    await openPlanner(page);
    const glossary = page.getByRole('banner').getByRole('button', { name: 'Glossary' });
    await tabTo(page, glossary, 12);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Glossary/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toBeFocused();
    const entries: [string, string][] = [
      ['CAPS', 'Coalition to Advance Public Safety'],
      ['OVP', 'Office of Violence Prevention'],
      ['FTE', 'full-time equivalent'],
      ['Driver', 'What a role is sized by'],
      ['√ population', 'square root of the population'],
      ['Draws', 'each draw is one plan'],
      ['Seed', 'fixes the random draws'],
    ];
    for (const [term, meaning] of entries) {
      const entry = dialog.locator('.glossary-entry').filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${escapeRegExp(term)}$`) }) });
      await expect(entry, term).toContainText(meaning);
    }
    await expectNoAxeViolations(page, 'with the glossary open');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(glossary).toBeFocused();
  });
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('when the user opens the Export menu, then all of it is on the screen and the page does not scroll sideways', async ({ page }) => {
    const p = await openPlanner(page);
    await p.exportButton.click();
    await expect(p.exportFormats).toBeVisible();
    const panel = page.locator('.export-panel');
    const box = await panel.boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    // Every choice lies inside the menu's width (none is cut at the right edge).
    for (const item of await panel.locator('button, input').all()) {
      const b = await item.boundingBox();
      expect(b && b.x >= box.x && b.x + b.width <= box.x + box.width + 0.5).toBe(true);
    }
    const { scrollWidth, clientWidth } = await noSidewaysScroll(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await expectNoAxeViolations(page, 'with the export menu open at 375 px');
  });

  test('when the user scrolls the whole planner, then nothing makes the page scroll sideways; the glossary fits too', async ({ page }) => {
    await openPlanner(page);
    // Draw every lower section (they render as they come near the screen).
    for (let y = 0; y < 12; y++) {
      await page.mouse.wheel(0, 1200);
      await page.waitForTimeout(100);
    }
    await expect(page.getByTestId('mc-result')).toBeVisible({ timeout: 20_000 });
    let size = await noSidewaysScroll(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('banner').getByRole('button', { name: 'Glossary' }).click();
    const dialog = page.getByRole('dialog', { name: /^Glossary/ });
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    size = await noSidewaysScroll(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  });

  test('when the user opens the portfolio, then it does not scroll sideways and offers the glossary', async ({ page }) => {
    await openPlanner(page);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Portfolio' }).click();
    await expect(page.getByRole('banner').getByRole('button', { name: 'Glossary' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Coalition to Advance Public Safety (CAPS)' })).toBeVisible();
    const size = await noSidewaysScroll(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  });
});

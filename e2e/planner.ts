// Locators for the planner page, by role and accessible name (what a screen reader user hears).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { ROLE_IDS, ROLES } from '../src/model/roles';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every role's label, in the role table's order (the order of every staffing table and chart). */
export const ROLE_LABELS = ROLE_IDS.map((id) => ROLES[id].label);

export function planner(page: Page) {
  const whyTotal = page.getByRole('button', { name: 'Why this number? Total annual budget' }).first();
  // The headline figure: the <dd> that carries the total's "Why this number?" button.
  const totalDefinition = page.getByRole('definition').filter({ has: page.getByRole('button', { name: 'Why this number? Total annual budget' }) });
  return {
    cityPreset: page.getByRole('combobox', { name: 'City preset' }),
    methodology: page.getByRole('combobox', { name: 'Methodology' }),
    population: page.getByRole('textbox', { name: 'Population', exact: true }),
    homicides: page.getByRole('textbox', { name: 'Homicides per year' }),
    nonfatal: page.getByRole('textbox', { name: 'Nonfatal shooting victims per year' }),
    total: totalDefinition.getByText(/^\$[\d,]+$/),
    whyTotal,
    staffingRegion: page.getByRole('region', { name: 'Staffing by role' }),
    staffingTable: page.getByRole('table', { name: /^Staffing by role/ }),
    assumptions: page.getByRole('region', { name: 'Assumptions', exact: true }),
    copyLink: page.getByRole('button', { name: 'Copy link' }),
    exportButton: page.getByRole('button', { name: 'Export', exact: true }),
    exportFormats: page.getByRole('list', { name: 'Export formats' }),
    openPlanFile: page.getByLabel('Open plan or library file (.json)'),
    linkBox: page.getByRole('textbox', { name: 'Link to this plan' }),
  };
}

/** Opens the planner with nothing saved (each test has a fresh browser context). */
export async function openPlanner(page: Page, path = '/'): Promise<ReturnType<typeof planner>> {
  await page.goto(path);
  const p = planner(page);
  await expect(p.total).toBeVisible();
  return p;
}

/** Picks a city from the preset combobox with the mouse (the keyboard path has its own test). */
export async function chooseCity(page: Page, query: string, name: string): Promise<void> {
  const p = planner(page);
  await p.cityPreset.fill(query);
  const option = page.getByRole('option', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
  await expect(option).toBeVisible();
  await option.click();
}

/** Opens an assumptions group by the start of its summary ("Salaries and benefits"); returns the group. */
export async function openAssumptionGroup(page: Page, name: string): Promise<Locator> {
  // The summary grows a "(1 changed)" count, so match its start and keep matching after edits.
  const summary = page.locator('summary').filter({ hasText: new RegExp(`^${escapeRegExp(name)}`) });
  const group = planner(page).assumptions.locator('details').filter({ has: summary });
  await group.locator(summary).click();
  await expect(group).toHaveAttribute('open', '');
  return group;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
  expect(summary, `axe violations ${what}`).toEqual([]);
}

/** Presses Tab until `target` has focus; returns how many presses it took. */
export async function tabTo(page: Page, target: Locator, maxPresses = 20): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`not reached with ${maxPresses} presses of Tab`);
}

/** Runs `action` and returns the download it starts, saved under `path`. */
export async function downloadOf(page: Page, action: () => Promise<void>, path: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  await download.saveAs(path);
  return download;
}

/** Opens the Export menu with the mouse (the keyboard path has its own test) and picks an item. */
export async function chooseExport(page: Page, label: string): Promise<void> {
  const p = planner(page);
  if ((await p.exportButton.getAttribute('aria-expanded')) !== 'true') await p.exportButton.click();
  await p.exportFormats.getByRole('button', { name: label, exact: true }).click();
}

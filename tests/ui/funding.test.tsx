// @vitest-environment jsdom
// What the city has today, and who pays (issue 5): hires needed beside the plan, funding sources,
// the funded share and the gap each year, and the gap that opens when a source ends. Expected
// figures are worked by hand from the rules on Detroit (docs/methodology.md §9), never read from the app.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStores } from '../state/support/resetStores';
import { usd } from './support/expected';
import { UI_TEST_TIMEOUT, enterText, giveChartsALayout, renderApp, replaceText } from './support/renderApp';

beforeEach(resetStores);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

type User = ReturnType<typeof renderApp>['user'];

// ——— Detroit by hand (§9 and issue 5) ———
const roundHalfUp = (x: number) => Math.floor(x + 0.5 + 1e-6);
const DETROIT_FULL: Record<string, number> = {
  'Street outreach workers': 43,
  'Mediators / violence interrupters': 46,
  'Case managers / life coaches': 27,
  'Family case managers': 13,
  'Victim advocates': 21,
  'Hospital responders': 8,
  'Trauma counselors': 19,
  'CVI supervisors': 35, // 177 frontline workers ÷ 5 = 35.4 → 35
  'Office of Violence Prevention staff': 7, // 4 × √(639,111 ÷ 238,005) = 6.55 → 7
};
const TRAUMA = 'Trauma counselors';

/** Year k (0 = first) at a share of full staffing: the total budget by the rules. */
function detroitYearTotal(k: number, share: number): number {
  const growth = 1.03 ** k;
  let frontline = 0;
  let frontlineCost = 0;
  for (const [role, full] of Object.entries(DETROIT_FULL).slice(0, 7)) {
    const people = roundHalfUp(full * share);
    frontline += people;
    frontlineCost += roundHalfUp(people * (role === TRAUMA ? 75_000 : 60_000) * growth * 1.3);
  }
  const supervisors = Math.max(1, roundHalfUp(frontline / 5));
  const staffing = frontlineCost + roundHalfUp(supervisors * 80_000 * growth * 1.3) + roundHalfUp(7 * 90_000 * growth * 1.3);
  return staffing + roundHalfUp(0.25 * staffing) + roundHalfUp(0.15 * staffing) + roundHalfUp(45_000 * 639.111 * share * 1.025 ** k);
}
const YEAR_TOTALS = [detroitYearTotal(0, 0.5), detroitYearTotal(1, 0.75), detroitYearTotal(2, 1)];

// ——— Screen helpers ———
async function openDetroitFrom2030(user: User) {
  await enterText(user, screen.getByRole('combobox', { name: 'City preset' }), 'detroit');
  await user.keyboard('{Enter}');
  expect(screen.getByRole('textbox', { name: 'Population' })).toHaveValue('639111');
  await replaceText(user, screen.getByRole('textbox', { name: 'Start year' }), '2030');
}

function section() {
  return screen.getByRole('region', { name: 'What the city has today, and who pays' });
}

/** The text of each cell in the row headed `rowLabel`, by column header. */
function row(table: HTMLElement, rowLabel: string): Record<string, string> {
  const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent?.trim() ?? '');
  const tr = within(table).getByRole('rowheader', { name: rowLabel }).closest('tr');
  if (!tr) throw new Error('row header outside a row');
  return Object.fromEntries(headers.map((h, i) => [h, (tr.children[i] as Element).textContent?.trim() ?? '']));
}

function staffTable() {
  return within(section()).getByRole('table', { name: /^Each role: people in the plan/ });
}

function byYearTable() {
  return within(section()).getByRole('table', { name: /^Funding by year/ });
}

async function addSource(user: User, source: { name: string; kind: string; amount: string; first?: string; last?: string }) {
  const s = within(section());
  await enterText(user, s.getByRole('textbox', { name: 'Source name' }), source.name);
  await user.selectOptions(s.getByRole('combobox', { name: 'Kind' }), source.kind);
  await enterText(user, s.getByRole('textbox', { name: 'Annual amount ($)' }), source.amount);
  if (source.first) await enterText(user, s.getByRole('textbox', { name: 'First year' }), source.first);
  if (source.last) await enterText(user, s.getByRole('textbox', { name: 'Last year (blank = ongoing)' }), source.last);
  await user.click(s.getByRole('button', { name: 'Add funding source' }));
}

describe('Current staffing and hires needed', { timeout: UI_TEST_TIMEOUT }, () => {
  it('given Detroit, when current staff are entered, then hires needed are planned minus current, and 0 (never negative) above the plan', async () => {
    const { user } = renderApp();
    await openDetroitFrom2030(user);
    const table = staffTable();
    for (const [role, planned] of Object.entries(DETROIT_FULL)) {
      expect(row(table, role), role).toMatchObject({ Planned: String(planned), 'Hires needed': String(planned) });
    }

    await enterText(user, within(table).getByRole('textbox', { name: 'Current Street outreach workers' }), '50');
    await enterText(user, within(table).getByRole('textbox', { name: 'Current Mediators / violence interrupters' }), '10');

    expect(row(table, 'Street outreach workers')['Hires needed']).toBe('0'); // 43 planned, 50 on staff
    expect(row(table, 'Mediators / violence interrupters')['Hires needed']).toBe(String(46 - 10));
    const plannedTotal = Object.values(DETROIT_FULL).reduce((a, b) => a + b, 0);
    expect(plannedTotal).toBe(219);
    // 219 planned; outreach needs none, mediators 36: 219 − 43 − 10 = 166.
    expect(row(table, 'Total')).toMatchObject({ Planned: '219', 'Hires needed': String(plannedTotal - 43 - 10) });
  });

  it('given a current count that is not a whole number of people, then the rule is shown and the typed text stays', async () => {
    const { user } = renderApp();
    const field = within(staffTable()).getByRole('textbox', { name: 'Current Case managers / life coaches' });
    const before = row(staffTable(), 'Case managers / life coaches')['Hires needed'];
    await replaceText(user, field, '2.5');
    expect(field).toHaveValue('2.5');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Current staff must be a whole number from 0 to 100,000.');
    expect(row(staffTable(), 'Case managers / life coaches')['Hires needed']).toBe(before);
  });
});

describe('Funding sources and the gap', { timeout: UI_TEST_TIMEOUT }, () => {
  it('given no funding, then every year is unfunded: the gap is the whole budget', async () => {
    const { user } = renderApp();
    await openDetroitFrom2030(user);
    expect(within(section()).getByRole('heading', { name: 'No funding sources yet' })).toBeInTheDocument();
    ['2030', '2031', '2032'].forEach((year, i) => {
      expect(row(byYearTable(), year)).toMatchObject({ Budget: usd(YEAR_TOTALS[i]!), Funded: '$0', Gap: usd(YEAR_TOTALS[i]!), 'Funded share': '0%' });
    });
    expect(screen.getByTestId('funding-total-gap')).toHaveTextContent(usd(YEAR_TOTALS.reduce((a, b) => a + b, 0)));
  });

  it('given relief money that ends inside the horizon, then the gap that opens is called out, and each year shows funded, gap and funded share', async () => {
    const { user } = renderApp();
    await openDetroitFrom2030(user);
    await addSource(user, { name: 'City general fund', kind: 'City general fund', amount: '10,000,000' });
    await addSource(user, { name: 'Relief money', kind: 'Federal (e.g. BJA CVIPI awards)', amount: '$5,000,000', first: '2030', last: '2030' });

    const s = within(section());
    expect(s.getByRole('status')).toHaveTextContent('Added Relief money: $5,000,000 a year, 2030.');
    const sources = s.getByRole('table', { name: /^Funding sources/ });
    expect(row(sources, 'City general fund')).toMatchObject({ Kind: 'City general fund', 'Annual amount': '$10,000,000', Years: '2030 onward' });
    expect(row(sources, 'Relief money')).toMatchObject({ Kind: 'Federal (e.g. BJA CVIPI awards)', 'Annual amount': '$5,000,000', Years: '2030' });

    // 2030: $15M against the year-1 budget; from 2031 only the general fund's $10M.
    const gaps = [YEAR_TOTALS[0]! - 15_000_000, YEAR_TOTALS[1]! - 10_000_000, YEAR_TOTALS[2]! - 10_000_000];
    expect(row(byYearTable(), '2030')).toMatchObject({ Funded: '$15,000,000', Gap: usd(gaps[0]!), 'City general fund': '$10,000,000', Federal: '$5,000,000' });
    expect(row(byYearTable(), '2031')).toMatchObject({ Funded: '$10,000,000', Gap: usd(gaps[1]!), Federal: '$0' });
    expect(row(byYearTable(), '2032')).toMatchObject({ Funded: '$10,000,000', Gap: usd(gaps[2]!) });
    // Funded share: $15M of the 2030 budget, shown as a percentage to two decimals at most.
    const share2030 = Number(((15_000_000 / YEAR_TOTALS[0]!) * 100).toFixed(2));
    expect(row(byYearTable(), '2030')['Funded share']).toBe(`${share2030}%`);

    const callout = s.getByText(/^Relief money \(\$5,000,000 a year\) ends after 2030/);
    expect(callout).toHaveTextContent(`Relief money ($5,000,000 a year) ends after 2030: in 2031 the unfunded gap is ${usd(gaps[1]!)}, up from ${usd(gaps[0]!)}.`);
    expect(s.getByText('Gaps that open when money ends')).toBeInTheDocument();
    expect(screen.getByTestId('funding-total-gap')).toHaveTextContent(usd(gaps[0]! + gaps[1]! + gaps[2]!));

    // Removing the relief money removes its call-out and its money.
    await user.click(s.getByRole('button', { name: 'Remove Relief money' }));
    expect(s.queryByText(/ends after 2030/)).not.toBeInTheDocument();
    expect(row(byYearTable(), '2030')).toMatchObject({ Funded: '$10,000,000', Gap: usd(YEAR_TOTALS[0]! - 10_000_000) });
    expect(s.getByRole('heading', { name: '1 funding source' })).toHaveFocus();
  });

  it('given an incomplete or inconsistent source, then each rule is shown beside its field and nothing is added', async () => {
    const { user } = renderApp();
    const s = within(section());
    await user.click(s.getByRole('button', { name: 'Add funding source' }));
    const name = s.getByRole('textbox', { name: 'Source name' });
    expect(name).toHaveAccessibleDescription('Funding source name is required.');
    expect(name).toHaveFocus();
    expect(s.getByRole('textbox', { name: 'Annual amount ($)' })).toHaveAccessibleDescription('Annual amount is required.');

    await enterText(user, name, 'Foundation grant');
    await enterText(user, s.getByRole('textbox', { name: 'Annual amount ($)' }), '250000.50');
    await enterText(user, s.getByRole('textbox', { name: 'First year' }), '2031');
    await enterText(user, s.getByRole('textbox', { name: 'Last year (blank = ongoing)' }), '2029');
    await user.click(s.getByRole('button', { name: 'Add funding source' }));
    expect(s.getByRole('textbox', { name: 'Annual amount ($)' })).toHaveAccessibleDescription('Annual amount must be whole dollars from 0 to 10,000,000,000.');
    expect(s.getByRole('textbox', { name: 'Last year (blank = ongoing)' })).toHaveAccessibleDescription('Last year must not be before the first year.');
    expect(s.getByRole('textbox', { name: 'Annual amount ($)' })).toHaveValue('250000.50');
    expect(s.getByRole('heading', { name: 'No funding sources yet' })).toBeInTheDocument();
  });

  it('given two sources and a gap, then the funding chart draws a real stacked bar per year: each kind of money and the gap', async () => {
    giveChartsALayout();
    const { user } = renderApp();
    await openDetroitFrom2030(user);
    await addSource(user, { name: 'City general fund', kind: 'City general fund', amount: '10000000' });
    await addSource(user, { name: 'State grant', kind: 'State', amount: '2000000', first: '2030', last: '2031' });

    const figure = within(section()).getByRole('figure', { name: /^Funded share by year:/ });
    const gaps = [YEAR_TOTALS[0]! - 12_000_000, YEAR_TOTALS[1]! - 12_000_000, YEAR_TOTALS[2]! - 10_000_000];
    expect(figure).toHaveAccessibleName(expect.stringContaining(`2032 ${((10_000_000 / YEAR_TOTALS[2]!) * 100).toFixed(2).replace(/\.?0+$/, '')}% funded, gap ${usd(gaps[2]!)}`));
    const drawn = [...figure.querySelectorAll<SVGPathElement>('.recharts-bar-rectangle path')];
    // City fund in 3 years, state in 2 (none in 2032), the gap in 3.
    expect(drawn).toHaveLength(8);
    for (const bar of drawn) expect(bar.getAttribute('d')).toMatch(/^M/);
    // Funded plus gap is the year's budget: every stack is as tall as its budget, on one scale.
    const stack = new Map<string, number>();
    for (const bar of drawn) stack.set(bar.getAttribute('x') ?? '', (stack.get(bar.getAttribute('x') ?? '') ?? 0) + Number(bar.getAttribute('height')));
    expect(stack.size).toBe(3);
    // Money at the bottom, the gap on top of each stack (the gap is drawn in the error red, and named in the legend).
    for (const x of stack.keys()) {
      const column = drawn.filter((bar) => bar.getAttribute('x') === x);
      const top = column.reduce((a, b) => (Number(a.getAttribute('y')) <= Number(b.getAttribute('y')) ? a : b));
      expect(top.getAttribute('fill')).toBe('#a4001d');
    }
    expect(within(figure).getByText('Unfunded gap')).toBeInTheDocument();
    const perDollar = [...stack.values()].map((h, y) => h / YEAR_TOTALS[y]!);
    expect(perDollar[0]).toBeGreaterThan(0);
    for (const scale of perDollar) expect(scale).toBeCloseTo(perDollar[0]!, 9);
  });
});

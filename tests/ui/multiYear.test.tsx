// @vitest-environment jsdom
// Multi-year plan (issue 5): the ramp editor, cost and staffing by year, the table and the
// cumulative total. Expected figures are worked by hand from the rules on Detroit
// (docs/methodology.md §9), never read from the app.
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
/** Full-strength frontline headcounts of Detroit (§9) and each role's year-1 salary. */
const DETROIT_FRONTLINE: readonly [string, number, number][] = [
  ['Street outreach workers', 43, 60_000],
  ['Mediators / violence interrupters', 46, 60_000],
  ['Case managers / life coaches', 27, 60_000],
  ['Family case managers', 13, 60_000],
  ['Victim advocates', 21, 60_000],
  ['Hospital responders', 8, 60_000],
  ['Trauma counselors', 19, 75_000],
];
const DETROIT_PARTICIPANTS = 639.111; // 0.1% of 639,111 residents at full reach
const DETROIT_OVP = 7; // 4 × √(639,111 ÷ 238,005) = 6.55 → 7, at full strength from year 1
const FRINGE = 0.3;
const SALARY_GROWTH = 0.03;
const COST_GROWTH = 0.025;

interface ExpectedYear {
  headcount: Record<string, number>;
  totalStaff: number;
  total: number;
}

/** Year k (0 = first) at a share of full staffing, by the rules. */
function detroitYear(k: number, share: number): ExpectedYear {
  const growth = (1 + SALARY_GROWTH) ** k;
  const headcount: Record<string, number> = {};
  let frontlineCost = 0;
  let frontline = 0;
  for (const [role, full, salary] of DETROIT_FRONTLINE) {
    const people = roundHalfUp(full * share);
    headcount[role] = people;
    frontline += people;
    frontlineCost += roundHalfUp(people * salary * growth * (1 + FRINGE));
  }
  const supervisors = frontline > 0 ? Math.max(1, roundHalfUp(frontline / 5)) : 0;
  headcount['CVI supervisors'] = supervisors;
  headcount['Office of Violence Prevention staff'] = DETROIT_OVP;
  const supervision = roundHalfUp(supervisors * 80_000 * growth * (1 + FRINGE)) + roundHalfUp(DETROIT_OVP * 90_000 * growth * (1 + FRINGE));
  const staffing = frontlineCost + supervision;
  const wraparound = roundHalfUp(45_000 * DETROIT_PARTICIPANTS * share * (1 + COST_GROWTH) ** k);
  const total = staffing + roundHalfUp(0.25 * staffing) + roundHalfUp(0.15 * staffing) + wraparound;
  return { headcount, totalStaff: frontline + supervisors + DETROIT_OVP, total };
}

// ——— Screen helpers ———
const dollars = (text: string) => Number(text.replace(/[$,]/g, ''));

async function openDetroit(user: User) {
  await enterText(user, screen.getByRole('combobox', { name: 'City preset' }), 'detroit');
  await user.keyboard('{Enter}');
  expect(screen.getByRole('textbox', { name: 'Population' })).toHaveValue('639111');
}

function section() {
  return screen.getByRole('region', { name: 'Multi-year plan' });
}

function yearTable() {
  return within(section()).getByRole('table', { name: /^Multi-year plan by year/ });
}

/** The cell of `column` (a year) in the row headed `rowLabel`. */
function cell(rowLabel: string, column: string): string {
  const table = yearTable();
  const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent?.trim());
  const index = headers.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}: ${headers.join(', ')}`);
  const row = within(table).getByRole('rowheader', { name: rowLabel }).closest('tr');
  if (!row) throw new Error('row header outside a row');
  return (row.children[index] as Element).textContent?.trim() ?? '';
}

function columnHeadcounts(year: string): Record<string, number> {
  const shown: Record<string, number> = {};
  for (const role of Object.keys(detroitYear(0, 1).headcount)) shown[role] = Number(cell(role, year));
  return shown;
}

async function startIn(user: User, year: string) {
  await replaceText(user, within(section()).getByRole('textbox', { name: 'Start year' }), year);
}

function bars(figure: HTMLElement): SVGPathElement[] {
  return [...figure.querySelectorAll<SVGPathElement>('.recharts-bar-rectangle path')];
}

describe('Multi-year plan', { timeout: UI_TEST_TIMEOUT }, () => {
  it('given the default settings, then the plan starts next calendar year and runs three years at 50%, 75% and 100%', () => {
    renderApp();
    const next = new Date().getFullYear() + 1;
    const start = within(section()).getByRole('textbox', { name: 'Start year' });
    expect(start).toHaveValue('');
    expect(start).toHaveAccessibleDescription(`Blank means next calendar year: ${next}.`);
    expect(within(section()).getByRole('combobox', { name: 'Years' })).toHaveValue('3');
    const shares = [next, next + 1, next + 2].map((y) => within(section()).getByRole('textbox', { name: `Share of full staffing in ${y} (%)` }));
    expect(shares.map((s) => (s as HTMLInputElement).value)).toEqual(['50', '75', '100']);
    expect(cell('Share of full staffing', String(next))).toBe('50%');
    expect(cell('Share of full staffing', String(next + 2))).toBe('100%');
  });

  it('given Detroit from 2030, then 2030 at 50% has half of each frontline role (half up), supervisors on those workers and OVP at full strength', async () => {
    const { user } = renderApp();
    await openDetroit(user);
    await startIn(user, '2030');
    const y1 = detroitYear(0, 0.5);
    // 21.5 → 22, 23, 13.5 → 14, 6.5 → 7, 10.5 → 11, 4, 9.5 → 10; 91 workers ÷ 5 = 18.2 → 18 supervisors.
    expect(Object.values(y1.headcount)).toEqual([22, 23, 14, 7, 11, 4, 10, 18, 7]);
    expect(columnHeadcounts('2030')).toEqual(y1.headcount);
    expect(cell('Total staff', '2030')).toBe(String(y1.totalStaff));
    expect(cell('Total', '2030')).toBe(usd(y1.total));
    expect(columnHeadcounts('2031')).toEqual(detroitYear(1, 0.75).headcount);
    expect(cell('Total', '2031')).toBe(usd(detroitYear(1, 0.75).total));
    expect(columnHeadcounts('2032')).toEqual(detroitYear(2, 1).headcount);
    expect(cell('Total', '2032')).toBe(usd(detroitYear(2, 1).total));
  });

  it('given Detroit from 2030, when the 2030 share is set to 100%, then 2030 has the full staff and costs the full plan (no growth in the first year)', async () => {
    const { user } = renderApp();
    await openDetroit(user);
    await startIn(user, '2030');
    const before = detroitYear(0, 0.5);
    expect(cell('Total', '2030')).toBe(usd(before.total));

    await replaceText(user, within(section()).getByRole('textbox', { name: 'Share of full staffing in 2030 (%)' }), '100');

    const full = detroitYear(0, 1);
    expect(Object.values(full.headcount)).toEqual([43, 46, 27, 13, 21, 8, 19, 35, 7]);
    expect(columnHeadcounts('2030')).toEqual(full.headcount);
    expect(cell('Share of full staffing', '2030')).toBe('100%');
    expect(cell('Total', '2030')).toBe(usd(full.total));
    expect(full.total).toBeGreaterThan(before.total);
    // The first year at 100% is the one-year plan exactly.
    expect(screen.getByTestId('stat-total')).toHaveTextContent(usd(full.total));
    // Later years are untouched.
    expect(cell('Total', '2031')).toBe(usd(detroitYear(1, 0.75).total));
  });

  it('given a share typed as a fraction ("0.5"), then it stays 0.5% with "Did you mean 50%?", and one click makes it 50%', async () => {
    const { user } = renderApp();
    await openDetroit(user);
    await startIn(user, '2030');
    const field = within(section()).getByRole('textbox', { name: 'Share of full staffing in 2031 (%)' });

    await replaceText(user, field, '0.5');
    // Never a silent change: 2031 is planned at 0.5% of full staffing until the offer is taken.
    expect(cell('Share of full staffing', '2031')).toBe('0.5%');
    expect(cell('Total', '2031')).toBe(usd(detroitYear(1, 0.005).total));
    expect(field).toHaveAccessibleDescription('Did you mean 50%? It is now 0.5%. Use 50%');

    await user.click(within(section()).getByRole('button', { name: 'Use 50%' }));
    expect(field).toHaveValue('50');
    expect(cell('Total', '2031')).toBe(usd(detroitYear(1, 0.5).total));
    expect(within(section()).queryByText(/Did you mean/)).not.toBeInTheDocument();
  });

  it('given an out-of-range share, then the rule is shown beside the field, the typed text stays and the last valid plan stays on screen', async () => {
    const { user } = renderApp();
    await openDetroit(user);
    await startIn(user, '2030');
    const field = within(section()).getByRole('textbox', { name: 'Share of full staffing in 2031 (%)' });
    const before = detroitYear(1, 0.75);

    await replaceText(user, field, '150');
    expect(field).toHaveValue('150');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Each ramp-up share must be a percentage from 0 to 100.');
    expect(within(section()).getByRole('status')).toHaveTextContent('Showing the last valid multi-year plan while you correct: Share of full staffing in 2031.');
    expect(columnHeadcounts('2031')).toEqual(before.headcount);
    expect(cell('Total', '2031')).toBe(usd(before.total));

    await replaceText(user, field, 'lots');
    expect(field).toHaveValue('lots');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('must be a number'));
    expect(cell('Total', '2031')).toBe(usd(before.total));

    // Leaving the field does not throw the typed text away while it is wrong.
    await user.tab();
    expect(field).toHaveValue('lots');

    await replaceText(user, field, '60');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(within(section()).queryByRole('status')).not.toBeInTheDocument();
    const at60 = detroitYear(1, 0.6);
    // 25.8 → 26, 27.6 → 28, 16.2 → 16, 7.8 → 8, 12.6 → 13, 4.8 → 5, 11.4 → 11; 107 ÷ 5 = 21.4 → 21.
    expect(Object.values(at60.headcount)).toEqual([26, 28, 16, 8, 13, 5, 11, 21, 7]);
    expect(columnHeadcounts('2031')).toEqual(at60.headcount);
    expect(cell('Total', '2031')).toBe(usd(at60.total));
  });

  it('given an invalid start year, then the rule is shown and the years stay where they were', async () => {
    const { user } = renderApp();
    await startIn(user, '2030');
    const start = within(section()).getByRole('textbox', { name: 'Start year' });
    await replaceText(user, start, '1990');
    expect(start).toHaveValue('1990');
    expect(start).toHaveAccessibleDescription(expect.stringContaining('Start year must be a whole number from 2000 to 2100.'));
    expect(within(yearTable()).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Year', '2030', '2031', '2032']);
  });

  it('given Detroit over three years, then the cumulative total is the sum of the year totals in the table, and of the hand-worked years', async () => {
    const { user } = renderApp();
    await openDetroit(user);
    await startIn(user, '2030');
    const years = ['2030', '2031', '2032'];
    const fromTable = years.map((y) => dollars(cell('Total', y)));
    const byHand = [detroitYear(0, 0.5), detroitYear(1, 0.75), detroitYear(2, 1)].map((y) => y.total);
    expect(fromTable).toEqual(byHand);
    const cumulative = screen.getByTestId('multi-year-cumulative');
    const sum = fromTable.reduce((a, b) => a + b, 0);
    expect(cumulative).toHaveTextContent(`Cumulative total, 2030–2032: ${usd(sum)}`);
    expect(cumulative).toHaveTextContent(`Sum of each year’s total budget: ${byHand.map(usd).join(' + ')}`);
  });

  it('given five years, then two more years at 100% appear with their own share fields', async () => {
    const { user } = renderApp();
    await openDetroit(user);
    await startIn(user, '2030');
    await user.selectOptions(within(section()).getByRole('combobox', { name: 'Years' }), '5');
    expect(within(yearTable()).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Year', '2030', '2031', '2032', '2033', '2034']);
    expect(within(section()).getByRole('textbox', { name: 'Share of full staffing in 2034 (%)' })).toHaveValue('100');
    expect(columnHeadcounts('2034')).toEqual(detroitYear(4, 1).headcount);
    expect(cell('Total', '2034')).toBe(usd(detroitYear(4, 1).total));

    // A later year's share is editable too: 2034 at 80%.
    await replaceText(user, within(section()).getByRole('textbox', { name: 'Share of full staffing in 2034 (%)' }), '80');
    expect(cell('Share of full staffing', '2034')).toBe('80%');
    expect(cell('Total', '2034')).toBe(usd(detroitYear(4, 0.8).total));
    expect(cell('Total', '2033')).toBe(usd(detroitYear(3, 1).total));
  });

  it('given a year, then its working shows the formula of each figure from that year’s plan', async () => {
    const { user } = renderApp();
    await openDetroit(user);
    await startIn(user, '2030');
    const details = within(section()).getByText('How the 2031 figures are worked out').closest('details');
    if (!details) throw new Error('no details');
    await user.click(within(details).getByText('How the 2031 figures are worked out'));
    expect(details).toHaveTextContent(`Street outreach workers: people to hire: ${detroitYear(1, 0.75).headcount['Street outreach workers']}`);
    expect(details).toHaveTextContent('People at full strength: 43');
    expect(details).toHaveTextContent(`Total budget, 2031: ${usd(detroitYear(1, 0.75).total)}`);
  });

  it('given Detroit over three years, then both charts draw real bars: one stacked bar per year, and the staff bars are labelled with each year’s total', async () => {
    giveChartsALayout();
    const { user } = renderApp();
    await openDetroit(user);
    await startIn(user, '2030');
    const totals = [detroitYear(0, 0.5), detroitYear(1, 0.75), detroitYear(2, 1)];

    const cost = within(section()).getByRole('figure', { name: /^Cost by year, 2030–2032:/ });
    expect(cost).toHaveAccessibleName(expect.stringContaining(`2030 ${usd(totals[0]!.total)}, 2031 ${usd(totals[1]!.total)}, 2032 ${usd(totals[2]!.total)}`));
    // Five budget lines stacked in each of three years.
    const costBars = bars(cost);
    expect(costBars).toHaveLength(15);
    for (const bar of costBars) expect(bar.getAttribute('d')).toMatch(/^M/);
    // A stack's height is proportional to its year's total.
    const stackHeight = (year: number) =>
      costBars.filter((_, i) => i % 3 === year).reduce((sum, bar) => sum + Number(bar.getAttribute('height')), 0);
    const perDollar = [0, 1, 2].map((y) => stackHeight(y) / totals[y]!.total);
    expect(perDollar[0]).toBeGreaterThan(0);
    for (const scale of perDollar) expect(scale).toBeCloseTo(perDollar[0]!, 9);

    const staff = within(section()).getByRole('figure', { name: /^Staff by year:/ });
    expect(bars(staff)).toHaveLength(9);
    expect([...staff.querySelectorAll('.recharts-label-list text')].map((t) => t.textContent)).toEqual(totals.map((t) => String(t.totalStaff)));
    expect(totals.map((t) => t.totalStaff)).toEqual([116, 167, 219]);
  });
});

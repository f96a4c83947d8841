// @vitest-environment jsdom
// Results: headline, the CAPS comparison, staffing chart and table, budget chart and table.
// Expected numbers come from the methodology (support/expected.ts), not from the app.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStores } from '../state/support/resetStores';
import { NORFOLK_CAPS, NORFOLK_PARTICIPANTS, NORFOLK_POPULATION, NORFOLK_SHOOTING_INFORMED, usd } from './support/expected';
import { UI_TEST_TIMEOUT, giveChartsALayout, headlineTotal, renderApp } from './support/renderApp';

beforeEach(resetStores);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A cell's own text, without the "?" of its "Why this number?" button. */
function cellText(cell: Element): string {
  return [...cell.childNodes]
    .filter((n) => !(n instanceof HTMLElement && n.tagName === 'BUTTON'))
    .map((n) => n.textContent)
    .join('')
    .trim();
}

/** The cell of `column` in the row whose header starts with `rowLabel`. */
function cell(table: HTMLElement, rowLabel: string, column: string): string {
  const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent?.trim());
  const index = headers.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}: ${headers.join(', ')}`);
  const rowHeader = within(table).getByRole('rowheader', { name: new RegExp(`^${escape(rowLabel)}`) });
  const row = rowHeader.closest('tr');
  if (!row) throw new Error('row header outside a row');
  return cellText(row.children[index] as Element);
}

async function chooseCaps(user: ReturnType<typeof renderApp>['user']) {
  await user.selectOptions(screen.getByRole('combobox', { name: 'Methodology' }), 'CAPS');
}

/** The drawn bars of a chart figure: one <path> (recharts' own bar) or <rect> (a drawn shape) per bar, inside recharts' bar rectangles. */
function bars(figure: HTMLElement): SVGElement[] {
  return [...figure.querySelectorAll<SVGElement>('.recharts-bar-rectangle path, .recharts-bar-rectangle rect')];
}

describe('Results', { timeout: UI_TEST_TIMEOUT }, () => {
  it('given Norfolk with Methodology CAPS, then the headline shows the exact total $19,883,025 and the per-person figures', async () => {
    const { user } = renderApp();
    await chooseCaps(user);

    expect(NORFOLK_CAPS.total).toBe(19_883_025);
    expect(headlineTotal()).toBe('$19,883,025');
    const headline = screen.getByRole('region', { name: 'Norfolk, VA: CAPS plan' });
    expect(within(headline).getByTestId('stat-participants')).toHaveTextContent(String(Math.round(NORFOLK_PARTICIPANTS)));
    expect(within(headline).getByTestId('stat-totalHeadcount')).toHaveTextContent(String(NORFOLK_CAPS.totalHeadcount));
    expect(within(headline).getByTestId('stat-costPerParticipant')).toHaveTextContent(usd(NORFOLK_CAPS.total / NORFOLK_PARTICIPANTS));
    expect(within(headline).getByTestId('stat-costPerResident')).toHaveTextContent(`$${(NORFOLK_CAPS.total / NORFOLK_POPULATION).toFixed(2)}`);
    expect(within(headline).getByTestId('caps-compare')).toHaveTextContent(
      `This plan equals the Coalition to Advance Public Safety (CAPS) method at the same reach (100%): ${usd(NORFOLK_CAPS.total)} (${NORFOLK_CAPS.totalHeadcount} staff).`,
    );
  });

  it('given the default shooting-informed plan, then the CAPS total and the difference are shown beside it', () => {
    renderApp();
    expect(headlineTotal()).toBe(usd(NORFOLK_SHOOTING_INFORMED.total));
    const difference = NORFOLK_SHOOTING_INFORMED.total - NORFOLK_CAPS.total;
    expect(screen.getByTestId('caps-compare')).toHaveTextContent(
      `Coalition to Advance Public Safety (CAPS) method at the same reach (100%): ${usd(NORFOLK_CAPS.total)} (${NORFOLK_CAPS.totalHeadcount} staff). This plan is ${usd(difference)} more.`,
    );
  });

  it('given Norfolk with CAPS, then the staffing table shows each role’s people to hire and the total', async () => {
    const { user } = renderApp();
    await chooseCaps(user);
    const table = screen.getByRole('table', { name: /^Staffing by role/ });
    for (const [role, people] of Object.entries(NORFOLK_CAPS.headcount)) {
      expect(cell(table, role, 'People'), role).toBe(String(people));
    }
    // CAPS has no trauma counselors: the row stays, marked as not included, with nobody in it.
    expect(cell(table, 'Trauma counselors', 'People')).toBe('0');
    expect(within(table).getByRole('rowheader', { name: /^Trauma counselors/ })).toHaveTextContent('Not included');
    expect(cell(table, 'Total', 'People')).toBe(String(NORFOLK_CAPS.totalHeadcount));
    expect(cell(table, 'Street outreach workers', 'Salary')).toBe('$60,000');
  });

  it('given Norfolk with CAPS, then the staffing bar chart draws one real bar per enabled role, labelled and sized by its headcount', async () => {
    giveChartsALayout();
    const { user } = renderApp();
    await chooseCaps(user);
    const figure = screen.getByRole('figure', { name: /^78 staff:/ });
    // The staffing chart draws each bar and its count together (StaffingSection's CountBar).
    const drawn = [...figure.querySelectorAll<SVGRectElement>('.recharts-bar-rectangle rect.bar-rect')];
    const expected = Object.values(NORFOLK_CAPS.headcount);
    expect(drawn).toHaveLength(8);
    expect([...figure.querySelectorAll('.recharts-bar-rectangle .bar-count')].map((t) => t.textContent)).toEqual(expected.map(String));
    // Bar length is proportional to headcount: width ÷ people is the same for every bar.
    const perPerson = drawn.map((bar, i) => Number(bar.getAttribute('width')) / (expected[i] ?? Number.NaN));
    for (const scale of perPerson) expect(scale).toBeCloseTo(perPerson[0] ?? 0, 3);
    expect(perPerson[0]).toBeGreaterThan(0);
    for (const bar of drawn) expect(Number(bar.getAttribute('height'))).toBeGreaterThan(0);
  });

  it('given the default plan, when Methodology changes to CAPS, then the trauma counselor bar disappears from the chart', async () => {
    giveChartsALayout();
    const { user } = renderApp();
    const staffing = () => screen.getByRole('figure', { name: / staff:/ });
    expect(bars(staffing())).toHaveLength(9);
    expect(staffing()).toHaveTextContent(`${NORFOLK_SHOOTING_INFORMED.headcount['Trauma counselors']} Trauma counselors`);
    await chooseCaps(user);
    expect(bars(staffing())).toHaveLength(8);
    expect(staffing()).not.toHaveTextContent('Trauma counselors');
  });

  it('given Norfolk with CAPS, then the budget table lists every line with its amount and the total', async () => {
    const { user } = renderApp();
    await chooseCaps(user);
    const table = screen.getByRole('table', { name: /^Budget lines/ });
    const rows = within(table).getAllByRole('rowheader').map((h) => h.textContent ?? '');
    expect(rows.map((r) => r.split(' — ')[0])).toEqual([...NORFOLK_CAPS.lines.map((l) => l.label), 'Total']);
    for (const line of NORFOLK_CAPS.lines) {
      expect(cell(table, line.label, 'Amount'), line.label).toBe(usd(line.amount));
    }
    expect(cell(table, 'Staff training & technical assistance', 'Share')).toBe(`${Math.round(((NORFOLK_CAPS.lines[2]?.amount ?? 0) / NORFOLK_CAPS.total) * 10_000) / 100}%`);
    expect(cell(table, 'Total', 'Amount')).toBe('$19,883,025');
  });

  it('given Norfolk with CAPS, then the budget chart stacks one real bar per line, sized by its amount', async () => {
    giveChartsALayout();
    const { user } = renderApp();
    await chooseCaps(user);
    const figure = screen.getByRole('figure', { name: /^Total \$19,883,025:/ });
    const drawn = bars(figure);
    expect(drawn).toHaveLength(NORFOLK_CAPS.lines.length);
    const perDollar = drawn.map((bar, i) => Number(bar.getAttribute('width')) / (NORFOLK_CAPS.lines[i]?.amount ?? Number.NaN));
    for (const scale of perDollar) expect(scale).toBeCloseTo(perDollar[0] ?? 0, 9);
    expect(perDollar[0]).toBeGreaterThan(0);
  });
});

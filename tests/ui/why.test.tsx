// @vitest-environment jsdom
// "Why this number?": the formula and its terms from the plan's own working, drill-down into a
// term, Escape to close with focus back on the button that opened it.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStores } from '../state/support/resetStores';
import { NORFOLK_CAPS, usd } from './support/expected';
import { UI_TEST_TIMEOUT, renderApp } from './support/renderApp';

beforeEach(resetStores);
afterEach(cleanup);

async function openTotalWhy() {
  const view = renderApp();
  await view.user.selectOptions(screen.getByRole('combobox', { name: 'Methodology' }), 'CAPS');
  const headline = screen.getByRole('region', { name: 'Norfolk, VA: CAPS plan' });
  const opener = within(headline).getByRole('button', { name: 'Why this number? Total annual budget' });
  await view.user.click(opener);
  return { ...view, opener };
}

describe('Why this number?', { timeout: UI_TEST_TIMEOUT }, () => {
  it('given the headline total, when its "?" is clicked, then a dialog shows the formula and every budget line as a term', async () => {
    await openTotalWhy();
    const dialog = screen.getByRole('dialog', { name: 'Why this number? Total annual budget' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveFocus();
    expect(dialog).toHaveTextContent('$19,883,025');
    expect(dialog).toHaveTextContent('Formula: Sum of the budget lines');
    const terms = within(dialog).getByRole('table', { name: 'Inputs to Total annual budget' });
    for (const line of NORFOLK_CAPS.lines) {
      const row = within(terms).getByRole('rowheader', { name: line.label }).closest('tr');
      expect(row, line.label).toHaveTextContent(usd(line.amount));
      expect(within(row as HTMLElement).getByRole('button', { name: 'How is this worked out?' })).toBeInTheDocument();
    }
  });

  it('given the total’s working, when "How is this worked out?" is followed for a line, then that line’s own working is shown, and Back returns', async () => {
    const { user } = await openTotalWhy();
    const terms = within(screen.getByRole('dialog')).getByRole('table');
    const training = within(terms).getByRole('rowheader', { name: 'Staff training & technical assistance' }).closest('tr') as HTMLElement;
    await user.click(within(training).getByRole('button', { name: 'How is this worked out?' }));

    const dialog = screen.getByRole('dialog', { name: 'Why this number? Staff training & technical assistance' });
    expect(dialog).toHaveFocus();
    expect(dialog).toHaveTextContent('Formula: Training rate × total staffing cost, rounded to whole dollars');
    // 25% of the staffing lines (docs/methodology.md §4), with the default's source shown beside it.
    const staffing = (NORFOLK_CAPS.lines[0]?.amount ?? 0) + (NORFOLK_CAPS.lines[1]?.amount ?? 0);
    const rateRow = within(dialog).getByRole('rowheader', { name: /training/i }).closest('tr') as HTMLElement;
    expect(rateRow).toHaveTextContent('25%');
    expect(rateRow).toHaveTextContent('CAPS');
    const staffingRow = within(dialog).getByRole('rowheader', { name: 'Total staffing cost' }).closest('tr') as HTMLElement;
    expect(staffingRow).toHaveTextContent(usd(staffing));

    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('dialog', { name: 'Why this number? Total annual budget' })).toBeInTheDocument();
  });

  it('given the dialog after a drill-down, when Escape is pressed, then it closes and focus returns to the "?" that opened it', async () => {
    const { user, opener } = await openTotalWhy();
    const terms = within(screen.getByRole('dialog')).getByRole('table');
    await user.click(within(terms).getAllByRole('button', { name: 'How is this worked out?' })[0] as HTMLElement);
    expect(screen.getByRole('dialog', { name: 'Why this number? Frontline CVI workers' })).toBeInTheDocument();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('given a role’s FTE, when its "?" is used from the keyboard, then the working names the caseload and its source', async () => {
    const { user } = renderApp();
    const button = screen.getByRole('button', { name: 'Why this number? Street outreach workers FTE' });
    button.focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Why this number? Street outreach workers: full-time equivalents' });
    expect(dialog).toHaveTextContent('Formula: Participants ÷ caseload (people per worker)');
    const caseload = within(dialog).getByRole('rowheader', { name: 'Street outreach workers: caseload (people per worker)' }).closest('tr') as HTMLElement;
    expect(caseload).toHaveTextContent('15');
    expect(caseload).toHaveTextContent('CAPS-calibrated');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});

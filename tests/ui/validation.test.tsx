// @vitest-environment jsdom
// Validation: errors inline beside the field, linked by aria-describedby; the last valid plan
// stays on screen while a field is invalid; warnings are shown but never block the plan.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStores } from '../state/support/resetStores';
import { expectedPlan, NORFOLK_POPULATION, NORFOLK_SHOOTING_INFORMED, usd } from './support/expected';
import { UI_TEST_TIMEOUT, headlineTotal, renderApp, replaceText } from './support/renderApp';

beforeEach(resetStores);
afterEach(cleanup);

// docs/methodology.md §1: population is a whole number from 1 to 50,000,000.
const INVALID_POPULATIONS = [
  { typed: 'abc', rule: /Population must be a number/ },
  { typed: '0', rule: /Population must be a whole number from 1 to 50,000,000/ },
  { typed: '12.5', rule: /Population must be a whole number from 1 to 50,000,000/ },
  { typed: '60000000', rule: /Population must be a whole number from 1 to 50,000,000/ },
];

describe('Validation', { timeout: UI_TEST_TIMEOUT }, () => {
  it.each(INVALID_POPULATIONS)(
    'given the default plan, when population "$typed" is typed, then an inline error names the field and rule and the last valid total stays',
    async ({ typed, rule }) => {
      const { user } = renderApp();
      const population = screen.getByRole('textbox', { name: 'Population' });
      const before = headlineTotal();
      expect(before).toBe(usd(NORFOLK_SHOOTING_INFORMED.total));

      await replaceText(user, population, typed);

      expect(population).toHaveValue(typed);
      expect(population).toHaveAttribute('aria-invalid', 'true');
      expect(population).toHaveAccessibleDescription(expect.stringMatching(rule));
      // The message is beside the field and is what aria-describedby points at.
      const describedBy = population.getAttribute('aria-describedby')?.split(' ') ?? [];
      const error = document.getElementById(describedBy[0] ?? '');
      expect(error).toHaveTextContent(rule);
      expect(population.parentElement).toContainElement(error);
      // The plan on screen is the last valid one, and the person is told so.
      expect(headlineTotal()).toBe(before);
      expect(screen.getByText(/Showing the last valid plan while you correct: Population\./)).toHaveAttribute('role', 'status');
    },
  );

  it('given an invalid population, when a valid one is typed, then the error goes and the plan follows it', async () => {
    const { user } = renderApp();
    const population = screen.getByRole('textbox', { name: 'Population' });
    await replaceText(user, population, 'abc');
    expect(population).toHaveAttribute('aria-invalid', 'true');

    await replaceText(user, population, String(NORFOLK_POPULATION * 2));

    expect(population).not.toHaveAttribute('aria-invalid');
    expect(population).not.toHaveAccessibleDescription(expect.stringMatching(/must be/));
    expect(screen.queryByText(/Showing the last valid plan/)).not.toBeInTheDocument();
    // Doubling the population: P = 476.01, OVP staff 4 × √2 = 5.66 → 6 (docs/methodology.md §2–§3).
    const doubled = expectedPlan({ population: NORFOLK_POPULATION * 2, participants: 0.001 * NORFOLK_POPULATION * 2, traumaCounselors: true });
    expect(headlineTotal()).toBe(usd(doubled.total));
  });

  it('given Methodology CAPS and the violence-adjusted estimate, when 400 homicides are typed, then a warning is shown and the plan still updates', async () => {
    const { user } = renderApp();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Methodology' }), 'CAPS');
    await user.selectOptions(screen.getByRole('combobox', { name: 'High-risk estimate' }), screen.getByRole('option', { name: /^Violence-adjusted/ }));
    const homicides = screen.getByRole('textbox', { name: 'Homicides per year' });
    const before = headlineTotal();

    await replaceText(user, homicides, '400');

    // 400 ÷ 238,005 × 100,000 = 168.06 per 100,000: above the 150 plausibility line (§1).
    const rate = Math.round((400 / NORFOLK_POPULATION) * 100_000);
    expect(rate).toBe(168);
    expect(homicides).not.toHaveAttribute('aria-invalid');
    expect(homicides).toHaveAccessibleDescription(expect.stringContaining(`gives ${rate} per 100,000 residents, above 150`));
    expect(screen.getByRole('list', { name: 'Warnings' })).toHaveTextContent(`gives ${rate} per 100,000 residents`);
    expect(screen.queryByText(/Showing the last valid plan/)).not.toBeInTheDocument();
    // §2: factor = clamp(168.06 ÷ 20, 0.25, 4) = 4, so H = P = 0.1% × 238,005 × 4 = 952.02.
    const warned = expectedPlan({ population: NORFOLK_POPULATION, participants: 0.001 * NORFOLK_POPULATION * 4 });
    expect(headlineTotal()).not.toBe(before);
    expect(headlineTotal()).toBe(usd(warned.total));
  });

  it('given a count larger than the population, when it is typed, then the error names the field and the population', async () => {
    const { user } = renderApp();
    const fatal = screen.getByRole('textbox', { name: 'Fatal shooting victims per year' });
    await replaceText(user, fatal, String(NORFOLK_POPULATION + 1));
    expect(fatal).toHaveAttribute('aria-invalid', 'true');
    expect(fatal).toHaveAccessibleDescription(
      expect.stringContaining('Fatal shooting victims per year must not be larger than the population (238,005).'),
    );
    expect(headlineTotal()).toBe(usd(NORFOLK_SHOOTING_INFORMED.total));
  });

  // docs/methodology.md §1: counts of people are whole numbers; "1.5" is present, so "missing" is wrong.
  it('given a fractional count of homicides, when "1.5" is typed, then the error says it must be a whole number (not that it is missing)', async () => {
    const { user } = renderApp();
    const homicides = screen.getByRole('textbox', { name: 'Homicides per year' });
    await replaceText(user, homicides, '1.5');
    expect(homicides).toHaveAttribute('aria-invalid', 'true');
    expect(homicides).toHaveAccessibleDescription(expect.stringContaining('Homicides per year must be a whole number of 0 or more.'));
    expect(homicides).not.toHaveAccessibleDescription(expect.stringContaining('missing'));
  });

  it('given a reach field, when 101 is typed, then the error names the field and the 0 to 100 rule', async () => {
    const { user } = renderApp();
    const reach = screen.getByRole('textbox', { name: 'Service reach (%)' });
    await replaceText(user, reach, '101');
    expect(reach).toHaveAttribute('aria-invalid', 'true');
    expect(reach).toHaveAccessibleDescription(expect.stringContaining('Service reach (%) must be a number from 0 to 100.'));
    expect(headlineTotal()).toBe(usd(NORFOLK_SHOOTING_INFORMED.total));
  });
});

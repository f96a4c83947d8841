// @vitest-environment jsdom
// Scenarios: duplicate, switch, rename, delete (with confirmation), the four-scenario limit, the
// comparison view, and scenarios surviving a reload from storage. Expected totals come from the
// methodology arithmetic in support/expected.ts, never from the app.
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY, usePlanner } from '../../src/state/store';
import { resetStores } from '../state/support/resetStores';
import { expectedPlan, NORFOLK_CAPS, NORFOLK_SHOOTING_INFORMED, usd } from './support/expected';
import { UI_TEST_TIMEOUT, enterText, giveChartsALayout, headlineTotal, renderApp, replaceText } from './support/renderApp';

beforeEach(resetStores);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

type User = ReturnType<typeof renderApp>['user'];

function scenarioButtons(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Scenarios of this place' })).getAllByRole('button');
}

function activeScenario(): string {
  const active = scenarioButtons().filter((b) => b.getAttribute('aria-current') === 'true');
  expect(active).toHaveLength(1);
  return active[0]?.textContent?.replace('✓', '').trim() ?? '';
}

async function duplicate(user: User) {
  await user.click(screen.getByRole('button', { name: 'Duplicate scenario' }));
}

/** A cell of the comparison table: the row whose header is `rowLabel`, the column of `scenario`. */
function compareCell(rowLabel: string, scenario: string): HTMLElement {
  const table = screen.getByRole('table', { name: /^Scenarios compared/ });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent?.replace(' (active)', '').trim());
  const index = headers.indexOf(scenario);
  if (index < 0) throw new Error(`no column ${scenario}: ${headers.join(', ')}`);
  const row = within(table).getByRole('rowheader', { name: rowLabel }).closest('tr');
  if (!row) throw new Error('row header outside a row');
  return row.children[index] as HTMLElement;
}

// Norfolk doubled: the default (shooting-informed, no shooting counts) plan with 476,010 residents.
const DOUBLED_POPULATION = 476_010;
const NORFOLK_DOUBLED = expectedPlan({ population: DOUBLED_POPULATION, participants: 0.001 * DOUBLED_POPULATION, traumaCounselors: true });

describe('Scenarios', { timeout: UI_TEST_TIMEOUT }, () => {
  it('given a new plan, then there is one scenario, it is active, and it cannot be deleted', () => {
    renderApp();
    expect(scenarioButtons().map((b) => b.textContent?.replace('✓', '').trim())).toEqual(['Plan A']);
    expect(activeScenario()).toBe('Plan A');
    const del = screen.getByRole('button', { name: 'Delete scenario' });
    expect(del).toBeDisabled();
    expect(del).toHaveAccessibleDescription('The only scenario cannot be deleted. Duplicate it to try a variation.');
  });

  it('when "Duplicate scenario" is clicked, then a second scenario appears and becomes active', async () => {
    const { user } = renderApp();
    await duplicate(user);
    expect(scenarioButtons()).toHaveLength(2);
    expect(activeScenario()).toBe('Plan A (2)');
    expect(screen.getByRole('button', { name: 'Plan A' })).not.toHaveAttribute('aria-current');
    expect(screen.getByText(/^Duplicated “Plan A” as “Plan A \(2\)”/)).toHaveAttribute('role', 'status');
    // The copy starts as the same plan.
    expect(headlineTotal()).toBe(usd(NORFOLK_SHOOTING_INFORMED.total));
  });

  it('given a copy, when its Population changes, then only its total changes: the first scenario keeps its own', async () => {
    const { user } = renderApp();
    await duplicate(user);
    await replaceText(user, screen.getByRole('textbox', { name: 'Population' }), String(DOUBLED_POPULATION));
    expect(headlineTotal()).toBe(usd(NORFOLK_DOUBLED.total));

    await user.click(screen.getByRole('button', { name: 'Plan A' }));
    expect(activeScenario()).toBe('Plan A');
    expect(headlineTotal()).toBe(usd(NORFOLK_SHOOTING_INFORMED.total));
    expect(screen.getByRole('textbox', { name: 'Population' })).toHaveValue('238005');

    await user.click(screen.getByRole('button', { name: 'Plan A (2)' }));
    expect(headlineTotal()).toBe(usd(NORFOLK_DOUBLED.total));
    expect(screen.getByRole('textbox', { name: 'Population' })).toHaveValue(String(DOUBLED_POPULATION));
  });

  it('when a scenario is renamed, then an empty name is refused with a message and a real name replaces the old one', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Rename scenario' }));
    const field = screen.getByRole('textbox', { name: 'Scenario name' });
    expect(field).toHaveFocus();
    expect(field).toHaveValue('Plan A');

    await user.clear(field);
    await enterText(user, field, '   ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Enter a name for the scenario: it cannot be empty.');
    expect(usePlanner.getState().scenarioName).toBe('Plan A');

    await user.clear(field);
    await enterText(user, field, 'Lean plan');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('textbox', { name: 'Scenario name' })).not.toBeInTheDocument();
    expect(activeScenario()).toBe('Lean plan');
    expect(usePlanner.getState().scenarioName).toBe('Lean plan');
    expect(screen.getByRole('button', { name: 'Rename scenario' })).toHaveFocus();
  });

  it('when a rename is cancelled with Escape, then the name is kept', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Rename scenario' }));
    await enterText(user, screen.getByRole('textbox', { name: 'Scenario name' }), ' changed');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Scenario name' })).not.toBeInTheDocument();
    expect(activeScenario()).toBe('Plan A');
  });

  it('given two scenarios, when "Delete scenario" is clicked, then nothing is deleted until the deletion is confirmed', async () => {
    const { user } = renderApp();
    await duplicate(user);
    await user.click(screen.getByRole('button', { name: 'Delete scenario' }));
    expect(scenarioButtons()).toHaveLength(2);
    const confirm = screen.getByRole('button', { name: 'Confirm delete Plan A (2)' });
    expect(confirm).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(scenarioButtons()).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /^Confirm delete/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete scenario' }));
    await user.click(screen.getByRole('button', { name: 'Confirm delete Plan A (2)' }));
    expect(scenarioButtons()).toHaveLength(1);
    expect(activeScenario()).toBe('Plan A');
    expect(usePlanner.getState().scenarios.map((s) => s.name)).toEqual(['Plan A']);
    expect(screen.getByRole('button', { name: 'Plan A' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Delete scenario' })).toBeDisabled();
  });

  it('given four scenarios, then "Duplicate scenario" is disabled and says why', async () => {
    const { user } = renderApp();
    await duplicate(user);
    await duplicate(user);
    await duplicate(user);
    expect(scenarioButtons()).toHaveLength(4);
    const button = screen.getByRole('button', { name: 'Duplicate scenario' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('A plan holds up to 4 scenarios: delete one to duplicate another.');
    await user.click(button);
    expect(usePlanner.getState().scenarios).toHaveLength(4);
  });

  it('given a CAPS copy, when "Compare scenarios" is pressed, then both totals, the staffing and the differences are shown, as text and as a chart', async () => {
    giveChartsALayout();
    const { user } = renderApp();
    await duplicate(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Methodology' }), 'CAPS');
    expect(headlineTotal()).toBe(usd(NORFOLK_CAPS.total));

    const toggle = screen.getByRole('button', { name: 'Compare scenarios' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');

    // CAPS has no trauma counselors: the copy costs less than the first scenario.
    const difference = NORFOLK_SHOOTING_INFORMED.total - NORFOLK_CAPS.total;
    expect(difference).toBeGreaterThan(0);
    expect(compareCell('Total annual budget', 'Plan A')).toHaveTextContent(new RegExp(`^${escape(usd(NORFOLK_SHOOTING_INFORMED.total))}$`));
    const copyTotal = compareCell('Total annual budget', 'Plan A (2)');
    expect(copyTotal).toHaveTextContent(`${usd(NORFOLK_CAPS.total)}−${usd(difference)} vs Plan A`);
    expect(copyTotal).toHaveClass('differs');

    const counselors = NORFOLK_SHOOTING_INFORMED.headcount['Trauma counselors'] ?? 0;
    expect(counselors).toBeGreaterThan(0);
    expect(compareCell('Trauma counselors', 'Plan A')).toHaveTextContent(new RegExp(`^${counselors}$`));
    expect(compareCell('Trauma counselors', 'Plan A (2)')).toHaveTextContent(`Not included−${counselors} vs Plan A`);
    expect(compareCell('Total staff', 'Plan A (2)')).toHaveTextContent(
      `${NORFOLK_CAPS.totalHeadcount}−${NORFOLK_SHOOTING_INFORMED.totalHeadcount - NORFOLK_CAPS.totalHeadcount} vs Plan A`,
    );
    // Same street outreach in both: no difference, nothing highlighted.
    const outreach = compareCell('Street outreach workers', 'Plan A (2)');
    expect(outreach).toHaveTextContent(new RegExp(`^${NORFOLK_CAPS.headcount['Street outreach workers']}$`));
    expect(outreach).not.toHaveClass('differs');

    const figure = screen.getByRole('figure', { name: /^Total annual budget by scenario/ });
    expect(figure).toHaveAccessibleName(
      `Total annual budget by scenario: Plan A ${usd(NORFOLK_SHOOTING_INFORMED.total)}; Plan A (2) ${usd(NORFOLK_CAPS.total)} (−${usd(difference)} vs Plan A).`,
    );
    expect(figure.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(2);

    await user.click(toggle);
    expect(screen.queryByRole('table', { name: /^Scenarios compared/ })).not.toBeInTheDocument();
  });

  it('given two scenarios in storage, when the store rehydrates, then both come back with the copy active and its own inputs', async () => {
    const { user } = renderApp();
    await duplicate(user);
    await user.click(screen.getByRole('button', { name: 'Rename scenario' }));
    await replaceText(user, screen.getByRole('textbox', { name: 'Scenario name' }), 'Bigger city');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await replaceText(user, screen.getByRole('textbox', { name: 'Population' }), String(DOUBLED_POPULATION));
    const saved = localStorage.getItem(STORAGE_KEY);
    expect(saved).not.toBeNull();

    // Forget everything in memory (this also overwrites storage), then put the saved plan back.
    act(() => usePlanner.setState(usePlanner.getInitialState(), true));
    expect(scenarioButtons()).toHaveLength(1);
    localStorage.setItem(STORAGE_KEY, saved ?? '');
    await act(() => usePlanner.persist.rehydrate());

    expect(scenarioButtons().map((b) => b.textContent?.replace('✓', '').trim())).toEqual(['Plan A', 'Bigger city']);
    expect(activeScenario()).toBe('Bigger city');
    expect(headlineTotal()).toBe(usd(NORFOLK_DOUBLED.total));
    await user.click(screen.getByRole('button', { name: 'Plan A' }));
    expect(headlineTotal()).toBe(usd(NORFOLK_SHOOTING_INFORMED.total));
  });

  it('is usable from the keyboard: Tab reaches the actions and Enter renames', async () => {
    const { user } = renderApp();
    const rename = screen.getByRole('button', { name: 'Rename scenario' });
    screen.getByRole('button', { name: 'Duplicate scenario' }).focus();
    await user.tab();
    expect(rename).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Scenario name' })).toHaveFocus();
    await user.keyboard('{Control>}a{/Control}Option 2{Enter}');
    expect(activeScenario()).toBe('Option 2');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

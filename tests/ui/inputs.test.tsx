// @vitest-environment jsdom
// Inputs: the labelled fields of issue 3, the local-count field, and the city preset search.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import presets from '../../src/data/city-presets.json';
import { resetStores } from '../state/support/resetStores';
import { expectedPlan, usd } from './support/expected';
import { UI_TEST_TIMEOUT, enterText, headlineTotal, renderApp, replaceText } from './support/renderApp';

beforeEach(resetStores);
afterEach(cleanup);

/** The latest full-year count in the shipped data, with its year (what a preset must fill). */
function latestCount(counts: Record<string, number>): { year: string; value: number } {
  const year = Object.keys(counts).sort().at(-1);
  if (!year) throw new Error('no counts');
  return { year, value: counts[year] as number };
}
const norfolkData = presets.cities.find((c) => c.name === 'Norfolk' && c.state === 'VA');
const detroitData = presets.cities.find((c) => c.name === 'Detroit' && c.state === 'MI');

describe('Inputs', { timeout: UI_TEST_TIMEOUT }, () => {
  it('given the planner, when it opens, then every input of issue 3 has its visible label', () => {
    renderApp();
    for (const name of [
      'Population',
      'Homicides per year',
      'Fatal shooting victims per year',
      'Nonfatal shooting victims per year',
      'Service reach (%)',
      'Hospital reach (%)',
    ]) {
      expect(screen.getByRole('textbox', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('combobox', { name: 'High-risk estimate' })).toBeInTheDocument();
    const methodology = screen.getByRole('combobox', { name: 'Methodology' });
    expect(within(methodology).getByRole('option', { name: 'CAPS' })).toBeInTheDocument();
    expect(within(methodology).getByRole('option', { name: 'Shooting-informed' })).toBeInTheDocument();
  });

  it('given the population method, when "Local count" is chosen, then "Local high-risk count" appears and drives the plan', async () => {
    const { user } = renderApp();
    expect(screen.queryByRole('textbox', { name: 'Local high-risk count' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Methodology' }), 'CAPS');
    await user.selectOptions(screen.getByRole('combobox', { name: 'High-risk estimate' }), screen.getByRole('option', { name: /^Local count/ }));

    const local = screen.getByRole('textbox', { name: 'Local high-risk count' });
    expect(local).toHaveAccessibleDescription(expect.stringContaining('Local high-risk count is needed'));
    await enterText(user, local, '500');
    expect(local).not.toHaveAttribute('aria-invalid');
    // H = the local count, full reach: P = 500 (docs/methodology.md §2).
    expect(headlineTotal()).toBe(usd(expectedPlan({ population: 238_005, participants: 500 }).total));
  });

  it('given the city preset search, when "norf" is typed, then "Norfolk, VA" is offered', async () => {
    const { user } = renderApp();
    const search = screen.getByRole('combobox', { name: 'City preset' });
    await user.type(search, 'norf');
    expect(search).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox', { name: 'Matching cities' });
    expect(within(list).getByRole('option', { name: /^Norfolk, VA/ })).toBeInTheDocument();
  });

  it('given an edited population, when "Norfolk, VA" is chosen, then population 238005 and the sources with their year are filled', async () => {
    const { user } = renderApp();
    const population = screen.getByRole('textbox', { name: 'Population' });
    await replaceText(user, population, '100000');
    expect(population).toHaveValue('100000');

    await enterText(user, screen.getByRole('combobox', { name: 'City preset' }), 'norf');
    await user.click(screen.getByRole('option', { name: /^Norfolk, VA/ }));

    expect(population).toHaveValue('238005');
    expect(screen.queryByRole('listbox', { name: 'Matching cities' })).not.toBeInTheDocument();
    expect(population).toHaveAccessibleDescription(expect.stringContaining(`Source: ${norfolkData?.populationBasis.slice(0, 40)}`));
    const homicides = latestCount(norfolkData?.homicides ?? {});
    const homicideField = screen.getByRole('textbox', { name: 'Homicides per year' });
    expect(homicideField).toHaveValue(String(homicides.value));
    expect(homicideField).toHaveAccessibleDescription(expect.stringContaining(`Source: ${homicides.year}.`));
    // The preset data has no shooting counts for Norfolk: they stay "not given", never 0.
    expect(screen.getByRole('textbox', { name: 'Nonfatal shooting victims per year' })).toHaveValue('');
  });

  it('given the search, when the keyboard picks a city, then its counts fill every field and stay editable', async () => {
    const { user } = renderApp();
    const search = screen.getByRole('combobox', { name: 'City preset' });
    await user.type(search, 'detroit');
    expect(search).toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Enter}');

    expect(screen.getByRole('textbox', { name: 'Population' })).toHaveValue(String(detroitData?.population));
    const nonfatal = latestCount(detroitData?.nonfatalShootingVictims ?? {});
    const nonfatalField = screen.getByRole('textbox', { name: 'Nonfatal shooting victims per year' });
    expect(nonfatalField).toHaveValue(String(nonfatal.value));
    expect(nonfatalField).toHaveAccessibleDescription(expect.stringContaining(`Source: ${nonfatal.year}.`));

    await replaceText(user, nonfatalField, '500');
    expect(nonfatalField).toHaveValue('500');
    expect(nonfatalField).toHaveAccessibleDescription(
      expect.stringContaining(`You changed this; the Detroit preset gives ${nonfatal.value.toLocaleString('en-US')} (${nonfatal.year}).`),
    );
  });
});

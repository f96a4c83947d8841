// @vitest-environment jsdom
// Cost of violence and break-even: the taxpayer cost of the place's shootings, the share the plan
// would need to prevent to pay for itself, its working, and the evidence table. Context, never a
// prediction: the page never says "will prevent". Costs per shooting are Everytown's published
// figures (docs/methodology.md §8): $270,399 per gun death, $52,585 per nonfatal injury.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStores } from '../state/support/resetStores';
import { usd } from './support/expected';
import { UI_TEST_TIMEOUT, headlineTotal, renderApp, replaceText } from './support/renderApp';

beforeEach(resetStores);
afterEach(cleanup);

type User = ReturnType<typeof renderApp>['user'];

const EVERYTOWN_FATAL = 270_399;
const EVERYTOWN_NONFATAL = 52_585;
const NICJR_LOCAL_LOW = 780_000;

const percent = (fraction: number) => `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(fraction * 100)}%`;
const whole = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n);
const dollars = (text: string) => Number(text.replace(/[$,]/g, ''));

function section(): HTMLElement {
  return screen.getByRole('region', { name: 'Cost of violence and break-even' });
}

async function enter(user: User, label: string, value: string) {
  const field = screen.getByRole('textbox', { name: label });
  if (value === '') await user.clear(field);
  else await replaceText(user, field, value);
}

/** Detroit, 2024: 639,111 residents, 203 homicides, 606 nonfatal shooting victims, no fatal count. */
async function enterDetroit(user: User, fatal = '') {
  await enter(user, 'Population', '639111');
  await enter(user, 'Homicides per year', '203');
  await enter(user, 'Nonfatal shooting victims per year', '606');
  await enter(user, 'Fatal shooting victims per year', fatal);
}

function pageHasNoWillPrevent() {
  expect(document.body.textContent ?? '').not.toMatch(/will\s+prevent/i);
}

describe('Cost of violence and break-even', { timeout: UI_TEST_TIMEOUT }, () => {
  it('given no shooting counts (Norfolk), then it says which counts are needed, and still shows the evidence', () => {
    renderApp();
    const region = section();
    expect(within(region).getByTestId('cov-needs-counts')).toHaveTextContent(
      'Shooting counts are needed: enter “Fatal shooting victims per year” and “Nonfatal shooting victims per year”',
    );
    expect(within(region).queryByTestId('cov-cost')).not.toBeInTheDocument();
    expect(within(region).getByText('Context, never a prediction.')).toBeInTheDocument();
    expect(within(region).getByRole('table', { name: 'Evidence: program, place, finding and study design' })).toBeInTheDocument();
    pageHasNoWillPrevent();
  });

  it('given Detroit with nonfatal shootings only, then the cost is 606 × $52,585, understated, and the plan would need to prevent more than all shootings', async () => {
    const { user } = renderApp();
    await enterDetroit(user);
    const region = section();

    const cost = 606 * EVERYTOWN_NONFATAL;
    expect(cost).toBe(31_866_510);
    expect(within(region).getByTestId('cov-cost')).toHaveTextContent(usd(cost));
    expect(region).toHaveTextContent('Fatal shooting victims were not given and count as 0, so the cost is understated.');

    const total = dollars(headlineTotal());
    expect(total).toBeGreaterThan(cost);
    const share = total / cost;
    expect(within(region).getByTestId('cov-share')).toHaveTextContent(percent(share));
    expect(within(region).getByTestId('cov-shootings')).toHaveTextContent(`about ${whole(share * 606)}`);
    expect(within(region).getByTestId('cov-sentence')).toHaveTextContent(
      `would need to prevent more than all of the place’s shootings: ${percent(share)} of them, about ${whole(share * 606)} a year against 606 counted.`,
    );
    pageHasNoWillPrevent();
  });

  it('given fatal 375 and nonfatal 1,291, then the cost is 375 × $270,399 + 1,291 × $52,585 and the share is the budget over it', async () => {
    const { user } = renderApp();
    await enterDetroit(user, '375');
    await enter(user, 'Nonfatal shooting victims per year', '1291');
    const region = section();

    const cost = 375 * EVERYTOWN_FATAL + 1_291 * EVERYTOWN_NONFATAL;
    expect(cost).toBe(101_399_625 + 67_887_235);
    expect(within(region).getByTestId('cov-cost')).toHaveTextContent(usd(cost));
    expect(region).not.toHaveTextContent('understated');

    const share = dollars(headlineTotal()) / cost;
    expect(share).toBeLessThan(1);
    const shootings = share * (375 + 1_291);
    expect(within(region).getByTestId('cov-share')).toHaveTextContent(percent(share));
    expect(within(region).getByTestId('cov-sentence')).toHaveTextContent(
      `would need to prevent ${percent(share)} of the place’s shootings: about ${whole(shootings)} of the 1,666 counted a year.`,
    );

    // The working, with each term and its source.
    await user.click(within(region).getByText('How this is worked out'));
    const terms = within(region).getByRole('table', { name: 'Terms of “Annual taxpayer cost of shootings”' });
    const fatalRow = within(terms).getByRole('rowheader', { name: 'Taxpayer cost per fatal shooting (Everytown)' }).closest('tr');
    expect(fatalRow).toHaveTextContent(usd(EVERYTOWN_FATAL));
    expect(fatalRow).toHaveTextContent('Everytown: taxpayer cost per gun death $270,399.');
    expect(within(terms).getByRole('rowheader', { name: 'Fatal shooting victims per year' }).closest('tr')).toHaveTextContent('375');
    expect(within(region).getByRole('table', { name: /^Terms of “Share of shootings the plan would need to prevent/ })).toBeInTheDocument();
    pageHasNoWillPrevent();
  });

  it('when the basis is switched to a local study, then every shooting costs the local figure, which can be replaced', async () => {
    const { user } = renderApp();
    await enterDetroit(user, '375');
    const region = section();
    await user.click(within(region).getByRole('radio', { name: 'A local study’s cost per shooting' }));

    expect(within(region).getByTestId('cov-cost')).toHaveTextContent(usd((375 + 606) * NICJR_LOCAL_LOW));
    const field = within(region).getByRole('textbox', { name: 'Taxpayer cost per shooting (local study)' });
    await replaceText(user, field, '1,000,000');
    expect(within(region).getByTestId('cov-cost')).toHaveTextContent(usd((375 + 606) * 1_000_000));

    await replaceText(user, field, 'lots');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(within(region).getByTestId('cov-cost')).toHaveTextContent(usd((375 + 606) * 1_000_000));

    await user.click(within(region).getByRole('radio', { name: /^Everytown national averages/ }));
    expect(within(region).getByTestId('cov-cost')).toHaveTextContent(usd(375 * EVERYTOWN_FATAL + 606 * EVERYTOWN_NONFATAL));
  });

  it('shows the evidence with each study’s design', () => {
    renderApp();
    const table = within(section()).getByRole('table', { name: 'Evidence: program, place, finding and study design' });
    const design = (program: string) => within(table).getByRole('rowheader', { name: program }).closest('tr')?.lastElementChild?.textContent;
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 6);
    expect(design('READI Chicago')).toBe('Randomized controlled trial');
    expect(design('Group Violence Intervention')).toBe('Stepped wedge');
    expect(design('Advance Peace')).toBe('Interrupted time series');
  });
});

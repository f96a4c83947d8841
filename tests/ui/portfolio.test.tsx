// @vitest-environment jsdom
// The funders' portfolio page, as a person uses it: switch to it, add presets (one, or all 60),
// type a place, upload the batch CSV, sort the table, open a place as a plan, share the portfolio.
// Expected figures come from the hand derivation in ./support/expected.ts or from computePlan
// called place by place here — never from the page itself.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CITIES, cityFill, cityKey, computePlan, decodePortfolioLink, encodePortfolioLink, makeInput, makePlanDocument, portfolioDocument, type PlanInput } from '../../src/model';
import { useAppView, usePortfolio } from '../../src/state/portfolioStore';
import { usePlanner } from '../../src/state/store';
import { resetStores } from '../state/support/resetStores';
import { NORFOLK_CAPS, NORFOLK_SHOOTING_INFORMED, usd } from './support/expected';
import { UI_TEST_TIMEOUT, giveChartsALayout, renderApp, replaceText } from './support/renderApp';

function resetAll(): void {
  resetStores();
  usePortfolio.setState(usePortfolio.getInitialState(), true);
  useAppView.setState(useAppView.getInitialState(), true);
  usePortfolio.persist.clearStorage();
  localStorage.clear();
}

beforeEach(resetAll);
afterEach(() => {
  cleanup();
  resetAll();
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

/** jsdom has no object URLs and does not navigate: record what each download would save. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let last: Blob | undefined;
  Object.assign(URL, { createObjectURL: (blob: Blob) => ((last = blob), 'blob:portfolio'), revokeObjectURL: () => {} });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (last) files.push({ name: this.download, blob: last });
  });
  return files;
}

const HEADER = 'name,state,population,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach';

async function openPortfolio() {
  const app = renderApp();
  await app.user.click(screen.getByRole('button', { name: 'Portfolio' }));
  await screen.findByRole('heading', { level: 2, name: 'Add places' });
  return app;
}

const placesTable = () => screen.getByRole('table', { name: /Each place planned with the portfolio’s methodology/ });
const bodyRows = () => within(placesTable()).getAllByRole('row').slice(1, -1); // header row first, total row last
const rowNames = () => bodyRows().map((row) => within(row).getByRole('rowheader').textContent);
const portfolioTotal = () => screen.getByTestId('portfolio-total').textContent;

/** Each place planned on its own, the way the test (not the page) computes it. */
const planOf = (place: PlanInput, preset: PlanInput['preset']) => computePlan({ ...place, preset });

describe('Portfolio page', { timeout: UI_TEST_TIMEOUT }, () => {
  it('given the planner, when "Portfolio" is chosen, then the portfolio page loads and the nav marks it current', async () => {
    const { user } = renderApp();
    expect(screen.getByRole('button', { name: 'Planner' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('button', { name: 'Portfolio' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Add places' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Portfolio' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Planner' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('button', { name: 'Portfolio' })).toHaveFocus();
    expect(screen.getByText(/No places yet/)).toBeInTheDocument();
  });

  it('given a search for "norf", when Norfolk is ticked and added, then its row and the hand-derived total show', async () => {
    const { user } = await openPortfolio();
    await user.type(screen.getByRole('searchbox', { name: 'Add a city' }), 'norf');
    const list = screen.getByRole('group', { name: /matching city/ });
    await user.click(within(list).getByRole('checkbox', { name: /^Norfolk, VA/ }));
    await user.click(screen.getByRole('button', { name: 'Add selected cities (1)' }));

    expect(screen.getByText('Added Norfolk, VA.')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Norfolk, VA']);
    // Norfolk under the default (shooting-informed) methodology without shooting counts (docs/methodology.md §9).
    expect(portfolioTotal()).toBe(usd(NORFOLK_SHOOTING_INFORMED.total));
    expect(screen.getByTestId('portfolio-staff').textContent).toBe(String(NORFOLK_SHOOTING_INFORMED.totalHeadcount));
    const row = bodyRows()[0];
    if (!row) throw new Error('no row');
    expect(within(row).getByText('238,005')).toBeInTheDocument();
    expect(within(row).getByText(usd(NORFOLK_SHOOTING_INFORMED.total))).toBeInTheDocument();
    expect(within(row).getByText(usd(NORFOLK_SHOOTING_INFORMED.total / 238.005))).toBeInTheDocument();
    // Already in the portfolio: shown ticked and disabled.
    expect(within(list).getByRole('checkbox', { name: /^Norfolk, VA/ })).toBeDisabled();
  });

  it('given the CAPS methodology, when it is chosen for the portfolio, then Norfolk’s total is the CAPS calibration total', async () => {
    const { user } = await openPortfolio();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Methodology' }), 'caps');
    await user.type(screen.getByRole('searchbox', { name: 'Add a city' }), 'Norfolk');
    await user.click(screen.getByRole('checkbox', { name: /^Norfolk, VA/ }));
    await user.click(screen.getByRole('button', { name: /^Add selected cities/ }));
    expect(portfolioTotal()).toBe(usd(NORFOLK_CAPS.total));
    expect(portfolioTotal()).toBe('$19,883,025');
  });

  it('given "Add all presets", then 60 rows, 60 bars, and a total equal to the sum of each city planned on its own', async () => {
    giveChartsALayout();
    const { user } = await openPortfolio();
    await user.click(screen.getByRole('button', { name: 'Add all presets' }));

    expect(bodyRows()).toHaveLength(60);
    expect(screen.getByText('Added 60 cities.')).toBeInTheDocument();
    const expected = CITIES.map((city) => planOf(makeInput(cityFill(city).fields), 'shooting-informed'));
    const total = expected.reduce((sum, plan) => sum + plan.budget.total, 0);
    const staff = expected.reduce((sum, plan) => sum + plan.totalHeadcount, 0);
    expect(portfolioTotal()).toBe(usd(total));
    expect(screen.getByTestId('portfolio-staff').textContent).toBe(staff.toLocaleString('en-US'));
    const footer = within(placesTable()).getAllByRole('row').at(-1);
    if (!footer) throw new Error('no total row');
    expect(within(footer).getByText(usd(total))).toBeInTheDocument();

    const figure = screen.getByRole('figure', { name: /Total budget by place, largest first\. 60 places/ });
    await waitFor(() => expect(figure.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(60));

    // Adding them again adds nothing.
    await user.click(screen.getByRole('button', { name: 'Add all presets' }));
    expect(screen.getByText('No cities added; 60 were already in the portfolio.')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(60);
  });

  it('given all presets, when "Total budget" is sorted, then rows follow the totals up, then down, and aria-sort says so', async () => {
    const { user } = await openPortfolio();
    await user.click(screen.getByRole('button', { name: 'Add all presets' }));
    const totals = new Map(CITIES.map((city) => [cityKey(city), planOf(makeInput(cityFill(city).fields), 'shooting-informed').budget.total]));
    const byTotal = [...totals.entries()].sort((a, b) => a[1] - b[1]);

    const header = screen.getByRole('columnheader', { name: /Total budget/ });
    expect(header).not.toHaveAttribute('aria-sort');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const ascending = rowNames();
    expect(ascending.map((name) => totals.get(name ?? ''))).toEqual(byTotal.map(([, t]) => t));
    expect(ascending[0]).toBe(byTotal[0]?.[0]);

    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()[0]).toBe(byTotal.at(-1)?.[0]);

    const place = screen.getByRole('columnheader', { name: /Place/ });
    await user.click(within(place).getByRole('button'));
    expect(place).toHaveAttribute('aria-sort', 'ascending');
    expect(header).not.toHaveAttribute('aria-sort');
    expect(rowNames()).toEqual([...totals.keys()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it('given a CSV with a bad row, when it is uploaded, then good rows are added and the bad row is reported by its line', async () => {
    const { user } = await openPortfolio();
    await user.click(screen.getByRole('button', { name: 'Add all presets' }));
    await user.click(screen.getByRole('button', { name: 'Remove all places…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove all 60 places' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    // line 1 header, 2 good, 3 bad population, 4 blank, 5 good with a blank reach
    const csv = [HEADER, 'Alpha,VA,238005,,,,,', 'Beta,VA,lots,,,,,', '', 'Gamma,MD,100000,20,,,,'].join('\n');
    await user.upload(screen.getByLabelText('Upload places (.csv)'), new File([csv], 'places.csv', { type: 'text/csv' }));

    expect(await screen.findByText(/^Added 2 places from “places\.csv”\. 1 row could not be added/)).toBeInTheDocument();
    expect(screen.getByText('line 3: population: Population must be a number (digits, optionally with a decimal point), not "lots".')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Alpha, VA', 'Gamma, MD']);
    const expectedTotal =
      planOf(makeInput({ placeName: 'Alpha', state: 'VA', population: 238_005 }), 'shooting-informed').budget.total +
      planOf(makeInput({ placeName: 'Gamma', state: 'MD', population: 100_000, homicides: 20 }), 'shooting-informed').budget.total;
    expect(portfolioTotal()).toBe(usd(expectedTotal));
    // Alpha is Norfolk's size with no counts: the hand-derived Norfolk figure.
    expect(within(bodyRows()[0] as HTMLElement).getByText(usd(NORFOLK_SHOOTING_INFORMED.total))).toBeInTheDocument();
  });

  it('given a CSV with a wrong header, when it is uploaded, then the portfolio is unchanged and the column is named', async () => {
    const { user } = await openPortfolio();
    await user.type(screen.getByRole('searchbox', { name: 'Add a city' }), 'Detroit');
    await user.click(screen.getByRole('checkbox', { name: /^Detroit, MI/ }));
    await user.click(screen.getByRole('button', { name: /^Add selected cities/ }));
    const before = usePortfolio.getState().places;

    await user.upload(screen.getByLabelText('Upload places (.csv)'), new File(['name,state,pop\nA,VA,100\n'], 'bad.csv', { type: 'text/csv' }));

    expect(await screen.findByText('“bad.csv” could not be used. The portfolio is unchanged.')).toBeInTheDocument();
    expect(screen.getByText(/^line 1: missing columns "population",/)).toBeInTheDocument();
    expect(screen.getByText(/^line 1: unknown column "pop"/)).toBeInTheDocument();
    expect(usePortfolio.getState().places).toBe(before);
    expect(rowNames()).toEqual(['Detroit, MI']);
  });

  it('given a typed place, when a field is wrong, then the rule shows; when corrected, the place is added', async () => {
    const { user } = await openPortfolio();
    const form = screen.getByRole('form', { name: 'Type a place' });
    await user.type(within(form).getByRole('textbox', { name: 'Place name' }), 'Springfield');
    await user.type(within(form).getByRole('textbox', { name: 'State' }), 'IL');
    await user.type(within(form).getByRole('textbox', { name: 'Population' }), '2.5');
    await user.click(within(form).getByRole('button', { name: 'Add place' }));
    expect(within(form).getByRole('textbox', { name: 'Population' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByText('Population must be a whole number from 1 to 50,000,000.')).toBeInTheDocument();
    expect(usePortfolio.getState().places).toEqual([]);

    await replaceText(user, within(form).getByRole('textbox', { name: 'Population' }), '238005');
    await user.click(within(form).getByRole('button', { name: 'Add place' }));
    expect(within(form).getByText('Added Springfield, IL.')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Springfield, IL']);
    expect(portfolioTotal()).toBe(usd(NORFOLK_SHOOTING_INFORMED.total));

    // Edit it: the form takes the place's values and saves them back.
    await user.click(screen.getByRole('button', { name: 'Edit: Springfield, IL' }));
    const editForm = screen.getByRole('form', { name: 'Edit Springfield, IL' });
    expect(within(editForm).getByRole('textbox', { name: 'Place name' })).toHaveFocus();
    await replaceText(user, within(editForm).getByRole('textbox', { name: 'Population' }), '476010');
    await user.click(within(editForm).getByRole('button', { name: 'Save changes' }));
    expect(usePortfolio.getState().places[0]?.population).toBe(476_010);
    expect(portfolioTotal()).toBe(usd(planOf(makeInput({ placeName: 'Springfield', state: 'IL', population: 476_010 }), 'shooting-informed').budget.total));
  });

  it('given a place, when "Open as plan" is chosen, then the planner shows that place with the portfolio’s methodology and assumptions', async () => {
    const { user } = await openPortfolio();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Methodology' }), 'caps');
    await user.type(screen.getByRole('searchbox', { name: 'Add a city' }), 'Norfolk');
    await user.click(screen.getByRole('checkbox', { name: /^Norfolk, VA/ }));
    await user.click(screen.getByRole('button', { name: /^Add selected cities/ }));
    usePortfolio.getState().setOverride('fringeRate', 0.3); // the CAPS default, kept as an explicit override
    const place = usePortfolio.getState().places[0];
    if (!place) throw new Error('no place');

    await user.click(screen.getByRole('button', { name: 'Open as plan: Norfolk, VA' }));

    expect(await screen.findByRole('button', { name: 'Planner' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Planner' })).toHaveFocus();
    expect(screen.getByTestId('stat-total').textContent).toBe(usd(NORFOLK_CAPS.total));
    const { input, overrides } = usePlanner.getState();
    expect(input).toEqual({ ...place, preset: 'caps' });
    expect(overrides).toEqual({ fringeRate: 0.3 });
    expect(screen.getByText(/^The plan from the portfolio \(Norfolk, VA, with the portfolio’s methodology and assumptions\) is open, saved in your plans as “Norfolk, VA”\./)).toBeInTheDocument();
    expect(usePlanner.getState().scenarios).toEqual(makePlanDocument({ ...place, preset: 'caps' }, { fringeRate: 0.3 }).scenarios);
  });

  it('given a portfolio, when its link is copied and opened in a new visit, then the same portfolio shows on the portfolio page', async () => {
    const { user, unmount } = await openPortfolio();
    await user.click(screen.getByRole('button', { name: 'Add all presets' }));
    await user.click(screen.getByRole('button', { name: 'Copy portfolio link' }));
    const copied = await navigator.clipboard.readText();
    expect(screen.getByRole('textbox', { name: 'Link to this portfolio' })).toHaveValue(copied);
    const shared = portfolioDocument(usePortfolio.getState());
    const decoded = decodePortfolioLink(new URL(copied).hash);
    expect(decoded?.ok && decoded.doc).toEqual(shared);

    unmount();
    resetAll();
    window.history.replaceState(null, '', `/#${encodePortfolioLink(shared)}`);
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'Add places' })).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(60);
    expect(screen.getByText(/^Opened the portfolio “Portfolio” \(60 places\) from the link\./)).toBeInTheDocument();
    expect(window.location.hash).toBe('');
  });

  it('given a damaged portfolio link, when the app opens, then the message says so and the saved portfolio stays', async () => {
    usePortfolio.getState().addCities(['Detroit, MI']);
    window.history.replaceState(null, '', `/#${encodePortfolioLink(portfolioDocument(usePortfolio.getState())).slice(0, 30)}`);
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'Add places' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/This link is damaged: its portfolio could not be read\. Your current portfolio is unchanged\./);
    expect(rowNames()).toEqual(['Detroit, MI']);
  });

  it('given a changed portfolio assumption, then every place is re-planned with it', async () => {
    const { user } = await openPortfolio();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Methodology' }), 'caps');
    await user.type(screen.getByRole('searchbox', { name: 'Add a city' }), 'Norfolk');
    await user.click(screen.getByRole('checkbox', { name: /^Norfolk, VA/ }));
    await user.click(screen.getByRole('button', { name: /^Add selected cities/ }));
    await user.click(screen.getByText('Salaries and benefits'));
    const fringe = screen.getByRole('textbox', { name: /^Fringe/ });
    await replaceText(user, fringe, '25');
    // §9 by hand with 25% fringe: staffing 6,552,000 × 1.25 × 1.4 (training 25% + evaluation 15%) + wraparound 10,710,225.
    const staffingAt25 = (62 * 60_000 + 12 * 80_000 + 4 * 90_000) * 1.25;
    expect(portfolioTotal()).toBe(usd(staffingAt25 * 1.4 + 10_710_225));
    expect(usePortfolio.getState().assumptions).toEqual({ fringeRate: 0.25 });
  });

  it('given places, when a control that had focus goes away (remove all asked and answered, a row removed, editing cancelled), then focus lands on the next sensible control, never on the page', async () => {
    const { user } = await openPortfolio();
    usePortfolio.getState().addCities(['Detroit, MI', 'Norfolk, VA']);

    await user.click(await screen.findByRole('button', { name: 'Remove all places…' }));
    expect(screen.getByRole('button', { name: 'Keep them' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove all places…' })).toHaveFocus();
    expect(rowNames()).toEqual(['Detroit, MI', 'Norfolk, VA']);

    await user.click(screen.getByRole('button', { name: 'Edit: Norfolk, VA' }));
    await user.click(screen.getByRole('button', { name: 'Cancel editing' }));
    expect(screen.getByRole('button', { name: 'Edit: Norfolk, VA' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove: Detroit, MI' }));
    expect(screen.getByRole('region', { name: 'Places in the portfolio' })).toHaveFocus();
    expect(screen.getByText('Removed Detroit, MI.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove all places…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove the 1 place' }));
    expect(screen.getByRole('region', { name: 'Portfolio: totals' })).toHaveFocus();
    expect(screen.getByText('Removed every place.')).toBeInTheDocument();
  });

  it('given the scaling factors, when the lowest is typed above the highest, then the portfolio refuses it, says why, and keeps the old value', async () => {
    const { user } = await openPortfolio();
    await user.click(screen.getByText('High-risk population'));
    const lowest = screen.getByRole('textbox', { name: 'Violence-adjusted method: lowest scaling factor' });
    await replaceText(user, lowest, '5');
    expect(lowest).toHaveAttribute('aria-invalid', 'true');
    expect(lowest).toHaveValue('5');
    expect(lowest).toHaveAccessibleDescription(/^Violence-adjusted method: lowest scaling factor must not be above the highest scaling factor\./);
    expect(usePortfolio.getState().assumptions).toEqual({});
    expect(screen.queryByRole('button', { name: /^Reset Violence-adjusted method: lowest scaling factor/ })).not.toBeInTheDocument();

    // A value the portfolio accepts clears the message and is marked against the methodology's.
    await replaceText(user, lowest, '2');
    expect(lowest).not.toHaveAttribute('aria-invalid');
    expect(usePortfolio.getState().assumptions).toEqual({ violenceFactorMin: 2 });
    await user.click(screen.getByRole('button', { name: 'Reset Violence-adjusted method: lowest scaling factor to the methodology’s value' }));
    expect(usePortfolio.getState().assumptions).toEqual({});
    expect(lowest).toHaveValue('0.25');
  });

  it('given two places, when the portfolio is exported, then the CSV has a row per place and the workbook totals them with a live SUM', async () => {
    const files = captureDownloads();
    const { user } = await openPortfolio();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Methodology' }), 'caps');
    usePortfolio.getState().addPlaces([
      makeInput({ placeName: 'Alpha', state: 'VA', population: 238_005 }),
      makeInput({ placeName: '=Beta', state: 'MD', population: 100_000, homicides: 20 }),
    ]);
    await replaceText(user, screen.getByRole('textbox', { name: 'Portfolio name' }), 'Two cities');

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Downloaded cvi-portfolio-two-cities.csv.')).toBeInTheDocument();
    const csv = Papa.parse<Record<string, string>>((await files[0]?.blob.text())?.replace(/^\uFEFF/, '') ?? '', { header: true, skipEmptyLines: true }).data;
    expect(csv.map((row) => [row.name, row.state, row.population, row.homicides, row.preset])).toEqual([
      ['Alpha', 'VA', '238005', '', 'caps'],
      ["'=Beta", 'MD', '100000', '20', 'caps'], // formula-like text is neutralised
    ]);
    const beta = computePlan(makeInput({ placeName: '=Beta', state: 'MD', population: 100_000, homicides: 20, preset: 'caps' }));
    expect(csv.map((row) => Number(row.total))).toEqual([NORFOLK_CAPS.total, beta.budget.total]);
    expect(csv[0]?.total_staff).toBe('78');

    await user.click(screen.getByRole('button', { name: 'Export workbook (.xlsx)' }));
    expect(await screen.findByText('Downloaded cvi-portfolio-two-cities.xlsx.', {}, { timeout: 20_000 })).toBeInTheDocument();
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await files[1]?.blob.arrayBuffer()) as ArrayBuffer);
    const sheet = book.getWorksheet('Portfolio');
    expect(sheet?.getRow(1).getCell(12).value).toBe('Total budget');
    expect(sheet?.getRow(2).getCell(12).value).toBe(NORFOLK_CAPS.total);
    expect(sheet?.getRow(4).getCell(1).value).toBe('Portfolio total');
    expect(sheet?.getRow(4).getCell(12).value).toEqual({ formula: 'SUM(L2:L3)', result: NORFOLK_CAPS.total + beta.budget.total });
    expect(book.worksheets.map((w) => w.name)).toEqual(['Portfolio', 'Assumptions', 'About']);
  });
});

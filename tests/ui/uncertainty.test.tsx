// @vitest-environment jsdom
// Uncertainty (issue 6): the sensitivity tornado and table, the "move each assumption by" field, and
// the Monte Carlo ranges with an injected runner (synchronous, or held to test stale results), the
// in-thread fallback where there is no Worker, and the worker runner's request ids and abort.
// Sensitivity endpoints are worked by hand (tests/ui/support/expected.ts), not read from the app.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { monteCarlo, type UncertaintyResult } from '../../src/model';
import { usePlanner } from '../../src/state/store';
import { App } from '../../src/ui/app/App';
import {
  createWorkerRunner,
  MonteCarloRunnerContext,
  type MonteCarloMessage,
  type MonteCarloReply,
  type MonteCarloRequest,
  type MonteCarloRunner,
} from '../../src/ui/hooks/useMonteCarlo';
import { resetStores } from '../state/support/resetStores';
import { expectedPlan, NORFOLK_PARTICIPANTS, NORFOLK_POPULATION, NORFOLK_SHOOTING_INFORMED, usd } from './support/expected';
import { UI_TEST_TIMEOUT, giveChartsALayout, replaceText } from './support/renderApp';

beforeEach(resetStores);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

type User = ReturnType<typeof userEvent.setup>;
const SECTION = 'Uncertainty: which assumptions matter, and how sure are we';
/** A run can take a few seconds in jsdom on a busy machine: a ceiling, not a timing assertion. */
const RUN_WAIT = { timeout: 20_000 };

const dollars = (text: string) => Number(text.replace(/[$,]/g, ''));
const count = (text: string) => Number(text.replace(/,/g, ''));

/**
 * The model's monteCarlo, answered at once, for every request the test makes. The default 10,000
 * draws at first render take seconds in jsdom and no test needs them, so those requests are held
 * (they are aborted as soon as the test changes a field).
 */
function syncRunner(requests: MonteCarloRequest[] = []): MonteCarloRunner {
  return {
    mode: 'background',
    run(request) {
      requests.push(request);
      if (request.draws >= 10_000) return new Promise<UncertaintyResult>(() => {});
      return Promise.resolve(monteCarlo(request.input, request.overrides, { draws: request.draws, seed: request.seed }));
    },
  };
}

/** A runner that never answers: for tests about sensitivity only. */
const silentRunner: MonteCarloRunner = { mode: 'background', run: () => new Promise<UncertaintyResult>(() => {}) };

interface Held {
  readonly request: MonteCarloRequest;
  readonly signal: AbortSignal;
  readonly resolve: (result: UncertaintyResult) => void;
}

/** A runner whose answers the test gives, in the order it chooses. */
function heldRunner(pending: Held[]): MonteCarloRunner {
  return { mode: 'background', run: (request, signal) => new Promise((resolve) => pending.push({ request, signal, resolve })) };
}

const answer = (held: Held) => act(async () => held.resolve(monteCarlo(held.request.input, held.request.overrides, { draws: held.request.draws, seed: held.request.seed })));

function renderPlanner(runner?: MonteCarloRunner) {
  const user = userEvent.setup({ delay: null });
  const view = render(runner ? <MonteCarloRunnerContext value={runner}><App /></MonteCarloRunnerContext> : <App />);
  return { user, ...view };
}

function section(): HTMLElement {
  return screen.getByRole('region', { name: SECTION });
}

/** The Norfolk plan a new visitor sees (shooting-informed, no shooting counts) with its caseloads or fringe changed, by hand. */
const norfolkWith = (change: { outreach?: number; fringe?: number }) =>
  expectedPlan({
    population: NORFOLK_POPULATION,
    participants: NORFOLK_PARTICIPANTS,
    traumaCounselors: true,
    ...(change.outreach !== undefined ? { caseloads: { 'Street outreach workers': change.outreach } } : {}),
    ...(change.fringe !== undefined ? { fringe: change.fringe } : {}),
  }).total;

function sensitivityRow(label: string): string[] {
  const table = within(section()).getByRole('table', { name: /The total with each assumption/ });
  const row = within(table).getByRole('row', { name: new RegExp(`^${label}`) });
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

async function setField(user: User, label: string, value: string) {
  await replaceText(user, within(section()).getByRole('textbox', { name: label }), value);
}

describe('Sensitivity', { timeout: UI_TEST_TIMEOUT }, () => {
  it('given the default plan, then the tornado draws real bars and the table puts the largest swing first with hand-worked endpoints', () => {
    giveChartsALayout();
    renderPlanner(silentRunner);
    const region = section();
    const figure = region.querySelector('figure.tornado');
    expect(figure).not.toBeNull();
    // Thirteen assumptions, a bar each way; a bar of no length (an assumption that changes nothing) is not drawn.
    expect(figure?.querySelectorAll('.recharts-bar-rectangle path, path.recharts-rectangle').length).toBeGreaterThanOrEqual(20);
    expect(figure?.textContent).toContain('This plan $20.7M');

    const table = within(region).getByRole('table', { name: /The total with each assumption 20% lower and 20% higher/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(13);
    expect(rows[0]).toHaveTextContent(/^High-risk share of the population/);
    const swings = rows.map((r) => dollars(within(r).getAllByRole('cell')[4]?.textContent ?? ''));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));

    // Outreach caseload 15 at ±20%: 12 and 18 people per worker.
    expect(sensitivityRow('Street outreach caseload')).toEqual(['12', '18', usd(norfolkWith({ outreach: 12 })), usd(norfolkWith({ outreach: 18 })), usd(Math.abs(norfolkWith({ outreach: 12 }) - norfolkWith({ outreach: 18 })))]);
    expect(sensitivityRow('Fringe benefits').slice(0, 4)).toEqual(['24%', '36%', usd(norfolkWith({ fringe: 0.24 })), usd(norfolkWith({ fringe: 0.36 }))]);
    expect(within(table).getByRole('row', { name: /^Service reach/ })).toHaveTextContent('100% (held at 100%)');
    expect(within(region).getByText(/High-risk share of the population moves the total most/)).toHaveTextContent(`against ${usd(NORFOLK_SHOOTING_INFORMED.total)}`);
  });

  it('given the amount changed to 10%, then the endpoints move with it', async () => {
    const { user } = renderPlanner(silentRunner);
    await setField(user, 'Move each assumption by (%)', '10');
    expect(sensitivityRow('Street outreach caseload').slice(0, 4)).toEqual(['13.5', '16.5', usd(norfolkWith({ outreach: 13.5 })), usd(norfolkWith({ outreach: 16.5 }))]);
    expect(sensitivityRow('Fringe benefits').slice(0, 4)).toEqual(['27%', '33%', usd(norfolkWith({ fringe: 0.27 })), usd(norfolkWith({ fringe: 0.33 }))]);
    expect(within(section()).getByRole('table', { name: /10% lower and 10% higher/ })).toBeInTheDocument();
  });

  it('given an amount that is not a number or out of range, then an inline error shows and the last valid amount stays on screen', async () => {
    const { user } = renderPlanner(silentRunner);
    const field = within(section()).getByRole('textbox', { name: 'Move each assumption by (%)' });
    await replaceText(user, field, 'lots');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/must be a number/);
    await replaceText(user, field, '0');
    expect(field).toHaveAccessibleDescription(/Move each assumption by \(%\) must be between 1 and 90\./);
    expect(within(section()).getByText('Showing ±20% while you correct the field.')).toBeInTheDocument();
    expect(sensitivityRow('Street outreach caseload').slice(0, 2)).toEqual(['12', '18']);
    await replaceText(user, field, '95');
    expect(field).toHaveAccessibleDescription(/between 1 and 90/);
    await replaceText(user, field, '20');
    expect(field).not.toHaveAttribute('aria-invalid');
  });
});

/** The percentile cells of a row of the percentiles table: [p10, p50, p90, min, max, this plan]. */
function percentileRow(name: string, parse: (text: string) => number): number[] {
  const table = within(section()).getByRole('table', { name: /Percentiles over/ });
  const row = within(table).getByRole('row', { name: new RegExp(`^${name}`) });
  return within(row)
    .getAllByRole('cell')
    .map((c) => parse(c.textContent ?? ''));
}

async function histogramCounts(user: User): Promise<{ rows: number[]; total: number }> {
  const region = section();
  const summary = within(region).getByText('Draws in each range of the total (table)');
  if (!summary.closest('details')?.open) await user.click(summary);
  const table = within(region).getByRole('table', { name: 'Number of draws whose total falls in each range' });
  const [body, foot] = [table.querySelector('tbody'), table.querySelector('tfoot')];
  const rows = within(body as HTMLElement)
    .getAllByRole('row')
    .map((r) => count(within(r).getAllByRole('cell')[0]?.textContent ?? ''));
  const total = count(within(foot as HTMLElement).getAllByRole('cell')[0]?.textContent ?? '');
  return { rows, total };
}

describe('Monte Carlo ranges', { timeout: UI_TEST_TIMEOUT }, () => {
  it('given a synchronous runner, then p10 ≤ p50 ≤ p90 for the total and the staff, and the histogram table sums to the draws', async () => {
    giveChartsALayout();
    const requests: MonteCarloRequest[] = [];
    const { user } = renderPlanner(syncRunner(requests));
    const region = section();
    expect(within(region).getByRole('textbox', { name: 'Draws' })).toHaveValue('10000');
    expect(within(region).getByRole('textbox', { name: 'Seed' })).toHaveValue('1');
    await setField(user, 'Draws', '2000');
    const status = within(region).getByRole('status');
    expect(await within(region).findByText('Done: 2,000 draws with seed 1.', {}, RUN_WAIT)).toBe(status);

    const [p10, p50, p90, min, max, plan] = percentileRow('Total annual budget', dollars);
    expect(min).toBeLessThanOrEqual(p10!);
    expect(p10).toBeLessThanOrEqual(p50!);
    expect(p50).toBeLessThanOrEqual(p90!);
    expect(p90).toBeLessThanOrEqual(max!);
    expect(p10).toBeLessThan(p90!);
    expect(plan).toBe(NORFOLK_SHOOTING_INFORMED.total);
    const staff = percentileRow('Total staff', count);
    expect(staff[0]).toBeLessThanOrEqual(staff[1]!);
    expect(staff[1]).toBeLessThanOrEqual(staff[2]!);
    expect(staff[5]).toBe(NORFOLK_SHOOTING_INFORMED.totalHeadcount);

    const { rows, total } = await histogramCounts(user);
    expect(rows).toHaveLength(20);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(2000);
    expect(total).toBe(2000);
    expect(region.querySelectorAll('figure.histogram .recharts-bar-rectangle').length).toBeGreaterThan(10);

    // The ranges used: the sources' range for outreach caseload and fringe, ±20% otherwise.
    const ranges = within(region).getByRole('table', { name: /The range each uncertain assumption is drawn from/ });
    expect(within(ranges).getByRole('row', { name: /^Street outreach workers: caseload/ })).toHaveTextContent(/1520The sources’ range/);
    expect(within(ranges).getByRole('row', { name: /^Fringe benefits/ })).toHaveTextContent(/22%38%The sources’ range/);
    expect(within(ranges).getByRole('row', { name: /^Mediators/ })).toHaveTextContent('±20% of this plan’s value');
    expect(within(region).getByText(/Ranges under the stated assumptions, not a forecast\./)).toBeInTheDocument();

    // The last request is the plan on screen with the fields' values.
    expect(requests.at(-1)).toMatchObject({ input: usePlanner.getState().input, draws: 2000, seed: 1 });
  });

  it('given another seed, then it runs again with that seed; the same seed gives the same figures', async () => {
    const { user } = renderPlanner(syncRunner());
    const region = section();
    await setField(user, 'Draws', '500');
    await within(region).findByText('Done: 500 draws with seed 1.', {}, RUN_WAIT);
    const first = percentileRow('Total annual budget', dollars);
    await setField(user, 'Seed', '2');
    await within(region).findByText('Done: 500 draws with seed 2.', {}, RUN_WAIT);
    expect(percentileRow('Total annual budget', dollars)).not.toEqual(first);
    await setField(user, 'Seed', '1');
    await within(region).findByText('Done: 500 draws with seed 1.', {}, RUN_WAIT);
    expect(percentileRow('Total annual budget', dollars)).toEqual(first);
  });

  it('given draws or a seed out of range, then an inline error shows and nothing runs', async () => {
    const requests: MonteCarloRequest[] = [];
    const { user } = renderPlanner(syncRunner(requests));
    const region = section();
    await setField(user, 'Draws', '50');
    const draws = within(region).getByRole('textbox', { name: 'Draws' });
    expect(draws).toHaveAccessibleDescription(/Draws must be between 100 and 100,000\./);
    expect(within(region).getByRole('status')).toHaveTextContent('Correct the highlighted field to run the draws.');
    await setField(user, 'Draws', '1000');
    await setField(user, 'Seed', '1.5');
    expect(within(region).getByRole('textbox', { name: 'Seed' })).toHaveAccessibleDescription(/Seed must be a whole number\./);
    const before = requests.length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(requests.length).toBe(before);
  });

  it('given a run that answers after a newer one, then the stale answer is discarded', async () => {
    const pending: Held[] = [];
    const { user } = renderPlanner(heldRunner(pending));
    const region = section();
    await setField(user, 'Draws', '300');
    await vi.waitFor(() => expect(pending.some((p) => p.request.draws === 300)).toBe(true), RUN_WAIT);
    expect(within(region).getByRole('status')).toHaveTextContent('Running 300 draws…');
    await setField(user, 'Seed', '9');
    await vi.waitFor(() => expect(pending.some((p) => p.request.seed === 9)).toBe(true), RUN_WAIT);
    const old = pending.find((p) => p.request.draws === 300 && p.request.seed === 1);
    const latest = pending.find((p) => p.request.seed === 9);
    if (!old || !latest) throw new Error('expected two requests');
    expect(old.signal.aborted).toBe(true);
    await answer(latest);
    expect(within(region).getByRole('status')).toHaveTextContent('Done: 300 draws with seed 9.');
    const shown = percentileRow('Total annual budget', dollars);
    await answer(old);
    expect(within(region).getByRole('status')).toHaveTextContent('Done: 300 draws with seed 9.');
    expect(percentileRow('Total annual budget', dollars)).toEqual(shown);
    expect(within(region).getByRole('table', { name: /Percentiles over 300 draws \(seed 9\)/ })).toBeInTheDocument();
  });

  it('given a plan change after a run, then the old figures are marked as being updated until the new run is done', async () => {
    const pending: Held[] = [];
    const { user } = renderPlanner(heldRunner(pending));
    const region = section();
    await setField(user, 'Draws', '300');
    await vi.waitFor(() => expect(pending.some((p) => p.request.draws === 300)).toBe(true), RUN_WAIT);
    const first = pending.find((p) => p.request.draws === 300);
    if (!first) throw new Error('no request');
    await answer(first);
    expect(within(region).getByRole('status')).toHaveTextContent('Done: 300 draws with seed 1.');
    const before = percentileRow('Total annual budget', dollars);

    await replaceText(user, screen.getByRole('textbox', { name: 'Population' }), '476010');
    expect(within(region).getByRole('status')).toHaveTextContent('Running 300 draws…');
    expect(within(region).getByText(/are from the last run \(300 draws, seed 1\) and are being updated/)).toBeInTheDocument();
    // The old percentiles stay, but are not set beside the new plan's total.
    const stale = percentileRow('Total annual budget', dollars);
    expect(stale.slice(0, 5)).toEqual(before.slice(0, 5));
    expect(stale[5]).toBeNaN();

    await vi.waitFor(() => expect(pending.some((p) => p.request.input.population === 476_010)).toBe(true), RUN_WAIT);
    const doubled = pending.find((p) => p.request.input.population === 476_010);
    if (!doubled) throw new Error('no request for the new plan');
    await answer(doubled);
    expect(within(region).getByRole('status')).toHaveTextContent('Done: 300 draws with seed 1.');
    expect(within(region).queryByText(/are being updated/)).not.toBeInTheDocument();
    const after = percentileRow('Total annual budget', dollars);
    expect(after[5]).toBe(headlineTotalDollars());
    expect(after[1]).toBeGreaterThan(before[1]!);
  });

  it('given no Worker (jsdom) and no injected runner, then it runs in the page only when Run is pressed', async () => {
    expect(typeof Worker).toBe('undefined');
    const { user } = renderPlanner();
    const region = section();
    const run = within(region).getByRole('button', { name: 'Run' });
    expect(within(region).getByRole('status')).toHaveTextContent(/Press Run to draw 10,000 plans/);
    await setField(user, 'Draws', '200');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(within(region).queryByRole('table', { name: /Percentiles over/ })).not.toBeInTheDocument();
    await user.click(run);
    await within(region).findByText('Done: 200 draws with seed 1.', {}, RUN_WAIT);
    const [p10, p50, p90] = percentileRow('Total annual budget', dollars);
    expect(p10).toBeLessThanOrEqual(p50!);
    expect(p50).toBeLessThanOrEqual(p90!);
    expect(run).toBeDisabled();
  });
});

function headlineTotalDollars(): number {
  return dollars(screen.getByTestId('stat-total').textContent ?? '');
}

describe('createWorkerRunner', () => {
  /** A stand-in Worker: answers each message with the model's result when told to. */
  class FakeWorker {
    static made: FakeWorker[] = [];
    onmessage: ((event: MessageEvent<MonteCarloReply>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    received: MonteCarloMessage[] = [];
    terminated = false;
    constructor() {
      FakeWorker.made.push(this);
    }
    postMessage(message: MonteCarloMessage) {
      this.received.push(message);
    }
    terminate() {
      this.terminated = true;
    }
    answer(message: MonteCarloMessage) {
      const result = monteCarlo(message.input, message.overrides, { draws: message.draws, seed: message.seed });
      this.onmessage?.({ data: { id: message.id, result } } as MessageEvent<MonteCarloReply>);
    }
  }

  const request = (seed: number): MonteCarloRequest => ({ input: usePlanner.getState().input, overrides: {}, draws: 100, seed });

  it('given a request, then it posts it with an id and resolves with the worker’s answer to that id', async () => {
    FakeWorker.made = [];
    const runner = createWorkerRunner(() => new FakeWorker() as unknown as Worker);
    expect(runner.mode).toBe('background');
    const promise = runner.run(request(4), new AbortController().signal);
    const worker = FakeWorker.made[0];
    const message = worker?.received[0];
    if (!worker || !message) throw new Error('no message posted');
    expect(message).toMatchObject({ draws: 100, seed: 4 });
    expect(typeof message.id).toBe('number');
    worker.answer(message);
    await expect(promise).resolves.toEqual(monteCarlo(message.input, {}, { draws: 100, seed: 4 }));
  });

  it('given a request aborted while the worker is busy with it, then that worker ends, the promise rejects, and its late answer is ignored', async () => {
    FakeWorker.made = [];
    const runner = createWorkerRunner(() => new FakeWorker() as unknown as Worker);
    const controller = new AbortController();
    const stale = runner.run(request(1), controller.signal);
    const first = FakeWorker.made[0];
    const staleMessage = first?.received[0];
    if (!first || !staleMessage) throw new Error('no message posted');
    controller.abort();
    await expect(stale).rejects.toThrow(/replaced by a newer one/);
    expect(first.terminated).toBe(true);

    const fresh = runner.run(request(2), new AbortController().signal);
    const second = FakeWorker.made[1];
    const freshMessage = second?.received[0];
    if (!second || !freshMessage) throw new Error('no new worker');
    expect(freshMessage.id).not.toBe(staleMessage.id);
    second.onmessage?.({ data: { id: staleMessage.id, result: monteCarlo(staleMessage.input, {}, { draws: 100, seed: 1 }) } } as MessageEvent<MonteCarloReply>);
    second.answer(freshMessage);
    await expect(fresh).resolves.toMatchObject({ seed: 2, draws: 100 });
  });

  it('given a worker that fails, then the waiting request rejects with the reason', async () => {
    FakeWorker.made = [];
    const runner = createWorkerRunner(() => new FakeWorker() as unknown as Worker);
    const promise = runner.run(request(1), new AbortController().signal);
    FakeWorker.made[0]?.onerror?.({ message: 'boom', preventDefault: () => {} } as ErrorEvent);
    await expect(promise).rejects.toThrow('The background calculation failed: boom.');
  });
});

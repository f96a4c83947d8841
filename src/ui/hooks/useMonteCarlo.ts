// Monte Carlo ranges (issue 6) off the main thread. The model's monteCarlo runs in a Web Worker so
// typing never stutters; where there is no Worker (jsdom, very old browsers) the same function runs
// in this thread, but only when the person presses Run, never on a keystroke. The runner is
// injectable through MonteCarloRunnerContext so tests can run it synchronously.
import { createContext, useContext, useEffect, useState } from 'react';
import { monteCarlo, type AssumptionOverrides, type PlanInput, type UncertaintyResult } from '../../model';

export interface MonteCarloRequest {
  readonly input: PlanInput;
  readonly overrides: AssumptionOverrides;
  readonly draws: number;
  readonly seed: number;
}

/** What the page posts to the worker: the request and an id to match the answer to it. */
export interface MonteCarloMessage extends MonteCarloRequest {
  readonly id: number;
}

/** What the worker posts back. */
export type MonteCarloReply = { readonly id: number; readonly result: UncertaintyResult } | { readonly id: number; readonly error: string };

export interface MonteCarloRunner {
  /**
   * 'background': runs off the main thread, so the hook runs it by itself (debounced) whenever the
   * plan or the settings change. 'in-thread': blocks the page while it runs, so it runs only on Run.
   */
  readonly mode: 'background' | 'in-thread';
  /** Resolves with the model's result; rejects with an AbortError when `signal` aborts first. */
  run(request: MonteCarloRequest, signal: AbortSignal): Promise<UncertaintyResult>;
}

function abortError(): Error {
  return new DOMException('The Monte Carlo run was replaced by a newer one.', 'AbortError');
}

/** The model's monteCarlo in this thread. */
export const inThreadRunner: MonteCarloRunner = {
  mode: 'in-thread',
  run(request, signal) {
    if (signal.aborted) return Promise.reject(abortError());
    try {
      return Promise.resolve(monteCarlo(request.input, request.overrides, { draws: request.draws, seed: request.seed }));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  },
};

/**
 * A runner that posts each request to a worker made by `makeWorker`. A request that is aborted
 * while the worker is busy with it ends that worker (a stale run is not worth finishing) and any
 * requests still waiting go to a new one.
 */
export function createWorkerRunner(makeWorker: () => Worker): MonteCarloRunner {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { message: MonteCarloMessage; resolve: (r: UncertaintyResult) => void; reject: (e: Error) => void }>();

  const rejectAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    const w = makeWorker();
    w.onmessage = (event: MessageEvent<MonteCarloReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting) return; // an answer to a request nobody waits for any more
      pending.delete(reply.id);
      if ('result' in reply) waiting.resolve(reply.result);
      else waiting.reject(new Error(reply.error));
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      w.terminate();
      if (worker === w) worker = null;
      rejectAll(new Error(`The background calculation failed: ${event.message || 'the worker could not start'}.`));
    };
    return w;
  };

  return {
    mode: 'background',
    run(request, signal) {
      if (signal.aborted) return Promise.reject(abortError());
      const id = ++nextId;
      const message: MonteCarloMessage = { id, input: request.input, overrides: request.overrides, draws: request.draws, seed: request.seed };
      return new Promise<UncertaintyResult>((resolve, reject) => {
        pending.set(id, { message, resolve, reject });
        try {
          worker ??= start();
          worker.postMessage(message);
        } catch (error) {
          pending.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        signal.addEventListener(
          'abort',
          () => {
            if (!pending.has(id)) return;
            pending.delete(id);
            reject(abortError());
            // The worker is busy with (or queued behind) a run nobody wants: replace it.
            worker?.terminate();
            worker = null;
            if (pending.size > 0) {
              worker = start();
              for (const p of pending.values()) worker.postMessage(p.message);
            }
          },
          { once: true },
        );
      });
    },
  };
}

let defaultRunner: MonteCarloRunner | null = null;

/** A worker runner where the browser has Web Workers, else the in-thread runner. */
export function getDefaultRunner(): MonteCarloRunner {
  if (defaultRunner) return defaultRunner;
  defaultRunner =
    typeof Worker === 'undefined'
      ? inThreadRunner
      : // Vite finds the worker by this exact `new Worker(new URL(...), ...)` shape and bundles it.
        createWorkerRunner(() => new Worker(new URL('./monteCarlo.worker.ts', import.meta.url), { type: 'module' }));
  return defaultRunner;
}

/** null means "the default for this environment" (resolved on first use, so no Worker is made at import). */
export const MonteCarloRunnerContext = createContext<MonteCarloRunner | null>(null);

/** How long the settings must stay still before a background run starts. */
const MONTE_CARLO_DEBOUNCE_MS = 300;

export type MonteCarloStatus = 'idle' | 'waiting' | 'running' | 'done' | 'error';

export interface MonteCarloView {
  readonly status: MonteCarloStatus;
  /** The latest result that finished (possibly for earlier settings while a new run is under way). */
  readonly result: UncertaintyResult | null;
  /** Whether `result` belongs to the current request. */
  readonly current: boolean;
  readonly error: string | null;
  readonly mode: MonteCarloRunner['mode'];
  /** Start a run now (the only way an in-thread runner runs). */
  readonly run: () => void;
}

type Finished = { readonly request: MonteCarloRequest; readonly result: UncertaintyResult } | { readonly request: MonteCarloRequest; readonly error: string };

/**
 * The Monte Carlo result for `request` (null while the settings are invalid: the last result stays).
 * Each run belongs to one request object; when the request changes the run in flight is aborted and
 * whatever it still sends back is discarded, so a slow stale run never overwrites a newer one.
 */
export function useMonteCarlo(request: MonteCarloRequest | null): MonteCarloView {
  const injected = useContext(MonteCarloRunnerContext);
  const runner = injected ?? getDefaultRunner();
  const [finished, setFinished] = useState<Finished | null>(null);
  // The last run that succeeded: still shown (marked as for earlier settings) after a failure.
  const [lastGood, setLastGood] = useState<UncertaintyResult | null>(null);
  // In-thread mode: the request the person asked to run (a Run press), else null.
  const [asked, setAsked] = useState<MonteCarloRequest | null>(null);

  const toRun = runner.mode === 'background' ? request : asked !== null && asked === request ? asked : null;

  useEffect(() => {
    if (toRun === null) return;
    const controller = new AbortController();
    const begin = () => {
      runner.run(toRun, controller.signal).then(
        (result) => {
          if (controller.signal.aborted) return;
          setFinished({ request: toRun, result });
          setLastGood(result);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setFinished({ request: toRun, error: error instanceof Error ? error.message : String(error) });
        },
      );
    };
    // Background runs wait for the settings to stay still; a Run press starts at once (after paint,
    // so the "Running…" status shows before an in-thread run blocks the page).
    const timer = setTimeout(begin, runner.mode === 'background' ? MONTE_CARLO_DEBOUNCE_MS : 30);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [toRun, runner]);

  const isCurrent = finished !== null && request !== null && finished.request === request;
  const error = isCurrent && finished !== null && 'error' in finished ? finished.error : null;
  let status: MonteCarloStatus;
  if (request === null) status = 'idle';
  else if (isCurrent) status = error !== null ? 'error' : 'done';
  else if (toRun !== null) status = 'running';
  else status = 'waiting';

  return {
    status,
    result: lastGood,
    current: isCurrent && error === null,
    error,
    mode: runner.mode,
    run: () => setAsked(request),
  };
}

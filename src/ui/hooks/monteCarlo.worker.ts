// The Monte Carlo run (issue 6) in a Web Worker, so 10,000 plans never block typing. It only calls
// the model: the answer is exactly monteCarlo(input, overrides, { draws, seed }).
// Imported from the module itself, not the model's index, so the worker chunk stays small.
import { monteCarlo } from '../../model/uncertainty';
import type { MonteCarloMessage, MonteCarloReply } from './useMonteCarlo';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<MonteCarloMessage>) => {
  const { id, input, overrides, draws, seed } = event.data;
  let reply: MonteCarloReply;
  try {
    reply = { id, result: monteCarlo(input, overrides, { draws, seed }) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};

// Ranges: the uncertain assumptions drawn together (Monte Carlo, the model's monteCarlo() in a Web
// Worker where there is one). The settings, the run's status, and its result once there is one.
import { useMemo, type ReactNode } from 'react';
import { formatInteger, type AssumptionOverrides, type Plan } from '../../../../model';
import { Field } from '../../../controls/Field';
import { useMonteCarlo, type MonteCarloRequest } from '../../../hooks/useMonteCarlo';
import { MonteCarloResult } from './MonteCarloResult';
import { Term } from '../../../glossary/Term';
import { checkNumber, DRAWS_LABEL, DRAWS_LIMITS, SEED_LABEL, SEED_LIMITS, useCheckedNumber } from './uncertaintyFields';

export function RangesPart({ plan, overrides }: { plan: Plan; overrides: AssumptionOverrides }) {
  const draws = useCheckedNumber(10_000, (text) => checkNumber(text, DRAWS_LABEL, DRAWS_LIMITS, true));
  const seed = useCheckedNumber(1, (text) => checkNumber(text, SEED_LABEL, SEED_LIMITS, true));
  const valid = draws.valid && seed.valid;
  const request = useMemo<MonteCarloRequest | null>(
    () => (valid ? { input: plan.input, overrides, draws: draws.value, seed: seed.value } : null),
    [valid, plan.input, overrides, draws.value, seed.value],
  );
  const mc = useMonteCarlo(request);
  let status: ReactNode;
  switch (mc.status) {
    case 'idle':
      status = 'Correct the highlighted field to run the draws.';
      break;
    case 'waiting':
      status = `Press Run to draw ${formatInteger(draws.value)} plans. This browser runs them on the page, which may pause it for a moment.`;
      break;
    case 'running':
      status = `Running ${formatInteger(draws.value)} draws…`;
      break;
    case 'done':
      status = mc.result ? `Done: ${formatInteger(mc.result.draws)} draws with seed ${mc.result.seed}.` : '';
      break;
    case 'error':
      status = `The run failed: ${mc.error ?? 'unknown error'}`;
      break;
  }
  return (
    <div className="uncertainty-part">
      <h3>Ranges: the uncertain assumptions drawn together</h3>
      <p className="muted small">
        Each <Term id="Draws">draw</Term> picks every uncertain assumption at random within its range (listed below) and works out the whole plan;
        your inputs stay as they are. The same <Term id="Seed">seed</Term> always gives the same draws, so a run can be repeated.
      </p>
      <div className="uncertainty-fields">
        <Field label={DRAWS_LABEL} error={draws.error} hint={`How many plans to work out, each with the uncertain assumptions picked at random: ${formatInteger(DRAWS_LIMITS.min)} to ${formatInteger(DRAWS_LIMITS.max)}.`} hintFirst>
          {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" value={draws.text} onChange={(e) => draws.change(e.target.value)} />}
        </Field>
        <Field label={SEED_LABEL} error={seed.error} hint="Fixes the random picks so the same seed repeats the same run: any whole number from 0." hintFirst>
          {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" value={seed.text} onChange={(e) => seed.change(e.target.value)} />}
        </Field>
        {mc.mode === 'in-thread' && (
          <div className="field run-field">
            <button type="button" onClick={mc.run} disabled={mc.status !== 'waiting'}>
              Run
            </button>
          </div>
        )}
      </div>
      <p className={`mc-status${mc.status === 'error' ? ' error' : ''}`} role="status" aria-live="polite" data-testid="mc-status">
        {status}
      </p>
      {mc.result && <MonteCarloResult plan={plan} result={mc.result} current={mc.current} />}
    </div>
  );
}

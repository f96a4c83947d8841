// Uncertainty (issue 6): which assumptions move the total most (sensitivity, a tornado chart), and
// how wide the total and staff run when the uncertain assumptions vary together (Monte Carlo ranges,
// run in a Web Worker). Every figure is the model's sensitivity() or monteCarlo(); this file draws
// and words them. Ranges under the stated assumptions, never a forecast.
import { memo, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import {
  DEFAULT_SPREAD,
  formatInteger,
  formatParamValue,
  formatPercent,
  formatQuantity,
  formatUsd,
  formatUsdCompact,
  parseNumberText,
  PARAMS,
  sensitivity,
  type AssumptionOverrides,
  type HistogramBin,
  type ParamId,
  type ParamSpec,
  type Plan,
  type SensitivityResult,
  type UncertaintyResult,
  type UncertainRange,
} from '../../../../model';
import { ChartFrame } from '../../../charts/ChartFrame';
import { Field } from '../../../controls/Field';
import { TornadoChart } from '../../../charts/TornadoChart';
import { useMonteCarlo, type MonteCarloRequest } from '../../../hooks/useMonteCarlo';

export const SENSITIVITY_LABEL = 'Move each assumption by (%)';
export const DRAWS_LABEL = 'Draws';
export const SEED_LABEL = 'Seed';
export const SENSITIVITY_LIMITS = { min: 1, max: 90 } as const;
export const DRAWS_LIMITS = { min: 100, max: 100_000 } as const;
/** The generator takes a 32-bit seed. */
export const SEED_LIMITS = { min: 0, max: 4_294_967_295 } as const;

type Checked = { ok: true; value: number } | { ok: false; message: string };

function checkNumber(text: string, label: string, limits: { min: number; max: number }, integer: boolean): Checked {
  const parsed = parseNumberText(text, label);
  if (!parsed.ok) return parsed;
  if (parsed.value === null) return { ok: false, message: `${label} is required.` };
  if (integer && !Number.isInteger(parsed.value)) return { ok: false, message: `${label} must be a whole number.` };
  if (parsed.value < limits.min || parsed.value > limits.max) {
    return { ok: false, message: `${label} must be between ${formatInteger(limits.min)} and ${formatInteger(limits.max)}.` };
  }
  return { ok: true, value: parsed.value };
}

/** A typed number: the text as typed, its check, and the last valid value (kept while the text is wrong). */
function useCheckedNumber(initial: number, check: (text: string) => Checked) {
  const [text, setText] = useState(String(initial));
  const [lastValid, setLastValid] = useState(initial);
  const checked = check(text);
  return {
    text,
    error: checked.ok ? null : checked.message,
    value: checked.ok ? checked.value : lastValid,
    valid: checked.ok,
    change: (next: string) => {
      setText(next);
      const c = check(next);
      if (c.ok) setLastValid(c.value);
    },
  };
}

/** The plan's assumption overrides, rebuilt from the plan itself (the ones that differ from its preset). */
function overridesOf(plan: Plan): AssumptionOverrides {
  return Object.fromEntries(plan.overrides.map((note) => [note.id, note.value])) as AssumptionOverrides;
}

function paramOf(id: string): ParamSpec | undefined {
  return Object.hasOwn(PARAMS, id) ? (PARAMS as Record<string, ParamSpec>)[id] : undefined;
}

/** An assumption's value by its unit (the model's formatParamValue); a number as it is for anything else. */
function formatAssumption(id: string, value: number): string {
  return paramOf(id) === undefined ? formatQuantity(value) : formatParamValue(id as ParamId, value);
}

/** The model's setting text ("0.24", "12 (held to its valid range)") with its number in the assumption's unit. */
function formatSetting(id: string, setting: string): string {
  const match = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(.*)$/i.exec(setting);
  if (!match || paramOf(id) === undefined) return setting;
  return `${formatAssumption(id, Number(match[1]))}${match[2] ?? ''}`;
}

function percentText(fraction: number): string {
  return formatPercent(fraction);
}

export function UncertaintySection({ plan }: { plan: Plan }) {
  // Thirty-odd plans and two charts per keystroke: worked out after the fields and the headline have
  // updated, in a render React can interrupt when the next keystroke comes, so typing never waits.
  const deferredPlan = useDeferredValue(plan);
  return <UncertaintyBody plan={deferredPlan} />;
}

const UncertaintyBody = memo(function UncertaintyBody({ plan }: { plan: Plan }) {
  const overrides = useMemo(() => overridesOf(plan), [plan]);
  return (
    <section aria-labelledby="uncertainty-heading" className="panel uncertainty">
      <h2 id="uncertainty-heading">Uncertainty: which assumptions matter, and how sure are we</h2>
      <p className="context-statement">
        <strong>Ranges under the stated assumptions, not a forecast.</strong> These figures show how much the total depends on assumptions that
        the sources give only roughly. They do not say what a program will cost or achieve.
      </p>
      <SensitivityPart plan={plan} overrides={overrides} />
      <RangesPart plan={plan} overrides={overrides} />
    </section>
  );
});

// ---------------------------------------------------------------------------------------------
// Sensitivity: one assumption at a time

function sensitivitySummary(base: number, results: readonly SensitivityResult[], pct: string): string {
  const moving = results.filter((r) => r.swing > 0);
  const still = results.filter((r) => r.swing === 0);
  if (moving.length === 0) return `Moving any one assumption ${pct} down or up leaves the total at ${formatUsd(base)}.`;
  const [top, ...rest] = moving;
  if (!top) return '';
  const next = rest.slice(0, 2).map((r) => `${r.label} (${formatUsd(r.swing)})`);
  let text =
    `Moving each assumption ${pct} down and up, one at a time with the rest held: ${top.label} moves the total most, ` +
    `from ${formatUsd(top.low)} to ${formatUsd(top.high)} against ${formatUsd(base)} (a swing of ${formatUsd(top.swing)})`;
  text += next.length > 0 ? `; then ${next.join(' and ')}.` : '.';
  if (still.length > 0) text += ` ${still.map((r) => r.label).join(', ')} ${still.length === 1 ? 'changes' : 'change'} nothing in this plan.`;
  return text;
}

function SensitivityPart({ plan, overrides }: { plan: Plan; overrides: AssumptionOverrides }) {
  const percent = useCheckedNumber(20, (text) => checkNumber(text, SENSITIVITY_LABEL, SENSITIVITY_LIMITS, false));
  const amount = percent.value / 100;
  // About thirty plans of plain arithmetic: cheap enough to work out in render.
  const result = useMemo(() => sensitivity(plan.input, overrides, amount), [plan.input, overrides, amount]);
  const pct = percentText(amount);
  const summary = sensitivitySummary(result.base, result.results, pct);
  return (
    <div className="uncertainty-part">
      <h3>Sensitivity: which assumption moves the total most</h3>
      <p className="muted small">
        Each key assumption moves down and up by the same share while everything else stays as it is. The longer the bar, the more the total
        depends on that assumption.
      </p>
      <div className="uncertainty-fields">
        <Field label={SENSITIVITY_LABEL} error={percent.error} hint={`${SENSITIVITY_LIMITS.min} to ${SENSITIVITY_LIMITS.max}; 20 is the usual choice.`} hintFirst>
          {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" value={percent.text} onChange={(e) => percent.change(e.target.value)} />}
        </Field>
      </div>
      {!percent.valid && <p className="note">Showing ±{pct} while you correct the field.</p>}
      <figure className="chart tornado" aria-labelledby="tornado-caption">
        <TornadoChart base={result.base} results={result.results} percentText={pct} />
        <figcaption id="tornado-caption">{summary}</figcaption>
      </figure>
      <div className="table-wrap" role="region" aria-label="Sensitivity table" tabIndex={0}>
        <table className="data sensitivity-table">
          <caption>
            The total with each assumption {pct} lower and {pct} higher, largest swing first (this plan: {formatUsd(result.base)})
          </caption>
          <thead>
            <tr>
              <th scope="col">Assumption</th>
              <th scope="col" className="num">
                Setting lower
              </th>
              <th scope="col" className="num">
                Setting higher
              </th>
              <th scope="col" className="num">
                Total lower
              </th>
              <th scope="col" className="num">
                Total higher
              </th>
              <th scope="col" className="num">
                Swing
              </th>
            </tr>
          </thead>
          <tbody>
            {result.results.map((r) => (
              <tr key={r.assumption} data-assumption={r.assumption}>
                <th scope="row">{r.label}</th>
                <td className="num setting">{formatSetting(r.assumption, r.lowSetting)}</td>
                <td className="num setting">{formatSetting(r.assumption, r.highSetting)}</td>
                <td className="num">{formatUsd(r.low)}</td>
                <td className="num">{formatUsd(r.high)}</td>
                <td className="num">{formatUsd(r.swing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Ranges: Monte Carlo over the uncertain assumptions together

function RangesPart({ plan, overrides }: { plan: Plan; overrides: AssumptionOverrides }) {
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
        Each draw picks every uncertain assumption at random within its range (listed below) and works out the whole plan; your inputs stay as
        they are. The same seed always gives the same draws, so a run can be repeated.
      </p>
      <div className="uncertainty-fields">
        <Field label={DRAWS_LABEL} error={draws.error} hint={`${formatInteger(DRAWS_LIMITS.min)} to ${formatInteger(DRAWS_LIMITS.max)}`} hintFirst>
          {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" value={draws.text} onChange={(e) => draws.change(e.target.value)} />}
        </Field>
        <Field label={SEED_LABEL} error={seed.error} hint="Any whole number from 0" hintFirst>
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

function MonteCarloResult({ plan, result, current }: { plan: Plan; result: UncertaintyResult; current: boolean }) {
  const { total, staff } = result;
  return (
    <div className={current ? 'mc-result' : 'mc-result stale'} data-testid="mc-result" aria-busy={current ? undefined : true}>
      {!current && <p className="note">These figures are from the last run ({formatInteger(result.draws)} draws, seed {result.seed}) and are being updated.</p>}
      <p data-testid="mc-sentence">
        In 8 of 10 draws the total lies between <strong>{formatUsd(total.p10)}</strong> and <strong>{formatUsd(total.p90)}</strong> (median{' '}
        {formatUsd(total.p50)}), and the staff between {formatInteger(staff.p10)} and {formatInteger(staff.p90)} (median {formatInteger(staff.p50)}).{' '}
        {current && (
          <>
            This plan, with every assumption at its stated value: {formatUsd(plan.budget.total)} and {formatInteger(plan.totalHeadcount)} staff.
          </>
        )}
      </p>
      <div className="table-wrap" role="region" aria-label="Percentiles table" tabIndex={0}>
        <table className="data percentiles-table">
          <caption>
            Percentiles over {formatInteger(result.draws)} draws (seed {result.seed})
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="num">
                10th percentile
              </th>
              <th scope="col" className="num">
                Median (50th)
              </th>
              <th scope="col" className="num">
                90th percentile
              </th>
              <th scope="col" className="num">
                Lowest draw
              </th>
              <th scope="col" className="num">
                Highest draw
              </th>
              <th scope="col" className="num">
                This plan
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Total annual budget</th>
              <td className="num">{formatUsd(total.p10)}</td>
              <td className="num">{formatUsd(total.p50)}</td>
              <td className="num">{formatUsd(total.p90)}</td>
              <td className="num">{formatUsd(total.min)}</td>
              <td className="num">{formatUsd(total.max)}</td>
              {/* A run for earlier settings is not set beside the plan now on screen. */}
              <td className="num">{current ? formatUsd(plan.budget.total) : '—'}</td>
            </tr>
            <tr>
              <th scope="row">Total staff</th>
              <td className="num">{formatInteger(staff.p10)}</td>
              <td className="num">{formatInteger(staff.p50)}</td>
              <td className="num">{formatInteger(staff.p90)}</td>
              <td className="num">{formatInteger(staff.min)}</td>
              <td className="num">{formatInteger(staff.max)}</td>
              <td className="num">{current ? formatInteger(plan.totalHeadcount) : '—'}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <Histogram result={result} />
      <RangesTable ranges={result.ranges} />
    </div>
  );
}

// The chart and tables of a result do not change with the plan on screen: drawn again only for a new result.
const Histogram = memo(function Histogram({ result }: { result: UncertaintyResult }) {
  const data = result.histogram.map((bin) => ({ name: formatUsdCompact((bin.from + bin.to) / 2), range: `${formatUsd(bin.from)} – ${formatUsd(bin.to)}`, count: bin.count }));
  const fullest = result.histogram.reduce<HistogramBin | null>((best, bin) => (best === null || bin.count > best.count ? bin : best), null);
  const summary =
    `How the ${formatInteger(result.draws)} totals spread, in ${result.histogram.length} equal ranges from ${formatUsd(result.total.min)} to ${formatUsd(result.total.max)}.` +
    (fullest ? ` The most draws (${formatInteger(fullest.count)}) fall between ${formatUsd(fullest.from)} and ${formatUsd(fullest.to)}.` : '');
  return (
    <>
      <figure className="chart histogram" aria-labelledby="histogram-caption">
        <ChartFrame
          height={220}
          draw={() => (
            <BarChart responsive style={{ width: '100%', height: 220 }} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} barCategoryGap={1}>
              <XAxis dataKey="name" tick={{ fill: '#36454f', fontSize: 12 }} interval="preserveStartEnd" minTickGap={12} />
              <YAxis allowDecimals={false} tick={{ fill: '#36454f', fontSize: 12 }} width={48} />
              <Tooltip
                isAnimationActive={false}
                labelFormatter={(_label, payload) => String((payload?.[0]?.payload as { range?: string } | undefined)?.range ?? '')}
                formatter={(v) => [formatInteger(Number(v)), 'Draws']}
              />
              <Bar dataKey="count" name="Draws" fill="#1b7f99" isAnimationActive={false} />
            </BarChart>
          )}
        />
        <figcaption id="histogram-caption">{summary}</figcaption>
      </figure>
      <details className="histogram-details">
        <summary>Draws in each range of the total (table)</summary>
        <div className="table-wrap" role="region" aria-label="Histogram table" tabIndex={0}>
          <table className="data histogram-table">
            <caption>Number of draws whose total falls in each range</caption>
            <thead>
              <tr>
                <th scope="col">Total from – to</th>
                <th scope="col" className="num">
                  Draws
                </th>
                <th scope="col" className="num">
                  Share
                </th>
              </tr>
            </thead>
            <tbody>
              {result.histogram.map((bin, i) => (
                <tr key={i}>
                  <th scope="row">
                    {formatUsd(bin.from)} – {formatUsd(bin.to)}
                  </th>
                  <td className="num">{formatInteger(bin.count)}</td>
                  <td className="num">{formatPercent(bin.count / result.draws)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All draws</th>
                <td className="num">{formatInteger(result.histogram.reduce((sum, bin) => sum + bin.count, 0))}</td>
                <td className="num">100%</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </details>
    </>
  );
});

function rangeValue(range: UncertainRange, value: number): string {
  return range.id === 'salaries' ? `×${formatQuantity(value)} every salary` : formatAssumption(range.id, value);
}

const RangesTable = memo(function RangesTable({ ranges }: { ranges: readonly UncertainRange[] }) {
  const spread = percentText(DEFAULT_SPREAD);
  return (
    <div className="table-wrap" role="region" aria-label="Ranges table" tabIndex={0}>
      <table className="data ranges-table">
        <caption>The range each uncertain assumption is drawn from (evenly)</caption>
        <thead>
          <tr>
            <th scope="col">Assumption</th>
            <th scope="col" className="num">
              Low
            </th>
            <th scope="col" className="num">
              High
            </th>
            <th scope="col">Basis</th>
          </tr>
        </thead>
        <tbody>
          {ranges.map((r) => {
            const citation = paramOf(r.id)?.source.citation;
            return (
              <tr key={r.id}>
                <th scope="row">{r.label}</th>
                <td className="num">{rangeValue(r, r.low)}</td>
                <td className="num">{rangeValue(r, r.high)}</td>
                <td>
                  {r.basis === 'source' ? (
                    <>
                      The sources’ range{citation ? <span className="muted small"> — {citation}</span> : null}
                    </>
                  ) : (
                    `±${spread} of this plan’s value`
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});

// Sensitivity: one assumption at a time. Each key assumption moves down and up by the same share
// (the model's sensitivity()); a tornado chart and a table show how far the total moves.
import { useMemo } from 'react';
import { formatUsd, sensitivity, type AssumptionOverrides, type Plan, type SensitivityResult } from '../../../../model';
import { TornadoChart } from '../../../charts/TornadoChart';
import { Field } from '../../../controls/Field';
import { checkNumber, SENSITIVITY_LABEL, SENSITIVITY_LIMITS, useCheckedNumber } from './uncertaintyFields';
import { formatSetting, percentText } from './uncertaintyFormat';

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

export function SensitivityPart({ plan, overrides }: { plan: Plan; overrides: AssumptionOverrides }) {
  const percent = useCheckedNumber(20, (text) => checkNumber(text, SENSITIVITY_LABEL, SENSITIVITY_LIMITS, false, 'percent'));
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

// A Monte Carlo run's result: the range of the total and staff in words and percentiles, how the
// totals spread (Histogram), and the range each uncertain assumption was drawn from.
import { memo } from 'react';
import { DEFAULT_SPREAD, formatInteger, formatUsd, type Plan, type UncertainRange, type UncertaintyResult } from '../../../../model';
import { Histogram } from './Histogram';
import { Term } from '../../../glossary/Term';
import { paramOf, percentText, rangeValue } from './uncertaintyFormat';

export function MonteCarloResult({ plan, result, current }: { plan: Plan; result: UncertaintyResult; current: boolean }) {
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
            <Term id="Percentile">Percentiles</Term> over {formatInteger(result.draws)} draws (seed {result.seed})
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

// Like the histogram, drawn again only for a new result.
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

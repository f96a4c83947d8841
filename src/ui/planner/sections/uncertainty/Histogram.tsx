// How a Monte Carlo run's totals spread: a bar chart of the draws in equal ranges of the total,
// with the same counts in a table.
import { memo } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatInteger, formatPercent, formatUsd, formatUsdCompact, type HistogramBin, type UncertaintyResult } from '../../../../model';
import { ChartFrame } from '../../../charts/ChartFrame';

// The chart and tables of a result do not change with the plan on screen: drawn again only for a new result.
export const Histogram = memo(function Histogram({ result }: { result: UncertaintyResult }) {
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

// The funded share and the gap, year by year (issue 5): the gaps that open when money ends, the
// unfunded total, a chart of money by year and its table. Every figure is the model's fundingPicture.
import { useMemo } from 'react';
import { FUNDING_KINDS, formatPercent, formatUsd, fundingPicture, type MultiYearPlan } from '../../../../model';
import { usePlanner } from '../../../../state/store';
import { MoneyByYearChart } from '../../../charts/MoneyByYearChart';
import { GAP_COLOUR, KIND_COLOURS, shortKind } from './fundingKinds';

export function FundingByYear({ multi }: { multi: MultiYearPlan }) {
  const funding = usePlanner((s) => s.funding);
  const picture = useMemo(() => fundingPicture(multi, funding), [multi, funding]);
  const kinds = FUNDING_KINDS.filter((k) => picture.years.some((y) => y.byKind[k] > 0));
  const anySurplus = picture.years.some((y) => y.surplus > 0);
  const first = picture.years[0]?.fiscalYear;
  const last = picture.years[picture.years.length - 1]?.fiscalYear;
  const span = first === last ? String(first) : `${first}–${last}`;

  const data = picture.years.map((y) => {
    const row: Record<string, number | string> = { yearName: String(y.fiscalYear), gap: y.gap };
    for (const k of kinds) row[k] = y.byKind[k];
    return row;
  });
  const summary = `Funded share by year: ${picture.years
    .map((y) => `${y.fiscalYear} ${formatPercent(y.fundedShare)} funded, gap ${formatUsd(y.gap)}${y.surplus > 0 ? `, ${formatUsd(y.surplus)} more than the budget` : ''}`)
    .join('; ')}. Unfunded over ${span}: ${formatUsd(picture.totalGap)}.`;

  return (
    <div className="funding-part">
      <h3>Funded share and the gap, year by year</h3>
      {picture.callouts.length > 0 && (
        <div className="callouts" aria-live="polite">
          <p className="callouts-title">
            <strong>Gaps that open when money ends</strong>
          </p>
          <ul>
            {picture.callouts.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="gap-total">
        Unfunded over {span}: <strong data-testid="funding-total-gap">{formatUsd(picture.totalGap)}</strong>
        {funding.length === 0 && <span className="muted"> (no funding sources yet: the whole budget is unfunded)</span>}
      </p>
      <figure className="chart" aria-labelledby="funding-chart-caption">
        <MoneyByYearChart
          rows={data}
          height={260}
          series={[...kinds.map((k) => ({ key: k, name: `Funded: ${shortKind(k)}`, colour: KIND_COLOURS[k] })), { key: 'gap', name: 'Unfunded gap', colour: GAP_COLOUR }]}
        />
        <figcaption id="funding-chart-caption">{summary}</figcaption>
      </figure>
      <div className="table-wrap" role="region" aria-label="Funding by year table (scrolls sideways on small screens)" tabIndex={0}>
        <table className="data funding-years">
          <caption>Funding by year: the budget, funded, the unfunded gap, the funded share and money by kind</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className="num">
                Budget
              </th>
              <th scope="col" className="num">
                Funded
              </th>
              <th scope="col" className="num">
                Gap
              </th>
              <th scope="col" className="num">
                Funded share
              </th>
              {anySurplus && (
                <th scope="col" className="num">
                  More than the budget
                </th>
              )}
              {kinds.map((k) => (
                <th scope="col" className="num" key={k}>
                  {shortKind(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {picture.years.map((y) => (
              <tr key={y.fiscalYear}>
                <th scope="row">{y.fiscalYear}</th>
                <td className="num">{formatUsd(y.total)}</td>
                <td className="num">{formatUsd(y.funded)}</td>
                <td className="num">{formatUsd(y.gap)}</td>
                <td className="num">{formatPercent(y.fundedShare)}</td>
                {anySurplus && <td className="num">{formatUsd(y.surplus)}</td>}
                {kinds.map((k) => (
                  <td className="num" key={k}>
                    {formatUsd(y.byKind[k])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All years</th>
              <td />
              <td />
              <td className="num">{formatUsd(picture.totalGap)}</td>
              <td />
              {anySurplus && <td />}
              {kinds.map((k) => (
                <td key={k} />
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

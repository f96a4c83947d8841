// The multi-year plan year by year, with what is funded and what is not yet when funding sources
// were entered: the council brief and the full technical report print the same table.
import { formatInteger, formatPercent, formatUsd } from '../../../model';
import type { CouncilBriefFigures } from '../../../model/councilBrief';

export function YearsTable({ figures: f }: { figures: CouncilBriefFigures }) {
  const money = f.funding !== null;
  return (
    <table className="print-table">
      <caption className="visually-hidden">Budget, staff and funding by fiscal year</caption>
      <thead>
        <tr>
          <th scope="col">Fiscal year</th>
          <th scope="col" className="num">
            Share of full staffing
          </th>
          <th scope="col" className="num">
            Staff
          </th>
          <th scope="col" className="num">
            Budget
          </th>
          {money && (
            <th scope="col" className="num">
              Funded
            </th>
          )}
          {money && (
            <th scope="col" className="num">
              Not yet funded
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {f.years.map((y) => (
          <tr key={y.fiscalYear}>
            <th scope="row">{y.fiscalYear}</th>
            <td className="num">{formatPercent(y.share)}</td>
            <td className="num">{formatInteger(y.totalHeadcount)}</td>
            <td className="num">{formatUsd(y.total)}</td>
            {money && <td className="num">{formatUsd(y.committed ?? 0)}</td>}
            {money && <td className="num">{formatUsd(y.notYetFunded ?? 0)}</td>}
          </tr>
        ))}
        <tr className="total-row">
          <th scope="row">Total</th>
          <td />
          <td />
          <td className="num">{formatUsd(f.multiYearTotal)}</td>
          {money && <td className="num">{formatUsd(f.funding?.committed ?? 0)}</td>}
          {money && <td className="num">{formatUsd(f.funding?.notYetFunded ?? 0)}</td>}
        </tr>
      </tbody>
    </table>
  );
}

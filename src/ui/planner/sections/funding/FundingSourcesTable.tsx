// The funding sources the plan has, in a table, each with its Remove button.
import { FUNDING_KIND_LABELS, formatUsd, type FundingSource } from '../../../../model';
import { KIND_COLOURS, yearsText } from './fundingKinds';

export function FundingSourcesTable({ funding, onRemove }: { funding: readonly FundingSource[]; onRemove: (index: number) => void }) {
  const sameName = (name: string) => funding.filter((s) => s.name === name).length > 1;
  return (
    <div className="table-wrap" role="region" aria-label="Funding sources table (scrolls sideways on small screens)" tabIndex={0}>
      <table className="data">
        <caption>Funding sources: kind, annual amount and the years the money is available</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Annual amount
            </th>
            <th scope="col">Years</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {funding.map((s, i) => (
            <tr key={i}>
              <th scope="row">{s.name}</th>
              <td>
                <span className="swatch" style={{ background: KIND_COLOURS[s.kind] }} aria-hidden="true" />
                {FUNDING_KIND_LABELS[s.kind]}
              </td>
              <td className="num">{formatUsd(s.annualAmount)}</td>
              <td>{yearsText(s)}</td>
              <td>
                <button type="button" className="remove" onClick={() => onRemove(i)} aria-label={sameName(s.name) ? `Remove ${s.name}, ${yearsText(s)}` : `Remove ${s.name}`}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// The portfolio's places, one row each, sortable by any column (a button in each header, with
// aria-sort on the sorted one). Numbers come from each place's plan (computePortfolio); the
// footer is the portfolio's own total, which is the sum of the rows.
import { useRef, type ReactNode } from 'react';
import { formatInteger, formatUsd, formatUsdCents, type PlanInput, type PortfolioResult } from '../../model';
import { COLUMNS, placeLabel, rowOrder, sortDescription, type CellText, type Sort, type SortKey } from './portfolioColumns';

export { placeLabel } from './portfolioColumns';
export type { Sort, SortKey } from './portfolioColumns';

/** A cell: the figure (with its note, smaller, beneath), or a dash with the reason read out. */
export function cellContent(cell: CellText): ReactNode {
  if ('blank' in cell) {
    return (
      <>
        <span aria-hidden="true" className="muted">
          —
        </span>
        <span className="visually-hidden">{cell.blank}</span>
      </>
    );
  }
  return cell.note ? (
    <>
      {cell.text}
      <span className="cell-note">{cell.note}</span>
    </>
  ) : (
    cell.text
  );
}

export function PortfolioTable({
  places,
  result,
  sort,
  onSort,
  onOpen,
  onEdit,
  onRemove,
}: {
  places: readonly PlanInput[];
  result: PortfolioResult;
  /** Kept by the page: the order holds while places are edited, added or re-planned, and the printed summary follows it. */
  sort: Sort | null;
  onSort: (sort: Sort) => void;
  onOpen: (index: number) => void;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}) {
  const wrap = useRef<HTMLDivElement>(null);
  const order = rowOrder(places, result.rows, sort);
  const toggle = (key: SortKey) => onSort(sort?.key === key ? { key, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: 'ascending' });
  const note = `Each place planned with the portfolio’s methodology and assumptions; — means a count not given or a figure that cannot be worked out (the reason is read out). ${sortDescription(sort)}`;

  return (
    <>
      {/* The caption is the table's name for assistive technology; this copy stays readable while the table scrolls sideways. */}
      <p className="table-note" aria-hidden="true">
        {note}
      </p>
      <div className="table-wrap portfolio-table-wrap" role="region" aria-label="Places in the portfolio" tabIndex={0} ref={wrap}>
        <table className="data portfolio-table">
          <caption className="visually-hidden">{note}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} {...(sort?.key === c.key ? { 'aria-sort': sort.direction } : {})}>
                  <button type="button" className="sort-button" onClick={() => toggle(c.key)}>
                    {c.label}
                    <span className="sort-mark" aria-hidden="true">
                      {sort?.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {order.map((i) => {
              const place = places[i];
              const row = result.rows[i];
              if (!place || !row) return null;
              const label = placeLabel(place);
              return (
                <tr key={i}>
                  <th scope="row">{label}</th>
                  {COLUMNS.slice(1).map((c) => (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {cellContent(c.cell(place, row))}
                    </td>
                  ))}
                  <td>
                    <div className="row-actions">
                      <button type="button" className="secondary" onClick={() => onOpen(i)} aria-label={`Open as plan: ${label}`}>
                        Open as plan
                      </button>
                      <button type="button" className="secondary" onClick={() => onEdit(i)} aria-label={`Edit: ${label}`} data-edit-index={i}>
                        Edit
                      </button>
                      <button
                        type="button"
                        className="remove"
                        onClick={() => {
                          // The row goes with its button: focus stays in the table (the page moves it on when the table goes too).
                          wrap.current?.focus();
                          onRemove(i);
                        }}
                        aria-label={`Remove: ${label}`}
                      >
                        Remove
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Portfolio total ({formatInteger(places.length)} {places.length === 1 ? 'place' : 'places'})</th>
              {COLUMNS.slice(1).map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {footerCell(c.key, result)}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

/** The total row: sums where a sum means something (population, staff, budget) and the portfolio's own ratios. */
function footerCell(key: SortKey, result: PortfolioResult): ReactNode {
  if (key === 'population') return formatInteger(result.population);
  if (key === 'staff') return formatInteger(result.staff);
  if (key === 'total') return formatUsd(result.total);
  if (key === 'budgetPerResident') return result.budgetPerResident === null ? null : formatUsdCents(result.budgetPerResident);
  if (key === 'costPerParticipant') return result.costPerParticipant === null ? '—' : formatUsd(result.costPerParticipant);
  return null;
}

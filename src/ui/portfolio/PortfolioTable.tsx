// The portfolio's places, one row each, sortable by any column (a button in each header, with
// aria-sort on the sorted one). Numbers come from each place's plan (computePortfolio); the
// footer is the portfolio's own total, which is the sum of the rows.
import { useRef, useState } from 'react';
import { formatInteger, formatQuantity, formatUsd, type PlanInput, type Plan, type PortfolioResult } from '../../model';

export type SortKey =
  | 'place'
  | 'population'
  | 'homicides'
  | 'fatalShootings'
  | 'nonfatalShootings'
  | 'reach'
  | 'staff'
  | 'total'
  | 'costPerParticipant';

interface Column {
  readonly key: SortKey;
  readonly label: string;
  readonly numeric: boolean;
  /** The value sorted on; null ("not given", no participants) always sorts last. */
  readonly value: (place: PlanInput, plan: Plan) => number | string | null;
}

const COLUMNS: readonly Column[] = [
  { key: 'place', label: 'Place', numeric: false, value: (p) => placeLabel(p).toLowerCase() },
  { key: 'population', label: 'Population', numeric: true, value: (p) => p.population },
  { key: 'homicides', label: 'Homicides', numeric: true, value: (p) => p.homicides },
  { key: 'fatalShootings', label: 'Fatal shootings', numeric: true, value: (p) => p.fatalShootings },
  { key: 'nonfatalShootings', label: 'Nonfatal shootings', numeric: true, value: (p) => p.nonfatalShootings },
  { key: 'reach', label: 'Service reach', numeric: true, value: (p) => p.serviceReachPct },
  { key: 'staff', label: 'Staff', numeric: true, value: (_, plan) => plan.totalHeadcount },
  { key: 'total', label: 'Total budget', numeric: true, value: (_, plan) => plan.budget.total },
  { key: 'costPerParticipant', label: 'Cost per participant', numeric: true, value: (_, plan) => plan.costPerParticipant },
];

export function placeLabel(place: Pick<PlanInput, 'placeName' | 'state'>): string {
  return [place.placeName, place.state].filter((p) => p.trim() !== '').join(', ') || 'Unnamed place';
}

const count = (value: number | null) =>
  value === null ? (
    <>
        <span aria-hidden="true" className="muted">
          —
        </span>
        <span className="visually-hidden">not given</span>
    </>
  ) : (
    formatInteger(value)
  );

interface Sort {
  readonly key: SortKey;
  readonly direction: 'ascending' | 'descending';
}

export function PortfolioTable({
  places,
  result,
  onOpen,
  onEdit,
  onRemove,
}: {
  places: readonly PlanInput[];
  result: PortfolioResult;
  onOpen: (index: number) => void;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}) {
  const [sort, setSort] = useState<Sort | null>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const order = places.map((_, i) => i);
  if (sort) {
    const column = COLUMNS.find((c) => c.key === sort.key);
    if (column) {
      const sign = sort.direction === 'ascending' ? 1 : -1;
      const values = places.map((p, i) => {
        const plan = result.plans[i];
        return plan ? column.value(p, plan) : null;
      });
      order.sort((a, b) => {
        const va = values[a] ?? null;
        const vb = values[b] ?? null;
        if (va === null || vb === null) return va === vb ? a - b : va === null ? 1 : -1;
        const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
        return cmp !== 0 ? sign * cmp : a - b;
      });
    }
  }
  const toggle = (key: SortKey) =>
    setSort((s) => (s?.key === key ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: 'ascending' }));
  const perParticipant = result.participants > 0 ? result.total / result.participants : null;
  const sortedBy = sort ? COLUMNS.find((c) => c.key === sort.key)?.label : undefined;

  const note = `Each place planned with the portfolio’s methodology and assumptions; — means a count not given. ${
    sort && sortedBy ? `Sorted by ${sortedBy.toLowerCase()}, ${sort.direction}.` : 'In the order added; use a column heading to sort.'
  }`;

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
              const plan = result.plans[i];
              if (!place || !plan) return null;
              const label = placeLabel(place);
              return (
                <tr key={i}>
                  <th scope="row">{label}</th>
                  <td className="num">{formatInteger(place.population)}</td>
                  <td className="num">{count(place.homicides)}</td>
                  <td className="num">{count(place.fatalShootings)}</td>
                  <td className="num">{count(place.nonfatalShootings)}</td>
                  <td className="num">{formatQuantity(place.serviceReachPct)}%</td>
                  <td className="num">{formatInteger(plan.totalHeadcount)}</td>
                  <td className="num">{formatUsd(plan.budget.total)}</td>
                  <td className="num">{plan.costPerParticipant === null ? '—' : formatUsd(plan.costPerParticipant)}</td>
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
              <td className="num">{formatInteger(result.population)}</td>
              <td colSpan={4} />
              <td className="num">{formatInteger(result.staff)}</td>
              <td className="num">{formatUsd(result.total)}</td>
              <td className="num">{perParticipant === null ? '—' : formatUsd(perParticipant)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

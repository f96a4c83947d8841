// The portfolio table's columns, shared by the table on screen and the printed summary: what each
// column sorts on and how its cell reads. Every figure is the model's (computePortfolio's rows);
// this file only words them.
import {
  formatInteger,
  formatOneDecimal,
  formatQuantity,
  formatUsd,
  formatUsdCents,
  HIGH_RISK_METHOD_LABELS,
  sortedOrder,
  type PlanInput,
  type PortfolioRow,
  type SortDirection,
  type SortValue,
} from '../../model';

export type SortKey =
  | 'place'
  | 'population'
  | 'homicides'
  | 'fatalShootings'
  | 'nonfatalShootings'
  | 'homicidesPer100k'
  | 'shootingVictimsPer100k'
  | 'method'
  | 'reach'
  | 'staff'
  | 'total'
  | 'budgetPerResident'
  | 'costPerParticipant'
  | 'costPerHomicide';

export interface Sort {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

/** A cell's text; `blank` is why there is no figure (read out, and printed small beside the dash). */
export type CellText = { readonly text: string; readonly note?: string } | { readonly blank: string };

export interface Column {
  readonly key: SortKey;
  readonly label: string;
  readonly numeric: boolean;
  /** The value sorted on; null (not given, none) always sorts last. */
  readonly value: (place: PlanInput, row: PortfolioRow) => SortValue;
  readonly cell: (place: PlanInput, row: PortfolioRow) => CellText;
}

export function placeLabel(place: Pick<PlanInput, 'placeName' | 'state'>): string {
  return [place.placeName, place.state].filter((p) => p.trim() !== '').join(', ') || 'Unnamed place';
}

const count = (value: number | null): CellText => (value === null ? { blank: 'not given' } : { text: formatInteger(value) });

/** The method a row is planned with, and why when it is not the portfolio's choice. */
export function methodCell(row: PortfolioRow): CellText {
  const label = HIGH_RISK_METHOD_LABELS[row.method.method];
  if (row.method.note === 'no-violence-counts') return { text: label, note: 'no homicide or fatal shooting count' };
  if (row.method.note === 'local-count') return { text: label, note: 'the place’s own count' };
  return { text: label };
}

export const COLUMNS: readonly Column[] = [
  { key: 'place', label: 'Place', numeric: false, value: (p) => placeLabel(p), cell: (p) => ({ text: placeLabel(p) }) },
  { key: 'population', label: 'Population', numeric: true, value: (p) => p.population, cell: (p) => count(p.population) },
  { key: 'homicides', label: 'Homicides', numeric: true, value: (p) => p.homicides, cell: (p) => count(p.homicides) },
  { key: 'fatalShootings', label: 'Fatal shootings', numeric: true, value: (p) => p.fatalShootings, cell: (p) => count(p.fatalShootings) },
  { key: 'nonfatalShootings', label: 'Nonfatal shootings', numeric: true, value: (p) => p.nonfatalShootings, cell: (p) => count(p.nonfatalShootings) },
  {
    key: 'homicidesPer100k',
    label: 'Homicides per 100,000',
    numeric: true,
    value: (_, r) => r.homicidesPer100k,
    cell: (_, r) => (r.homicidesPer100k === null ? { blank: 'homicides not given' } : { text: formatOneDecimal(r.homicidesPer100k) }),
  },
  {
    key: 'shootingVictimsPer100k',
    label: 'Shooting victims per 100,000',
    numeric: true,
    value: (_, r) => r.shootingVictimsPer100k?.per100k ?? null,
    cell: (_, r) => {
      const rate = r.shootingVictimsPer100k;
      if (rate === null) return { blank: 'shooting counts not given' };
      return rate.counted === 'fatal and nonfatal' ? { text: formatOneDecimal(rate.per100k) } : { text: formatOneDecimal(rate.per100k), note: rate.counted };
    },
  },
  { key: 'method', label: 'High-risk estimate', numeric: false, value: (_, r) => HIGH_RISK_METHOD_LABELS[r.method.method], cell: (_, r) => methodCell(r) },
  { key: 'reach', label: 'Service reach', numeric: true, value: (p) => p.serviceReachPct, cell: (p) => ({ text: `${formatQuantity(p.serviceReachPct)}%` }) },
  { key: 'staff', label: 'Staff', numeric: true, value: (_, r) => r.plan.totalHeadcount, cell: (_, r) => ({ text: formatInteger(r.plan.totalHeadcount) }) },
  { key: 'total', label: 'Total budget', numeric: true, value: (_, r) => r.plan.budget.total, cell: (_, r) => ({ text: formatUsd(r.plan.budget.total) }) },
  {
    key: 'budgetPerResident',
    label: 'Budget per resident',
    numeric: true,
    value: (_, r) => r.budgetPerResident,
    cell: (_, r) => ({ text: formatUsdCents(r.budgetPerResident) }),
  },
  {
    key: 'costPerParticipant',
    label: 'Cost per participant',
    numeric: true,
    value: (_, r) => r.plan.costPerParticipant,
    cell: (_, r) => (r.plan.costPerParticipant === null ? { blank: 'no participants' } : { text: formatUsd(r.plan.costPerParticipant) }),
  },
  {
    key: 'costPerHomicide',
    label: 'Plan cost per homicide',
    numeric: true,
    value: (_, r) => r.costPerHomicide.value,
    cell: (_, r) => (r.costPerHomicide.value === null ? { blank: r.costPerHomicide.reason } : { text: formatUsd(r.costPerHomicide.value) }),
  },
];

export const columnOf = (key: SortKey): Column | undefined => COLUMNS.find((c) => c.key === key);

/** The places' positions in the order shown: as added, or sorted by a column (the model's comparator). */
export function rowOrder(places: readonly PlanInput[], rows: readonly PortfolioRow[], sort: Sort | null): number[] {
  const column = sort ? columnOf(sort.key) : undefined;
  if (!sort || !column) return places.map((_, i) => i);
  const values = places.map((p, i) => {
    const row = rows[i];
    return row ? column.value(p, row) : null;
  });
  return sortedOrder(values, sort.direction);
}

export function sortDescription(sort: Sort | null): string {
  const label = sort ? columnOf(sort.key)?.label : undefined;
  return sort && label ? `Sorted by ${label.toLowerCase()}, ${sort.direction}.` : 'In the order added; use a column heading to sort.';
}

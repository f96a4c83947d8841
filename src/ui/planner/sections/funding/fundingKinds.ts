// How the funding section shows a kind of money and a source's years: the colours (chart, legend
// and the sources table), the short kind names and the years a source runs.
import { FUNDING_KIND_LABELS, type FundingKind, type FundingSource } from '../../../../model';

// Each at least 3:1 against white (WCAG 1.4.11); the gap is named in the legend and the table too.
export const KIND_COLOURS: Record<FundingKind, string> = {
  'city-general-fund': '#0b4f6c',
  state: '#5d7a1f',
  federal: '#7a4fa3',
  philanthropy: '#00796b',
  medicaid: '#b04a7c',
  other: '#5f6b73',
};
export const GAP_COLOUR = '#a4001d';
/** "Federal (e.g. BJA CVIPI awards)" → "Federal": short enough for a column header or a legend. */
export const shortKind = (k: FundingKind) => FUNDING_KIND_LABELS[k].replace(/ \(.*\)$/, '');

export function yearsText(source: FundingSource): string {
  if (source.lastYear === null) return `${source.firstYear} onward`;
  return source.lastYear === source.firstYear ? String(source.firstYear) : `${source.firstYear}–${source.lastYear}`;
}

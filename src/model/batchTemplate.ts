// A places file to fill in (issue 14): the header the batch reader reads (batchCsv.ts), every
// column it knows, and one example row of a made-up place that says it is an example. The reader
// has no comment lines, so the guidance is in the example row itself; the file uploads as it is.
import { BATCH_COLUMNS, OPTIONAL_BATCH_COLUMNS } from './batchCsv';

/** The made-up example: every column the reader reads, by column name. */
const EXAMPLE: Readonly<Record<string, string>> = {
  name: 'Example City (made-up example: replace this row)',
  state: 'ZZ',
  population: '250000',
  homicides: '45',
  fatal_shootings: '38',
  nonfatal_shootings: '150',
  reach: '100',
  hospital_reach: '50',
  high_risk_count: '',
};

export const BATCH_TEMPLATE_FILENAME = 'cvi-places-template.csv';

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The template's text: the header row and the example row, CRLF line ends as spreadsheets write them. */
export function batchCsvTemplate(): string {
  const columns = [...BATCH_COLUMNS, ...OPTIONAL_BATCH_COLUMNS];
  const row = columns.map((c) => quote(EXAMPLE[c] ?? ''));
  return `${columns.join(',')}\r\n${row.join(',')}\r\n`;
}

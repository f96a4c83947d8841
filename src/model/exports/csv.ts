// CSV for spreadsheets, used by every CSV export (UI and command line): RFC 4180 quoting, CRLF
// line ends, UTF-8, and formula-injection neutralising — a text cell that a spreadsheet would read
// as a formula (= + - @, tab, carriage return at the start) gets a leading single quote.
// Cells are typed: numbers are written as plain numbers (never neutralised: -5 from a number is a
// number), text is neutralised and quoted as needed, null is an empty cell ("not given").

export type CsvValue = string | number | boolean | null;

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvValue[])[];
}

/** Text starting with one of these is read as a formula (or DDE) by Excel, LibreOffice and Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet will show as text, never evaluate. */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field containing a comma, a double quote, CR or LF; double inner quotes. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A number as CSV text: plain digits, no thousands separators or currency sign, at most
 * `maxDecimals` decimals with trailing zeros dropped. Refuses NaN and Infinity: a number that is
 * not finite is a bug upstream and must never reach a file as a silent blank.
 */
export function plainNumber(value: number, maxDecimals = 6): string {
  if (!Number.isFinite(value)) throw new Error(`refusing to write a non-finite number (${String(value)}) to CSV`);
  const text = Number(value.toFixed(maxDecimals)).toString();
  return text === '-0' ? '0' : text;
}

/** Money to the cent, as the CSV tables write a salary or a cost per participant or resident. */
export const cents = (x: number): number => Number(x.toFixed(2));

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return quoteField(neutraliseText(value));
}

/** Rows to CSV text: one line per row, CRLF line ends, a line end after the last row. */
export function rowsToCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

/** A table with its header row; `bom` helps Excel recognise UTF-8 when a person opens the file. */
export function toCsv(table: CsvTable, options: { bom?: boolean } = {}): string {
  return `${options.bom ? '\uFEFF' : ''}${rowsToCsv([table.header, ...table.rows])}`;
}

// CSV writing for the command line (pure: no Node built-ins, so it can move to src/model if the UI
// needs the same exports). RFC 4180 quoting, CRLF line ends, and formula-injection neutralising:
// a text cell that a spreadsheet would read as a formula gets a leading single quote.
//
// Cells are typed: numbers are written as plain numbers (never neutralised: "-5" from a number is
// a number), text is neutralised and quoted as needed, null is an empty cell ("not given").

export type CsvCell = string | number | boolean | null;

/** Text starting with one of these is read as a formula (or DDE) by Excel, LibreOffice and Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefix a text cell that a spreadsheet would treat as a formula with a single quote. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field containing a comma, a double quote, CR or LF; double inner quotes. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A number as CSV text: plain digits, no thousands separators or currency sign, at most
 * `maxDecimals` decimals with trailing zeros dropped. Refuses NaN and Infinity: a number that is
 * not finite is a bug upstream and must not reach a file.
 */
export function plainNumber(value: number, maxDecimals = 3): string {
  if (!Number.isFinite(value)) throw new Error(`refusing to write a non-finite number (${String(value)}) to CSV`);
  const text = Number(value.toFixed(maxDecimals)).toString();
  return text === '-0' ? '0' : text;
}

/** One cell as CSV text. Numbers keep up to 3 decimals (people, FTE); round before for cents. */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return plainNumber(cell, 3);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return quoteField(neutraliseFormula(cell));
}

/** Rows to CSV text: one line per row, CRLF line ends (RFC 4180), a line end after the last row. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

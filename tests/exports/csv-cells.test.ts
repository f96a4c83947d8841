// The CSV writing helpers (src/cli/csv.ts): RFC 4180 quoting, formula neutralising, typed cells.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseText as neutraliseFormula, plainNumber, quoteField, rowsToCsv as toCsv } from '../../src/model/exports/csv';

describe('neutraliseFormula', () => {
  it('prefixes text starting with = + - @ tab or carriage return with a single quote', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("x")']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
  });

  it('leaves other text alone', () => {
    for (const text of ['Norfolk', 'a=b', ' =x', "'=already", '', '1-2']) expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('quoteField', () => {
  it('quotes fields with a comma, a quote, CR or LF and doubles inner quotes', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines')).toBe('"two\nlines"');
    expect(quoteField('cr\r')).toBe('"cr\r"');
    expect(quoteField('plain')).toBe('plain');
  });
});

describe('csvCell and plainNumber', () => {
  it('writes numbers plainly and never neutralises them', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(19_883_025)).toBe('19883025');
    expect(csvCell(238.005)).toBe('238.005');
    expect(csvCell(0.1 + 0.2)).toBe('0.3');
    expect(csvCell(-0)).toBe('0');
  });

  it('writes null as an empty cell and booleans as true/false', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(false)).toBe('false');
  });

  it('neutralises, then quotes, text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1,2')).toBe(`"'-1,2"`);
  });

  it('refuses NaN and Infinity', () => {
    expect(() => plainNumber(Number.NaN)).toThrow(/non-finite/);
    expect(() => csvCell(Number.POSITIVE_INFINITY)).toThrow(/non-finite/);
    expect(plainNumber(83.54232, 2)).toBe('83.54');
  });
});

describe('toCsv', () => {
  it('joins rows with CRLF and round-trips through an independent parser', () => {
    const rows = [
      ['name', 'note', 'n'],
      ['Norfolk, VA', 'said "ok"\nthen left', 3],
      ['=cmd', null, -2.5],
    ];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['name', 'note', 'n'],
      ['Norfolk, VA', 'said "ok"\nthen left', '3'],
      ["'=cmd", '', '-2.5'],
    ]);
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});

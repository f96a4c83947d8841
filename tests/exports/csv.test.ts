// CSV exports: header rows, RFC 4180 quoting, UTF-8, and formula injection neutralised in every
// text cell while numbers stay numbers.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { computePlan, makeInput } from '../../src/model';
import { csvCell, neutraliseText, toCsv } from '../../src/model/exports/csv';
import { assumptionsTable, budgetTable, staffingTable } from '../../src/model/exports/tables';
import { bdwCsvTable } from '../../src/model/exports/federalWorkbook';

const HOSTILE = ['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tcmd', '\rcmd'];

describe('CSV cells', () => {
  it.each(HOSTILE)('given the hostile text %j, then it is written as inert text starting with an apostrophe', (text) => {
    expect(neutraliseText(text)).toBe(`'${text}`);
    const parsed = Papa.parse<string[]>(toCsv({ header: ['name'], rows: [[text]] })).data;
    expect(parsed[1]?.[0]).toBe(`'${text}`);
  });

  it('given ordinary text and negative numbers, then text is unchanged and numbers are not prefixed', () => {
    expect(neutraliseText('Norfolk')).toBe('Norfolk');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('a, "quoted" name')).toBe('"a, ""quoted"" name"');
    expect(csvCell(null)).toBe('');
    expect(() => csvCell(Number.NaN)).toThrow(/non-finite/);
  });

  it('given Unicode place names, then the CSV keeps them (UTF-8) and can start with a BOM for Excel', () => {
    const text = toCsv({ header: ['place'], rows: [['Zürich – Δ']] }, { bom: true });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(Buffer.from(text, 'utf8').toString('utf8')).toContain('Zürich – Δ');
  });
});

describe('plan tables', () => {
  const plan = computePlan(makeInput({ placeName: '=cmd|"/c calc"!A1', state: '@x', population: 238_005, preset: 'caps' }));

  it('given the Norfolk CAPS plan, then the staffing CSV has a header row and the published headcounts', () => {
    const rows = Papa.parse<string[]>(toCsv(staffingTable(plan)), { skipEmptyLines: true }).data;
    expect(rows[0]).toContain('headcount');
    const headcount = (id: string) => Number(rows.find((r) => r[0] === id)?.[7]);
    expect([headcount('street-outreach'), headcount('mediator'), headcount('case-manager'), headcount('family-case-manager')]).toEqual([16, 17, 10, 5]);
    expect([headcount('victim-advocate'), headcount('hospital-responder'), headcount('supervisor'), headcount('ovp-staff')]).toEqual([8, 6, 12, 4]);
  });

  it('given the budget CSV, then the lines sum to the total row', () => {
    const table = budgetTable(plan);
    const lines = table.rows.filter((r) => r[0] !== 'total');
    const total = table.rows.find((r) => r[0] === 'total')?.[2];
    expect(lines.reduce((s, r) => s + Number(r[2]), 0)).toBe(total);
    expect(total).toBe(19_883_025);
  });

  it('given hostile text anywhere in a plan, then no exported CSV has a cell a spreadsheet would run', () => {
    for (const table of [staffingTable(plan), budgetTable(plan), assumptionsTable(plan), bdwCsvTable(plan)]) {
      const cells = Papa.parse<string[]>(toCsv(table)).data.flat();
      for (const cell of cells) expect(cell).not.toMatch(/^[=+@\t\r]/);
    }
  });
});

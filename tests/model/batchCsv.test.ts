// The batch CSV reader shared by the command line (--input) and the portfolio page's upload:
// exact line numbers, blank cells "not given" (never 0), bad rows reported without stopping the
// others, and file-level problems worded without any command-line flag.
import { describe, expect, it } from 'vitest';
import { readBatchCsv, type BatchRead, type BatchRow } from '../../src/model/batchCsv';
import { makeInput } from '../../src/model';

const HEADER = 'name,state,population,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach';
const DEFAULTS = { method: 'population', preset: 'caps' } as const;
const read = (...lines: string[]) => readBatchCsv([HEADER, ...lines].join('\n') + '\n', DEFAULTS);

function rowsOf(result: BatchRead): BatchRow[] {
  if (!result.ok) throw new Error(`expected rows, got file problems: ${result.problems.join(' | ')}`);
  return result.rows;
}

const problemsOf = (row: BatchRow | undefined) => (row && !row.result.ok ? row.result.problems : []);
const inputOf = (row: BatchRow | undefined) => (row && row.result.ok ? row.result.input : undefined);

describe('readBatchCsv: rows', () => {
  it('given two good rows, then each becomes a plan input with the defaults applied, at lines 2 and 3', () => {
    const rows = rowsOf(read('Norfolk,VA,238005,50,,,,', 'Detroit,MI,"639,111",203,,606,75%,40'));
    expect(rows.map((r) => [r.line, r.name, r.state])).toEqual([
      [2, 'Norfolk', 'VA'],
      [3, 'Detroit', 'MI'],
    ]);
    expect(inputOf(rows[0])).toEqual(makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 50, preset: 'caps' }));
    expect(inputOf(rows[1])).toEqual(
      makeInput({ placeName: 'Detroit', state: 'MI', population: 639_111, homicides: 203, nonfatalShootings: 606, serviceReachPct: 75, hospitalReachPct: 40, preset: 'caps' }),
    );
  });

  it('given blank count cells and explicit zeros, then blanks are "not given" (null) and zeros are 0; blank reach takes 100% and 50%', () => {
    const [blank, zero] = rowsOf(read('Blank,VA,1000,,,,,', 'Zero,VA,1000,0,0,0,0,0'));
    expect(inputOf(blank)).toMatchObject({ homicides: null, fatalShootings: null, nonfatalShootings: null, serviceReachPct: 100, hospitalReachPct: 50 });
    expect(inputOf(zero)).toMatchObject({ homicides: 0, fatalShootings: 0, nonfatalShootings: 0, serviceReachPct: 0, hospitalReachPct: 0 });
  });

  it('given bad rows between good ones, then each bad row names its line and column and the good rows are still read', () => {
    // line 1 header, 2 good, 3 bad population, 4 blank, 5 bad reach, 6 count above population, 7 good
    const rows = rowsOf(read('A,VA,1000,,,,,', 'B,ZZ,2.5,,,,,', '', 'C,ZZ,100,,,,150,', 'D,ZZ,100,101,,,,', 'E,VA,2000,,,,,'));
    expect(rows.map((r) => [r.line, r.name, r.result.ok])).toEqual([
      [2, 'A', true],
      [3, 'B', false],
      [5, 'C', false],
      [6, 'D', false],
      [7, 'E', true],
    ]);
    expect(problemsOf(rows[1])).toEqual([{ column: 'population', message: 'Population must be a whole number from 1 to 50,000,000.' }]);
    expect(problemsOf(rows[2])).toEqual([{ column: 'reach', message: 'Service reach (%) must be a number from 0 to 100.' }]);
    expect(problemsOf(rows[3])).toEqual([{ column: 'homicides', message: 'Homicides per year must not be larger than the population (100).' }]);
  });

  it('given every cell of a row wrong, then every problem is reported, one per column', () => {
    const [row] = rowsOf(read('Bad,VA,abc,x,,,150,-1'));
    expect(problemsOf(row).map((p) => p.column)).toEqual(['population', 'homicides', 'reach', 'hospital_reach']);
  });

  it('given a quoted cell spanning two lines and CRLF line ends, then the next row still gets its true line number', () => {
    const text = [HEADER, '"Two', 'Line Town",VA,1000,,,,,', 'Bad,VA,x,,,,,'].join('\r\n');
    const rows = rowsOf(readBatchCsv(text, DEFAULTS));
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(rows[0]?.name).toBe('Two\r\nLine Town');
    expect(problemsOf(rows[1])[0]?.column).toBe('population');
  });

  it('given a row with too few cells or an unclosed quote, then that row fails as a whole (column null)', () => {
    const rows = rowsOf(read('Short,VA,1000', 'A,VA,1000,,,,,', '"Broken,VA,1000,,,,,'));
    expect(problemsOf(rows[0])).toEqual([{ column: null, message: 'The row has 3 cells; the header has 8.' }]);
    expect(rows[1]?.result.ok).toBe(true);
    expect(rows[2]?.line).toBe(4);
    expect(problemsOf(rows[2])[0]?.message).toMatch(/^Cannot read the row: a quoted cell starting here is never closed/);
  });

  it('given an implausible count, then the row is read and carries the warning', () => {
    const [row] = rowsOf(read('Odd,VA,1000,10,,,,'));
    expect(row?.result.ok && row.result.warnings.map((w) => w.field)).toEqual(['homicides']);
  });
});

describe('readBatchCsv: method and the local count', () => {
  const withCount = `${HEADER},high_risk_count\nA,VA,100000,,,,,,300\nB,VA,100000,,,,,,\n`;

  it('given the command-line defaults, then the method applies to every row and a count is only used by the custom method', () => {
    const rows = rowsOf(readBatchCsv(withCount, { method: 'population', preset: 'caps' }));
    expect(rows.map((r) => inputOf(r)?.method)).toEqual(['population', 'population']);
    const custom = rowsOf(readBatchCsv(withCount, { method: 'custom', preset: 'caps' }));
    expect(inputOf(custom[0])).toMatchObject({ method: 'custom', localHighRiskCount: 300 });
    expect(problemsOf(custom[1])).toEqual([{ column: 'high_risk_count', message: 'Local high-risk count is needed when the high-risk estimate is a local count.' }]);
  });

  it('given localCountMeansCustom, then a row that gives a count uses it and a row without keeps the default method', () => {
    const rows = rowsOf(readBatchCsv(withCount, { method: 'population', preset: 'caps', localCountMeansCustom: true }));
    expect(rows.map((r) => inputOf(r)?.method)).toEqual(['custom', 'population']);
  });

  it('given the violence-adjusted method and a row without homicides or fatal shootings, then the homicides column is named', () => {
    const [row] = rowsOf(readBatchCsv(`${HEADER}\nA,VA,1000,,,,,\n`, { method: 'violence-adjusted', preset: 'caps' }));
    expect(problemsOf(row)[0]?.column).toBe('homicides');
  });
});

describe('readBatchCsv: the file as a whole', () => {
  it('given missing, unknown and repeated columns, then each is named on line 1, without any command-line flag', () => {
    const result = readBatchCsv('name,state,pop,homicides,fatal_shootings,nonfatal_shootings,reach,reach\nA,VA,1000,,,,,\n', DEFAULTS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(3);
    expect(result.problems[0]).toMatch(/^line 1: missing columns "population", "hospital_reach"\. The header row must be: name,state,population,/);
    expect(result.problems[1]).toMatch(/^line 1: unknown column "pop"\./);
    expect(result.problems[2]).toBe('line 1: column "reach" given more than once.');
    for (const p of result.problems) expect(p).not.toMatch(/--/);
  });

  it('given an empty file or a header without rows, then the file is refused with a message saying which', () => {
    expect(readBatchCsv('', DEFAULTS)).toEqual({ ok: false, problems: [expect.stringMatching(/^The file is empty\. The header row must be/)] });
    expect(readBatchCsv('\n\n', DEFAULTS)).toMatchObject({ ok: false });
    expect(readBatchCsv(`${HEADER}\n`, DEFAULTS)).toEqual({ ok: false, problems: ['The file has a header row but no places to plan.'] });
  });

  it('given a header in another order, case and spacing, after a byte-order mark and blank lines, then it is read and lines still count', () => {
    const text = '\uFEFF\n\nPopulation, Name ,state,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach\n238005,Norfolk,VA,,,,,\n';
    const rows = rowsOf(readBatchCsv(text, DEFAULTS));
    expect(rows.map((r) => [r.line, r.name])).toEqual([[4, 'Norfolk']]);
    expect(inputOf(rows[0])?.population).toBe(238_005);
  });
});

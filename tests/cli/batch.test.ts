// Batch input (--input FILE.csv): every row planned on its own; a bad row is reported with its
// line number and does not stop the others (exit status 2 if any row failed).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/tempDir';
import { cli, cliOnDisk, DETROIT, LOADED, NORFOLK_CAPS, parseCsv, parseCsvRows } from './helpers';

const HEADER = 'name,state,population,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach';

const file = (...rows: string[]) => ({ 'places.csv': [HEADER, ...rows].join('\n') + '\n' });

// Norfolk under the default preset with nonfatal shootings not given (docs/methodology.md §2–4):
// hospital responders fall back to P ÷ 40 = 5.95 → 6; trauma counselors 238.005 ÷ 50 = 4.76 → 5;
// frontline 62 + 5 = 67; supervisors 13.4 → 13; OVP 4.
const NORFOLK_SHOOTING_INFORMED_TOTAL =
  (62 * LOADED.frontline + 5 * LOADED.counselor + 13 * LOADED.supervisor + 4 * LOADED.ovp) * 1.4 + NORFOLK_CAPS.lines.wraparound;

describe('batch csv output', () => {
  it('plans every row: one row per place with inputs, staff, lines and total', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'csv', '--preset', 'caps'], file('Norfolk,VA,238005,50,,,,', 'Detroit,MI,"639,111",203,,606,100,50'));
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows).toHaveLength(2);
    const norfolk = rows[0] ?? {};
    expect(norfolk).toMatchObject({
      name: 'Norfolk',
      state: 'VA',
      population: '238005',
      homicides: '50',
      fatal_shootings: '',
      nonfatal_shootings: '',
      reach: '100',
      hospital_reach: '50',
      preset: 'caps',
      high_risk_population: '238.005',
      participants: '238.005',
      total_staff: '78',
      total: String(NORFOLK_CAPS.total),
    });
    for (const [id, count] of Object.entries(NORFOLK_CAPS.headcounts)) expect(norfolk[`headcount_${id}`]).toBe(String(count));
    for (const [id, amount] of Object.entries(NORFOLK_CAPS.lines)) expect(norfolk[`amount_${id}`]).toBe(String(amount));
    expect(Number(norfolk.cost_per_participant)).toBeCloseTo(NORFOLK_CAPS.total / 238.005, 2);
    expect(rows[1]).toMatchObject({ name: 'Detroit', population: '639111' });
  });

  it('the Detroit worked example row under the default preset', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'csv'], file('Detroit,MI,639111,203,,606,,'));
    expect(r.code).toBe(0);
    const [detroit = {}] = parseCsv(r.stdout);
    for (const [id, count] of Object.entries(DETROIT.headcounts)) expect(detroit[`headcount_${id}`]).toBe(String(count));
    for (const [id, amount] of Object.entries(DETROIT.lines)) expect(detroit[`amount_${id}`]).toBe(String(amount));
    expect(detroit.total).toBe(String(DETROIT.total));
    expect(detroit.hospital_clients).toBe('303'); // blank hospital_reach → 50% of 606
  });

  it('the header names every input column, the per-role headcounts and the per-line amounts', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'csv'], file('Norfolk,VA,238005,,,,,'));
    const header = parseCsvRows(r.stdout)[0] ?? [];
    expect(header.slice(0, 8)).toEqual(HEADER.split(','));
    for (const column of ['high_risk_population', 'participants', 'total_staff', 'headcount_street-outreach', 'headcount_ovp-staff', 'amount_frontline', 'amount_wraparound', 'total', 'cost_per_participant']) {
      expect(header).toContain(column);
    }
  });

  it('a bad row is reported with its line number and the others are still planned (exit 2)', async () => {
    const r = await cli(
      ['--input', 'places.csv', '--format', 'csv', '--preset', 'caps'],
      // line 1 header, 2 Norfolk, 3 bad population, 4 blank, 5 bad reach, 6 count above population, 7 Detroit
      file('Norfolk,VA,238005,50,,,,', 'Badtown,ZZ,2.5,,,,,', '', 'Worse,ZZ,100,,,,150,', 'Odd,ZZ,100,101,,,,', 'Detroit,MI,639111,203,,606,,'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([
      'line 3: population: Population must be a whole number from 1 to 50,000,000.',
      'line 5: reach: Service reach (%) must be a number from 0 to 100.',
      'line 6: homicides: Homicides per year must not be larger than the population (100).',
      '3 of 5 rows could not be planned; the others were.',
    ]);
    const rows = parseCsv(r.stdout);
    expect(rows.map((row) => row.name)).toEqual(['Norfolk', 'Detroit']);
    expect(rows[0]?.total).toBe(String(NORFOLK_CAPS.total));
  });

  it('every problem of a row is reported, one line each', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'csv'], file('Bad,VA,abc,x,,,150,-1'));
    expect(r.code).toBe(2);
    expect(r.stderr.slice(0, -1)).toEqual([
      'line 2: population: Population must be a number (digits, optionally with a decimal point), not "abc".',
      'line 2: homicides: Homicides per year must be a number (digits, optionally with a decimal point), not "x".',
      'line 2: reach: Service reach (%) must be a number from 0 to 100.',
      'line 2: hospital_reach: Hospital reach (%) must be a number from 0 to 100.',
    ]);
    expect(parseCsvRows(r.stdout)).toHaveLength(1); // header only
  });

  it('counts lines of quoted cells that span lines', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'csv'], file('"Two\nLine Town",VA,1000,,,,,', 'Bad,VA,x,,,,,'));
    expect(r.code).toBe(2);
    expect(r.stderr[0]).toBe('line 4: population: Population must be a number (digits, optionally with a decimal point), not "x".');
  });

  it('a row with the wrong number of cells is a bad row, not a shifted one', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'csv'], file('Short,VA,1000', 'Norfolk,VA,238005,,,,,'));
    expect(r.code).toBe(2);
    expect(r.stderr[0]).toBe('line 2: The row has 3 cells; the header has 8.');
    expect(parseCsv(r.stdout).map((row) => row.name)).toEqual(['Norfolk']);
  });

  it('an unclosed quote fails its row with a message saying so, and earlier rows are planned', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'csv'], file('A,VA,1000,,,,,', '"Broken,VA,1000,,,,,', 'C,VA,1000,,,,,'));
    expect(r.code).toBe(2);
    expect(r.stderr[0]).toBe('line 3: Cannot read the row: a quoted cell starting here is never closed, so the rest of the file was read into it.');
    expect(parseCsv(r.stdout).map((row) => row.name)).toEqual(['A']);
  });

  it('blank cells are "not given", never 0; an explicit 0 is 0 (docs/methodology.md §2)', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'csv'], file('Blank,VA,238005,,,,,', 'Zero,VA,238005,0,0,0,,'));
    expect(r.code).toBe(0);
    const [blank = {}, zero = {}] = parseCsv(r.stdout);
    expect([blank.homicides, blank.fatal_shootings, blank.nonfatal_shootings]).toEqual(['', '', '']);
    expect([zero.homicides, zero.fatal_shootings, zero.nonfatal_shootings]).toEqual(['0', '0', '0']);
    // Not given: hospital responders fall back to P ÷ 40 = 5.95 → 6; zero shootings: none.
    expect(blank['headcount_hospital-responder']).toBe('6');
    expect(zero['headcount_hospital-responder']).toBe('0');
    // Blank reach cells take the documented defaults, 100% and 50%.
    expect([blank.reach, blank.hospital_reach]).toEqual(['100', '50']);
    expect(blank.total).toBe(String(NORFOLK_SHOOTING_INFORMED_TOTAL));
  });

  it('neutralises formula-like text cells: =HYPERLINK("x") comes out as \'=HYPERLINK("x")', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'csv'], file('"=HYPERLINK(""x"")",+VA,1000,,,,,', '@SUM(A1),-VA,2000,,,,,'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`"'=HYPERLINK(""x"")",'+VA,`);
    const rows = parseCsv(r.stdout);
    expect(rows.map((row) => [row.name, row.state])).toEqual([
      [`'=HYPERLINK("x")`, `'+VA`],
      [`'@SUM(A1)`, `'-VA`],
    ]);
    // Numbers are not text: they are never prefixed.
    expect(rows[0]?.population).toBe('1000');
  });

  it('applies --preset, --method, --fringe and --cost-of-living to every row', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'csv', '--preset', 'caps', '--fringe', '0.25'], file('A,VA,238005,,,,,', 'B,VA,238005,,,,,'));
    const rows = parseCsv(r.stdout);
    const staffing = (62 * 60_000 + 12 * 80_000 + 4 * 90_000) * 1.25;
    for (const row of rows) expect(row.total).toBe(String(staffing * 1.4 + NORFOLK_CAPS.lines.wraparound));
  });

  it('an optional high_risk_count column feeds --method custom', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'csv', '--method', 'custom'], {
      'places.csv': `${HEADER},high_risk_count\nA,VA,100000,,,,,,300\nB,VA,100000,,,,,,\n`,
    });
    expect(r.code).toBe(2);
    expect(r.stderr[0]).toBe('line 3: high_risk_count: Local high-risk count is needed when the high-risk estimate is a local count.');
    expect(parseCsv(r.stdout)[0]).toMatchObject({ name: 'A', high_risk_population: '300', high_risk_count: '300', method: 'custom' });
  });

  it('reads a header in any column order, case and spacing, and a byte-order mark', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'csv', '--preset', 'caps'], {
      'places.csv': '\uFEFFPopulation, Name ,state,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach\r\n238005,Norfolk,VA,,,,,\r\n',
    });
    expect(r.code).toBe(0);
    expect(parseCsv(r.stdout)[0]).toMatchObject({ name: 'Norfolk', total: String(NORFOLK_CAPS.total) });
  });
});

describe('batch json and table output', () => {
  it('json is an array of per-place plans with name and state', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'json', '--preset', 'caps'], file('Norfolk,VA,238005,50,,,,', 'Bad,VA,0,,,,,'));
    expect(r.code).toBe(2);
    expect(r.stderr[0]).toMatch(/^line 3: population: /);
    const places = JSON.parse(r.stdout) as { line: number; name: string; state: string; roles: { id: string; headcount: number }[]; budget: { total: number }; warnings: unknown[] }[];
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ line: 2, name: 'Norfolk', state: 'VA', budget: { total: NORFOLK_CAPS.total }, warnings: [] });
    expect(Object.fromEntries(places[0]?.roles.map((role) => [role.id, role.headcount]) ?? [])).toEqual(NORFOLK_CAPS.headcounts);
  });

  it('table is one line per place, and says which rows were not planned', async () => {
    const r = await cli(['--input', 'places.csv', '--preset', 'caps'], file('Norfolk,VA,238005,50,,,,', 'Bad,VA,0,,,,,'));
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/1 of 2 places planned/);
    expect(r.stdout).toMatch(/^\s*2\s+Norfolk, VA\s+238,005\s+238\s+78\s+\$19,883,025\s+\$83,540$/m);
    expect(r.stdout).toMatch(/^\s*3\s+Bad, VA\s+not planned$/m);
  });

  it('warnings go to stderr with their line for csv and table (json carries them)', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'csv'], file('Odd,VA,1000,10,,,,'));
    expect(r.code).toBe(0);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toMatch(/^warning: line 2: homicides: Homicides per year gives 1,000 per 100,000/);
  });
});

describe('batch file problems (exit 2)', () => {
  it('a missing file', async () => {
    const r = await cli(['--input', 'nope.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual(['--input: cannot read "nope.csv": no such file or folder.']);
  });

  it('a folder instead of a file (real file system)', async () => {
    const r = await cliOnDisk(['--input', tmpdir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([`--input: cannot read "${tmpdir()}": it is a folder, not a file.`]);
  });

  it('an empty file, or a header without rows', async () => {
    expect((await cli(['--input', 'e.csv'], { 'e.csv': '' })).stderr[0]).toMatch(/^--input: the file is empty\./);
    const headerOnly = await cli(['--input', 'h.csv'], { 'h.csv': `${HEADER}\n` });
    expect(headerOnly.code).toBe(2);
    expect(headerOnly.stderr).toEqual(['--input: the file has a header row but no places to plan.']);
  });

  it('missing and unknown header columns are named', async () => {
    const r = await cli(['--input', 'p.csv'], { 'p.csv': 'name,state,pop,homicides,fatal_shootings,nonfatal_shootings,reach\nA,VA,1000,,,,\n' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toHaveLength(2);
    expect(r.stderr[0]).toMatch(/^--input: line 1: missing columns "population", "hospital_reach"\./);
    expect(r.stderr[1]).toMatch(/^--input: line 1: unknown column "pop"\./);
  });

  it('place flags cannot be combined with --input', async () => {
    const r = await cli(['--input', 'places.csv', '--population', '5', '--city', 'Norfolk, VA'], file('A,VA,1000,,,,,'));
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([
      '--city: cannot be used with --input: each row of the file describes its own place.',
      '--population: cannot be used with --input: each row of the file describes its own place.',
    ]);
  });

  it('an invalid shared flag stops the batch before any row', async () => {
    const r = await cli(['--input', 'places.csv', '--preset', 'nope'], file('A,VA,1000,,,,,'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toEqual(['--preset: Methodology must be one of: caps, shooting-informed, site-based.']);
  });
});

describe('--out', () => {
  // Each test's folder is removed after it.
  const tempDir = tempDirs('cvi-cli-');

  it('writes the output to a file and prints nothing on stdout', async () => {
    const dir = tempDir();
    const input = join(dir, 'places.csv');
    const out = join(dir, 'plans.csv');
    writeFileSync(input, `${HEADER}\nNorfolk,VA,238005,50,,,,\n`);
    const r = await cliOnDisk(['--input', input, '--format', 'csv', '--preset', 'caps', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toEqual([`Wrote the csv output to ${out}.`]);
    const { readFileSync } = await import('node:fs');
    expect(parseCsv(readFileSync(out, 'utf8'))[0]?.total).toBe(String(NORFOLK_CAPS.total));
  });

  it('writes a single plan table to a file', async () => {
    const dir = tempDir();
    const out = join(dir, 'plan.txt');
    const r = await cliOnDisk(['--city', 'Norfolk, VA', '--preset', 'caps', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(out, 'utf8')).toMatch(/Total annual budget\s+\$19,883,025/);
  });
});

// Exports from the command line: the live Excel workbook, the federal Budget Detail Worksheet
// (workbook and CSV), the budget narrative, and plan files (written with --format plan-file, read
// with --plan). Files are read back with independent readers (exceljs, papaparse, JSON.parse) and
// checked for their content. Expected numbers come from the methodology (§3–4, §9, §10).
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/tempDir';
import { RAW_BENCHMARK_FILE } from '../helpers/benchmarkFile';
import { cli, cliOnDisk, LOADED, NORFOLK_CAPS, parseCsv, parseCsvRows } from './helpers';

type Workbook = import('exceljs').Workbook;
type Worksheet = import('exceljs').Worksheet;

const NORFOLK = ['--city', 'Norfolk, VA', '--preset', 'caps'];

// docs/methodology.md §10 mapping for Norfolk, caps (§9 headcounts, §3–4 salaries, 30% fringe):
// OVP staff → A/B; frontline teams and their supervisors → G; training/TA and evaluation → H;
// wraparound → I; no indirect costs by default.
const BDW = {
  A: 4 * 90_000, // 360,000
  B: 0.3 * 4 * 90_000, // 108,000
  G: 62 * LOADED.frontline + 12 * LOADED.supervisor, // 4,836,000 + 1,248,000
  H: NORFOLK_CAPS.lines['training-ta'] + NORFOLK_CAPS.lines['data-evaluation'],
  I: NORFOLK_CAPS.lines.wraparound,
  J: 0,
};

// Each test's folders are removed after it.
const tempDir = tempDirs('cvi-cli-exports-');

async function readWorkbook(path: string): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A cell's number: the value itself, or the cached result of its formula. */
function numberIn(sheet: Worksheet, row: number, column: number): number | undefined {
  const value = sheet.getRow(row).getCell(column).value;
  if (typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && 'result' in value && typeof value.result === 'number') return value.result;
  return undefined;
}

function formulaIn(sheet: Worksheet, row: number, column: number): string | undefined {
  const value = sheet.getRow(row).getCell(column).value;
  return value !== null && typeof value === 'object' && 'formula' in value ? String(value.formula) : undefined;
}

/** Sheet row numbers whose cell in `column` is exactly `text`. */
function rowsWhere(sheet: Worksheet, column: number, text: string): number[] {
  const rows: number[] = [];
  sheet.eachRow((row, n) => {
    if (row.getCell(column).value === text) rows.push(n);
  });
  return rows;
}

function sheet(workbook: Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet named ${name}`);
  return found;
}

describe('--format xlsx', () => {
  it('writes the live workbook: Summary, Assumptions, Staffing, Budget, Benchmarks, with the Norfolk total on the Budget "Total" row', async () => {
    const out = join(tempDir(), 'plan.xlsx');
    const r = await cliOnDisk([...NORFOLK, '--format', 'xlsx', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toEqual([`Wrote the xlsx output to ${out}.`]);

    const workbook = await readWorkbook(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Assumptions', 'Staffing', 'Budget', 'Benchmarks']);
    // Every program of the reality check is on the Benchmarks sheet with its source URL (docs/methodology.md §12).
    const benchmarks = sheet(workbook, 'Benchmarks');
    for (const b of RAW_BENCHMARK_FILE.benchmarks) {
      const rows = rowsWhere(benchmarks, 1, b.program).filter((n) => benchmarks.getRow(n).getCell(2).text === b.metric);
      expect(rows, b.id).toHaveLength(1);
      expect(benchmarks.getRow(rows[0]!).getCell(9).text, `${b.id} source URL`).toBe(b.source.url);
    }

    const budget = sheet(workbook, 'Budget');
    const totals = rowsWhere(budget, 1, 'Total');
    expect(totals).toHaveLength(1);
    const totalRow = totals[0] ?? 0;
    expect(numberIn(budget, totalRow, 3)).toBe(NORFOLK_CAPS.total);
    // Alive: the total is a formula over the lines, not a pasted number.
    expect(formulaIn(budget, totalRow, 3)).toMatch(/^SUM\(/);
    for (const [id, amount] of Object.entries(NORFOLK_CAPS.lines)) {
      const [row] = rowsWhere(budget, 2, id);
      expect(row, `budget line ${id}`).toBeDefined();
      expect(numberIn(budget, row ?? 0, 3), `budget line ${id}`).toBe(amount);
      expect(formulaIn(budget, row ?? 0, 3), `budget line ${id}`).toBeDefined();
    }

    const staffing = sheet(workbook, 'Staffing');
    for (const [id, headcount] of Object.entries(NORFOLK_CAPS.headcounts)) {
      const [row] = rowsWhere(staffing, 2, id);
      expect(row, `role ${id}`).toBeDefined();
      // exceljs reads a cached result of 0 back as no result (the trauma counselor row): read it as 0.
      expect(numberIn(staffing, row ?? 0, 7) ?? 0, `role ${id}`).toBe(headcount);
    }

    const summary = sheet(workbook, 'Summary');
    const [generated] = rowsWhere(summary, 1, 'Generated');
    const date = String(summary.getRow(generated ?? 0).getCell(2).value);
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Math.abs(Date.parse(`${date}T12:00:00`) - Date.now())).toBeLessThan(36 * 3600 * 1000);
    const [place] = rowsWhere(summary, 1, 'Place');
    expect(summary.getRow(place ?? 0).getCell(2).value).toBe('Norfolk, VA');
  });

  it('writes the workbook bytes, not text, through the in-memory io', async () => {
    const r = await cli([...NORFOLK, '--format', 'xlsx', '--out', 'plan.xlsx']);
    expect(r.code).toBe(0);
    const bytes = r.written['plan.xlsx'];
    expect(bytes).toBeInstanceOf(Uint8Array);
    // An .xlsx file is a zip archive: "PK\x03\x04".
    expect([...(bytes as Uint8Array).slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});

describe('--format bdw and bdw-csv (federal Budget Detail Worksheet, docs/methodology.md §10)', () => {
  it('bdw writes a workbook with sheets "Year 1" and "Budget narrative"; the Total row holds the plan total', async () => {
    const out = join(tempDir(), 'worksheet.xlsx');
    const r = await cliOnDisk([...NORFOLK, '--format', 'bdw', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const workbook = await readWorkbook(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Year 1', 'Budget narrative']);

    const year = sheet(workbook, 'Year 1');
    const [total] = rowsWhere(year, 1, 'Total');
    expect(numberIn(year, total ?? 0, 8)).toBe(NORFOLK_CAPS.total);
    expect(numberIn(year, total ?? 0, 9)).toBe(NORFOLK_CAPS.total); // all federal unless the plan says otherwise
    for (const [id, amount] of Object.entries(BDW)) {
      const rows: number[] = [];
      year.eachRow((row, n) => {
        if (String(row.getCell(2).value ?? '').startsWith(`Total ${id}. `)) rows.push(n);
      });
      expect(rows, `category ${id}`).toHaveLength(1);
      // exceljs reads a cached result of 0 back as no result (category J): read it as 0.
      expect(numberIn(year, rows[0] ?? 0, 8) ?? 0, `category ${id}`).toBe(amount);
    }

    const narrative = sheet(workbook, 'Budget narrative');
    const headings: string[] = [];
    narrative.eachRow((row) => headings.push(String(row.getCell(1).value ?? '')));
    expect(headings).toContain('Budget narrative — Norfolk, VA, Year 1');
    expect(headings).toContain(`A. Personnel — $360,000 (federal $360,000, non-federal $0, not yet funded $0)`);
    expect(headings.some((h) => h.startsWith(`G. Subawards — $${BDW.G.toLocaleString('en-US')}`))).toBe(true);
  });

  it('bdw-csv prints the worksheet as CSV with its header and a Total row equal to the plan total', async () => {
    const r = await cli([...NORFOLK, '--format', 'bdw-csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([]);
    const [header] = parseCsvRows(r.stdout);
    expect(header).toEqual(['year', 'category', 'category_name', 'description', 'salary', 'basis', 'percent_time', 'months', 'positions', 'cost', 'federal', 'non_federal', 'not_yet_funded', 'computation']);
    const rows = parseCsv(r.stdout);
    const total = rows.filter((row) => row.category === 'Total');
    expect(total).toHaveLength(1);
    expect(total[0]).toMatchObject({ year: 'Year 1', cost: String(NORFOLK_CAPS.total), federal: String(NORFOLK_CAPS.total), non_federal: '0', not_yet_funded: '0' });
    for (const [id, amount] of Object.entries(BDW)) {
      const categoryTotal = rows.find((row) => row.category === id && (row.description ?? '').startsWith(`Total ${id}.`));
      expect(categoryTotal?.cost, `category ${id}`).toBe(String(amount));
    }
    // The personnel row of §10: position, salary, basis, % of time, months, cost.
    const ovp = rows.find((row) => row.category === 'A' && !(row.description ?? '').startsWith('Total'));
    expect(ovp).toMatchObject({ salary: '90000', percent_time: '1', months: '12', positions: '4', cost: String(BDW.A) });
  });

  it('bdw-csv --out writes the same CSV to a file', async () => {
    const printed = await cli([...NORFOLK, '--format', 'bdw-csv']);
    const r = await cli([...NORFOLK, '--format', 'bdw-csv', '--out', 'bdw.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.written['bdw.csv']).toBe(printed.stdout);
  });
});

describe('--format narrative', () => {
  it('prints the budget narrative as Markdown: a title, one section per category, the amounts and how they are computed', async () => {
    const r = await cli([...NORFOLK, '--format', 'narrative']);
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([]);
    const text = r.stdout;
    expect(text.split('\n')[0]).toBe('# Budget narrative — Norfolk, VA, Year 1');
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings.map((h) => h.slice(3).split(' — ')[0])).toEqual(['Overview', 'Funding', 'A. Personnel', 'B. Fringe Benefits', 'G. Subawards', 'H. Procurement Contracts', 'I. Other Costs']);
    const usd = (x: number) => `$${x.toLocaleString('en-US')}`;
    expect(text).toContain(`of ${usd(NORFOLK_CAPS.total)} funds`);
    expect(text).toContain(`## B. Fringe Benefits — ${usd(BDW.B)}`);
    expect(text).toContain(`## I. Other Costs — ${usd(BDW.I)}`);
    expect(text).toContain('4 staff at $90,000');
    expect(text).toContain('30% of salary');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('--out writes it to a file (for a .md or .txt attachment)', async () => {
    const r = await cli([...NORFOLK, '--format', 'narrative', '--out', 'narrative.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(String(r.written['narrative.md'])).toMatch(/^# Budget narrative — Norfolk, VA/);
  });
});

describe('binary formats need --out', () => {
  for (const format of ['xlsx', 'bdw']) {
    it(`--format ${format} without --out is exit 2 naming --format and --out`, async () => {
      const r = await cli([...NORFOLK, '--format', format]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.written).toEqual({});
      expect(r.stderr).toHaveLength(1);
      expect(r.stderr[0]).toMatch(new RegExp(`^--format ${format}: .*--out`));
    });
  }

  it('the other problems are reported with it', async () => {
    const r = await cli(['--population', '0', '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([
      '--format xlsx: writes an Excel workbook, which needs --out FILE.xlsx (a workbook is never written to standard output).',
      '--population: Population must be a whole number from 1 to 50,000,000.',
    ]);
  });
});

interface JsonPlan {
  city?: unknown;
  input: Record<string, unknown>;
  budget: { total: number; lines: { id: string; amount: number }[] };
  roles: { id: string; headcount: number }[];
  overrides: { id: string; value: unknown }[];
  [key: string]: unknown;
}

async function json(argv: string[], files: Record<string, string> = {}): Promise<JsonPlan> {
  const r = await cli([...argv, '--format', 'json'], files);
  expect(r.stderr).toEqual([]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonPlan;
}

/** The plan without the city preset's provenance (a plan file records values, not where they came from). */
function withoutCity(plan: JsonPlan): JsonPlan {
  const copy = { ...plan };
  delete copy.city;
  return copy;
}

async function planFile(argv: string[]): Promise<string> {
  const r = await cli([...argv, '--format', 'plan-file', '--out', 'plan.json']);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe('');
  expect(r.stderr).toEqual(['Wrote the plan-file output to plan.json.']);
  return String(r.written['plan.json']);
}

describe('--format plan-file and --plan', () => {
  it('a plan file holds the inputs and the assumptions changed, never computed numbers', async () => {
    const text = await planFile([...NORFOLK, '--cost-of-living', '1.1']);
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(doc).sort()).toEqual(['activeScenario', 'format', 'scenarios', 'version']);
    const scenarios = doc.scenarios as Record<string, unknown>[];
    expect(scenarios).toHaveLength(1);
    expect(Object.keys(scenarios[0] ?? {}).sort()).toEqual(['assumptions', 'currentStaffing', 'funding', 'input', 'multiYear', 'name']);
    expect(doc).toMatchObject({
      format: 'cvi-ecosystem-plan',
      version: 2,
      activeScenario: 0,
      scenarios: [
        {
          input: { placeName: 'Norfolk', state: 'VA', population: 238_005, preset: 'caps', method: 'population', serviceReachPct: 100 },
          assumptions: { costOfLiving: 1.1 },
        },
      ],
    });
    expect(text).not.toContain(String(NORFOLK_CAPS.total));
    expect(text).not.toMatch(/budget|total|headcount/i);
  });

  it('prints to standard output without --out', async () => {
    const r = await cli([...NORFOLK, '--format', 'plan-file']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { format: string }).format).toBe('cvi-ecosystem-plan');
  });

  it('round trip: a plan file read with --plan gives the same plan as the flags that wrote it (Norfolk, §9)', async () => {
    const file = await planFile(NORFOLK);
    const fromFile = await json(['--plan', 'plan.json'], { 'plan.json': file });
    const fromFlags = await json(NORFOLK);
    expect(fromFile).toEqual(withoutCity(fromFlags));
    expect(fromFile.budget.total).toBe(NORFOLK_CAPS.total);
    expect(Object.fromEntries(fromFile.roles.map((r) => [r.id, r.headcount]))).toEqual(NORFOLK_CAPS.headcounts);
  });

  it('round trip keeps every input and assumption flag', async () => {
    const argv = ['--place', 'Riverton', '--state', 'ZZ', '--population', '120000', '--homicides', '30', '--nonfatal-shootings', '90', '--reach', '60', '--hospital-reach', '40', '--method', 'violence-adjusted', '--fringe', '0.25', '--cost-of-living', '1.2'];
    const file = await planFile(argv);
    expect(await json(['--plan', 'plan.json'], { 'plan.json': file })).toEqual(await json(argv));
    const custom = ['--population', '90000', '--high-risk-count', '150', '--preset', 'caps'];
    expect(await json(['--plan', 'plan.json'], { 'plan.json': await planFile(custom) })).toEqual(await json(custom));
  });

  it('round trip through the real file system', async () => {
    const dir = tempDir();
    const path = join(dir, 'norfolk.json');
    const written = await cliOnDisk([...NORFOLK, '--format', 'plan-file', '--out', path]);
    expect(written.code).toBe(0);
    const read = await cliOnDisk(['--plan', path, '--format', 'json']);
    expect(read.code).toBe(0);
    expect((JSON.parse(read.stdout) as JsonPlan).budget.total).toBe(NORFOLK_CAPS.total);
  });

  it('flags given with --plan override the file’s values', async () => {
    const files = { 'plan.json': await planFile([...NORFOLK, '--cost-of-living', '1.1']) };
    // One input and one assumption changed; the rest (place, preset, cost of living) from the file.
    expect(await json(['--plan', 'plan.json', '--reach', '50', '--fringe', '0.25'], files)).toEqual(
      withoutCity(await json([...NORFOLK, '--cost-of-living', '1.1', '--reach', '50', '--fringe', '0.25'])),
    );
    // A flag replaces a file's assumption of the same name.
    expect(await json(['--plan', 'plan.json', '--cost-of-living', '1'], files)).toEqual(withoutCity(await json(NORFOLK)));
    // --preset and --method override too.
    expect(await json(['--plan', 'plan.json', '--preset', 'shooting-informed'], files)).toEqual(
      withoutCity(await json(['--city', 'Norfolk, VA', '--preset', 'shooting-informed', '--cost-of-living', '1.1'])),
    );
    // --city replaces the file's place; the file's method, preset and assumptions stay.
    expect(withoutCity(await json(['--plan', 'plan.json', '--city', 'Detroit, MI'], files))).toEqual(
      withoutCity(await json(['--city', 'Detroit, MI', '--preset', 'caps', '--cost-of-living', '1.1'])),
    );
  });

  it('--city with --plan does not carry the file’s local high-risk count to another place', async () => {
    const files = { 'plan.json': await planFile(['--population', '90000', '--high-risk-count', '150']) };
    const r = await cli(['--plan', 'plan.json', '--city', 'Norfolk, VA'], files);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual(['--high-risk-count: Local high-risk count is needed when the high-risk estimate is a local count.']);
    expect((await json(['--plan', 'plan.json', '--city', 'Norfolk, VA', '--high-risk-count', '200'], files)).input).toMatchObject({ placeName: 'Norfolk', localHighRiskCount: 200, method: 'custom' });
  });

  it('the table says the plan came from the file', async () => {
    const r = await cli(['--plan', 'plan.json'], { 'plan.json': await planFile(NORFOLK) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Plan file: plan.json.');
    expect(r.stdout).toMatch(/Population\s+238,005\s+plan file/);
    expect(r.stdout).toMatch(/Total annual budget\s+\$19,883,025/);
  });

  it('--plan can feed every export, e.g. the workbook', async () => {
    const out = join(tempDir(), 'from-plan.xlsx');
    const path = join(tempDir(), 'plan.json');
    writeFileSync(path, await planFile(NORFOLK));
    const r = await cliOnDisk(['--plan', path, '--format', 'xlsx', '--out', out]);
    expect(r.code).toBe(0);
    const budget = sheet(await readWorkbook(out), 'Budget');
    expect(numberIn(budget, rowsWhere(budget, 1, 'Total')[0] ?? 0, 3)).toBe(NORFOLK_CAPS.total);
  });
});

describe('--plan failures: exit 2, a clear message, nothing written', () => {
  const VALID = {
    format: 'cvi-ecosystem-plan',
    version: 1,
    input: {
      placeName: 'Norfolk',
      state: 'VA',
      population: 238005,
      homicides: 50,
      fatalShootings: null,
      nonfatalShootings: null,
      serviceReachPct: 100,
      hospitalReachPct: 50,
      method: 'population',
      localHighRiskCount: null,
      preset: 'caps',
    },
    assumptions: {},
  };

  async function refused(text: string, extra: string[] = []): Promise<string[]> {
    const r = await cli(['--plan', 'plan.json', '--format', 'xlsx', '--out', 'plan.xlsx', ...extra], { 'plan.json': text });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.written).toEqual({});
    for (const line of r.stderr) expect(line).toMatch(/^--plan: /);
    return r.stderr;
  }

  it('the valid document used below is read (so each failure is the one change)', async () => {
    expect((await json(['--plan', 'plan.json'], { 'plan.json': JSON.stringify(VALID) })).budget.total).toBe(NORFOLK_CAPS.total);
  });

  it('damaged JSON', async () => {
    expect(await refused(JSON.stringify(VALID).slice(0, 80))).toEqual(['--plan: This file is damaged or not a plan: it is not valid JSON.']);
  });

  it('a JSON file that is not a plan, or has the wrong "format"', async () => {
    expect(await refused(JSON.stringify({ ...VALID, format: 'spreadsheet' }))).toEqual([
      '--plan: This is not a CVI Ecosystem plan: its "format" must be "cvi-ecosystem-plan".',
    ]);
    expect(await refused('[1, 2, 3]')).toEqual(['--plan: This is not a plan: expected a JSON object.']);
  });

  it('a plan from a future version', async () => {
    const [line] = await refused(JSON.stringify({ ...VALID, version: 99 }));
    expect(line).toMatch(/^--plan: This plan was saved by a newer version of the planner \(format version 99\).*Update the planner/);
  });

  it('a missing or broken version', async () => {
    expect(await refused(JSON.stringify({ ...VALID, version: 'one' }))).toEqual(['--plan: This plan has no valid "version" (a whole number from 1).']);
  });

  // VALID is a version-1 file: it is migrated to the current format, where its plan is the first
  // scenario, so a problem is named by its place in the current format.
  it('an invalid population inside, named by its place in the file', async () => {
    expect(await refused(JSON.stringify({ ...VALID, input: { ...VALID.input, population: 0 } }))).toEqual([
      '--plan: scenarios.0.input.population: Population must be a whole number from 1 to 50,000,000.',
    ]);
    const [line] = await refused(JSON.stringify({ ...VALID, input: { ...VALID.input, population: 'lots' } }));
    expect(line).toMatch(/^--plan: scenarios\.0\.input\.population: Population/);
  });

  it('an invalid or unknown assumption inside', async () => {
    expect(await refused(JSON.stringify({ ...VALID, assumptions: { fringeRate: 3 } }))).toEqual([
      '--plan: scenarios.0.assumptions.fringeRate: Fringe benefits (share of salary) must be a number from 0% to 100%.',
    ]);
    const [line] = await refused(JSON.stringify({ ...VALID, assumptions: { fringe: 0.3 } }));
    expect(line).toMatch(/^--plan: scenarios\.0\.assumptions\.fringe: Unknown assumption "fringe"/);
  });

  it('an oversized file (over 1 MB), by its size in bytes', async () => {
    const padded = JSON.stringify(VALID).replace(/}$/, `${' '.repeat(1_000_001)}}`);
    expect(await refused(padded)).toEqual(['--plan: "plan.json" is too large to be a plan (over 1 MB).']);
    // 600,000 characters of two bytes each: 1.2 MB on disk although under a million characters.
    const wide = JSON.stringify({ ...VALID, note: 'é'.repeat(600_000) });
    expect(wide.length).toBeLessThan(1_000_000);
    expect(await refused(wide)).toEqual(['--plan: "plan.json" is too large to be a plan (over 1 MB).']);
  });

  it('an oversized file on disk is refused from its size, before it is read', async () => {
    const path = join(tempDir(), 'big.json');
    writeFileSync(path, JSON.stringify(VALID).replace(/}$/, `${' '.repeat(1_200_000)}}`));
    const r = await cliOnDisk(['--plan', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toEqual([`--plan: "${path}" is too large to be a plan (over 1 MB).`]);
  });

  it('a plan file of exactly 1 MB is still read', async () => {
    const text = JSON.stringify(VALID);
    const exact = text.replace(/}$/, `${' '.repeat(1_000_000 - text.length)}}`);
    expect(new TextEncoder().encode(exact).length).toBe(1_000_000);
    expect((await json(['--plan', 'plan.json'], { 'plan.json': exact })).budget.total).toBe(NORFOLK_CAPS.total);
  });

  it('a byte order mark before the JSON is not damage', async () => {
    expect((await json(['--plan', 'plan.json'], { 'plan.json': `\uFEFF${JSON.stringify(VALID)}` })).budget.total).toBe(NORFOLK_CAPS.total);
  });

  it('a file that is missing, a folder, or no name at all, named in the message', async () => {
    const missing = await cli(['--plan', 'nowhere.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toEqual(['--plan: cannot read "nowhere.json": no such file or folder.']);

    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    const folder = await cliOnDisk(['--plan', join(dir, 'plans')]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toEqual([`--plan: cannot read "${join(dir, 'plans')}": it is a folder, not a file.`]);

    const onDisk = await cliOnDisk(['--plan', join(dir, 'nowhere.json')]);
    expect(onDisk.code).toBe(2);
    expect(onDisk.stderr).toEqual([`--plan: cannot read "${join(dir, 'nowhere.json')}": no such file or folder.`]);

    const blank = await cli(['--plan', ' ']);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toEqual(['--plan: Plan file must be a file name.']);
  });

  it('bad flags given with a good plan file are reported by their flag', async () => {
    const r = await cli(['--plan', 'plan.json', '--reach', '150', '--fringe', '30'], { 'plan.json': JSON.stringify(VALID) });
    expect(r.code).toBe(2);
    expect(r.stderr).toHaveLength(2);
    expect(r.stderr[0]).toBe('--fringe: Fringe benefits (share of salary) must be a number from 0% to 100%. Give it as a fraction or with a % sign: 0.3 or 30% means 30%.');
    expect(r.stderr[1]).toMatch(/^--reach: Service reach .*from 0 to 100/);
  });

  it('a flag problem and a plan file problem are both reported', async () => {
    const r = await cli(['--plan', 'plan.json', '--format', 'pdf'], { 'plan.json': '{' });
    expect(r.code).toBe(2);
    expect(r.stderr).toHaveLength(2);
    expect(r.stderr[0]).toMatch(/^--format: Output format must be one of: table, json, csv, xlsx, bdw, bdw-csv, narrative, plan-file, library\.$/);
    expect(r.stderr[1]).toBe('--plan: This file is damaged or not a plan: it is not valid JSON.');
  });
});

describe('batch (--input) and the one-plan exports', () => {
  const places = { 'places.csv': 'name,state,population,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach\nNorfolk,VA,238005,50,,,,\n' };

  for (const format of ['xlsx', 'bdw', 'bdw-csv', 'narrative', 'plan-file']) {
    it(`--format ${format} with --input is exit 2 with a clear message`, async () => {
      const r = await cli(['--input', 'places.csv', '--format', format, '--out', 'out.file'], places);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.written).toEqual({});
      expect(r.stderr).toEqual([`--format ${format}: exports one plan and cannot be used with --input; a batch is written as table, json, csv.`]);
    });
  }

  it('--format xlsx with --input and no --out is refused for the batch, not for the missing --out', async () => {
    const r = await cli(['--input', 'places.csv', '--format', 'xlsx'], places);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual(['--format xlsx: exports one plan and cannot be used with --input; a batch is written as table, json, csv.']);
  });

  it('--plan with --input is exit 2', async () => {
    const r = await cli(['--input', 'places.csv', '--plan', 'plan.json'], places);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual(['--plan: cannot be used with --input: a plan file describes one place, the CSV file many.']);
  });
});

describe('--help', () => {
  it('documents the export formats, --plan and how flags combine with it', async () => {
    const r = await cli(['--help']);
    for (const format of ['xlsx', 'bdw', 'bdw-csv', 'narrative', 'plan-file']) expect(r.stdout).toContain(format);
    expect(r.stdout).toContain('--plan FILE.json');
    expect(r.stdout).toMatch(/Flags given with it\s+override the file's values/);
  });
});

describe('npx tsx src/cli/main.ts --format xlsx', () => {
  it('writes a workbook through the real entry point', async () => {
    const dir = tempDir();
    const out = join(dir, 'plan.xlsx');
    // The process's own temp files (npx, tsx's compile cache) go in the test's folder, removed after it.
    const options = { cwd: process.cwd(), timeout: 60_000, env: { ...process.env, TMPDIR: dir } };
    const exit = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile('npx', ['tsx', 'src/cli/main.ts', ...NORFOLK, '--format', 'xlsx', '--out', out], options, (error, _stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stderr });
      });
    });
    expect(exit).toEqual({ code: 0, stderr: `Wrote the xlsx output to ${out}.\n` });
    expect([...readFileSync(out).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const budget = sheet(await readWorkbook(out), 'Budget');
    expect(numberIn(budget, rowsWhere(budget, 1, 'Total')[0] ?? 0, 3)).toBe(NORFOLK_CAPS.total);
  }, 60_000);
});

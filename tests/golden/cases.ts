// The golden cases: the command line's output for every shipped city preset under every
// methodology preset, in every text format, with a multi-year plan, the sensitivity and
// uncertainty analyses and the batch, plus the cells of the workbooks for a few cities.
// golden.test.ts checks the code still produces the baseline (baseline.json.gz) byte for byte.
// The baseline was first generated from 2faffb0, the commit before the redesign of issue 11, which
// changed no output. Issue 12 regenerated it for changes its readers asked for, and only those:
// the JSON gains capsReference (CAPS at the same reach); the table says "at full strength", adds
// the CAPS line and, with --years, year 1 and the multi-year total; the narrative is rewritten in
// plain words with whole people and funding; the federal worksheet gains "Not yet funded" (never
// counted as match) and a Summary sheet; the workbooks show whole people, list abbreviations and
// carry print setup; --help says so. Issue 14 regenerated it for its additions only (every caps
// and shooting-informed figure unchanged to the dollar): the JSON gains sites, benchmarks, each
// role's perSite and offInSiteTeams and the site-team assumptions; the table gains the reality
// check; the workbooks gain the Sites row, the site-team assumptions and the Benchmarks sheet;
// --help the site-based flags; the site-based preset joined the cases; and the federal
// worksheet's team notes in a ramp-up year name the share ("× 50% ramp-up"). A change meant to
// change outputs regenerates the baseline in the same commit with
// `npx tsx tests/golden/generate.ts`, and the reviewer reads the difference.
import ExcelJS from 'exceljs';
import { CITIES, cityKey } from '../../src/model';
import { cli } from '../cli/helpers';

const PRESETS = ['caps', 'shooting-informed', 'site-based'] as const;
const TODAY = new Date('2026-12-07T12:00:00Z');
/** Cities whose workbooks are compared cell by cell (workbooks are slow to build). */
const WORKBOOK_CITIES = ['Norfolk, VA', 'Chicago, IL', 'Flint, MI'];

async function text(argv: string[], files: Record<string, string> = {}): Promise<string> {
  const result = await cli(argv, files, TODAY);
  return JSON.stringify({ code: result.code, stdout: result.stdout, stderr: result.stderr });
}

/** Every cell's value (or formula and cached result) of every sheet, in order. */
async function workbookCells(bytes: Uint8Array): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: Record<string, string[]> = {};
  book.eachSheet((sheet) => {
    const cells: string[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.push(`${cell.address}=${JSON.stringify(cell.value)}|${cell.numFmt ?? ''}`);
      });
    });
    sheets[sheet.name] = cells;
  });
  return JSON.stringify(sheets);
}

async function workbook(argv: string[]): Promise<string> {
  const result = await cli([...argv, '--out', 'out.xlsx'], {}, TODAY);
  const bytes = result.written['out.xlsx'];
  if (!(bytes instanceof Uint8Array)) return JSON.stringify({ code: result.code, stderr: result.stderr });
  return workbookCells(bytes);
}

export async function goldenOutputs(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const batchRows = ['name,state,population,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach'];
  for (const city of CITIES) {
    const key = cityKey(city);
    batchRows.push(`"${city.name}",${city.state},${city.population},,,,60,50`);
    for (const preset of PRESETS) {
      const base = ['--city', key, '--preset', preset];
      for (const format of ['json', 'csv', 'table', 'narrative', 'bdw-csv', 'plan-file']) {
        out[`${key}|${preset}|${format}`] = await text([...base, '--format', format]);
      }
      const years = ['--years', '3', '--start-year', '2027', '--ramp', '50,75,100'];
      // The site-based preset skips the three largest JSON variants (each carries every figure's
      // working): its years, analyses and methods are pinned by the table and CSV outputs.
      const full = preset !== 'site-based';
      for (const format of full ? ['json', 'csv', 'table', 'bdw-csv'] : ['csv', 'table', 'bdw-csv']) {
        out[`${key}|${preset}|years|${format}`] = await text([...base, ...years, '--format', format]);
      }
      if (full) out[`${key}|${preset}|violence-adjusted|json`] = await text([...base, '--method', 'violence-adjusted', '--reach', '60', '--format', 'json']);
      const analyses = ['--sensitivity', '--uncertainty', '200', '--seed', '7'];
      if (full) out[`${key}|${preset}|sensitivity|json`] = await text([...base, ...analyses, '--format', 'json']);
      else out[`${key}|${preset}|sensitivity|table`] = await text([...base, ...analyses, '--format', 'table']);
    }
  }
  const batch = batchRows.join('\n');
  for (const preset of PRESETS) {
    for (const format of ['json', 'csv', 'table']) {
      out[`batch|${preset}|${format}`] = await text(['--input', 'places.csv', '--preset', preset, '--format', format], { 'places.csv': batch });
    }
  }
  for (const key of WORKBOOK_CITIES) {
    for (const preset of PRESETS) {
      const base = ['--city', key, '--preset', preset];
      out[`${key}|${preset}|xlsx`] = await workbook([...base, '--format', 'xlsx']);
      out[`${key}|${preset}|bdw`] = await workbook([...base, '--format', 'bdw']);
      out[`${key}|${preset}|years|xlsx`] = await workbook([...base, '--years', '3', '--start-year', '2027', '--format', 'xlsx']);
    }
  }
  out['help'] = await text(['--help']);
  return out;
}

// Test helpers for the command line: run it in memory (no process) and read its CSV with an
// independent parser (papaparse), so the tests check the output, not the writer's own logic.
import Papa from 'papaparse';
import { readTextFile, writeOutputFile } from '../../src/cli/files';
import { run, type CliIo } from '../../src/cli/run';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string[];
  written: Record<string, string | Uint8Array>;
}

/** Run the CLI with an in-memory file system: `files` maps paths to their text; `today` fixes the clock. */
export async function cli(argv: string[], files: Record<string, string> = {}, today?: Date): Promise<CliResult> {
  const result: CliResult = { code: -1, stdout: '', stderr: [], written: {} };
  const io: CliIo = {
    stdout: (text) => void (result.stdout += text),
    stderr: (line) => void result.stderr.push(line),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
    writeFile: async (path, data) => void (result.written[path] = data),
    ...(today ? { today: () => today } : {}),
  };
  result.code = await run(argv, io);
  return result;
}

/** Run the CLI against the real file system. */
export async function cliOnDisk(argv: string[]): Promise<CliResult> {
  const result: CliResult = { code: -1, stdout: '', stderr: [], written: {} };
  result.code = await run(argv, {
    stdout: (text) => void (result.stdout += text),
    stderr: (line) => void result.stderr.push(line),
    readFile: readTextFile,
    writeFile: writeOutputFile,
  });
  return result;
}

/** Parse CSV text into objects keyed by the header row. */
export function parseCsv(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`output is not valid CSV: ${parsed.errors[0]?.message}`);
  return parsed.data;
}

/** Parse CSV text into rows of cells (header included). */
export function parseCsvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`output is not valid CSV: ${parsed.errors[0]?.message}`);
  return parsed.data;
}

// docs/methodology.md §3–4: salary × (1 + 30% fringe) per person, national averages.
export const LOADED = { frontline: 60_000 * 1.3, counselor: 75_000 * 1.3, supervisor: 80_000 * 1.3, ovp: 90_000 * 1.3 };

/** docs/methodology.md §9: Norfolk, VA, preset caps. */
export const NORFOLK_CAPS = (() => {
  const headcounts = {
    'street-outreach': 16,
    mediator: 17,
    'case-manager': 10,
    'family-case-manager': 5,
    'victim-advocate': 8,
    'hospital-responder': 6,
    'trauma-counselor': 0,
    supervisor: 12,
    'ovp-staff': 4,
  };
  const frontline = 62 * LOADED.frontline; // 4,836,000
  const supervisionOvp = 12 * LOADED.supervisor + 4 * LOADED.ovp; // 1,716,000
  // staffing = frontline + supervisionOvp = 6,552,000
  const wraparound = 10_710_225; // $45,000 × 238.005
  return {
    headcounts,
    lines: {
      frontline,
      'supervision-ovp': supervisionOvp,
      'training-ta': 1_638_000, // 25% × staffing
      'data-evaluation': 982_800, // 15% × staffing
      wraparound,
    },
    total: 19_883_025,
    published: 19_889_880,
  };
})();

/**
 * docs/methodology.md §9 worked example: Detroit, MI, preset shooting-informed. Its 203 homicides
 * change nothing under the default population method, so the flags leave them out (given, the
 * command line adds a note saying so: tests/cli/forgiving-inputs.test.ts).
 */
export const DETROIT = {
  argv: ['--population', '639111', '--nonfatal-shootings', '606', '--reach', '100', '--hospital-reach', '50'],
  headcounts: {
    'street-outreach': 43,
    mediator: 46,
    'case-manager': 27,
    'family-case-manager': 13,
    'victim-advocate': 21,
    'hospital-responder': 8,
    'trauma-counselor': 19,
    supervisor: 35,
    'ovp-staff': 7,
  },
  lines: {
    frontline: 14_176_500,
    'supervision-ovp': 4_459_000,
    'training-ta': 4_658_875,
    'data-evaluation': 2_795_325,
    wraparound: 28_759_995,
  },
  total: 54_849_695,
};

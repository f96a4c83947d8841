// The command line's flags: the parseArgs configuration, the help text, and the translation of
// parseArgs failures into one message per problem that names the flag.
import { parseArgs } from 'node:util';
import { INPUT_FIELD_IDS, INPUT_FIELDS, type InputField } from '../model';
import { BATCH_COLUMNS, OPTIONAL_BATCH_COLUMNS } from '../model/batchCsv';

export const FORMATS = ['table', 'json', 'csv', 'xlsx', 'bdw', 'bdw-csv', 'narrative', 'plan-file', 'library'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Formats written as bytes (Excel workbooks): never to a terminal, always to --out. */
export const BINARY_FORMATS: ReadonlySet<OutputFormat> = new Set(['xlsx', 'bdw']);
/** Formats a batch (--input) can produce: one line or object per place. The others describe one plan. */
export const BATCH_FORMATS: ReadonlySet<OutputFormat> = new Set(['table', 'json', 'csv']);
/** Formats --sensitivity and --uncertainty add to (the exports describe the plan itself). */
export const ANALYSIS_FORMATS: ReadonlySet<OutputFormat> = new Set(['table', 'json', 'csv']);
/** Formats that save what was entered (a plan file, a library file): they keep --start-year and --ramp without --years. */
export const SAVED_FORMATS: ReadonlySet<OutputFormat> = new Set(['plan-file', 'library']);
/** Formats a library's list of plans (--library without --open) is written in. */
export const LISTING_FORMATS: ReadonlySet<OutputFormat> = new Set(['table', 'json', 'csv']);

type InputFlag = (typeof INPUT_FIELDS)[InputField]['flag'];
/** A flag for every input of the input table, each taking a value. */
const INPUT_OPTIONS = Object.fromEntries(INPUT_FIELD_IDS.map((id) => [INPUT_FIELDS[id].flag, { type: 'string' }])) as {
  readonly [F in InputFlag]: { readonly type: 'string' };
};

export const OPTIONS = {
  city: { type: 'string' },
  ...INPUT_OPTIONS,
  fringe: { type: 'string' },
  'cost-of-living': { type: 'string' },
  'participants-per-site': { type: 'string' },
  'case-management': { type: 'string' },
  years: { type: 'string' },
  'start-year': { type: 'string' },
  ramp: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  input: { type: 'string' },
  plan: { type: 'string' },
  library: { type: 'string' },
  open: { type: 'string' },
  name: { type: 'string' },
  sensitivity: { type: 'boolean' },
  'sensitivity-amount': { type: 'string' },
  uncertainty: { type: 'string' },
  seed: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type FlagName = keyof typeof OPTIONS;
/** The flags that take no value: given or not. */
export type BooleanFlag = { [K in FlagName]: (typeof OPTIONS)[K]['type'] extends 'boolean' ? K : never }[FlagName];
export type StringFlag = Exclude<FlagName, BooleanFlag>;
export type Flags = { readonly [K in StringFlag]?: string } & { readonly [K in BooleanFlag]: boolean };

/** The batch file's header row, wrapped under --input: its columns, then the optional ones in brackets. */
function batchHeaderHelp(): string {
  const words = [...BATCH_COLUMNS.map((c, i) => (i < BATCH_COLUMNS.length - 1 ? `${c},` : c)), ...OPTIONAL_BATCH_COLUMNS.map((c) => `[,${c}]`)];
  const lines: string[] = [''];
  for (const word of words) {
    const last = lines.length - 1;
    if ((lines[last] ?? '').length + word.length > 58) lines.push(word);
    else lines[last] = `${lines[last] ?? ''}${word}`;
  }
  return lines.map((line, i) => `${' '.repeat(31)}${line}${i === lines.length - 1 ? '.' : ''}`).join('\n');
}

/** "reach 100, …": what a blank percentage cell means, from the input table. */
function blankCellDefaults(): string {
  return INPUT_FIELD_IDS.flatMap((id) => {
    const spec = INPUT_FIELDS[id];
    return spec.kind === 'percent' ? [`${spec.csvColumn.replace(/_/g, ' ')} ${spec.defaultValue}`] : [];
  }).join(', ');
}

/** --help's lines for the input table's flags (those `which` picks), in table order. */
function inputFlagsHelp(which: (spec: (typeof INPUT_FIELDS)[InputField]) => boolean): string {
  return INPUT_FIELD_IDS.filter((id) => which(INPUT_FIELDS[id]))
    .map((id) => {
      const spec = INPUT_FIELDS[id];
      const [first, ...rest] = spec.cliHelp.split('\n');
      return [`  ${`--${spec.flag} ${spec.flagValue}`.padEnd(29)}${first}`, ...rest.map((line) => `${' '.repeat(31)}${line}`)].join('\n');
    })
    .join('\n');
}

export const USAGE = `Usage: npm run -s plan -- [flags]
       npm run -s plan -- --plan plan.json [flags]
       npm run -s plan -- --library plans.json [--open NAME [flags]]
       npm run -s plan -- --input places.csv [flags]

Plan a community violence intervention (CVI) ecosystem for a place: staffing, annual budget,
and the working behind every number (methodology: docs/methodology.md).

Place (one plan):
  --city "Name, ST"            Start from a city preset (population, latest homicide and
                               shooting counts). Explicit flags below override it.
${inputFlagsHelp((spec) => spec.csvColumn !== null)}

Method and assumptions (one plan or every row of a batch):
${inputFlagsHelp((spec) => spec.csvColumn === null)}
  --fringe RATE                Fringe benefits as a share of salary, e.g. 0.3 for 30%.
  --cost-of-living X           Multiplier on every salary, e.g. 1.2 (default 1).
  --participants-per-site N    Site teams (--preset site-based): participants one site
                               serves (default 50). Sites = participants ÷ N, rounded up.
  --case-management on|off     Site teams (--preset site-based): add case managers, family
                               case managers and victim advocates at their caseloads
                               (default off: the site teams carry the case work).

Multi-year plan (one plan; not with --input):
  --years N                    Plan N fiscal years (1-10) with a ramp-up to full staffing:
                               adds a per-year section (table), "years" and
                               "cumulativeTotal" (json), year rows (csv), a sheet per year
                               (xlsx, bdw, bdw-csv; the narrative describes the first year).
                               Without --years the output is the plan at full strength only.
  --start-year YYYY            First fiscal year, 2000-2100 (default: the plan file's, else
                               next calendar year).
  --ramp PCT,PCT,...           Share of full staffing per year, in percent (default
                               50,75,100; years after the last share are at 100%).
                               --start-year and --ramp need --years, except with
                               --format plan-file or library, which save them.

Plan file (save a plan, open it again):
  --plan FILE.json             Read the place, inputs and assumptions from a plan file
                               (written by --format plan-file or the planner's Export menu,
                               "Save plan file") instead of flags. Flags given with it
                               override the file's values: --population 250000 changes only
                               the population; --method, --preset, --fringe and
                               --cost-of-living replace the file's; --city "Name, ST"
                               replaces the file's place (name, state, population, counts
                               and local high-risk count). A damaged, wrong, oversized
                               (over 1 MB) or newer-version file is refused (exit status 2).
                               The file's active scenario is planned; its start year and
                               ramp are the defaults for --start-year and --ramp. Its
                               current staffing adds the hires needed per role; its
                               funding sources (with --years) add the funded share and the
                               gap each year. --format plan-file writes the whole file back
                               (every scenario, funding and current staffing kept) with
                               the flags' changes. Not with --input.

Plans library (several named plans in one file, as the planner's "Your plans" page keeps them):
  --library FILE.json          List the plans of a library file (written by the planner's
                               "Download all plans" or --format library): position, name,
                               place, preset, annual budget at full strength (of each
                               plan's active scenario) and last change. --format json
                               gives an array of {id, name, place, preset, total,
                               updatedAt, scenarios}; --format csv the same columns. A
                               plan inside that cannot be opened is named on standard
                               error with the reason and the others are listed (exit
                               status 2). A damaged, wrong, oversized (over 20 MB) or
                               newer-version library is refused (exit status 2). Not with
                               --plan or --input.
  --open NAME                  Plan one plan of the library: NAME is its name (exactly, or
                               in any capitals) or its position (1, 2, ...). It is planned
                               exactly as --plan plans a plan file: every format, flags
                               on top. An unknown or ambiguous name is refused, listing
                               the plans (exit status 2).
  --name NAME                  The plan's name in --format library (1-80 characters;
                               default: its name in the library read, else its place).

Sensitivity and ranges (one plan, or --uncertainty for every row of a batch; table, json
and csv output):
  --sensitivity                Move each key assumption (each caseload, all salaries, fringe,
                               wraparound per participant, reach, the high-risk rate;
                               site teams: participants per site and direct assistance in
                               place of the site roles' caseloads and wraparound) down
                               and up, one at a time, the rest held, and show the annual
                               budget at full strength each way, largest swing first:
                               a "Sensitivity" section (table), "sensitivity" and
                               "sensitivityBase" (json), rows with table=sensitivity (csv).
                               Not with --input.
  --sensitivity-amount PCT     How far each assumption moves, percent 1-90 (default 20).
                               Needs --sensitivity.
  --uncertainty N              Plan N times (100-100,000 draws) with every uncertain
                               assumption drawn at random from its range (the sources'
                               range where the methodology gives one, e.g. outreach
                               caseload 15-20, fringe 22-38%; else +/-20%) and report the
                               10th, 50th and 90th percentiles of the total and of staff:
                               a "Range" section (table), "uncertainty" (json), rows with
                               table=uncertainty (csv); with --input, p10/p50/p90 of each
                               place's total. Ranges under the stated assumptions, not a
                               forecast.
  --seed S                     Seed of the draws, a whole number 0-4294967295 (default 1):
                               the same seed gives the same ranges. Needs --uncertainty.

Batch (for funders):
  --input FILE.csv             Plan every row of a CSV file with the header
${batchHeaderHelp()}
                               Blank cells: counts not given, ${blankCellDefaults()}.
                               A bad row is reported as "line N: column: problem" and the
                               other rows are still planned (exit status 2).

Output:
  --format F                   table (default): a readable staffing and budget table,
                                 the total at full strength beside the CAPS method at
                                 the same reach, and a reality check beside what real
                                 programs spend;
                               json: the plan with the working behind every figure,
                                 "sites" (site teams; 0 outside the site-based
                                 preset), "capsReference" (the CAPS method at the
                                 plan's own reach: total, totalHeadcount, reachPct,
                                 hospitalReachPct), "costOfViolence" (null
                                 without shooting counts) and "benchmarks" (the
                                 reality check: metric, plan, low, median, high,
                                 count);
                               csv: staffing and budget lines (batch: one row per place;
                                 with --years, rows per year and a last "year" column);
                               xlsx: the live Excel workbook (Summary, Assumptions,
                                 Staffing, Budget, Benchmarks; formulas recalculate;
                                 with --years a sheet per year, with a plan file
                                 Funding and Hires sheets) - needs --out;
                               bdw: the federal Budget Detail Worksheet with the budget
                                 narrative as an Excel workbook - needs --out;
                               bdw-csv: the Budget Detail Worksheet as CSV;
                               narrative: the budget narrative as Markdown text;
                               plan-file: the plan file (inputs and assumptions only,
                                 never computed numbers) that --plan reads;
                               library: a library file holding this one plan (named
                                 after its place, or --name), which the planner's
                                 "Add plans from a file" adds beside a person's plans
                                 and --library reads.
                               A batch (--input) takes table, json or csv only.
  --out FILE                   Write the output to FILE instead of standard output.
  -h, --help                   Show this help.

Exit status: 0 success; 2 invalid input (one line on standard error per problem);
1 unexpected internal error. Use "npm run -s" to keep npm's own lines out of the output.

Examples:
  npm run -s plan -- --city "Norfolk, VA" --preset caps
  npm run -s plan -- --population 639111 --homicides 203 --nonfatal-shootings 606 --format json
  npm run -s plan -- --city "Norfolk, VA" --preset caps --format xlsx --out norfolk.xlsx
  npm run -s plan -- --city "Detroit, MI" --years 3 --start-year 2027 --ramp 50,75,100
  npm run -s plan -- --city "Norfolk, VA" --format plan-file --out norfolk.json
  npm run -s plan -- --plan norfolk.json --reach 60 --format bdw --out worksheet.xlsx
  npm run -s plan -- --city "Detroit, MI" --format library --out detroit.json
  npm run -s plan -- --library plans.json --open "Norfolk, VA" --format json
  npm run -s plan -- --city "Norfolk, VA" --preset caps --sensitivity --uncertainty 10000 --seed 7
  npm run -s plan -- --input places.csv --format csv --out plans.csv
`;

export type ParsedFlags = { ok: true; flags: Flags } | { ok: false; problems: string[] };

interface ParseArgsError extends Error {
  code: string;
}

function isParseArgsError(error: unknown): error is ParseArgsError {
  return (
    error instanceof Error &&
    typeof (error as Partial<ParseArgsError>).code === 'string' &&
    (error as ParseArgsError).code.startsWith('ERR_PARSE_ARGS')
  );
}

/** Parse argv in strict mode; every problem becomes one message naming the flag. */
export function parseFlags(argv: readonly string[]): ParsedFlags {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    return { ok: false, problems: describeParseProblems(argv, error) };
  }
  const seen = new Map<string, number>();
  for (const token of parsed.tokens) {
    if (token.kind === 'option') seen.set(token.name, (seen.get(token.name) ?? 0) + 1);
  }
  const repeated = [...seen].filter(([, count]) => count > 1).map(([name]) => `--${name}: given more than once; give each flag once.`);
  if (repeated.length > 0) return { ok: false, problems: repeated };
  return { ok: true, flags: { ...parsed.values, help: parsed.values.help === true, sensitivity: parsed.values.sensitivity === true } };
}

/**
 * Strict parseArgs stops at the first problem. Walk the arguments again without strict mode to
 * name every problem; fall back to parseArgs' own message if the walk finds nothing.
 */
function describeParseProblems(argv: readonly string[], error: ParseArgsError): string[] {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const problems: string[] = [];
  let unknownAt = -2; // index of the last unknown flag: the word after it is taken as its value
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (token.index === unknownAt + 1) continue;
      problems.push(`"${token.value}": unexpected argument; every value follows its flag, e.g. --population 238005 (see --help).`);
    } else if (token.kind === 'option') {
      const spec = Object.prototype.hasOwnProperty.call(OPTIONS, token.name) ? OPTIONS[token.name as FlagName] : undefined;
      if (!spec) {
        if (token.value === undefined) unknownAt = token.index;
        problems.push(`${token.rawName}: unknown flag (see --help for the flags).`);
      } else if (spec.type === 'boolean') {
        if (token.value !== undefined) problems.push(`${token.rawName}: takes no value.`);
      } else if (token.value === undefined) {
        problems.push(`--${token.name}: needs a value.`);
      } else if (!token.inlineValue && (token.value.startsWith('--') || isShortFlag(token.value))) {
        problems.push(`--${token.name}: needs a value (found the flag ${token.value} instead).`);
      } else if (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')) {
        problems.push(
          `--${token.name}: needs a value, but "${token.value}" looks like a flag (to give a value that starts with "-", write --${token.name}=${token.value}).`,
        );
      }
    }
  }
  return problems.length > 0 ? problems : [error.message];
}

const isShortFlag = (arg: string): boolean => /^-[A-Za-z]$/.test(arg);

/** Whether --help or -h appears before a "--" terminator: help wins over every other problem. */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

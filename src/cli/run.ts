// The command line as a function: argv in, text out through `io`, exit status back. main.ts wires
// it to the process; tests call it directly.
import {
  computePlan,
  computeMultiYear,
  costOfViolence,
  fundingPicture,
  hiresNeeded,
  activeScenarioOf,
  monteCarlo,
  PLAN_NAME_MAX,
  resolveAssumptions,
  sensitivity,
  validateOverrides,
  type AssumptionOverrides,
  type LibraryPlan,
  type PlanDocument,
  type Scenario,
} from '../model';
import { MULTI_YEAR_FLAGS, readAnalysisFlags, readMultiYearFlags, type AnalysisFlags } from './analysisFlags';
import { formatProblem, readSettings, readSingleInput, siteFlagProblems, unusedFlagNotes, type PlanFileBase, type Problem, type Settings, type SingleInput } from './inputs';
import { emit, EXIT_INTERNAL, EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { choosePlan, NAME_RULE, readLibraryFile, unreadableLines, writtenName } from './libraryFile';
import { ANALYSIS_FORMATS, SAVED_FORMATS, USAGE, parseFlags, wantsHelp, type Flags } from './options';
import { planDocumentToWrite, readPlanFile } from './planFile';
import { renderSingle, terminalText, warningWhere, type PlanExtras } from './render';
import { runBatch } from './runBatch';
import { runLibraryList } from './runLibrary';

export { EXIT_INTERNAL, EXIT_INVALID, EXIT_OK, type CliIo } from './io';

/** Run the command line. Never throws: an unexpected error is reported and gives exit status 1. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const say = (line: string) => io.stderr(terminalText(line));
  try {
    return await runOrThrow(argv, io, say);
  } catch (error) {
    say(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_INTERNAL;
  }
}

async function runOrThrow(argv: readonly string[], io: CliIo, say: (line: string) => void): Promise<number> {
  if (wantsHelp(argv)) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const parsed = parseFlags(argv);
  if (!parsed.ok) {
    parsed.problems.forEach(say);
    return EXIT_INVALID;
  }
  const { flags } = parsed;
  const { settings, problems } = readSettings(flags);
  const analysis = readAnalysisFlags(flags);
  problems.push(...analysis.problems);
  if (!ANALYSIS_FORMATS.has(settings.format)) {
    for (const flag of ['sensitivity', 'uncertainty'] as const) {
      if (flag === 'sensitivity' ? flags.sensitivity : flags[flag] !== undefined) {
        problems.push({
          where: `--${flag}`,
          message: `adds a section to table, json and csv output only, not to --format ${settings.format}.`,
        });
      }
    }
  }
  if (flags.input !== undefined) return runBatch(flags, flags.input, settings, analysis, problems, io, say);
  // --library alone lists its plans; with --open it plans one of them, as --plan plans a plan file.
  if (flags.library !== undefined && flags.open === undefined && flags.plan === undefined) return runLibraryList(flags, flags.library, settings, problems, io, say);
  return runSingle(flags, settings, analysis, problems, io, say);
}

/** The saved plan a run starts from: a plan file (--plan) or one plan of a library (--library, --open). */
interface PlanSource {
  readonly flag: 'plan' | 'library';
  readonly path: string;
  readonly doc: PlanDocument;
  /** The library's entry, with --library. */
  readonly entry?: LibraryPlan;
  readonly library?: SingleInput['library'];
  /** What is worth saying about the file once the plan is planned (plans of the library not opened). */
  readonly notes: readonly string[];
}

type SourceRead = { ok: true; source: PlanSource | undefined } | { ok: false; messages: string[] };

async function readSource(flags: Flags, io: CliIo): Promise<SourceRead> {
  if (flags.plan !== undefined) {
    const read = await readPlanFile(flags.plan, io);
    return read.ok ? { ok: true, source: { flag: 'plan', path: flags.plan, doc: read.doc, notes: [] } } : read;
  }
  if (flags.library === undefined || flags.open === undefined) return { ok: true, source: undefined };
  const path = flags.library;
  const read = await readLibraryFile(path, io);
  if (!read.ok) return read;
  const choice = choosePlan(read.opened, flags.open, path);
  if (!choice.ok) return { ok: false, messages: [choice.message, ...unreadableLines(read.opened, 'so it cannot be chosen')] };
  const { entry, position } = choice;
  return {
    ok: true,
    source: {
      flag: 'library',
      path,
      doc: entry.plan,
      entry,
      library: { path, name: entry.name, position, count: read.opened.library.plans.length },
      notes: [...read.warnings, ...unreadableLines(read.opened, 'so it is left out')].map((line) => `warning: ${line}`),
    },
  };
}

/** Flags that belong with a saved plan, given where they mean nothing or together with one they exclude. */
function sourceFlagProblems(flags: Flags, settings: Settings): Problem[] {
  const problems: Problem[] = [];
  if (flags.plan !== undefined && flags.library !== undefined) {
    problems.push({ where: '--library', message: 'cannot be used with --plan: give a plan file (--plan FILE), or a library and one of its plans (--library FILE --open NAME).' });
  }
  if (flags.open !== undefined && flags.library === undefined) {
    problems.push({ where: '--open', message: 'needs --library FILE.json: it chooses which plan of the library to plan.' });
  }
  if (flags.name !== undefined && settings.format !== 'library') {
    problems.push({ where: '--name', message: 'names the plan in a library file: it needs --format library.' });
  } else if (flags.name !== undefined && (flags.name.trim() === '' || flags.name.trim().length > PLAN_NAME_MAX)) {
    problems.push({ where: '--name', message: NAME_RULE });
  }
  return problems;
}

async function runSingle(
  flags: Flags,
  settings: Settings,
  analysis: AnalysisFlags,
  problems: Problem[],
  io: CliIo,
  say: (line: string) => void,
): Promise<number> {
  let base: PlanFileBase | undefined;
  let fileOverrides: AssumptionOverrides = {};
  let scenario: Scenario | undefined;
  problems.push(...sourceFlagProblems(flags, settings));
  // With --open but no --library, the plan it meant is missing: the input is not checked as if flags were all there was.
  const meantALibrary = flags.open !== undefined && flags.library === undefined && flags.plan === undefined;
  const read: SourceRead =
    (flags.plan !== undefined && flags.library !== undefined) || meantALibrary ? { ok: false, messages: [] } : await readSource(flags, io);
  if (!read.ok) {
    // The flags cannot be checked against a file that could not be read; report the rest.
    problems.map(formatProblem).forEach(say);
    read.messages.forEach(say);
    return EXIT_INVALID;
  }
  const { source } = read;
  const doc = source?.doc;
  if (doc) {
    // A plan may hold several scenarios; the command line plans the active one.
    scenario = activeScenarioOf(doc);
    base = { path: source.path, input: scenario.input };
    fileOverrides = scenario.assumptions;
  }

  const single = readSingleInput(flags, settings, base);
  // The file's start year and ramp (or the defaults) with --years, --start-year, --ramp on top.
  const years = readMultiYearFlags(flags, scenario?.multiYear);
  const all = single.ok ? [...problems, ...years.problems] : [...problems, ...single.problems, ...years.problems];
  if (!years.yearsGiven && !SAVED_FORMATS.has(settings.format)) {
    // Only a plan file keeps these without --years; elsewhere they would silently do nothing.
    for (const flag of [MULTI_YEAR_FLAGS.startYear, MULTI_YEAR_FLAGS.ramp]) {
      if (flags[flag] !== undefined) {
        all.push({ where: `--${flag}`, message: 'sets the multi-year plan, which is shown only with --years N (or saved with --format plan-file or library).' });
      }
    }
  }
  let overrides = settings.overrides;
  if (base && single.ok && all.length === 0) {
    // The file's assumptions, with --fringe / --cost-of-living on top, checked together against
    // the plan's preset (which a --preset flag may have changed).
    const merged = validateOverrides({ ...fileOverrides, ...settings.overrides }, single.value.input.preset);
    if (merged.ok) overrides = merged.overrides;
    else all.push(...merged.errors.map((e) => ({ where: overrideWhere(e.field, settings, source?.flag ?? 'plan'), message: e.message })));
  }
  if (single.ok && all.length === 0) all.push(...siteFlagProblems(flags, resolveAssumptions(single.value.input.preset, overrides)));
  if (all.length > 0 || !single.ok) {
    all.map(formatProblem).forEach(say);
    return EXIT_INVALID;
  }

  for (const w of [...(single.value.warnings ?? []), ...years.warnings]) say(`warning: ${formatProblem(w)}`);
  source?.notes.forEach(say);

  const input = single.value.input;
  const plan = computePlan(input, overrides);
  const today = io.today?.() ?? new Date();
  const multi = years.yearsGiven ? computeMultiYear(input, overrides, years.settings, today.getFullYear()) : null;
  const funding = scenario?.funding ?? [];
  const staffing = scenario?.currentStaffing ?? {};
  const extras: PlanExtras = {
    multi,
    funding: multi && funding.length > 0 ? fundingPicture(multi, funding) : null,
    hires: Object.keys(staffing).length > 0 ? hiresNeeded(plan, staffing) : null,
    costOfViolence: costOfViolence(plan),
    fundingSourcesWithoutYears: multi ? 0 : funding.length,
    fundingSources: funding,
    currentStaffing: staffing,
    // Both of the full-strength plan, with the same input and assumptions (the file's and the flags').
    sensitivity: analysis.sensitivity ? sensitivity(input, overrides, analysis.sensitivity.amount) : null,
    uncertainty: analysis.uncertainty ? monteCarlo(input, overrides, analysis.uncertainty) : null,
  };
  // What a plan file written now holds: the file read (every scenario, its funding and current
  // staffing) with the active scenario's input, assumptions and multi-year settings replaced.
  const written = planDocumentToWrite(doc, input, overrides, years.settings);
  const planned = { ...single.value, planFile: source?.flag === 'plan' ? source.path : undefined, library: source?.library };
  const libraryName = writtenName(flags.name, source?.entry);
  const output = await renderSingle(settings.format, { plan, single: planned, extras, doc: written, today, libraryName });
  // Only JSON and the table carry warnings; for every other format they go to standard error.
  if (settings.format !== 'json' && settings.format !== 'table') {
    for (const w of plan.warnings) say(`warning: ${warningWhere(w.field)}: ${w.message}`);
  }
  // A flag given that changes nothing in this plan is said, with the flag that would make it count.
  unusedFlagNotes(single.value, overrides).forEach(say);
  return (await emit(output, settings, io, say)) ? EXIT_OK : EXIT_INVALID;
}

const OVERRIDE_FLAG_OF: Readonly<Record<string, string>> = {
  fringeRate: 'fringe',
  costOfLiving: 'cost-of-living',
  'sites.participantsPerSite': 'participants-per-site',
  'sites.caseManagement': 'case-management',
};

function overrideWhere(field: string, settings: Settings, sourceFlag: 'plan' | 'library'): string {
  const flag = OVERRIDE_FLAG_OF[field];
  return flag && Object.prototype.hasOwnProperty.call(settings.overrides, field) ? `--${flag}` : `--${sourceFlag}: assumptions.${field}`;
}

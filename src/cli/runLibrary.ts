// A library's list of plans (--library FILE.json without --open): each plan by position, name,
// place, preset and its total at full strength, as a table, JSON or CSV. A plan inside that could
// not be opened is named on standard error with the reason, never skipped in silence.
import { formatProblem, type Problem, type Settings } from './inputs';
import { emit, EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { libraryRows, readLibraryFile, unreadableLines } from './libraryFile';
import { FORMATS, LISTING_FORMATS, OPTIONS, type FlagName, type Flags } from './options';
import { renderLibraryList } from './render';

/** The flags a listing takes; every other describes or changes one plan, and needs --open. */
const LISTING_FLAGS: ReadonlySet<FlagName> = new Set(['library', 'format', 'out', 'help']);

/** List the plans of the --library file; exit 2 if any plan in it could not be opened or the output not written. */
export async function runLibraryList(flags: Flags, path: string, settings: Settings, problems: Problem[], io: CliIo, say: (line: string) => void): Promise<number> {
  const conflicts: Problem[] = (Object.keys(OPTIONS) as FlagName[])
    .filter((flag) => !LISTING_FLAGS.has(flag) && flags[flag] !== undefined && flags[flag] !== false)
    .map((flag) => ({ where: `--${flag}`, message: 'is about one plan: with --library, add --open NAME to say which of its plans.' }));
  const formatRefused = !LISTING_FORMATS.has(settings.format);
  if (formatRefused) {
    conflicts.push({
      where: `--format ${settings.format}`,
      message: `writes one plan: with --library, add --open NAME to say which of its plans (the list of plans is written as ${FORMATS.filter((f) => LISTING_FORMATS.has(f)).join(', ')}).`,
    });
  }
  // One line per flag: a flag refused here is not also reported for its value.
  const refused = new Set(conflicts.map((c) => c.where));
  const all = [...problems.filter((p) => !refused.has(p.where) && !(formatRefused && p.where.startsWith('--format '))), ...conflicts];

  const read = await readLibraryFile(path, io);
  if (!read.ok || all.length > 0) {
    all.map(formatProblem).forEach(say);
    if (!read.ok) read.messages.forEach(say);
    return EXIT_INVALID;
  }
  read.warnings.forEach((w) => say(`warning: ${w}`));
  const damaged = unreadableLines(read.opened, 'so it is not listed');
  damaged.forEach(say);
  const output = renderLibraryList(settings.format, libraryRows(read.opened.library), path);
  const written = await emit(output, settings, io, say);
  return damaged.length > 0 || !written ? EXIT_INVALID : EXIT_OK;
}

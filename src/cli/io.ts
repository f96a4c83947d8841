// What the command line reads and writes through: the process (main.ts) or memory (the tests).
// Exit statuses, writing the output to standard output or --out, and file errors in plain words.
import type { Settings } from './inputs';

export interface CliIo {
  /** Write text to standard output as given. */
  stdout(text: string): void;
  /** Write one line (no line end) to standard error. */
  stderr(line: string): void;
  /**
   * Read a text file. With `limit`, a file larger than `maxBytes` may be refused without being
   * read, by throwing an error with code "EFBIG" (the caller checks the size of the text too).
   */
  readFile(path: string, limit?: { readonly maxBytes: number }): Promise<string>;
  /** Write text (UTF-8) or bytes (a workbook) to a file. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Today's date (the default start year is the next calendar year); the machine's clock if absent. */
  today?(): Date;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INVALID = 2;

/** Print the output, or write it to --out. False if the file could not be written. */
export async function emit(text: string | Uint8Array, settings: Settings, io: CliIo, say: (line: string) => void): Promise<boolean> {
  if (settings.out === undefined) {
    // readSettings refuses a binary format without --out; this is the last line of defence.
    if (typeof text !== 'string') throw new Error(`refusing to write ${settings.format} bytes to standard output`);
    io.stdout(text);
    return true;
  }
  try {
    await io.writeFile(settings.out, text);
  } catch (error) {
    say(`--out: cannot write "${settings.out}": ${fileErrorText(error)}.`);
    return false;
  }
  say(`Wrote the ${settings.format} output to ${settings.out}.`);
  return true;
}

export const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';

export function fileErrorText(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

// The command line's file access on the real file system (main.ts and the on-disk tests use it).
import { open, writeFile } from 'node:fs/promises';

/**
 * Read a UTF-8 text file. With `limit`, a file larger than `maxBytes` on disk is refused before
 * any of it is read (error code "EFBIG"): a plan file pointed at a video must not fill memory.
 */
export async function readTextFile(path: string, limit?: { readonly maxBytes: number }): Promise<string> {
  const file = await open(path, 'r');
  try {
    if (limit && (await file.stat()).size > limit.maxBytes) {
      throw Object.assign(new Error(`larger than ${limit.maxBytes} bytes`), { code: 'EFBIG' });
    }
    return await file.readFile('utf8');
  } finally {
    await file.close();
  }
}

/** Write text as UTF-8, or a workbook's bytes as they are. */
export function writeOutputFile(path: string, data: string | Uint8Array): Promise<void> {
  return writeFile(path, data);
}

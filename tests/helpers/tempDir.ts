// Temporary folders for tests that need the real file system. Each is made in the system's temp
// folder (os.tmpdir(), which follows TMPDIR) and removed with everything in it once it is no
// longer needed — whether the test passed or failed — so a test run leaves nothing behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * For a test file: returns a maker of temp folders named `prefix…`; each folder it makes is
 * removed after the test that made it. Call once, at the top level of the file.
 */
export function tempDirs(prefix: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) removeTempDir(dir);
  });
  return () => {
    const dir = makeTempDir(prefix);
    made.push(dir);
    return dir;
  };
}

/** Runs `use` with a fresh temp folder named `prefix…`, removed afterwards whatever happens. */
export function withTempDir<T>(prefix: string, use: (dir: string) => T): T {
  const dir = makeTempDir(prefix);
  try {
    return use(dir);
  } finally {
    removeTempDir(dir);
  }
}

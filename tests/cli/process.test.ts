// The real entry point: `tsx src/cli/main.ts` as a process, its output and its exit status.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NORFOLK_CAPS } from './helpers';

interface Exit {
  code: number;
  stdout: string;
  stderr: string;
}

// This file's temp folder: the --out file is written there, and the processes started here (npx,
// tsx and its compile cache) are given it as TMPDIR. Removed, with all of it, after the tests.
let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cvi-cli-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true, maxRetries: 3 }));

function plan(args: string[]): Promise<Exit> {
  return new Promise((resolve) => {
    const options = { cwd: process.cwd(), timeout: 60_000, env: { ...process.env, TMPDIR: scratch } };
    execFile('npx', ['tsx', 'src/cli/main.ts', ...args], options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npx tsx src/cli/main.ts', () => {
  it('prints Norfolk caps as JSON and exits 0', async () => {
    const r = await plan(['--city', 'Norfolk, VA', '--preset', 'caps', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { budget: { total: number } };
    expect(json.budget.total).toBe(NORFOLK_CAPS.total);
  }, 60_000);

  it('exits 2 with one stderr line per problem for an unknown flag and a bad value', async () => {
    const r = await plan(['--population', '0', '--nope']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('--nope: unknown flag (see --help for the flags).\n');
    const bad = await plan(['--population', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('--population: Population must be a whole number from 1 to 50,000,000.\n');
  }, 60_000);

  it('--help exits 0; --out writes the file', async () => {
    const help = await plan(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: /);
    const out = join(scratch, 'plan.csv');
    const r = await plan(['--city', 'Norfolk, VA', '--preset', 'caps', '--format', 'csv', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain(`budget,total,Total annual budget,,,,,,,,${NORFOLK_CAPS.total},`);
  }, 60_000);
});

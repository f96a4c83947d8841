// Entry point of `npm run plan -- [flags]`. All the logic is in run.ts (tested without a process).
import { readTextFile, writeOutputFile } from './files';
import { run } from './run';

// A closed pipe (e.g. `| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (line) => void process.stderr.write(`${line}\n`),
  readFile: readTextFile,
  writeFile: writeOutputFile,
});

// Fuzz (issue 7): the command line with random flags, random values and random files — plan files
// (--plan) and batch CSV (--input) included. It never throws and never fails inside (status 1):
// it plans (0) or refuses with a reason on stderr (2), and nothing it prints is NaN or Infinity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITIES } from '../../src/model';
import { FORMATS, OPTIONS } from '../../src/cli/options';
import { run, type CliIo } from '../../src/cli/run';
import { arbMutatedDocument, arbNumberText, arbPlanDocument, arbText, expectFinite, FUZZ_TIMEOUT_MS, runs } from './support';

const PLAN_PATH = 'in/plan.json';
const BATCH_PATH = 'in/places.csv';
const HEADER = 'name,state,population,homicides,fatal_shootings,nonfatal_shootings,reach,hospital_reach';

/** Free text without the words the output must never show, so a match is the program's, not an echo. */
const arbFreeText = arbText.filter((s) => !/nan|infinity/i.test(s));
const arbCityText = fc.oneof(fc.constantFrom(...CITIES.map((c) => `${c.name}, ${c.state}`)), arbFreeText);

/** Usually a sensible number, sometimes any text a person might type. */
const mostly = (valid: fc.Arbitrary<number>): fc.Arbitrary<string> => fc.oneof({ weight: 3, arbitrary: valid.map(String) }, { weight: 1, arbitrary: arbNumberText });

/** A value for a flag: usually one that makes sense for it, sometimes anything. */
function arbValue(flag: string): fc.Arbitrary<string> {
  const specific: Record<string, fc.Arbitrary<string>> = {
    city: arbCityText,
    place: arbFreeText,
    state: arbFreeText,
    method: fc.constantFrom('population', 'violence-adjusted', 'custom', 'Population', ''),
    preset: fc.constantFrom('caps', 'shooting-informed', 'CAPS', ''),
    format: fc.constantFrom(...FORMATS, ...FORMATS, 'xml', ''),
    years: fc.oneof(fc.integer({ min: -1, max: 12 }).map(String), arbNumberText),
    'start-year': fc.oneof(fc.integer({ min: 1990, max: 2110 }).map(String), arbNumberText),
    ramp: fc.oneof(fc.array(fc.integer({ min: -10, max: 120 }), { maxLength: 5 }).map((a) => a.join(',')), arbNumberText, fc.constantFrom('50,,100', ',', '50;75')),
    out: fc.constantFrom('out/plan.txt', 'out/plan.xlsx', 'out/plan.json', 'out/plan.csv', ''),
    input: fc.constantFrom(BATCH_PATH, BATCH_PATH, 'in/missing.csv', ''),
    plan: fc.constantFrom(PLAN_PATH, PLAN_PATH, 'in/missing.json', ''),
    fringe: fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }).map(String), arbNumberText),
    'cost-of-living': fc.oneof(fc.double({ min: -1, max: 6, noNaN: true }).map(String), arbNumberText),
    uncertainty: fc.oneof(fc.integer({ min: 0, max: 600 }).map(String), fc.constantFrom('1e9', '-5', '100.5', 'lots')),
    seed: fc.oneof(fc.integer({ min: -5, max: 2 ** 32 + 5 }).map(String), arbNumberText),
    'sensitivity-amount': fc.oneof(fc.integer({ min: -5, max: 100 }).map(String), arbNumberText),
    population: mostly(fc.integer({ min: 1, max: 5_000_000 })),
    homicides: mostly(fc.nat(400)),
    'fatal-shootings': mostly(fc.nat(400)),
    'nonfatal-shootings': mostly(fc.nat(1_500)),
    'high-risk-count': mostly(fc.nat(20_000)),
    reach: mostly(fc.double({ min: 0, max: 100, noNaN: true })),
    'hospital-reach': mostly(fc.integer({ min: 0, max: 100 })),
  };
  return specific[flag] ?? arbNumberText;
}

const flags = Object.keys(OPTIONS) as (keyof typeof OPTIONS)[];
const booleanFlags = new Set(flags.filter((f) => OPTIONS[f].type === 'boolean'));

/** argv: a few known flags with values (booleans bare, help rarely), and now and then a stray token. */
const arbArgv: fc.Arbitrary<string[]> = fc
  .array(
    fc.oneof(
      {
        weight: 12,
        arbitrary: fc
          .constantFrom(...flags.filter((f) => f !== 'help'))
          .chain((flag): fc.Arbitrary<string[]> => (booleanFlags.has(flag) ? fc.constant([`--${flag}`]) : arbValue(flag).map((v) => [`--${flag}`, v]))),
      },
      { weight: 1, arbitrary: fc.constantFrom<string[]>(['--help'], ['-h'], ['--nope', '1'], ['stray'], ['--population=250000'], ['--'], ['-p', '5']) },
    ),
    { maxLength: 6 },
  )
  .chain((pairs) =>
    // Half the time a place to plan first, so the other flags get past "population is missing".
    fc
      .oneof(
        fc.constant<string[]>([]),
        fc.constantFrom(...CITIES.map((c) => `${c.name}, ${c.state}`)).map((city) => ['--city', city]),
        fc.integer({ min: 1, max: 5_000_000 }).map((n) => ['--population', String(n)]),
      )
      .map((base) => [...base, ...pairs.flat()]),
  );

/** A batch CSV: the right header (usually) and rows of plausible or hostile cells. */
const arbCell = fc.oneof(arbNumberText.filter((s) => !/nan|infinity/i.test(s)), arbFreeText, fc.constant(''));
const arbBatch: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: fc.constant(HEADER) }, { weight: 1, arbitrary: fc.constantFrom(`${HEADER},high_risk_count`, 'name,population', '', 'a,b,c') }),
    fc.array(
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .tuple(arbFreeText, fc.constantFrom('VA', 'MI', ''), fc.integer({ min: 1, max: 3_000_000 }), fc.nat(300), fc.nat(300), fc.nat(900))
            .map(([n, s, p, h, f, nf]) => [n, s, p, h, f, nf, 100, 50].map(String)),
        },
        { weight: 1, arbitrary: fc.array(arbCell, { minLength: 0, maxLength: 10 }) },
      ),
      { maxLength: 5 },
    ),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([header, rows, eol]) => [header, ...rows.map((cells) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))].join(eol));

const arbPlanFile: fc.Arbitrary<string> = fc.oneof(
  arbPlanDocument.map((d) => JSON.stringify(d)),
  arbMutatedDocument.map((d) => JSON.stringify(d)),
  arbFreeText,
);

async function runCli(argv: string[], files: Record<string, string>) {
  let stdout = '';
  const stderr: string[] = [];
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (line) => void stderr.push(line),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
    writeFile: async () => undefined,
    today: () => new Date('2026-06-01T12:00:00Z'),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe('command line → run(argv, io)', () => {
  it('given random flags, values, plan files and batch files, then it plans (0) or refuses with a reason (2), and prints no NaN or Infinity', async () => {
    await fc.assert(
      fc.asyncProperty(arbArgv, arbPlanFile, arbBatch, async (argv, planText, batchText) => {
        const { code, stdout, stderr } = await runCli(argv, { [PLAN_PATH]: planText, [BATCH_PATH]: batchText });
        expect([0, 2], `status ${code} for ${JSON.stringify(argv)}: ${stderr.join(' | ')}`).toContain(code);
        expect(stdout).not.toMatch(/NaN|Infinity/);
        if (code === 2) {
          expect(stderr.length, 'a refusal with no reason').toBeGreaterThan(0);
          for (const line of stderr) expect(line.trim().length).toBeGreaterThan(0);
        }
        if (code === 0 && argv.includes('json') && !argv.includes('--out') && stdout.trim().startsWith('{')) {
          expectFinite(JSON.parse(stdout), 'the json output');
        }
      }),
      runs(450),
    );
  }, FUZZ_TIMEOUT_MS);
});

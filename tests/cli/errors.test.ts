// Invalid input: exit status 2 and one stderr line per problem naming the flag and the rule.
// Unknown flags are errors; unexpected internal errors give exit status 1; --help gives 0.
import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../src/cli/options';
import { run } from '../../src/cli/run';
import { cli } from './helpers';

async function fails(argv: string[]): Promise<string[]> {
  const r = await cli(argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  for (const line of r.stderr) {
    expect(line).not.toMatch(/\n|NaN|Infinity/);
  }
  return r.stderr;
}

describe('flag syntax', () => {
  it('an unknown flag is an error naming the flag', async () => {
    expect(await fails(['--population', '1000', '--bogus', '3'])).toEqual(['--bogus: unknown flag (see --help for the flags).']);
  });

  it('every unknown flag gets its own line', async () => {
    const stderr = await fails(['--popluation', '1000', '--colour', 'red', '-x']);
    expect(stderr).toHaveLength(3);
    expect(stderr[0]).toMatch(/^--popluation: unknown flag/);
    expect(stderr[1]).toMatch(/^--colour: unknown flag/);
    expect(stderr[2]).toMatch(/^-x: unknown flag/);
  });

  it('a flag without its value names the flag', async () => {
    expect(await fails(['--population'])).toEqual(['--population: needs a value.']);
    expect(await fails(['--population', '--reach', '50'])).toEqual(['--population: needs a value (found the flag --reach instead).', '"50": unexpected argument; every value follows its flag, e.g. --population 238005 (see --help).']);
  });

  it('a negative value must be attached with =, and is then checked against the rule', async () => {
    const [line] = await fails(['--population', '-5']);
    expect(line).toMatch(/^--population: .*--population=-5/);
    expect(await fails(['--population=-5'])).toEqual(['--population: Population must be a whole number from 1 to 50,000,000.']);
  });

  it('a stray argument is an error', async () => {
    const [line] = await fails(['238005']);
    expect(line).toMatch(/^"238005": unexpected argument/);
  });

  it('a flag given twice is an error rather than a silent choice', async () => {
    expect(await fails(['--population', '5', '--population', '6'])).toEqual(['--population: given more than once; give each flag once.']);
  });

  it('--help takes no value', async () => {
    const r = await cli(['--help=yes']);
    // --help=yes is not --help: it is a syntax problem.
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual(['--help: takes no value.']);
  });
});

describe('input rules (validateInput), one line per problem', () => {
  const cases: [string[], string][] = [
    [['--population', '0'], '--population: Population must be a whole number from 1 to 50,000,000.'],
    [['--population', '50000001'], '--population: Population must be a whole number from 1 to 50,000,000.'],
    [['--population', '2.5'], '--population: Population must be a whole number from 1 to 50,000,000.'],
    [['--population', ''], '--population: Population must be a whole number from 1 to 50,000,000.'],
    [['--population', 'abc'], '--population: Population must be a number (digits, optionally with a decimal point), not "abc".'],
    [['--population', '12,34'], '--population: Population: "12,34" could mean two numbers. Commas go between groups of three digits (1,234); decimals take a point (12.34).'],
    [['--population', '1000', '--homicides', '3.5'], '--homicides: Homicides per year must be a whole number of 0 or more.'],
    [['--population', '1000', '--fatal-shootings=-1'], '--fatal-shootings: Fatal shooting victims per year must be a whole number of 0 or more.'],
    [['--population', '1000', '--nonfatal-shootings', '1001'], '--nonfatal-shootings: Nonfatal shooting victims per year must not be larger than the population (1,000).'],
    [['--population', '1000', '--reach', '150'], '--reach: Service reach (%) must be a number from 0 to 100.'],
    [['--population', '1000', '--hospital-reach=-1'], '--hospital-reach: Hospital reach (%) must be a number from 0 to 100.'],
    [['--population', '1000', '--method', 'guess'], '--method: High-risk estimate must be one of: population, violence-adjusted, custom.'],
    [['--population', '1000', '--preset', 'mine'], '--preset: Methodology must be one of: caps, shooting-informed, site-based.'],
    [
      ['--population', '1000', '--method', 'violence-adjusted'],
      '--homicides: Homicides per year (or Fatal shooting victims per year) is needed for the violence-adjusted high-risk estimate.',
    ],
    [['--population', '1000', '--method', 'custom'], '--high-risk-count: Local high-risk count is needed when the high-risk estimate is a local count.'],
    [['--population', '1000', '--high-risk-count', '1.5'], '--high-risk-count: Local high-risk count must be a whole number of 0 or more.'],
    [['--population', '1000', '--place', 'x'.repeat(121)], '--place: Place name must be text of at most 120 characters.'],
    [['--reach', '50'], '--population: Population is missing: give --population N or --city "Name, ST".'],
  ];
  for (const [argv, message] of cases) {
    it(`${argv.join(' ').slice(0, 70)} → ${message.split(':')[0]}`, async () => {
      expect(await fails(argv)).toEqual([message]);
    });
  }

  it('reports every problem at once, each on its own line', async () => {
    const stderr = await fails(['--population', 'abc', '--reach', '150', '--fringe', '2', '--format', 'xml', '--homicides', '1.5']);
    expect(stderr).toHaveLength(5);
    expect(stderr.map((l) => l.split(':')[0]).sort()).toEqual(['--format', '--fringe', '--homicides', '--population', '--reach']);
  });
});

describe('assumption flags (validateParamValue)', () => {
  it('--fringe outside 0–100% names the flag and the rule, with a hint for percents', async () => {
    expect(await fails(['--population', '1000', '--fringe', '30'])).toEqual([
      '--fringe: Fringe benefits (share of salary) must be a number from 0% to 100%. Give it as a fraction or with a % sign: 0.3 or 30% means 30%.',
    ]);
    expect(await fails(['--population', '1000', '--fringe', 'lots'])).toEqual([
      '--fringe: Fringe benefits (share of salary) must be a number, such as 0.3 or 30%, not "lots".',
    ]);
  });

  it('--cost-of-living outside 0.1–5', async () => {
    expect(await fails(['--population', '1000', '--cost-of-living', '0'])).toEqual([
      '--cost-of-living: Cost-of-living multiplier on every salary must be a number from 0.1 to 5.',
    ]);
    expect(await fails(['--population', '1000', '--cost-of-living', ''])).toEqual([
      '--cost-of-living: Cost-of-living multiplier on every salary must be a number from 0.1 to 5.',
    ]);
  });
});

describe('other flag errors', () => {
  it('--format must be one of the formats', async () => {
    expect(await fails(['--population', '1000', '--format', 'xml'])).toEqual([
      '--format: Output format must be one of: table, json, csv, xlsx, bdw, bdw-csv, narrative, plan-file, library.',
    ]);
  });

  it('--out needs a file name', async () => {
    expect(await fails(['--population', '1000', '--out', ' '])).toEqual(['--out: Output file must be a file name.']);
  });

  it('an unknown --city suggests close matches', async () => {
    const [line] = await fails(['--city', 'Norfolk']);
    expect(line).toMatch(/^--city: No city preset named "Norfolk"/);
    expect(line).toContain('Norfolk, VA');
    const [other] = await fails(['--city', 'Nowhere, ZZ']);
    expect(other).toMatch(/^--city: No city preset named "Nowhere, ZZ"/);
  });

  it('an unknown --city with --population reports only the city', async () => {
    expect(await fails(['--city', 'Nowhere, ZZ', '--population', '1000'])).toHaveLength(1);
  });

  it('control characters in echoed values never reach the terminal', async () => {
    const [line] = await fails(['--population', '1\u001b[31m2']);
    expect(line).not.toContain('\u001b');
  });
});

describe('exit status', () => {
  it('0 for a valid plan', async () => {
    const r = await cli(['--population', '1000']);
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([]);
  });

  it('1 for an unexpected internal error, reported on stderr', async () => {
    const stderr: string[] = [];
    const code = await run(['--population', '1000'], {
      stdout: () => {
        throw new Error('disk on fire');
      },
      stderr: (line) => void stderr.push(line),
      readFile: async () => '',
      writeFile: async () => undefined,
    });
    expect(code).toBe(1);
    expect(stderr).toEqual(['internal error: disk on fire']);
  });

  it('--out to a file that cannot be written is exit 2 naming --out', async () => {
    const stderr: string[] = [];
    const code = await run(['--population', '1000', '--out', '/no/such/dir/plan.txt'], {
      stdout: () => undefined,
      stderr: (line) => void stderr.push(line),
      readFile: async () => '',
      writeFile: async () => {
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      },
    });
    expect(code).toBe(2);
    expect(stderr).toEqual(['--out: cannot write "/no/such/dir/plan.txt": no such file or folder.']);
  });
});

describe('--help', () => {
  it('prints usage with every flag and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([]);
    for (const flag of Object.keys(OPTIONS)) expect(r.stdout).toContain(`--${flag}`);
    expect(r.stdout).toMatch(/^Usage: /);
  });

  it('wins over other flags, even invalid ones', async () => {
    const r = await cli(['--bogus', '-h']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: /);
  });
});

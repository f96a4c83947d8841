// Assumption keys that are not parameters, named in words a person can read: an empty or blank
// key is "(an assumption with no name)", invisible characters are shown by their code point, and
// a very long key is cut with an ellipsis. (Fuzz finding: `validateOverrides({ "": 1 })` reported
// an issue whose field was "", so the message named nothing.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAM_IDS, parsePlanDocument, makeInput, makePlanDocument, validateOverrides, type Issue } from '../../src/model';

function rejection(raw: Record<string, unknown>): Issue[] {
  const result = validateOverrides(raw, 'caps');
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

const USE_A_PARAMETER = 'use the name of a planner parameter, such as "fringeRate".';

describe('an assumption with an empty or blank name', () => {
  it('given the key "", then the issue is named "(an assumption with no name)" and says the name must not be empty', () => {
    expect(rejection({ '': 0.3 })).toEqual([{ field: '(an assumption with no name)', message: `An assumption name must not be empty: ${USE_A_PARAMETER}` }]);
  });

  it.each([
    ['one space', ' '],
    ['three spaces', '   '],
    ['a tab', '\t'],
    ['a line break among spaces', '  \n '],
    ['a no-break space', '\u00a0'],
  ])('given a key of %s, then the issue is named "(an assumption with no name)" and says the name is only white space', (_, key) => {
    expect(rejection({ [key]: true })).toEqual([{ field: '(an assumption with no name)', message: `An assumption name must not be only white space: ${USE_A_PARAMETER}` }]);
  });

  it('given a blank key beside a bad value, then both are reported, each with its own name', () => {
    const errors = rejection({ '': 1, fringeRate: 3 });
    expect(errors.map((e) => e.field).sort()).toEqual(['(an assumption with no name)', 'fringeRate']);
  });

  it('given a key that is literally "(an assumption with no name)", then it is an unknown assumption, not an empty one', () => {
    expect(rejection({ '(an assumption with no name)': 1 })).toEqual([
      { field: '(an assumption with no name)', message: 'Unknown assumption "(an assumption with no name)".' },
    ]);
  });

  it('given a saved plan whose assumptions have an empty key, then the refusal names the scenario’s assumption in words', () => {
    const doc = { ...makePlanDocument(makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 42 })) };
    const scenario = { ...doc.scenarios[0], assumptions: { '': 1 } };
    const parsed = parsePlanDocument({ ...doc, scenarios: [scenario] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors).toEqual([
        { field: 'scenarios.0.assumptions.(an assumption with no name)', message: `An assumption name must not be empty: ${USE_A_PARAMETER}` },
      ]);
    }
  });
});

describe('an unknown assumption name that is long or holds invisible characters', () => {
  it('given a name of 60 characters, then it is quoted whole', () => {
    const key = 'a'.repeat(60);
    expect(rejection({ [key]: 1 })).toEqual([{ field: key, message: `Unknown assumption "${key}".` }]);
  });

  it('given a name of 61 or 5,000 characters, then the message quotes the first 60 and an ellipsis', () => {
    for (const length of [61, 5_000]) {
      const key = `${'b'.repeat(59)}cd${'e'.repeat(length - 61)}`;
      expect(rejection({ [key]: 1 })).toEqual([{ field: `${'b'.repeat(59)}c…`, message: `Unknown assumption "${'b'.repeat(59)}c…".` }]);
    }
  });

  it.each([
    ['a line break', 'fringe\nRate', 'fringe<U+000A>Rate'],
    ['a carriage return and a NUL', 'a\r\u0000b', 'a<U+000D><U+0000>b'],
    ['an escape sequence', '\u001b[31mred', '<U+001B>[31mred'],
    ['a right-to-left override', 'abc\u202Edef', 'abc<U+202E>def'],
    ['a zero-width space alone', '\u200b', '<U+200B>'],
    ['a line separator', 'x\u2028y', 'x<U+2028>y'],
    ['a lone surrogate half', 'x\ud800', 'x<U+D800>'],
  ])('given a name with %s, then the message shows it by code point on one line', (_, key, shown) => {
    expect(rejection({ [key]: 1 })).toEqual([{ field: shown, message: `Unknown assumption "${shown}".` }]);
  });

  it('given a long name of emoji, then the cut does not split a character in half', () => {
    const errors = rejection({ ['😀'.repeat(100)]: 1 });
    expect(errors[0]?.field).toBe(`${'😀'.repeat(60)}…`);
  });

  it('given a long name of control characters, then the message stays short and the cut falls between codes', () => {
    const errors = rejection({ ['\u0007'.repeat(100)]: 1 });
    // "<U+0007>" is 8 characters: seven of them fit in 60.
    expect(errors[0]?.field).toBe(`${'<U+0007>'.repeat(7)}…`);
  });

  it('given any key that is not a parameter, then its issue has a visible one-line name of bounded length and says what is wrong', () => {
    const invisible = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
    const known = new Set<string>(PARAM_IDS);
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u200b', 'x') })),
        (key) => {
          fc.pre(!known.has(key));
          const errors = rejection({ [key]: 1 });
          expect(errors).toHaveLength(1);
          const [issue] = errors as [Issue];
          expect(issue.field.trim()).not.toBe('');
          expect(invisible.test(issue.field)).toBe(false);
          expect(invisible.test(issue.message)).toBe(false);
          expect([...issue.field].length).toBeLessThanOrEqual(61);
          expect(issue.message).toMatch(key.trim() === '' ? /^An assumption name must not be (empty|only white space): / : /^Unknown assumption ".+"\.$/u);
        },
      ),
      { numRuns: 500 },
    );
  });
});

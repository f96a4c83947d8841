// docs/methodology.md §1: input rules, messages that name the field and the rule, warnings returned
// separately; typed-number parsing; assumption overrides.
import { describe, expect, it } from 'vitest';
import {
  PARAMS,
  computePlan,
  makeInput,
  parseNumberText,
  validateInput,
  validateOverrides,
  validateParamValue,
  type PlanInput,
} from '../../src/model';
import { collectNumbers } from './support/arbitraries';

const VALID: PlanInput = makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 50 });

/** Validate VALID with some fields replaced by raw values. */
const withFields = (fields: Record<string, unknown>) => validateInput({ ...VALID, ...fields });

function errorsOf(raw: unknown) {
  const v = validateInput(raw);
  if (v.ok) throw new Error('expected the input to be rejected');
  return v.errors;
}

function errorFor(fields: Record<string, unknown>, field: string): string {
  const e = errorsOf({ ...VALID, ...fields }).find((x) => x.field === field);
  if (!e) throw new Error(`no error for ${field}`);
  return e.message;
}

/** Values of the wrong kind for a number field: each breaks the field's rule. */
const BAD_NUMBERS: [string, unknown][] = [
  ['a fraction', 2.5],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['a numeric string', '238005'],
  ['an empty string', ''],
  ['a boolean', true],
  ['an object', { value: 5 }],
];

const NUMBER_RULES = {
  population: 'Population must be a whole number from 1 to 50,000,000.',
  homicides: 'Homicides per year must be a whole number of 0 or more.',
  fatalShootings: 'Fatal shooting victims per year must be a whole number of 0 or more.',
  nonfatalShootings: 'Nonfatal shooting victims per year must be a whole number of 0 or more.',
  localHighRiskCount: 'Local high-risk count must be a whole number of 0 or more.',
  serviceReachPct: 'Service reach (%) must be a number from 0 to 100.',
  hospitalReachPct: 'Hospital reach (%) must be a number from 0 to 100.',
} as const;

describe('valid inputs', () => {
  it('accepts the documented defaults and Norfolk', () => {
    const v = validateInput(VALID);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.warnings).toEqual([]);
  });

  it('accepts the ends of every range', () => {
    for (const fields of [
      { population: 1, homicides: 1, fatalShootings: 1, nonfatalShootings: 1 },
      { population: 50_000_000, homicides: 0, fatalShootings: 0, nonfatalShootings: 0 },
      { serviceReachPct: 0, hospitalReachPct: 0 },
      { serviceReachPct: 100, hospitalReachPct: 100 },
      { serviceReachPct: 33.3, hospitalReachPct: 12.75 },
      { placeName: 'x'.repeat(120), state: '' },
      { method: 'custom', localHighRiskCount: 0 },
      { method: 'violence-adjusted', homicides: null, fatalShootings: 3 },
    ]) {
      expect(withFields(fields).ok, JSON.stringify(fields)).toBe(true);
    }
  });

  it('trims the place name and state', () => {
    const v = withFields({ placeName: '  Norfolk  ', state: ' VA ' });
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(v.input.placeName).toBe('Norfolk');
      expect(v.input.state).toBe('VA');
    }
  });
});

describe('population: a whole number from 1 to 50,000,000', () => {
  const RULE = NUMBER_RULES.population;
  it.each([
    ['0', 0],
    ['negative', -1],
    ['above the maximum', 50_000_001],
    ['absurd', 1e300],
  ])('rejects %s with the rule', (_what, value) => {
    expect(errorFor({ population: value }, 'population')).toBe(RULE);
  });

  it.each([...BAD_NUMBERS, ['null', null]])('rejects %s, naming the field', (_what, value) => {
    expect(errorFor({ population: value }, 'population').startsWith('Population ')).toBe(true);
  });

  it('missing population is reported as missing, by label', () => {
    const rest: Record<string, unknown> = { ...VALID };
    delete rest.population;
    const msg = errorsOf(rest).find((e) => e.field === 'population')?.message;
    expect(msg).toBe('Population is missing.');
  });
});

describe('counts: whole numbers of 0 or more, not above the population', () => {
  const COUNTS = [
    ['homicides', 'Homicides per year'],
    ['fatalShootings', 'Fatal shooting victims per year'],
    ['nonfatalShootings', 'Nonfatal shooting victims per year'],
    ['localHighRiskCount', 'Local high-risk count'],
  ] as const;

  describe.each(COUNTS)('%s', (field, label) => {
    it.each([['negative', -1], ['absurd', 1e12]])('rejects %s with the rule', (_w, value) => {
      expect(errorFor({ [field]: value }, field)).toBe(NUMBER_RULES[field]);
    });

    it.each(BAD_NUMBERS)('rejects %s, naming the field', (_w, value) => {
      expect(errorFor({ [field]: value }, field).startsWith(label)).toBe(true);
    });

    it('accepts null (not given) and 0 (given)', () => {
      expect(withFields({ [field]: null }).ok).toBe(true);
      expect(withFields({ [field]: 0 }).ok).toBe(true);
    });

    it('rejects a count larger than the population, naming the population', () => {
      const msg = errorFor({ population: 1_000, [field]: 1_001, homicides: field === 'homicides' ? 1_001 : 1 }, field);
      expect(msg).toBe(`${label} must not be larger than the population (1,000).`);
    });

    it('accepts a count equal to the population', () => {
      expect(withFields({ population: 1_000, homicides: 1, [field]: 1_000 }).ok).toBe(true);
    });
  });

  it('reports every bad field at once', () => {
    const shape = errorsOf({ ...VALID, population: 0, serviceReachPct: 150, fatalShootings: -3 });
    expect(shape.map((e) => e.field).sort()).toEqual(['fatalShootings', 'population', 'serviceReachPct']);
    const crossField = errorsOf({ ...VALID, population: 100, homicides: 101, nonfatalShootings: 500 });
    expect(crossField.map((e) => e.field).sort()).toEqual(['homicides', 'nonfatalShootings']);
  });
});

describe('percentages: a number from 0 to 100', () => {
  it.each([
    ['serviceReachPct', 'Service reach (%) must be a number from 0 to 100.'],
    ['hospitalReachPct', 'Hospital reach (%) must be a number from 0 to 100.'],
  ] as const)('%s', (field, rule) => {
    for (const bad of [-0.1, -5, 100.01, 150]) {
      expect(errorFor({ [field]: bad }, field), String(bad)).toBe(rule);
    }
    for (const [what, bad] of BAD_NUMBERS.filter(([w]) => w !== 'a fraction')) {
      expect(errorFor({ [field]: bad }, field).startsWith(rule.split(' must')[0]!), what).toBe(true);
    }
    for (const good of [0, 0.5, 33.3, 100]) expect(withFields({ [field]: good }).ok).toBe(true);
  });
});

describe('method, preset and names', () => {
  it('an unknown method names the field and the allowed values', () => {
    const msg = errorFor({ method: 'per-capita' }, 'method');
    expect(msg).toMatch(/^High-risk estimate must be one of/);
    expect(msg).toMatch(/population/);
    expect(msg).toMatch(/violence-adjusted/);
    expect(msg).toMatch(/custom/);
  });

  it('an unknown preset names the field and the allowed values', () => {
    const msg = errorFor({ preset: 'CAPS' }, 'preset');
    expect(msg).toMatch(/^Methodology must be one of/);
    expect(msg).toMatch(/caps/);
    expect(msg).toMatch(/shooting-informed/);
  });

  it('a place name over 120 characters (after trimming) is rejected by label', () => {
    expect(errorFor({ placeName: 'x'.repeat(121) }, 'placeName')).toMatch(/^Place name .*120/);
    expect(withFields({ placeName: ` ${'x'.repeat(120)} ` }).ok).toBe(true);
    expect(errorFor({ state: 42 }, 'state')).toMatch(/^State /);
  });

  it('something that is not an object is rejected with one message', () => {
    for (const raw of [null, undefined, 42, 'Norfolk', []]) {
      const errors = errorsOf(raw);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0]!.message).toMatch(/object/);
    }
  });

  it('an empty object: every required field is reported, by label', () => {
    const errors = errorsOf({});
    const byField = Object.fromEntries(errors.map((e) => [e.field, e.message]));
    expect(byField.population).toBe('Population is missing.');
    expect(byField.serviceReachPct).toBe('Service reach (%) is missing.');
    expect(byField.hospitalReachPct).toBe('Hospital reach (%) is missing.');
    expect(byField.method).toMatch(/^High-risk estimate (is missing|must be one of)/);
    expect(byField.preset).toMatch(/^Methodology (is missing|must be one of)/);
  });
});

describe('cross-field rules for methods', () => {
  it('violence-adjusted needs homicides or fatal shooting victims, and says which field', () => {
    const errors = errorsOf({ ...VALID, method: 'violence-adjusted', homicides: null, fatalShootings: null });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe('homicides');
    expect(errors[0]!.message).toMatch(/Homicides per year/);
    expect(errors[0]!.message).toMatch(/Fatal shooting victims per year/);
    expect(errors[0]!.message).toMatch(/violence-adjusted/);
  });

  it('violence-adjusted accepts either count alone, including 0', () => {
    expect(withFields({ method: 'violence-adjusted', homicides: 0, fatalShootings: null }).ok).toBe(true);
    expect(withFields({ method: 'violence-adjusted', homicides: null, fatalShootings: 0 }).ok).toBe(true);
  });

  it('custom needs the local high-risk count', () => {
    const errors = errorsOf({ ...VALID, method: 'custom', localHighRiskCount: null });
    expect(errors).toEqual([{ field: 'localHighRiskCount', message: expect.stringMatching(/^Local high-risk count .*needed/) }]);
  });

  it('population method needs neither', () => {
    expect(withFields({ method: 'population', homicides: null, fatalShootings: null, localHighRiskCount: null }).ok).toBe(true);
  });
});

describe('warnings: implausible but valid, returned separately, never blocking', () => {
  it('homicide rate above 150 per 100,000 warns on homicides', () => {
    const v = withFields({ population: 100_000, homicides: 151 });
    expect(v.ok).toBe(true);
    expect(v.warnings).toHaveLength(1);
    expect(v.warnings[0]!.field).toBe('homicides');
    expect(v.warnings[0]!.message).toMatch(/^Homicides per year .*151 per 100,000.*150/);
  });

  it('exactly 150 per 100,000 does not warn', () => {
    expect(withFields({ population: 100_000, homicides: 150 }).warnings).toEqual([]);
  });

  it('fatal shootings above homicides warns on fatal shootings', () => {
    const v = withFields({ homicides: 50, fatalShootings: 60 });
    expect(v.ok).toBe(true);
    expect(v.warnings.map((w) => w.field)).toEqual(['fatalShootings']);
    expect(v.warnings[0]!.message).toMatch(/Fatal shooting victims per year/);
    expect(withFields({ homicides: 50, fatalShootings: 50 }).warnings).toEqual([]);
    expect(withFields({ homicides: null, fatalShootings: 60 }).warnings).toEqual([]);
  });

  it('both warnings at once, and the plan carries them', () => {
    const v = withFields({ population: 10_000, homicides: 20, fatalShootings: 30 });
    expect(v.ok).toBe(true);
    expect(v.warnings.map((w) => w.field).sort()).toEqual(['fatalShootings', 'homicides']);
    if (v.ok) expect(computePlan(v.input).warnings.map((w) => w.field).sort()).toEqual(['fatalShootings', 'homicides']);
  });
});

describe('parseNumberText', () => {
  it.each([
    ['238005', 238_005],
    ['238,005', 238_005],
    ['1,234,567', 1_234_567],
    [' 12.5 ', 12.5],
    ['0', 0],
    ['.5', 0.5],
    ['-3', -3],
    ['12.', 12],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberText(text, 'Population')).toEqual({ ok: true, value, didYouMean: null });
  });

  it('an empty or blank string is "not given" (null), never 0 or NaN', () => {
    expect(parseNumberText('', 'Homicides per year')).toEqual({ ok: true, value: null, didYouMean: null });
    expect(parseNumberText('   ', 'Homicides per year')).toEqual({ ok: true, value: null, didYouMean: null });
  });

  it.each(['12,34', '1,2345', 'abc', '12abc', 'NaN', 'Infinity', '1e5', '$100', '1,,000', '--1'])('rejects %j with the label', (text) => {
    const r = parseNumberText(text, 'Population');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Population[ :]/);
  });

  it('never returns NaN or Infinity for a huge digit string', () => {
    const r = parseNumberText('9'.repeat(400), 'Population');
    if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
    else expect(r.message).toMatch(/^Population/);
  });
});

describe('validateOverrides', () => {
  it('accepts no overrides and valid ones, returning the values', () => {
    expect(validateOverrides({}, 'caps')).toEqual({ ok: true, overrides: {} });
    const raw = { fringeRate: 0.25, 'stipends.enabled': true, 'stipends.months': 6, 'hospital-responder.driver': 'participants' };
    expect(validateOverrides(raw, 'shooting-informed')).toEqual({ ok: true, overrides: raw });
  });

  it('an unknown key is an error naming the key', () => {
    const v = validateOverrides({ fringe: 0.3 }, 'caps');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors).toEqual([{ field: 'fringe', message: expect.stringMatching(/Unknown.*fringe/) }]);
  });

  it.each([
    ['fringeRate', 1.5],
    ['fringeRate', -0.1],
    ['costOfLiving', 0.05],
    ['costOfLiving', 6],
    ['street-outreach.caseload', 0],
    ['street-outreach.caseload', -15],
    ['street-outreach.caseload', 1001],
    ['supervisor.workersPerSupervisor', 0],
    ['stipends.months', 13],
    ['stipends.months', 6.5],
    ['supervisor.minimum', 1.5],
    ['ovp-staff.referencePopulation', 0],
    ['mediator.salary', -1],
    ['indirect.rate', 1.01],
    ['fringeRate', NaN],
    ['fringeRate', Infinity],
    ['fringeRate', '0.3'],
    ['stipends.enabled', 'yes'],
    ['stipends.enabled', 1],
    ['hospital-responder.driver', 'beds'],
    ['indirect.rateBasis', 'flat'],
    ['indirect.subawardCount', 2.5],
    ['costOfLiving', null],
  ] as const)('%s = %j is rejected with a message naming the parameter', (id, value) => {
    const v = validateOverrides({ [id]: value }, 'caps');
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.errors).toHaveLength(1);
      expect(v.errors[0]!.field).toBe(id);
      expect(v.errors[0]!.message.startsWith(PARAMS[id].label)).toBe(true);
    }
    expect(validateParamValue(id, value).ok).toBe(false);
  });

  it('rule texts state the range', () => {
    const msg = (raw: Record<string, unknown>) => {
      const v = validateOverrides(raw, 'caps');
      return v.ok ? '' : v.errors[0]!.message;
    };
    expect(msg({ fringeRate: 2 })).toBe('Fringe benefits (share of salary) must be a number from 0% to 100%.');
    expect(msg({ 'street-outreach.caseload': 0 })).toMatch(/from 1 to 1,000/);
    expect(msg({ 'stipends.months': 6.5 })).toMatch(/whole number from 0 to 12/);
    expect(msg({ 'stipends.enabled': 'yes' })).toMatch(/on or off/);
    expect(msg({ 'hospital-responder.driver': 'beds' })).toMatch(/participants.*hospital-clients/);
  });

  describe('ratios have a lower bound, so no accepted override gives an unbounded plan', () => {
    // Regression: caseloads, clients per responder and workers per supervisor used to be "any
    // number above 0" (the high-risk share and reference rate too), so 5e-324 people per worker
    // was accepted: FTE overflowed to Infinity, and with a $0 salary the cost was Infinity × 0 =
    // NaN. Now ratios are at least 1, the reference rate at least 0.1 and the share at least 0.0001%.
    it('street outreach caseload 5e-324 with a $0 salary is rejected, naming the parameter and its range', () => {
      const v = validateOverrides({ 'street-outreach.caseload': 5e-324, 'street-outreach.salary': 0 }, 'shooting-informed');
      expect(v.ok).toBe(false);
      if (!v.ok) {
        expect(v.errors).toHaveLength(1);
        expect(v.errors[0]!.field).toBe('street-outreach.caseload');
        expect(v.errors[0]!.message).toBe(`${PARAMS['street-outreach.caseload'].label} must be a number from 1 to 1,000.`);
      }
    });

    it.each([
      ['mediator.caseload', 1],
      ['case-manager.caseload', 1],
      ['family-case-manager.caseload', 1],
      ['victim-advocate.caseload', 1],
      ['hospital-responder.caseload', 1],
      ['hospital-responder.clientsPerResponder', 1],
      ['trauma-counselor.caseload', 1],
      ['supervisor.workersPerSupervisor', 1],
      ['violenceReferenceRate', 0.1],
      ['highRiskRate', 0.000001],
    ] as const)('%s: 5e-324 and just below the minimum %s are rejected by label; the minimum is accepted', (id, min) => {
      expect(PARAMS[id].min).toBe(min);
      for (const value of [5e-324, min * 0.999]) {
        const v = validateOverrides({ [id]: value }, 'shooting-informed');
        expect(v.ok).toBe(false);
        if (!v.ok) expect(v.errors.map((e) => [e.field, e.message.startsWith(PARAMS[id].label)])).toEqual([[id, true]]);
      }
      expect(validateOverrides({ [id]: min }, 'shooting-informed').ok).toBe(true);
    });

    it('every ratio at its lowest, every cost at its highest, in the largest place: the plan is finite', () => {
      const raw: Record<string, unknown> = {};
      for (const [id, spec] of Object.entries(PARAMS)) {
        if (spec.kind === 'switch') raw[id] = true;
        else if (spec.kind === 'number') raw[id] = spec.max;
      }
      const lowest = [
        'street-outreach.caseload',
        'mediator.caseload',
        'case-manager.caseload',
        'family-case-manager.caseload',
        'victim-advocate.caseload',
        'hospital-responder.caseload',
        'hospital-responder.clientsPerResponder',
        'trauma-counselor.caseload',
        'supervisor.workersPerSupervisor',
        'violenceReferenceRate',
        'ovp-staff.referencePopulation',
      ] as const;
      for (const id of lowest) raw[id] = PARAMS[id].min;
      raw.violenceFactorMin = PARAMS.violenceFactorMin.min;
      const v = validateOverrides(raw, 'shooting-informed');
      expect(v.ok ? [] : v.errors).toEqual([]);
      const input = makeInput({ population: 50_000_000, method: 'violence-adjusted', homicides: 50_000_000, nonfatalShootings: 50_000_000, preset: 'shooting-informed' });
      const plan = computePlan(input, v.ok ? v.overrides : {});
      expect(collectNumbers(plan).filter((n) => !Number.isFinite(n.value))).toEqual([]);
      expect(plan.frontlineHeadcount).toBeGreaterThan(0);
    });
  });

  it('the lowest violence factor must not be above the highest', () => {
    const v1 = validateOverrides({ violenceFactorMin: 5 }, 'caps'); // default highest is 4
    expect(v1.ok).toBe(false);
    if (!v1.ok) expect(v1.errors[0]!.field).toBe('violenceFactorMin');
    expect(validateOverrides({ violenceFactorMin: 2, violenceFactorMax: 1 }, 'caps').ok).toBe(false);
    expect(validateOverrides({ violenceFactorMax: 0.1 }, 'caps').ok).toBe(false); // default lowest 0.25
    expect(validateOverrides({ violenceFactorMin: 3, violenceFactorMax: 5 }, 'caps').ok).toBe(true);
    expect(validateOverrides({ violenceFactorMin: 2, violenceFactorMax: 2 }, 'caps').ok).toBe(true);
  });

  it('something that is not an object is rejected', () => {
    for (const raw of [null, undefined, 5, 'x', [], [1]]) {
      const v = validateOverrides(raw, 'caps');
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.errors[0]!.field).toBe('assumptions');
    }
  });

  it('several bad keys are all reported', () => {
    const v = validateOverrides({ fringeRate: 3, costOfLiving: 0, nope: 1 }, 'caps');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.map((e) => e.field).sort()).toEqual(['costOfLiving', 'fringeRate', 'nope']);
  });
});

describe('a given value of the wrong kind breaks the field’s rule; only an absent field is "missing"', () => {
  // docs/methodology.md §1: fractions of people, NaN, Infinity and empty strings are rejected "with a
  // message that names the field and the rule". (Found failing at commit c03c070: validateInput
  // called every zod invalid_type issue "missing", e.g. population 2.5 → "Population is missing.")
  it('population 2.5 breaks the whole-number rule', () => {
    const v = validateInput({ ...makeInput({ population: 1000 }), population: 2.5 });
    expect(v.ok ? [] : v.errors).toEqual([{ field: 'population', message: NUMBER_RULES.population }]);
  });

  it('every number field, every wrong kind of value: the message is the field’s rule', () => {
    const wrong: string[] = [];
    for (const [field, rule] of Object.entries(NUMBER_RULES)) {
      const values: [string, unknown][] = [...BAD_NUMBERS, ...(field === 'population' ? [['null', null] as [string, unknown]] : [])];
      for (const [what, value] of values) {
        if (field.endsWith('Pct') && what === 'a fraction') continue; // a fraction of a percent is fine
        const v = validateInput({ ...makeInput({ population: 1000 }), [field]: value });
        const message = v.ok ? '(accepted)' : v.errors.find((e) => e.field === field)?.message;
        if (message !== rule) wrong.push(`${field} = ${what}: ${message}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

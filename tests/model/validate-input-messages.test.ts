// Regression (found while writing the CLI): validateInput used to word every invalid_type issue
// as "<Field> is missing." because zod 4 issues carry no `input` unless asked (reportInput). A
// fraction of a person, a null population or text from a stored file were then reported as
// missing, which is not the rule they broke. Only an absent field is missing.
import { describe, expect, it } from 'vitest';
import { makeInput, validateInput } from '../../src/model';

const POPULATION_RULE = 'Population must be a whole number from 1 to 50,000,000.';

describe('validateInput messages for given-but-invalid values', () => {
  it('a fractional population breaks the whole-number rule; it is not missing', () => {
    const result = validateInput({ ...makeInput({ population: 1000 }), population: 2.5 });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([{ field: 'population', message: POPULATION_RULE }]);
  });

  it('a fractional count breaks the whole-number rule', () => {
    const result = validateInput({ ...makeInput({ population: 1000 }), homicides: 3.5 });
    expect(result.ok ? [] : result.errors).toEqual([{ field: 'homicides', message: 'Homicides per year must be a whole number of 0 or more.' }]);
  });

  it('a population of null or text (e.g. from a stored file) breaks the rule; only an absent one is missing', () => {
    for (const population of [null, '238005']) {
      const result = validateInput({ ...makeInput({ population: 1000 }), population });
      expect(result.ok ? [] : result.errors).toEqual([{ field: 'population', message: POPULATION_RULE }]);
    }
    const withoutPopulation: Record<string, unknown> = { ...makeInput({ population: 1000 }) };
    delete withoutPopulation.population;
    const missing = validateInput(withoutPopulation);
    expect(missing.ok ? [] : missing.errors).toEqual([{ field: 'population', message: 'Population is missing.' }]);
  });
});

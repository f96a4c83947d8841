// The one formatter for counts of people shown to a person (issue 12, observation 5).
import { describe, expect, it } from 'vitest';
import { formatPeople, formatShootings, wholePeople } from '../../src/model';

describe('formatPeople', () => {
  it.each([
    [238.005, '238'],
    [142.803, '143'],
    [43.5, '44'], // half up, as headcount
    [43.49, '43'],
    [1_234.5, '1,235'],
    [0, '0'],
    [0.3, 'fewer than 1'],
    [0.5, '1'],
  ])('given %d people, then it reads %s', (value, text) => {
    expect(formatPeople(value)).toBe(text);
  });

  it('given floating-point noise just under a half, then the person still rounds up (7.4999999999 from 0.5 × 15 is 7.5)', () => {
    expect(wholePeople(0.5 * 15 - 1e-12)).toBe(8);
  });
});

describe('formatShootings', () => {
  it('given shootings (events, not people), then one decimal below 10 and whole from 10', () => {
    expect(formatShootings(2.34)).toBe('2.3');
    expect(formatShootings(12.6)).toBe('13');
  });
});

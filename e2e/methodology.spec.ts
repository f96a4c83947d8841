// The test oracle itself is checked against the published figures of methodology §9 before any
// browser test relies on it.
import { expect, test } from '@playwright/test';
import { expectedPlan } from './methodology';

test('the oracle reproduces the Norfolk, VA calibration of methodology §9 (preset caps)', () => {
  const norfolk = expectedPlan({ population: 238_005, nonfatalShootings: null, preset: 'caps' });
  expect(norfolk.headcount).toEqual({
    'street-outreach': 16,
    mediator: 17,
    'case-manager': 10,
    'family-case-manager': 5,
    'victim-advocate': 8,
    'hospital-responder': 6,
    supervisor: 12,
    'ovp-staff': 4,
  });
  expect(norfolk.frontline).toBe(62 * 78_000);
  expect(norfolk.supervisionOvp).toBe(1_716_000);
  expect(norfolk.wraparound).toBeCloseTo(10_710_225, 6);
  expect(norfolk.total).toBe(19_883_025);
});

test('the oracle reproduces the Detroit, MI worked example of methodology §9 (preset shooting-informed)', () => {
  const detroit = expectedPlan({ population: 639_111, nonfatalShootings: 606, preset: 'shooting-informed' });
  expect(detroit.headcount).toEqual({
    'street-outreach': 43,
    mediator: 46,
    'case-manager': 27,
    'family-case-manager': 13,
    'victim-advocate': 21,
    'hospital-responder': 8,
    'trauma-counselor': 19,
    supervisor: 35,
    'ovp-staff': 7,
  });
  expect(detroit.frontline).toBe(14_176_500);
  expect(detroit.supervisionOvp).toBe(4_459_000);
  expect(detroit.trainingTa).toBeCloseTo(4_658_875, 6);
  expect(detroit.dataEvaluation).toBeCloseTo(2_795_325, 6);
  expect(detroit.wraparound).toBeCloseTo(28_759_995, 6);
  expect(detroit.total).toBe(54_849_695);
});

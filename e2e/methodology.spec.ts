// The test oracle itself is checked against the published figures of docs/methodology.md §9 before any
// browser test relies on it.
import { expect, test } from '@playwright/test';
import { expectedPlan, expectedTaxpayerCost, expectedYear, expectedYears } from './methodology';

test('the oracle reproduces the Norfolk, VA calibration of docs/methodology.md §9 (preset caps)', () => {
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

test('the oracle reproduces the Detroit, MI worked example of docs/methodology.md §9 (preset shooting-informed)', () => {
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

test('the oracle reproduces a hand-worked ramp-up year (issue 5): Norfolk, shooting-informed, second year at 75%', () => {
  // Full plan: outreach 16, mediators 17, case managers 10, family 5, advocates 8, hospital 6
  // (238.005 ÷ 40), trauma counselors 5 (238.005 ÷ 50); supervisors 13; OVP 4.
  // × 0.75, half up: 12, 13 (12.75), 8 (7.5), 4 (3.75), 6, 5 (4.5), 4 (3.75) = 52 frontline;
  // supervisors round(52 ÷ 5) = 10; OVP 4 (full strength).
  const y = expectedYear({ population: 238_005, nonfatalShootings: null, preset: 'shooting-informed' }, 1, 0.75);
  expect(y.headcount).toEqual({
    'street-outreach': 12,
    mediator: 13,
    'case-manager': 8,
    'family-case-manager': 4,
    'victim-advocate': 6,
    'hospital-responder': 5,
    'trauma-counselor': 4,
    supervisor: 10,
    'ovp-staff': 4,
  });
  // (48 × $60,000 + 4 × $75,000) × 1.03 × 1.3 = $3,180,000 × 1.339
  expect(y.frontline).toBe(4_258_020);
  // (10 × $80,000 + 4 × $90,000) × 1.339 = $1,160,000 × 1.339
  expect(y.supervisionOvp).toBe(1_553_240);
  // 25% and 15% of $5,811,260
  expect(y.trainingTa).toBe(1_452_815);
  expect(y.dataEvaluation).toBe(871_689);
  // $45,000 × 238.005 × 0.75 × 1.025 = $8,233,485.47
  expect(y.wraparound).toBe(8_233_485);
  expect(y.total).toBe(16_369_249);
  // The first year at 100% and no growth is the full plan.
  expect(expectedYear({ population: 238_005, nonfatalShootings: null, preset: 'shooting-informed' }, 0, 1).total).toBe(
    expectedPlan({ population: 238_005, nonfatalShootings: null, preset: 'shooting-informed' }).total,
  );
  expect(expectedYears({ population: 238_005, nonfatalShootings: null, preset: 'shooting-informed' }, 3)[1]).toEqual(y);
});

test('the oracle prices shootings at the Everytown figures of docs/methodology.md §8', () => {
  expect(expectedTaxpayerCost(null, 606)).toBe(31_866_510); // 606 × $52,585
  expect(expectedTaxpayerCost(1, 0)).toBe(270_399);
});

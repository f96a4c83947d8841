// The hand derivation the UI tests compare against must itself reproduce docs/methodology.md §9,
// otherwise a UI test could agree with a wrong expectation.
import { describe, expect, it } from 'vitest';
import { NORFOLK_CAPS, NORFOLK_SHOOTING_INFORMED, usd } from './expected';

describe('expected figures derived from the methodology', () => {
  it('given Norfolk with CAPS, then the eight published headcounts of §9 come out', () => {
    expect(NORFOLK_CAPS.headcount).toEqual({
      'Street outreach workers': 16,
      'Mediators / violence interrupters': 17,
      'Case managers / life coaches': 10,
      'Family case managers': 5,
      'Victim advocates': 8,
      'Hospital responders': 6,
      'CVI supervisors': 12,
      'Office of Violence Prevention staff': 4,
    });
  });

  it('given Norfolk with CAPS, then the total is 62×$78,000 + 12×$104,000 + 4×$117,000, +25%, +15%, + $45,000 × 238.005', () => {
    const staffing = 62 * 78_000 + 12 * 104_000 + 4 * 117_000;
    expect(staffing).toBe(6_552_000);
    const wraparound = 45_000 * 238.005;
    expect(Math.round(wraparound)).toBe(10_710_225);
    expect(NORFOLK_CAPS.total).toBe(staffing * 1.4 + 10_710_225);
    expect(usd(NORFOLK_CAPS.total)).toBe('$19,883,025');
  });

  it('given Norfolk shooting-informed without shooting counts, then 5 trauma counselors and 13 supervisors are added', () => {
    expect(NORFOLK_SHOOTING_INFORMED.headcount['Trauma counselors']).toBe(5); // 238.005 ÷ 50 = 4.76
    expect(NORFOLK_SHOOTING_INFORMED.headcount['CVI supervisors']).toBe(13); // 67 ÷ 5 = 13.4
    // staffing 62×78,000 + 5×97,500 + 13×104,000 + 4×117,000 = 7,143,500; ×1.4 + wraparound
    expect(NORFOLK_SHOOTING_INFORMED.total).toBe(7_143_500 * 1.4 + 10_710_225);
  });
});

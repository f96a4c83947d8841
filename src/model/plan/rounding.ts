// The model's one rounding rule (docs/methodology.md, the money rule): half up, tolerant of
// floating-point noise. Money is rounded once to whole dollars where it is computed; headcount is
// FTE rounded the same way (CAPS rounding).

/** Relative float-noise allowance of roundHalfUp: a few units in the last place. */
export const ROUNDING_ALLOWANCE_FACTOR = 8 * Number.EPSILON;

/** Round half up, tolerant of floating-point noise (7.4999999999 from 0.5 × 15 stays 7.5 → 8). */
export function roundHalfUp(x: number): number {
  // Keep in step with ROUNDING_ALLOWANCE_FACTOR, which the workbook formulas use.
  // The allowance covers a few units in the last place of x (the noise a chain of multiplications
  // leaves), never a real fraction: $2,249,323,335.4995 still rounds down.
  return Math.floor(x + 0.5 + Math.max(1e-9, Math.abs(x) * ROUNDING_ALLOWANCE_FACTOR));
}

/**
 * Whole dollars, half up: the one rounding step for money. The exported workbook writes the same
 * rule as ROUND(x + MAX(1E-9, ABS(x)·8ε), 0) (see exports/workbook.ts), so floating-point noise —
 * 340,812.49999999994 for 133 × $2,500 × 1.025 — rounds the same way in the app and in a sheet.
 */
export function roundMoney(amount: number): number {
  return roundHalfUp(amount);
}

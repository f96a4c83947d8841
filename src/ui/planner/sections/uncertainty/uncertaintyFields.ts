// The uncertainty settings a person types (the share each assumption moves by, the draws and the
// seed): their labels and limits, and the check that keeps the last valid value while the text is wrong.
import { useState } from 'react';
import { formatInteger, parseNumberText, type NumberUnit } from '../../../../model';

export const SENSITIVITY_LABEL = 'Move each assumption by (%)';
export const DRAWS_LABEL = 'Draws';
export const SEED_LABEL = 'Seed';
export const SENSITIVITY_LIMITS = { min: 1, max: 90 } as const;
export const DRAWS_LIMITS = { min: 100, max: 100_000 } as const;
/** The generator takes a 32-bit seed. */
export const SEED_LIMITS = { min: 0, max: 4_294_967_295 } as const;

export type Checked = { ok: true; value: number } | { ok: false; message: string };

export function checkNumber(text: string, label: string, limits: { min: number; max: number }, integer: boolean, unit: NumberUnit = 'number'): Checked {
  const parsed = parseNumberText(text, label, unit);
  if (!parsed.ok) return parsed;
  if (parsed.value === null) return { ok: false, message: `${label} is required.` };
  if (integer && !Number.isInteger(parsed.value)) return { ok: false, message: `${label} must be a whole number.` };
  if (parsed.value < limits.min || parsed.value > limits.max) {
    return { ok: false, message: `${label} must be between ${formatInteger(limits.min)} and ${formatInteger(limits.max)}.` };
  }
  return { ok: true, value: parsed.value };
}

/** A typed number: the text as typed, its check, and the last valid value (kept while the text is wrong). */
export function useCheckedNumber(initial: number, check: (text: string) => Checked) {
  const [text, setText] = useState(String(initial));
  const [lastValid, setLastValid] = useState(initial);
  const checked = check(text);
  return {
    text,
    error: checked.ok ? null : checked.message,
    value: checked.ok ? checked.value : lastValid,
    valid: checked.ok,
    change: (next: string) => {
      setText(next);
      const c = check(next);
      if (c.ok) setLastValid(c.value);
    },
  };
}

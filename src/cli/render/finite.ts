// The command line's guard before it prints a plan: every number must be finite.

/**
 * Throw if any number in a value about to be printed is NaN or ±Infinity. The model promises
 * finite numbers; if that promise breaks, the CLI fails loudly (exit 1) instead of printing one.
 */
export function assertFinite(value: unknown, path = 'plan'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`non-finite number ${String(value)} at ${path}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertFinite(v, `${path}[${i}]`));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) assertFinite(v, `${path}.${k}`);
  }
}

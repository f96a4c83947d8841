// Exact rational arithmetic on BigInt, so the test oracle can compute the methodology's numbers
// without floating-point noise and round exactly half up. Test support only.

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

export class Q {
  readonly n: bigint;
  readonly d: bigint;

  private constructor(n: bigint, d: bigint) {
    if (d === 0n) throw new Error('division by zero');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    // Reduce only when the terms grow large: comparisons and floor work on any representation.
    if (d > 1n << 256n) {
      const g = gcd(n, d);
      n /= g;
      d /= g;
    }
    this.n = n;
    this.d = d;
  }

  static of(n: bigint | number, d: bigint | number = 1n): Q {
    const toBig = (v: bigint | number) => {
      if (typeof v === 'bigint') return v;
      if (!Number.isInteger(v)) throw new Error(`Q.of needs integers, got ${v}; use Q.dec`);
      return BigInt(v);
    };
    return new Q(toBig(n), toBig(d));
  }

  /**
   * The exact value of the decimal a number prints as ("33.3" → 333/10, "1e-7" → 1/10^7).
   * Test inputs are chosen on decimal grids, so this is the value a person meant.
   */
  static dec(x: number): Q {
    if (!Number.isFinite(x)) throw new Error(`not finite: ${x}`);
    const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(x));
    if (!m) throw new Error(`cannot read ${x}`);
    const [, sign = '', int = '0', frac = '', exp = '0'] = m;
    let n = BigInt(int + frac);
    let d = 10n ** BigInt(frac.length);
    const e = Number(exp);
    if (e >= 0) n *= 10n ** BigInt(e);
    else d *= 10n ** BigInt(-e);
    return new Q(sign === '-' ? -n : n, d);
  }

  add(o: Q | number): Q {
    const b = toQ(o);
    return new Q(this.n * b.d + b.n * this.d, this.d * b.d);
  }
  sub(o: Q | number): Q {
    const b = toQ(o);
    return new Q(this.n * b.d - b.n * this.d, this.d * b.d);
  }
  mul(o: Q | number): Q {
    const b = toQ(o);
    return new Q(this.n * b.n, this.d * b.d);
  }
  div(o: Q | number): Q {
    const b = toQ(o);
    return new Q(this.n * b.d, this.d * b.n);
  }
  cmp(o: Q | number): number {
    const b = toQ(o);
    const l = this.n * b.d;
    const r = b.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  lt(o: Q | number): boolean {
    return this.cmp(o) < 0;
  }
  le(o: Q | number): boolean {
    return this.cmp(o) <= 0;
  }
  gt(o: Q | number): boolean {
    return this.cmp(o) > 0;
  }
  isZero(): boolean {
    return this.n === 0n;
  }
  /** Largest integer ≤ this. */
  floor(): bigint {
    const q = this.n / this.d; // truncates toward zero
    return this.n < 0n && q * this.d !== this.n ? q - 1n : q;
  }
  toNumber(): number {
    const g = gcd(this.n, this.d);
    return Number(g > 1n ? this.n / g : this.n) / Number(g > 1n ? this.d / g : this.d);
  }
  toString(): string {
    const g = gcd(this.n, this.d);
    const n = g > 1n ? this.n / g : this.n;
    const d = g > 1n ? this.d / g : this.d;
    return d === 1n ? String(n) : `${n}/${d}`;
  }
}

function toQ(v: Q | number): Q {
  return v instanceof Q ? v : Q.dec(v);
}

export const qmin = (a: Q, b: Q): Q => (a.le(b) ? a : b);
export const qmax = (a: Q, b: Q): Q => (a.cmp(b) >= 0 ? a : b);

/** Nearest whole number, exact halves up (CAPS rounding, docs/methodology.md §3). */
export function roundHalfUpQ(x: Q): bigint {
  return x.add(Q.of(1, 2)).floor();
}

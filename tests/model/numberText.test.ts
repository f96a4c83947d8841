// The one reading of a typed number (src/model/numberText.ts): what a person meant is read as they
// meant it, what could mean two things is refused with a message naming the field and the rule,
// and a percentage typed as a fraction is offered, never changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftToInput, inputToDraft, makeInput, parseNumberText, readInputNumber, type NumberUnit } from '../../src/model';

const value = (text: string, unit: NumberUnit = 'number') => {
  const r = parseNumberText(text, 'Field', unit);
  if (!r.ok) throw new Error(`refused "${text}": ${r.message}`);
  return r.value;
};
const message = (text: string, unit: NumberUnit = 'number', label = 'Field') => {
  const r = parseNumberText(text, label, unit);
  if (r.ok) throw new Error(`read "${text}" as ${r.value}`);
  return r.message;
};

describe('given what a person means, then it is read as that number', () => {
  it.each([
    ['65000', 'usd', 65_000],
    ['65,000', 'usd', 65_000],
    ['$65,000', 'usd', 65_000],
    ['$ 65,000.50', 'usd', 65_000.5],
    ['US$65,000', 'usd', 65_000],
    [' $65000 ', 'usd', 65_000],
    ['1,200', 'number', 1_200],
    ['1,234,567', 'number', 1_234_567],
    ['1200.5', 'number', 1_200.5],
    ['.5', 'number', 0.5],
    ['5.', 'number', 5],
    ['60', 'percent', 60],
    ['60%', 'percent', 60],
    ['60 %', 'percent', 60],
    ['62.5%', 'percent', 62.5],
    ['0.3', 'fraction', 0.3],
    ['30%', 'fraction', 0.3],
    ['-5', 'number', -5],
    ['−5', 'number', -5], // a typographic minus sign
    ['-$5', 'usd', -5],
    ['1\u00a0200', 'number', null], // (a no-break space is a space, and "1 200" is not a number: see below)
  ] as const)('"%s" as %s is %s', (text, unit, expected) => {
    if (expected === null) expect(parseNumberText(text, 'Field', unit).ok).toBe(false);
    else expect(value(text, unit)).toBe(expected);
  });

  it('an empty field is "not given" (null), never 0', () => {
    expect(value('')).toBeNull();
    expect(value('   ', 'usd')).toBeNull();
  });

  it('"60%" in a reach is the same plan input as "60"', () => {
    const draft = { ...inputToDraft(makeInput({ population: 238_005 })), population: '238,005' };
    const a = draftToInput({ ...draft, serviceReachPct: '60%' });
    const b = draftToInput({ ...draft, serviceReachPct: '60' });
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(a.input).toEqual(b.input);
      expect(a.input.population).toBe(238_005);
      expect(a.input.serviceReachPct).toBe(60);
    }
  });
});

describe('given something that could mean two numbers or is not a number, then it is refused naming the field and the rule', () => {
  it('"1.200,5": a decimal comma', () => {
    expect(message('1.200,5', 'usd', 'Salary')).toBe('Salary: "1.200,5" could mean two numbers. Write decimals with a point and commas only between thousands, such as 1,200.5.');
  });

  it('"12,34" and "1,2345": commas not between groups of three', () => {
    for (const text of ['12,34', '1,2345', '1,20']) {
      expect(message(text, 'number', 'Population')).toBe(
        `Population: "${text}" could mean two numbers. Commas go between groups of three digits (1,234); decimals take a point (12.34).`,
      );
    }
  });

  it('"1.200.000": points between thousands', () => {
    expect(message('1.200.000')).toBe('Field: "1.200.000" could mean two numbers. Separate thousands with commas (1,200,000) and use a point only for decimals.');
  });

  it('"6O": the letter O for a zero', () => {
    expect(message('6O', 'percent', 'Service reach (%)')).toBe(
      'Service reach (%) must be a number, such as 60 or 60%, not "6O": it has the letter O where a digit goes (zero is 0).',
    );
  });

  it('"--5" and "+-5": more than one sign', () => {
    expect(message('--5')).toBe('Field must be a number with at most one sign, not "--5".');
    expect(message('+-5')).toBe('Field must be a number with at most one sign, not "+-5".');
    expect(message('-$-5', 'usd')).toBe('Field must be a number with at most one sign, not "-$-5".');
  });

  it('a sign of the wrong unit: "$" where no money is meant, "%" where no percentage is', () => {
    expect(message('$60', 'percent', 'Service reach (%)')).toBe('Service reach (%) is not an amount of money: leave out the "$" (write such as 60).');
    expect(message('60%', 'usd', 'Salary')).toBe('Salary is not a percentage: leave out the "%" (write such as $65,000).');
    expect(message('12%', 'number', 'Caseload')).toBe('Caseload is not a percentage: leave out the "%" (write the number alone, such as 1,200).');
  });

  it('anything else gets the rule of its unit', () => {
    expect(message('abc')).toBe('Field must be a number (digits, optionally with a decimal point), not "abc".');
    expect(message('lots', 'usd', 'Annual amount')).toBe('Annual amount must be a number of dollars, such as 65000, 65,000 or $65,000, not "lots".');
    expect(message('half', 'percent', 'Hospital reach (%)')).toBe('Hospital reach (%) must be a number, such as 60 or 60%, not "half".');
    expect(message('1e3')).toMatch(/^Field must be a number/);
    expect(message('% 60', 'percent')).toBe('Field must be a number, such as 60 or 60%, not "% 60": a "%" goes after the number.');
  });

  it('a very long text is clipped in the message', () => {
    expect(message('x'.repeat(100))).toBe(`Field must be a number (digits, optionally with a decimal point), not "${'x'.repeat(40)}…".`);
  });
});

describe('given a percentage between 0 and 1 without a "%", then it stands as typed and the percentage it probably meant is offered', () => {
  it('"0.6" is 0.6 (not 60), with didYouMean 60', () => {
    const r = readInputNumber('serviceReachPct', '0.6');
    expect(r).toEqual({ ok: true, value: 0.6, didYouMean: 60 });
  });

  it('"0.625" offers 62.5; "0.07" offers 7 (no floating-point dust)', () => {
    expect(parseNumberText('0.625', 'R', 'percent')).toMatchObject({ value: 0.625, didYouMean: 62.5 });
    expect(parseNumberText('0.07', 'R', 'percent')).toMatchObject({ value: 0.07, didYouMean: 7 });
  });

  it('no offer for "0.6%" (the sign says it is meant), 0, 1, 60, or a count', () => {
    for (const text of ['0.6%', '0', '1', '60', '100']) expect(parseNumberText(text, 'R', 'percent')).toMatchObject({ ok: true, didYouMean: null });
    expect(readInputNumber('homicides', '0.6')).toMatchObject({ ok: true, didYouMean: null });
    expect(parseNumberText('0.3', 'Fringe', 'fraction')).toMatchObject({ ok: true, didYouMean: null });
  });

  it('the draft keeps 0.6: the plan is at 0.6% until the person accepts 60', () => {
    const draft = { ...inputToDraft(makeInput({ population: 238_005 })), serviceReachPct: '0.6' };
    const result = draftToInput(draft);
    expect(result.ok && result.input.serviceReachPct).toBe(0.6);
  });
});

describe('properties', () => {
  const grouped = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 20 });

  it('any whole or decimal number written plainly, with thousands commas, or with $ or % where its unit allows, reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const n = whole + cents / 100;
        const plain = String(n);
        expect(value(plain)).toBe(n);
        expect(value(grouped(n))).toBe(n);
        expect(value(`$${grouped(n)}`, 'usd')).toBe(n);
        expect(value(`-${grouped(n)}`)).toBe(-n || 0);
        expect(value(`${plain}%`, 'percent')).toBe(n);
      }),
    );
  });

  it('never NaN or Infinity, and never throws, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom<NumberUnit>('number', 'usd', 'percent', 'fraction'), (text, unit) => {
        const r = parseNumberText(text, 'Field', unit);
        if (r.ok && r.value !== null) expect(Number.isFinite(r.value)).toBe(true);
        if (!r.ok) expect(r.message.startsWith('Field')).toBe(true);
      }),
    );
  });

  it('a percentage is offered only for values strictly between 0 and 1 typed without "%", and the value is never changed', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), fc.boolean(), (n, sign) => {
        const text = `${n}${sign ? '%' : ''}`;
        const r = parseNumberText(text, 'R', 'percent');
        if (!r.ok) return; // exponent notation of tiny doubles is refused
        expect(r.value).toBe(Number(String(n)));
        expect(r.didYouMean !== null).toBe(!sign && n > 0 && n < 1);
      }),
    );
  });
});

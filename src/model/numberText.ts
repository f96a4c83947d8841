// The one reading of a number a person typed — a form field, an assumption, a funding amount, a
// command-line flag, a CSV cell. It reads what the person meant ("$65,000", "65,000", "60%",
// "1,200") and refuses what could mean two things ("1.200,5", "12,34") or is not a number
// ("6O", "--5") with a message that names the field and the rule. It never guesses silently: a
// percentage typed as a fraction ("0.6") stays 0.6 and comes back with `didYouMean` (60), for the
// edge to offer or warn about.

/**
 * What the number is, which decides the signs it may carry:
 * - `number`: a plain number (a count, a caseload, a year); no "$", no "%";
 * - `usd`: dollars; a leading "$" (or "US$") is allowed;
 * - `percent`: a percentage as a person writes it (60 means 60%); a trailing "%" is allowed;
 * - `fraction`: a share written as a fraction (0.3 means 30%), as the command line's --fringe
 *   takes it; "30%" is read as 0.3.
 */
export type NumberUnit = 'number' | 'usd' | 'percent' | 'fraction';

export type NumberReading =
  | {
      readonly ok: true;
      /** The number, or null when nothing was typed ("not given"). */
      readonly value: number | null;
      /**
       * A percentage typed between 0 and 1 with no "%" sign ("0.6") was probably a fraction: the
       * percentage it would be (60). The value itself is NOT changed; null otherwise.
       */
      readonly didYouMean: number | null;
    }
  | { readonly ok: false; readonly message: string };

/** What each unit looks like, for the messages. */
const RULES: Readonly<Record<NumberUnit, string>> = {
  number: 'a number (digits, optionally with a decimal point)',
  usd: 'a number of dollars, such as 65000, 65,000 or $65,000',
  percent: 'a number, such as 60 or 60%',
  fraction: 'a number, such as 0.3 or 30%',
};

// Spaces a copied number may carry: no-break and thin spaces count as spaces.
const SPACES = /[\u00a0\u2007\u2009\u202f]/g;
// The typographic minus sign reads as a hyphen-minus.
const MINUS = /[\u2212\u2012\u2013]/g;

// [sign] [$ or US$] [sign] body [%]: the body is checked on its own below.
const SHAPE = /^([+-])?\s*(US\$|\$)?\s*([+-])?\s*([0-9.,]+)\s*(%)?$/i;
// Commas only between groups of three digits, a point only for decimals: 1,234,567.89 or 1234.5 or .5
const PLAIN_BODY = /^(\d{1,3}(,\d{3})+|\d+)(\.\d*)?$|^\.\d+$/;

/**
 * Read a number a person typed. An empty text is "not given" (null). `label` names the field in
 * every message.
 */
export function parseNumberText(text: string, label: string, unit: NumberUnit = 'number'): NumberReading {
  const trimmed = text.replace(SPACES, ' ').replace(MINUS, '-').trim();
  if (trimmed === '') return { ok: true, value: null, didYouMean: null };
  const shown = clip(text.trim());
  const notANumber = (why = ''): NumberReading => ({ ok: false, message: `${label} must be ${unitRule(unit)}, not "${shown}"${why}.` });

  if (/[+-]\s*[+-]/.test(trimmed)) return { ok: false, message: `${label} must be a number with at most one sign, not "${shown}".` };
  const shape = SHAPE.exec(trimmed);
  if (!shape) {
    // A letter O (or o) beside digits is a mistyped zero more often than anything else.
    if (/\d\s*[oO]|[oO]\s*\d/.test(trimmed) && /^[\s\d.,$%+oO-]+$/.test(trimmed)) return notANumber(': it has the letter O where a digit goes (zero is 0)');
    if (/^[^%]*%[^%]*$/.test(trimmed) && !trimmed.endsWith('%')) return notANumber(': a "%" goes after the number');
    return notANumber();
  }
  const [, sign1, dollar, sign2, body = '', percent] = shape;
  if (sign1 !== undefined && sign2 !== undefined) return { ok: false, message: `${label} must be a number with at most one sign, not "${shown}".` };
  if (dollar !== undefined && unit !== 'usd') return { ok: false, message: `${label} is not an amount of money: leave out the "$" (write ${example(unit)}).` };
  if (percent !== undefined && unit !== 'percent' && unit !== 'fraction') {
    return { ok: false, message: `${label} is not a percentage: leave out the "%" (write ${example(unit)}).` };
  }

  if (!PLAIN_BODY.test(body)) {
    const lastComma = body.lastIndexOf(',');
    const lastPoint = body.lastIndexOf('.');
    if (lastComma >= 0 && lastPoint >= 0 && lastComma > lastPoint) {
      return { ok: false, message: `${label}: "${shown}" could mean two numbers. Write decimals with a point and commas only between thousands, such as 1,200.5.` };
    }
    if ((body.match(/\./g) ?? []).length > 1) {
      return { ok: false, message: `${label}: "${shown}" could mean two numbers. Separate thousands with commas (1,200,000) and use a point only for decimals.` };
    }
    if (lastComma >= 0) {
      return { ok: false, message: `${label}: "${shown}" could mean two numbers. Commas go between groups of three digits (1,234); decimals take a point (12.34).` };
    }
    return notANumber();
  }

  const magnitude = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(magnitude)) return { ok: false, message: `${label} must be a finite number.` };
  const signed = (sign1 ?? sign2) === '-' ? -magnitude : magnitude;
  // -0 reads as 0.
  const value = (unit === 'fraction' && percent !== undefined ? signed / 100 : signed) + 0;
  const didYouMean = unit === 'percent' && percent === undefined && value > 0 && value < 1 ? Number((value * 100).toPrecision(12)) : null;
  return { ok: true, value, didYouMean };
}

/** The rule of a unit, in the words of a message: "a number (digits, optionally with a decimal point)". */
function unitRule(unit: NumberUnit): string {
  return RULES[unit];
}

function example(unit: NumberUnit): string {
  switch (unit) {
    case 'number':
      return 'the number alone, such as 1,200';
    case 'usd':
      return 'such as $65,000';
    case 'percent':
      return 'such as 60';
    case 'fraction':
      return 'such as 0.3';
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

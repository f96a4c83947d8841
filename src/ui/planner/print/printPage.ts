// The running header and footer of every printed page. Chromium (131 and later) draws CSS @page
// margin boxes, counters included, both when a person prints and in page.pdf(): checked in the
// PDFs of e2e/council-brief.spec.ts. The place, scenario and date are the plan's, so the rule is
// written per document; the text goes into a CSS string, escaped.
import type { Plan } from '../../../model';

/** A CSS string literal of any text: quotes, backslashes and control characters escaped. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(16)} `;
    else out += ch;
  }
  return `${out}"`;
}

export interface PageMarks {
  /** Top of every page: what the document is. */
  readonly header: string;
  /** Bottom of every page, before "page X of Y": place · scenario · date. */
  readonly footer: string;
}

/** The @page rule that puts the header, the footer and "page X of Y" on every printed page. */
export function pageMarksCss(marks: PageMarks): string {
  const box = 'font-family: system-ui, sans-serif; font-size: 8.5pt; color: #4f5d66;';
  return [
    '@media print {',
    '  @page {',
    `    @top-left { content: ${cssString(marks.header)}; ${box} }`,
    `    @bottom-left { content: ${cssString(`${marks.footer} · `)} "page " counter(page) " of " counter(pages); ${box} }`,
    '  }',
    '}',
  ].join('\n');
}

export function placeOf(plan: Plan): string {
  return [plan.input.placeName, plan.input.state].filter(Boolean).join(', ') || 'Unnamed place';
}

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });

/** "December 7, 2026": the date a document is prepared. */
export function formatPrintDate(date: Date): string {
  return DATE.format(date);
}

export function footerText(place: string, scenario: string, date: string): string {
  return [place, scenario, date].join(' · ');
}

/** A source's kind at the start of a printed line: "Research", "Assumption", "CAPS", "CAPS-calibrated". */
export function sourceKind(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

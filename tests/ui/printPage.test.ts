// The running header and footer of printed pages (src/ui/planner/print/printPage.ts): any place or
// scenario name becomes a safe CSS string, and every page gets "page X of Y".
import { describe, expect, it } from 'vitest';
import { cssString, footerText, pageMarksCss } from '../../src/ui/planner/print/printPage';

describe('printed page marks', () => {
  it('given text with quotes, a backslash and a line break, then the CSS string escapes each', () => {
    expect(cssString('Plan "B" \\ east\nside')).toBe('"Plan \\"B\\" \\\\ east\\a side"');
    expect(cssString('Zürich – Δ')).toBe('"Zürich – Δ"');
  });

  it('given a place, scenario and date, then the footer joins them and every page counts "page X of Y"', () => {
    const footer = footerText('Detroit, MI', 'Plan A', 'December 7, 2026');
    expect(footer).toBe('Detroit, MI · Plan A · December 7, 2026');
    const css = pageMarksCss({ header: 'Council brief', footer });
    expect(css).toContain('@bottom-left { content: "Detroit, MI · Plan A · December 7, 2026 · " "page " counter(page) " of " counter(pages);');
    expect(css).toContain('@top-left { content: "Council brief";');
  });

  it('given a scenario name that tries to close the rule, then it stays inside the string', () => {
    const css = pageMarksCss({ header: 'x', footer: footerText('A', '"; } body { display: none } "', 'd') });
    const footerRule = css.split('\n').find((line) => line.includes('@bottom-left')) ?? '';
    // Three strings (the footer, "page ", " of "): six unescaped quotes, the name's own all escaped.
    expect(footerRule.replaceAll('\\"', '').match(/"/g)).toHaveLength(6);
    expect(footerRule).toContain('\\"; } body { display: none } \\"');
  });
});

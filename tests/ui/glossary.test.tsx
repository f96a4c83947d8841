// @vitest-environment jsdom
// Plain words (issue 12, observation 9): the one glossary has each term once, every term the UI
// marks (a <Term id="…"> or a spelled-out form) is in it, a marked term explains itself from the
// keyboard, and the Glossary dialog lists the terms and gives focus back when it closes.
// The expected wording is written here by hand from docs/methodology.md, not read from the glossary.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/model/glossary';
import { GlossaryButton } from '../../src/ui/glossary/Glossary';
import { Term } from '../../src/ui/glossary/Term';
import { resetStores } from '../state/support/resetStores';
import { renderApp, UI_TEST_TIMEOUT } from './support/renderApp';

beforeEach(resetStores);
afterEach(cleanup);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every term the UI's source marks: <Term id="X"…>, spelledOut('X'), glossaryEntry('X'), explanation('X'). */
function termsMarkedInSource(): Map<string, string[]> {
  const marked = new Map<string, string[]>();
  const patterns = [/<Term\s+id="([^"]+)"/g, /(?:spelledOut|glossaryEntry|explanation)\('([^']+)'\)/g];
  for (const file of sourceFiles('src/ui')) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const term = match[1] ?? '';
        marked.set(term, [...(marked.get(term) ?? []), file]);
      }
    }
  }
  return marked;
}

describe('the glossary list', () => {
  it('has each term once (whatever its case) and a definition for every term', () => {
    const keys = GLOSSARY.map((e) => e.term.toLowerCase());
    const repeated = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(repeated).toEqual([]);
    for (const entry of GLOSSARY) expect(entry.definition.length, entry.term).toBeGreaterThan(20);
  });

  it('holds every term the UI marks, and the UI marks the terms a new user asked about', () => {
    const known = new Set<string>(GLOSSARY.map((e) => e.term));
    const marked = termsMarkedInSource();
    const missing = [...marked].filter(([term]) => !known.has(term)).map(([term, files]) => `${term} (${files.join(', ')})`);
    expect(missing).toEqual([]);
    for (const asked of ['CAPS', 'OVP', 'FTE', 'Driver', 'Caseload', '√ population', 'Draws', 'Seed']) expect(marked.has(asked), asked).toBe(true);
  });
});

describe('a marked term', () => {
  it('given FTE spelled out, when it is reached by Tab and opened with Enter, then it says what FTE means; Escape closes it', async () => {
    const user = userEvent.setup();
    render(
      <p>
        Each role has its <Term id="FTE" spell />.
      </p>,
    );
    const term = screen.getByRole('button', { name: 'full-time equivalent (FTE)' });
    expect(term).toHaveAccessibleDescription(/full-time equivalent\. Work measured in full-time positions/);
    await user.tab();
    expect(term).toHaveFocus();
    expect(term).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(term).toHaveAttribute('aria-expanded', 'true');
    const tip = document.getElementById(term.getAttribute('aria-controls') ?? '');
    expect(tip).toHaveTextContent('FTE: full-time equivalent. Work measured in full-time positions');
    await user.keyboard('{Escape}');
    expect(term).toHaveAttribute('aria-expanded', 'false');
    expect(term).toHaveFocus();
  });

  it('given a term in a table heading, then the heading reads as the term alone (the explanation lives outside it)', () => {
    render(
      <table>
        <thead>
          <tr>
            <th scope="col">
              <Term id="Driver" />
            </th>
          </tr>
        </thead>
      </table>,
    );
    expect(screen.getByRole('columnheader')).toHaveTextContent(/^Driver$/);
    expect(screen.getByRole('button', { name: 'Driver' })).toHaveAccessibleDescription(/what a role is sized by/i);
  });
});

describe('the Glossary dialog', () => {
  it('given the Glossary button, when it is pressed, then a dialog lists the terms; Escape closes it and focus goes back', async () => {
    const user = userEvent.setup();
    render(<GlossaryButton />);
    const button = screen.getByRole('button', { name: 'Glossary' });
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: /Glossary/ });
    expect(dialog).toHaveFocus();
    const terms = within(dialog).getAllByRole('term').map((t) => t.textContent);
    for (const term of ['CAPS', 'OVP', 'FTE', 'Driver', '√ population', 'Draws', 'Seed']) expect(terms.some((t) => t?.startsWith(term))).toBe(true);
    expect(dialog).toHaveTextContent('Office of Violence Prevention');
    expect(dialog).toHaveTextContent('Coalition to Advance Public Safety');
    // Tab stays inside: the list, Close, the list again.
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(dialog).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it(
    'given the planner, then its header offers the Glossary and the staffing table explains Driver, Caseload, FTE and √ population',
    async () => {
      renderApp();
      const banner = screen.getByRole('banner');
      expect(within(banner).getByRole('button', { name: 'Glossary' })).toBeInTheDocument();
      const table = await screen.findByRole('table', { name: /^Staffing by role/ });
      for (const name of ['Driver', 'Caseload', 'FTE']) {
        expect(within(table).getByRole('columnheader', { name }).querySelector('button.term')).not.toBeNull();
      }
      expect(within(table).getByRole('button', { name: '√ population' })).toHaveAccessibleDescription(/square root of the population/);
      // The staffing section spells out the abbreviations at their first use there.
      const section = screen.getByRole('region', { name: 'Staffing by role' });
      expect(within(section).getByRole('button', { name: 'full-time equivalent (FTE)' })).toBeInTheDocument();
      expect(within(section).getByRole('button', { name: 'Office of Violence Prevention (OVP)' })).toBeInTheDocument();
    },
    UI_TEST_TIMEOUT,
  );
});

// @vitest-environment jsdom
// Field, the one labelled form field: the label names the control, every message shown describes
// it (error, warning, suggestion, hint, note, source, in that order), and an error marks it invalid. The planner's
// screens use it for their fields; these check its links on their own.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Field, type FieldProps } from '../../src/ui/controls/Field';

afterEach(cleanup);

function renderField(props: Omit<FieldProps, 'children' | 'label'>) {
  return render(
    <form>
      <Field label="Population" {...props}>
        {(control) => <input {...control} type="text" defaultValue="" />}
      </Field>
    </form>,
  );
}

const messages = (container: HTMLElement) => [...container.querySelectorAll('p')].map((p) => `${p.className}: ${p.textContent}`);

describe('Field', () => {
  it('given only a label, then the control is named by it, neither described nor invalid, in a "field" wrapper', () => {
    const { container } = renderField({});
    const input = screen.getByRole('textbox', { name: 'Population' });
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input.parentElement).toHaveClass('field', { exact: true });
    expect(container.querySelector('label')).toHaveAttribute('for', input.id);
  });

  it('given an error, a warning, a hint and a source, then each is shown and describes the control, in that order', () => {
    const { container } = renderField({ id: 'pop', error: 'Population is required.', warning: 'Unusually high.', hint: 'Residents.', source: 'Census 2020.' });
    const input = screen.getByRole('textbox', { name: 'Population' });
    expect(input).toHaveAttribute('id', 'pop');
    expect(input).toHaveAttribute('aria-describedby', 'pop-error pop-warning pop-hint pop-source');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Population is required. Unusually high. Residents. Census 2020.');
    expect(messages(container)).toEqual(['error: Population is required.', 'warning: Unusually high.', 'hint: Residents.', 'provenance: Census 2020.']);
    expect(input.parentElement).toHaveClass('field has-error', { exact: true });
  });

  it('given a suggestion and a note, then they are shown and describe the control in the order error, warning, suggestion, hint, note, source', () => {
    const { container } = renderField({ id: 'r', warning: 'Check it.', suggestion: 'Did you mean 60%?', hint: 'Share served.', note: 'Changes nothing here.', source: 'Preset.' });
    const input = screen.getByRole('textbox', { name: 'Population' });
    expect(input).toHaveAttribute('aria-describedby', 'r-warning r-suggestion r-hint r-note r-source');
    expect(input).toHaveAccessibleDescription('Check it. Did you mean 60%? Share served. Changes nothing here. Preset.');
    expect(messages(container)).toEqual(['warning: Check it.', 'suggestion: Did you mean 60%?', 'hint: Share served.', 'field-note: Changes nothing here.', 'provenance: Preset.']);
    // The suggestion sits in a polite live region, there before it has anything to say, so it is announced while the person types.
    expect(container.querySelector('.suggestion-slot')).toHaveAttribute('aria-live', 'polite');
  });

  it('given a field that may make an offer but has none (null), then the live region is there, empty, and nothing is described', () => {
    const { container } = renderField({ suggestion: null });
    expect(container.querySelector('.suggestion-slot')).toBeEmptyDOMElement();
    expect(screen.getByRole('textbox', { name: 'Population' })).not.toHaveAttribute('aria-describedby');
    // A field that never makes one has no live region at all.
    cleanup();
    expect(renderField({}).container.querySelector('.suggestion-slot')).toBeNull();
  });

  it('given a warning without an error, then the value is described but not marked invalid', () => {
    renderField({ warning: 'Unusually high.' });
    const input = screen.getByRole('textbox', { name: 'Population' });
    expect(input).toHaveAccessibleDescription('Unusually high.');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('given hintFirst, then the hint shows above the error, and the description still reads error then hint', () => {
    const { container } = renderField({ error: 'Must be a number.', hint: '1 to 90.', hintFirst: true });
    expect(messages(container)).toEqual(['hint: 1 to 90.', 'error: Must be a number.']);
    expect(screen.getByRole('textbox', { name: 'Population' })).toHaveAccessibleDescription('Must be a number. 1 to 90.');
  });

  it('given hideLabel and no wrapper (a table cell), then the label is visually hidden and still names the control', () => {
    const { container } = renderField({ hideLabel: true, className: null, error: 'Not a number.' });
    const input = screen.getByRole('textbox', { name: 'Population' });
    expect(container.querySelector('label')).toHaveClass('visually-hidden');
    expect(input.parentElement?.tagName).toBe('FORM');
    expect(input).toHaveAccessibleDescription('Not a number.');
  });
});

// @vitest-environment jsdom
// Field, the one labelled form field: the label names the control, every message shown describes
// it (error, warning, hint, source, in that order), and an error marks it invalid. The planner's
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

// @vitest-environment jsdom
// Scenarios in the store: switching keeps each scenario's form text (valid or not), names stay
// unique, and the saved document holds every scenario without any form text or result.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentDocument, usePlanner } from '../../src/state/store';
import { resetStores } from './support/resetStores';

describe('Scenarios in the store', () => {
  beforeEach(resetStores);
  afterEach(resetStores);

  it('given half-typed text in a scenario, when switching away and back, then the text is still there', () => {
    const s = usePlanner.getState();
    s.duplicateScenario(); // now on "Plan A (2)"
    usePlanner.getState().setDraftField('population', '12ab');
    usePlanner.getState().switchScenario(0);
    expect(usePlanner.getState().draft.population).toBe('238005');
    usePlanner.getState().switchScenario(1);
    expect(usePlanner.getState().draft.population).toBe('12ab');
    expect(usePlanner.getState().scenarioName).toBe('Plan A (2)');
  });

  it('given an edit in the copy, then the first scenario keeps its own input', () => {
    usePlanner.getState().duplicateScenario();
    usePlanner.getState().setDraftField('population', '500000');
    const doc = currentDocument(usePlanner.getState());
    expect(doc.scenarios.map((sc) => sc.input.population)).toEqual([238_005, 500_000]);
    expect(doc.activeScenario).toBe(1);
    expect(JSON.stringify(doc)).not.toContain('12ab');
  });

  it('given another scenario has a name, when renaming to it or to nothing, then the rename is refused', () => {
    usePlanner.getState().duplicateScenario();
    expect(usePlanner.getState().renameScenario(1, 'Plan A')).toBe(false);
    expect(usePlanner.getState().renameScenario(1, '   ')).toBe(false);
    expect(usePlanner.getState().renameScenario(1, 'Lean plan')).toBe(true);
    expect(usePlanner.getState().scenarios.map((sc) => sc.name)).toEqual(['Plan A', 'Lean plan']);
  });

  it('given four scenarios, then a fifth cannot be made', () => {
    for (let i = 0; i < 3; i++) expect(usePlanner.getState().duplicateScenario()).toBe(true);
    expect(usePlanner.getState().duplicateScenario()).toBe(false);
    expect(usePlanner.getState().scenarios).toHaveLength(4);
  });

  it('given a deleted scenario before the active one, then the active scenario and its text stay the same', () => {
    usePlanner.getState().duplicateScenario();
    usePlanner.getState().duplicateScenario(); // active: 2
    usePlanner.getState().setDraftField('population', '777');
    usePlanner.getState().deleteScenario(0);
    expect(usePlanner.getState().activeScenario).toBe(1);
    expect(usePlanner.getState().draft.population).toBe('777');
    expect(usePlanner.getState().scenarios).toHaveLength(2);
  });
});

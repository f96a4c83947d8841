// Scenarios of this place: up to four named versions of the plan, one active at a time. The
// scenarios live in the store's plan document, so they persist and travel in links and files.
// Buttons with aria-current (not a tablist: the bar has no tab panels, and plain buttons keep the
// ordinary Tab-key order).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatUsd, MAX_SCENARIOS, SCENARIO_NAME_MAX, type Plan } from '../../model';
import { usePlanner } from '../../state/store';
import { CompareView } from './sections';

type Mode = { kind: 'idle' } | { kind: 'rename' } | { kind: 'confirm-delete' };

export function ScenarioBar({ plan }: { plan: Plan }) {
  const scenarios = usePlanner((s) => s.scenarios);
  const active = usePlanner((s) => s.activeScenario);
  const activeName = usePlanner((s) => s.scenarioName);
  const switchScenario = usePlanner((s) => s.switchScenario);
  const duplicateScenario = usePlanner((s) => s.duplicateScenario);
  const renameScenario = usePlanner((s) => s.renameScenario);
  const deleteScenario = usePlanner((s) => s.deleteScenario);

  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [comparing, setComparing] = useState(false);
  const [status, setStatus] = useState('');
  const [nameText, setNameText] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);

  const id = useId();
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const scenarioButtons = useRef<(HTMLButtonElement | null)[]>([]);
  // Where focus goes after the next render (the element that held it may be gone).
  const focusNext = useRef<'name' | 'confirm' | 'rename' | 'delete' | 'active' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    const element =
      target === 'name'
        ? nameField.current
        : target === 'confirm'
          ? confirmButton.current
          : target === 'rename'
            ? renameButton.current
            : target === 'delete'
              ? deleteButton.current
              : scenarioButtons.current[active];
    element?.focus();
  });

  // Names as the document has them, with the active one as it is now.
  const names = scenarios.map((sc, i) => (i === active ? activeName : sc.name));
  const atLimit = scenarios.length >= MAX_SCENARIOS;
  const onlyOne = scenarios.length <= 1;

  const closeForms = () => {
    setMode({ kind: 'idle' });
    setNameError(null);
  };

  const onSwitch = (index: number) => {
    closeForms();
    if (index === active) return;
    switchScenario(index);
    setStatus(`Now working on “${names[index]}”.`);
  };

  const onDuplicate = () => {
    closeForms();
    if (duplicateScenario()) {
      const state = usePlanner.getState();
      setStatus(`Duplicated “${names[active]}” as “${state.scenarioName}”, now the active scenario. Changes you make apply to it only.`);
    }
  };

  const openRename = () => {
    setNameText(activeName);
    setNameError(null);
    setMode({ kind: 'rename' });
    focusNext.current = 'name';
  };

  const saveName = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = nameText.trim();
    if (!trimmed) {
      setNameError('Enter a name for the scenario: it cannot be empty.');
      nameField.current?.focus();
      return;
    }
    if (names.some((n, i) => i !== active && n === trimmed)) {
      setNameError(`Another scenario is already called “${trimmed}”: choose a different name.`);
      nameField.current?.focus();
      return;
    }
    renameScenario(active, trimmed);
    closeForms();
    setStatus(`Scenario renamed to “${trimmed}”.`);
    focusNext.current = 'rename';
  };

  const cancelRename = () => {
    closeForms();
    focusNext.current = 'rename';
  };

  const askDelete = () => {
    setNameError(null);
    setMode({ kind: 'confirm-delete' });
    focusNext.current = 'confirm';
  };

  const confirmDelete = () => {
    const name = names[active];
    deleteScenario(active);
    closeForms();
    const next = usePlanner.getState().scenarioName;
    setStatus(`Deleted “${name}”. Now working on “${next}”.`);
    focusNext.current = 'active';
  };

  const cancelDelete = () => {
    closeForms();
    focusNext.current = 'delete';
  };

  return (
    <section className="scenario-bar" aria-labelledby={`${id}-heading`}>
      <div className="scenario-row">
        <h2 id={`${id}-heading`} className="scenario-heading">
          Scenarios
        </h2>
        <ul className="scenario-list" aria-label="Scenarios of this place">
          {names.map((name, i) => (
            <li key={i}>
              <button
                type="button"
                ref={(el) => {
                  scenarioButtons.current[i] = el;
                }}
                className={`scenario-button${i === active ? ' active' : ''}`}
                aria-current={i === active ? 'true' : undefined}
                onClick={() => onSwitch(i)}
              >
                {i === active && (
                  <span className="scenario-check" aria-hidden="true">
                    ✓{' '}
                  </span>
                )}
                {name}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <p className="scenario-context">
        Working on <strong>{activeName}</strong> ({formatUsd(plan.budget.total)} a year). Duplicate, rename and delete apply to this scenario.
      </p>
      <div className="scenario-actions">
        <button type="button" className="secondary" onClick={onDuplicate} disabled={atLimit} aria-describedby={atLimit ? `${id}-limit` : undefined}>
          Duplicate scenario
        </button>
        <button type="button" className="secondary" ref={renameButton} onClick={openRename} aria-expanded={mode.kind === 'rename'}>
          Rename scenario
        </button>
        <button type="button" className="secondary" ref={deleteButton} onClick={askDelete} disabled={onlyOne} aria-describedby={onlyOne ? `${id}-only` : undefined}>
          Delete scenario
        </button>
        <button type="button" className="secondary" aria-pressed={comparing} onClick={() => setComparing((c) => !c)}>
          Compare scenarios
        </button>
      </div>
      {atLimit && (
        <p id={`${id}-limit`} className="hint">
          A plan holds up to {MAX_SCENARIOS} scenarios: delete one to duplicate another.
        </p>
      )}
      {onlyOne && (
        <p id={`${id}-only`} className="hint">
          The only scenario cannot be deleted. Duplicate it to try a variation.
        </p>
      )}

      {mode.kind === 'rename' && (
        <form className="scenario-form" onSubmit={saveName} noValidate>
          <label htmlFor={`${id}-name`}>Scenario name</label>
          <div className="scenario-form-row">
            <input
              id={`${id}-name`}
              ref={nameField}
              type="text"
              autoComplete="off"
              value={nameText}
              maxLength={SCENARIO_NAME_MAX}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? `${id}-name-error` : `${id}-name-hint`}
              onChange={(e) => {
                setNameText(e.target.value);
                if (nameError) setNameError(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Escape') cancelRename();
              }}
            />
            <button type="submit">Save</button>
            <button type="button" className="secondary" onClick={cancelRename}>
              Cancel
            </button>
          </div>
          {nameError ? (
            <p id={`${id}-name-error`} className="error">
              {nameError}
            </p>
          ) : (
            <p id={`${id}-name-hint`} className="hint">
              Up to {SCENARIO_NAME_MAX} characters.
            </p>
          )}
        </form>
      )}

      {mode.kind === 'confirm-delete' && (
        <div className="scenario-confirm" role="group" aria-labelledby={`${id}-confirm-text`}>
          <p id={`${id}-confirm-text`}>
            Delete “{activeName}”? Its inputs and assumptions are removed from this plan; this cannot be undone.
          </p>
          <div className="scenario-form-row">
            <button type="button" className="danger" ref={confirmButton} onClick={confirmDelete}>
              Confirm delete {activeName}
            </button>
            <button type="button" className="secondary" onClick={cancelDelete}>
              Cancel
            </button>
          </div>
        </div>
      )}

      <p role="status" className="scenario-status">
        {status}
      </p>

      {comparing && <CompareView />}
    </section>
  );
}

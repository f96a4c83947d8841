// Scenarios of this place: up to four named versions of the plan, one active at a time. The
// scenarios live in the store's plan document, so they persist and travel in links and files.
// Buttons with aria-current (not a tablist: the bar has no tab panels, and plain buttons keep the
// ordinary Tab-key order).
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { formatUsd, MAX_SCENARIOS, SCENARIO_NAME_MAX, type Plan } from '../../model';
import { usePlanner } from '../../state/store';
import { Field } from '../controls/Field';
import { CompareView } from './sections';

type Mode = { kind: 'idle' } | { kind: 'rename' } | { kind: 'confirm-delete' };

type FocusTarget = 'name' | 'confirm' | 'rename' | 'delete' | 'active';

/** The bar's focus targets, and where focus goes after the next render (the element that held it may be gone). */
function useScenarioFocus(active: number) {
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const scenarioButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const focusNext = useRef<FocusTarget | null>(null);

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
  return { renameButton, deleteButton, nameField, confirmButton, scenarioButtons, focusNext };
}

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
  const { renameButton, deleteButton, nameField, confirmButton, scenarioButtons, focusNext } = useScenarioFocus(active);

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
        <ScenarioList names={names} active={active} buttonRefs={scenarioButtons} onSwitch={onSwitch} />
      </div>
      <p className="scenario-context">
        Working on <strong>{activeName}</strong> ({formatUsd(plan.budget.total)} a year). Duplicate, rename and delete apply to this scenario.
      </p>
      <ScenarioActions
        id={id}
        atLimit={atLimit}
        onlyOne={onlyOne}
        renaming={mode.kind === 'rename'}
        comparing={comparing}
        renameRef={renameButton}
        deleteRef={deleteButton}
        onDuplicate={onDuplicate}
        onRename={openRename}
        onDelete={askDelete}
        onCompare={() => setComparing((c) => !c)}
      />

      {mode.kind === 'rename' && (
        <RenameForm
          id={`${id}-name`}
          text={nameText}
          error={nameError}
          inputRef={nameField}
          onChange={(text) => {
            setNameText(text);
            if (nameError) setNameError(null);
          }}
          onSubmit={saveName}
          onCancel={cancelRename}
        />
      )}

      {mode.kind === 'confirm-delete' && (
        <ConfirmDelete id={`${id}-confirm-text`} name={activeName} buttonRef={confirmButton} onConfirm={confirmDelete} onCancel={cancelDelete} />
      )}

      <p role="status" className="scenario-status">
        {status}
      </p>

      {comparing && <CompareView />}
    </section>
  );
}

/** One button per scenario; the active one is marked (aria-current) and ticked. */
function ScenarioList({
  names,
  active,
  buttonRefs,
  onSwitch,
}: {
  names: readonly string[];
  active: number;
  buttonRefs: RefObject<(HTMLButtonElement | null)[]>;
  onSwitch: (index: number) => void;
}) {
  return (
    <ul className="scenario-list" aria-label="Scenarios of this place">
      {names.map((name, i) => (
        <li key={i}>
          <button
            type="button"
            ref={(el) => {
              buttonRefs.current[i] = el;
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
  );
}

/** The active scenario's new name: Save keeps it (when valid), Cancel or Escape closes the form. */
function RenameForm({
  id,
  text,
  error,
  inputRef,
  onChange,
  onSubmit,
  onCancel,
}: {
  id: string;
  text: string;
  error: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  onChange: (text: string) => void;
  onSubmit: (e: FormEvent) => void;
  onCancel: () => void;
}) {
  return (
    <form className="scenario-form" onSubmit={onSubmit} noValidate>
      <Field label="Scenario name" id={id} error={error} hint={error ? undefined : <>Up to {SCENARIO_NAME_MAX} characters.</>} className={null}>
        {(control) => (
          <div className="scenario-form-row">
            <input
              {...control}
              ref={inputRef}
              type="text"
              autoComplete="off"
              value={text}
              maxLength={SCENARIO_NAME_MAX}
              onChange={(e) => onChange(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') onCancel();
              }}
            />
            <button type="submit">Save</button>
            <button type="button" className="secondary" onClick={onCancel}>
              Cancel
            </button>
          </div>
        )}
      </Field>
    </form>
  );
}

/** What can be done to the active scenario; a button that cannot be used says why (aria-describedby). */
function ScenarioActions({
  id,
  atLimit,
  onlyOne,
  renaming,
  comparing,
  renameRef,
  deleteRef,
  onDuplicate,
  onRename,
  onDelete,
  onCompare,
}: {
  id: string;
  atLimit: boolean;
  onlyOne: boolean;
  renaming: boolean;
  comparing: boolean;
  renameRef: RefObject<HTMLButtonElement | null>;
  deleteRef: RefObject<HTMLButtonElement | null>;
  onDuplicate: () => void;
  onRename: () => void;
  onDelete: () => void;
  onCompare: () => void;
}) {
  return (
    <>
    <div className="scenario-actions">
      <button type="button" className="secondary" onClick={onDuplicate} disabled={atLimit} aria-describedby={atLimit ? `${id}-limit` : undefined}>
        Duplicate scenario
      </button>
      <button type="button" className="secondary" ref={renameRef} onClick={onRename} aria-expanded={renaming}>
        Rename scenario
      </button>
      <button type="button" className="secondary" ref={deleteRef} onClick={onDelete} disabled={onlyOne} aria-describedby={onlyOne ? `${id}-only` : undefined}>
        Delete scenario
      </button>
      <button type="button" className="secondary" aria-pressed={comparing} onClick={onCompare}>
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
    </>
  );
}

/** "Delete this scenario?": the confirm button and Cancel, in a group named by the question. */
function ConfirmDelete({
  id,
  name,
  buttonRef,
  onConfirm,
  onCancel,
}: {
  id: string;
  name: string;
  buttonRef: RefObject<HTMLButtonElement | null>;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="scenario-confirm" role="group" aria-labelledby={id}>
      <p id={id}>
        Delete “{name}”? Its inputs and assumptions are removed from this plan; this cannot be undone.
      </p>
      <div className="scenario-form-row">
        <button type="button" className="danger" ref={buttonRef} onClick={onConfirm}>
          Confirm delete {name}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

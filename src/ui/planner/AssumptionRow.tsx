// One editable assumption, as both the planner's AssumptionsEditor and the portfolio's
// PortfolioAssumptions show it: the control for its kind (switch, choice or number, rates as
// percentages), the model's own validation, the value it is compared against when changed, a
// Reset, and its source. The row knows no store: the editor passes the value and what saving and
// resetting do. Also the collapsible groups both editors list their rows in.
import { useId, useState, type ReactNode } from 'react';
import { formatParamValue, paramSpec, PARAM_IDS, parseNumberText, validateParamValue, type AssumptionOverrides, type Assumptions, type ParamGroup, type ParamId, type ParamSpec } from '../../model';
import { PercentOffer } from '../controls/PercentOffer';

type Value = Assumptions[ParamId];

/** What a changed value is compared against, in the words each page uses. */
const BASELINE = {
  preset: { shown: 'Preset', resetTo: 'the preset value' },
  methodology: { shown: 'Methodology', resetTo: 'the methodology’s value' },
} as const;

export type Baseline = keyof typeof BASELINE;

/** Rates are edited as percentages; everything else as the number itself. */
function toText(spec: ParamSpec, value: number): string {
  return spec.unit === 'rate' ? String(Number((value * 100).toPrecision(12))) : String(value);
}

const unitSuffix = (spec: ParamSpec) => (spec.unit === 'rate' ? '%' : spec.unit === 'usd' ? 'US$' : '');

export function AssumptionRow({
  id,
  value,
  presetValue,
  baseline,
  onCommit,
  onReset,
}: {
  id: ParamId;
  /** The value in force (the override, or the preset's). */
  value: Value;
  /** The preset's value: a change is marked against it, and committing it drops the override. */
  presetValue: Value;
  baseline: Baseline;
  /** Saves a valid value that differs from the preset's; returns a message when it is refused. */
  onCommit: (next: Value) => string | null;
  /** Drops the override, so the preset's value applies. */
  onReset: () => void;
}) {
  const spec = paramSpec(id);
  const words = BASELINE[baseline];
  const inputId = useId();
  // What the person typed, remembered with the value it was typed against: when the value changes
  // from outside (Reset all, opening a plan file or a link) the typed text no longer applies and is dropped.
  const [typed, setTyped] = useState<{ text: string; error: string | null; forValue: Value } | null>(null);
  const current = typed !== null && typed.forValue === value ? typed : null;
  const error = current?.error ?? null;
  const isChanged = value !== presetValue;

  /** Saves the value (or drops the override when it is the preset's); a message if it is refused. */
  const commit = (next: Value): string | null => {
    if (next === presetValue) {
      onReset();
      return null;
    }
    return onCommit(next);
  };

  // A rate whose default is a whole percentage or more (fringe 30%, not the high-risk share 0.1%)
  // typed between 0 and 1 was probably a fraction: offered as a percentage, never changed silently.
  const shownText = spec.kind === 'number' ? (current?.text ?? toText(spec, value as number)) : '';
  const reading = spec.kind === 'number' && spec.unit === 'rate' && spec.defaultValue >= 0.01 ? parseNumberText(shownText, spec.label, 'percent') : null;
  const meant = reading?.ok && !error ? reading.didYouMean : null;
  const meantOk = meant !== null && validateParamValue(id, meant / 100).ok;

  const describedBy = [error && `${inputId}-error`, meantOk && `${inputId}-suggestion`, `${inputId}-source`].filter(Boolean).join(' ');
  let control: ReactNode;
  if (spec.kind === 'switch') {
    control = <input id={inputId} type="checkbox" checked={value as boolean} onChange={(e) => commit(e.target.checked)} aria-describedby={describedBy} />;
  } else if (spec.kind === 'choice') {
    control = (
      <select id={inputId} value={value as string} onChange={(e) => commit(e.target.value as Value)} aria-describedby={describedBy}>
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else {
    control = (
      <span className="with-unit">
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          value={current?.text ?? toText(spec, value as number)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const raw = e.target.value;
            const invalid = (message: string) => setTyped({ text: raw, error: message, forValue: value });
            // "$65,000" for a salary, "30%" for a rate, "1,200" for a count: the model's one number reading.
            const parsed = parseNumberText(raw, spec.label, spec.unit === 'usd' ? 'usd' : spec.unit === 'rate' ? 'percent' : 'number');
            if (!parsed.ok) return invalid(parsed.message);
            if (parsed.value === null) return invalid(`${spec.label} is required.`);
            // (Rounded to 12 significant digits: 0.28 / 100 is 0.0028, not 0.0028000000000000004.)
            const candidate = spec.unit === 'rate' ? Number((parsed.value / 100).toPrecision(12)) : parsed.value;
            const checked = validateParamValue(id, candidate);
            if (!checked.ok) return invalid(checked.message);
            const refused = commit(candidate);
            if (refused) return invalid(refused);
            setTyped({ text: raw, error: null, forValue: candidate });
          }}
          onBlur={() => {
            if (!error) setTyped(null);
          }}
        />
        {unitSuffix(spec) && <span className="unit">{unitSuffix(spec)}</span>}
      </span>
    );
  }

  return (
    <div className={`assumption${isChanged ? ' changed' : ''}`}>
      <label htmlFor={inputId}>{spec.label}</label>
      <div className="assumption-control">
        {control}
        {isChanged && (
          <button
            type="button"
            className="reset"
            onClick={() => {
              setTyped(null);
              onReset();
            }}
            aria-label={`Reset ${spec.label} to ${words.resetTo}`}
          >
            Reset
          </button>
        )}
      </div>
      {isChanged && (
        <p className="preset-value">
          {words.shown}: {formatParamValue(id, presetValue)}
        </p>
      )}
      {error && (
        <p id={`${inputId}-error`} className="error">
          {error}
        </p>
      )}
      {spec.kind === 'number' && spec.unit === 'rate' && (
        <div aria-live="polite" className="suggestion-slot">
          {meantOk && meant !== null && (
            <p id={`${inputId}-suggestion`} className="suggestion">
              <PercentOffer
                meant={meant}
                typed={shownText}
                onAccept={() => {
                  setTyped(null);
                  commit(Number((meant / 100).toPrecision(12)));
                }}
              />
            </p>
          )}
        </div>
      )}
      <p id={`${inputId}-source`} className="source">
        <span className={`source-badge source-${spec.source.label}`}>{spec.source.label}</span> {spec.source.citation}
      </p>
    </div>
  );
}

export const ASSUMPTION_GROUPS: readonly { id: ParamGroup; label: string }[] = [
  { id: 'high-risk', label: 'High-risk population' },
  { id: 'roles', label: 'Roles and caseloads' },
  { id: 'sites', label: 'Site teams (the site-based staffing model)' },
  { id: 'personnel', label: 'Salaries and benefits' },
  { id: 'budget', label: 'Budget lines' },
  { id: 'optional-lines', label: 'Optional lines (off by default)' },
  { id: 'multi-year', label: 'Multi-year plan: growth and start-up costs' },
  { id: 'cost-of-violence', label: 'Cost of violence (context for the budget)' },
];

/**
 * The groups' assumptions as collapsible lists of rows, each summary counting its changed values.
 * `overrides` are the person's values over the preset's `defaults`; `onCommit` and `onReset` are
 * the editor's store actions (see AssumptionRow).
 */
export function AssumptionGroups({
  groups,
  overrides,
  defaults,
  changed,
  baseline,
  onCommit,
  onReset,
}: {
  groups: readonly { id: ParamGroup; label: string }[];
  overrides: AssumptionOverrides;
  defaults: Assumptions;
  changed: readonly ParamId[];
  baseline: Baseline;
  onCommit: (id: ParamId, next: Value) => string | null;
  onReset: (id: ParamId) => void;
}) {
  return groups.map((group) => {
    const ids = PARAM_IDS.filter((id) => paramSpec(id).group === group.id);
    const changedHere = ids.filter((id) => changed.includes(id)).length;
    return (
      <details key={group.id} className="assumption-group">
        <summary>
          {group.label}
          {changedHere > 0 && <span className="changed-count"> ({changedHere} changed)</span>}
        </summary>
        <div className="assumption-list">
          {ids.map((id) => (
            <AssumptionRow
              key={id}
              id={id}
              value={(overrides[id] ?? defaults[id]) as Value}
              presetValue={defaults[id]}
              baseline={baseline}
              onCommit={(next) => onCommit(id, next)}
              onReset={() => onReset(id)}
            />
          ))}
        </div>
      </details>
    );
  });
}

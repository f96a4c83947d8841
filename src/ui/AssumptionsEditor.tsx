// Every default of the methodology, editable: changed values are highlighted against the preset,
// each can be reset, and so can all of them. Values are validated by the model's own rules.
import { useId, useState } from 'react';
import {
  paramSpec,
  PARAM_IDS,
  parseNumberText,
  presetDefaults,
  validateParamValue,
  type Assumptions,
  type ParamGroup,
  type ParamId,
  type ParamSpec,
  type PresetId,
  formatParamValue,
} from '../model';
import { usePlanner } from '../state/store';

const GROUPS: { id: ParamGroup; label: string }[] = [
  { id: 'high-risk', label: 'High-risk population' },
  { id: 'roles', label: 'Roles and caseloads' },
  { id: 'personnel', label: 'Salaries and benefits' },
  { id: 'budget', label: 'Budget lines' },
  { id: 'optional-lines', label: 'Optional lines (off by default)' },
  { id: 'multi-year', label: 'Multi-year plan: growth and start-up costs' },
  { id: 'cost-of-violence', label: 'Cost of violence (context for the budget)' },
];

/** Rates are edited as percentages; everything else as the number itself. */
function toText(spec: ParamSpec, value: number): string {
  return spec.unit === 'rate' ? String(Number((value * 100).toPrecision(12))) : String(value);
}

function unitSuffix(spec: ParamSpec): string {
  switch (spec.unit) {
    case 'rate':
      return '%';
    case 'usd':
      return 'US$';
    default:
      return '';
  }
}

export function AssumptionsEditor() {
  const preset = usePlanner((s) => s.input.preset);
  const overrides = usePlanner((s) => s.overrides);
  const resetAll = usePlanner((s) => s.resetAllOverrides);
  const defaults = presetDefaults(preset);
  const changed = PARAM_IDS.filter((id) => overrides[id] !== undefined && overrides[id] !== defaults[id]);
  return (
    <section aria-labelledby="assumptions-heading" className="panel assumptions">
      <h2 id="assumptions-heading">Assumptions</h2>
      <p>
        Every default of the method, with its source. {changed.length === 0 ? 'All values are the preset’s.' : `${changed.length} changed from the preset.`}{' '}
        <button type="button" onClick={resetAll} disabled={changed.length === 0}>
          Reset all assumptions
        </button>
      </p>
      {GROUPS.map((group) => {
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
                <AssumptionRow key={id} id={id} preset={preset} value={(overrides[id] ?? defaults[id]) as Assumptions[ParamId]} presetValue={defaults[id]} />
              ))}
            </div>
          </details>
        );
      })}
    </section>
  );
}

function AssumptionRow({ id, preset, value, presetValue }: { id: ParamId; preset: PresetId; value: Assumptions[ParamId]; presetValue: Assumptions[ParamId] }) {
  const spec = paramSpec(id);
  const setOverride = usePlanner((s) => s.setOverride);
  const resetOverride = usePlanner((s) => s.resetOverride);
  const inputId = useId();
  // What the person typed, remembered with the value it was typed against: when the value changes
  // from outside (Reset all, opening a plan file) the typed text no longer applies and is dropped.
  const [typed, setTyped] = useState<{ text: string; error: string | null; forValue: Assumptions[ParamId] } | null>(null);
  const current = typed !== null && typed.forValue === value ? typed : null;
  const text = current?.text ?? null;
  const error = current?.error ?? null;
  const isChanged = value !== presetValue;

  const commit = (next: Assumptions[ParamId]) => {
    if (next === presetDefaults(preset)[id]) resetOverride(id);
    else setOverride(id, next);
  };

  const describedBy = [error && `${inputId}-error`, `${inputId}-source`].filter(Boolean).join(' ');
  let control: React.ReactNode;
  if (spec.kind === 'switch') {
    control = <input id={inputId} type="checkbox" checked={value as boolean} onChange={(e) => commit(e.target.checked)} aria-describedby={describedBy} />;
  } else if (spec.kind === 'choice') {
    control = (
      <select id={inputId} value={value as string} onChange={(e) => commit(e.target.value as Assumptions[ParamId])} aria-describedby={describedBy}>
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else {
    const shown = text ?? toText(spec, value as number);
    control = (
      <span className="with-unit">
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          value={shown}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const raw = e.target.value;
            const parsed = parseNumberText(raw, spec.label);
            const invalid = (message: string) => setTyped({ text: raw, error: message, forValue: value });
            if (!parsed.ok) return invalid(parsed.message);
            if (parsed.value === null) return invalid(`${spec.label} is required.`);
            const candidate = spec.unit === 'rate' ? parsed.value / 100 : parsed.value;
            const checked = validateParamValue(id, candidate);
            if (!checked.ok) return invalid(checked.message);
            setTyped({ text: raw, error: null, forValue: candidate });
            commit(candidate);
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
              resetOverride(id);
            }}
            aria-label={`Reset ${spec.label} to the preset value`}
          >
            Reset
          </button>
        )}
      </div>
      {isChanged && <p className="preset-value">Preset: {formatParamValue(id, presetValue)}</p>}
      {error && (
        <p id={`${inputId}-error`} className="error">
          {error}
        </p>
      )}
      <p id={`${inputId}-source`} className="source">
        <span className={`source-badge source-${spec.source.label}`}>{spec.source.label}</span> {spec.source.citation}
      </p>
    </div>
  );
}

// One assumptions set for the whole portfolio, edited as on the planner: every default of the
// method that shapes an annual plan, changed values highlighted against the preset, each
// resettable. The planner's AssumptionsEditor is bound to the planner store, so this is its
// pattern bound to the portfolio store. Multi-year and cost-of-violence settings are left out:
// the portfolio shows neither.
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
  formatParamValue,
} from '../model';
import { usePortfolio } from '../state/portfolioStore';

const GROUPS: { id: ParamGroup; label: string }[] = [
  { id: 'high-risk', label: 'High-risk population' },
  { id: 'roles', label: 'Roles and caseloads' },
  { id: 'personnel', label: 'Salaries and benefits' },
  { id: 'budget', label: 'Budget lines' },
  { id: 'optional-lines', label: 'Optional lines (off by default)' },
];

const GROUP_IDS = new Set(GROUPS.map((g) => g.id));

/** Rates are edited as percentages; everything else as the number itself. */
function toText(spec: ParamSpec, value: number): string {
  return spec.unit === 'rate' ? String(Number((value * 100).toPrecision(12))) : String(value);
}

const unitSuffix = (spec: ParamSpec) => (spec.unit === 'rate' ? '%' : spec.unit === 'usd' ? 'US$' : '');

export function PortfolioAssumptions() {
  const preset = usePortfolio((s) => s.preset);
  const overrides = usePortfolio((s) => s.assumptions);
  const resetAll = usePortfolio((s) => s.resetAllOverrides);
  const defaults = presetDefaults(preset);
  const changed = PARAM_IDS.filter((id) => GROUP_IDS.has(paramSpec(id).group) && overrides[id] !== undefined && overrides[id] !== defaults[id]);
  return (
    <section aria-labelledby="portfolio-assumptions-heading" className="panel assumptions">
      <h2 id="portfolio-assumptions-heading">Assumptions for every place</h2>
      <p>
        One set for the whole portfolio, with its sources. {changed.length === 0 ? 'All values are the methodology’s.' : `${changed.length} changed from the methodology.`}{' '}
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
                <AssumptionRow key={id} id={id} value={(overrides[id] ?? defaults[id]) as Assumptions[ParamId]} presetValue={defaults[id]} />
              ))}
            </div>
          </details>
        );
      })}
    </section>
  );
}

function AssumptionRow({ id, value, presetValue }: { id: ParamId; value: Assumptions[ParamId]; presetValue: Assumptions[ParamId] }) {
  const spec = paramSpec(id);
  const setOverride = usePortfolio((s) => s.setOverride);
  const resetOverride = usePortfolio((s) => s.resetOverride);
  const inputId = useId();
  // What the person typed, with the value it was typed against: a change from outside (Reset all,
  // a link) makes it stale and it is dropped.
  const [typed, setTyped] = useState<{ text: string; error: string | null; forValue: Assumptions[ParamId] } | null>(null);
  const current = typed !== null && typed.forValue === value ? typed : null;
  const error = current?.error ?? null;
  const isChanged = value !== presetValue;

  /** Saves the value (or drops the override when it is the preset's); a message if the portfolio refuses it. */
  const commit = (next: Assumptions[ParamId]): string | null => {
    if (next === presetValue) {
      resetOverride(id);
      return null;
    }
    const result = setOverride(id, next);
    return result.ok ? null : result.message;
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
            const parsed = parseNumberText(raw, spec.label);
            if (!parsed.ok) return invalid(parsed.message);
            if (parsed.value === null) return invalid(`${spec.label} is required.`);
            const candidate = spec.unit === 'rate' ? parsed.value / 100 : parsed.value;
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
              resetOverride(id);
            }}
            aria-label={`Reset ${spec.label} to the methodology’s value`}
          >
            Reset
          </button>
        )}
      </div>
      {isChanged && <p className="preset-value">Methodology: {formatParamValue(id, presetValue)}</p>}
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

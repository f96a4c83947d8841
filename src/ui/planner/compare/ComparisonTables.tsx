// What differs between the scenarios (listed first) and each scenario's totals: both read the
// model's comparison (compareScenarios.ts) and only format it.
import { formatInteger, formatUsd, type ComparisonRow, type ScenarioComparison } from '../../../model';

function ScenarioHeads({ names, active }: { names: readonly string[]; active: number }) {
  return (
    <>
      {names.map((name, i) => (
        <th key={i} scope="col">
          {name}
          {i === active && <span className="muted small"> (active)</span>}
        </th>
      ))}
    </>
  );
}

export function DifferencesTable({ comparison, active }: { comparison: ScenarioComparison; active: number }) {
  const { differences, names } = comparison;
  if (differences.length === 0) {
    return (
      <p className="compare-no-differences" data-testid="compare-no-differences">
        <strong>No differences:</strong> every scenario has the same inputs, assumptions, multi-year settings and funding sources.
      </p>
    );
  }
  return (
    <div className="table-wrap" role="region" aria-label="What differs between the scenarios (scrolls sideways on small screens)" tabIndex={0}>
      <table className="data compare-differences">
        <caption>
          What differs between the scenarios: {differences.length} {differences.length === 1 ? 'input or assumption' : 'inputs and assumptions'}, each scenario’s value and the
          default with its source. Everything not listed is the same in every scenario.
        </caption>
        <thead>
          <tr>
            <th scope="col">Input or assumption</th>
            <ScenarioHeads names={names} active={active} />
            <th scope="col">Default and its source</th>
          </tr>
        </thead>
        <tbody>
          {differences.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.label}</th>
              {d.values.map((v, i) => (
                <td key={i} className="compare-value">
                  {v}
                </td>
              ))}
              <td className="compare-source">
                {d.defaultValue === null && d.source === null ? (
                  <span className="muted">No default: entered for the place</span>
                ) : (
                  <>
                    {d.defaultValue !== null && <>{d.defaultValue}</>}
                    {d.source !== null && <span className="muted"> ({d.source})</span>}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function cellText(row: ComparisonRow, value: number | string | null): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return row.kind === 'usd' ? formatUsd(value) : formatInteger(value);
}

export function TotalsTable({ rows, names, active }: { rows: readonly ComparisonRow[]; names: readonly string[]; active: number }) {
  return (
    <div className="table-wrap" role="region" aria-label="Totals by scenario (scrolls sideways on small screens)" tabIndex={0}>
      <table className="data compare-totals">
        <caption>
          Totals by scenario: full strength, year 1 of the ramp-up, the multi-year total, the money committed by the funding sources entered and the gap
          nobody has funded yet, staff, and the Coalition to Advance Public Safety (CAPS) method at each scenario’s own reach.
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <ScenarioHeads names={names} active={active} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.label}</th>
              {row.values.map((v, i) => (
                <td key={i} className={row.kind === 'text' ? undefined : 'num'}>
                  {cellText(row, v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

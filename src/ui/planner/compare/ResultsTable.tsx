// Scenarios side by side, figure by figure: the totals, staff by role and budget lines of each
// scenario's full-strength plan, with the differences from the first scenario written out as text
// ("+$1,234", "−3"), never by colour alone. Nothing here derives a figure; it reads computePlan's
// results and subtracts for display.
import { BUDGET_LINE_IDS, formatInteger, formatUsd, ROLE_IDS, ROLES, sharedLineLabel, type Plan } from '../../../model';

const MINUS = '\u2212';

type Kind = 'usd' | 'count';

interface Row {
  key: string;
  label: string;
  kind: Kind;
  /** One value per scenario; null where the figure does not exist (no participants, line not included). */
  values: (number | null)[];
  /** What a null reads as. */
  nullText: string;
}

function format(value: number, kind: Kind): string {
  return kind === 'usd' ? formatUsd(value) : formatInteger(value);
}

/** "+$1,234", "−$1,234", "+3", "−3". */
export function signedDifference(difference: number, kind: Kind): string {
  return `${difference > 0 ? '+' : MINUS}${format(Math.abs(difference), kind)}`;
}

function rowsFor(plans: readonly Plan[]): Row[] {
  const rows: Row[] = [
    { key: 'total', label: 'Total annual budget', kind: 'usd', values: plans.map((p) => p.budget.total), nullText: '—' },
    { key: 'participants', label: 'Participants', kind: 'count', values: plans.map((p) => Math.round(p.participants)), nullText: '—' },
    { key: 'staff', label: 'Total staff', kind: 'count', values: plans.map((p) => p.totalHeadcount), nullText: '—' },
    { key: 'cpp', label: 'Cost per participant', kind: 'usd', values: plans.map((p) => p.costPerParticipant), nullText: 'No participants' },
  ];
  return rows;
}

function roleRows(plans: readonly Plan[]): Row[] {
  return ROLE_IDS.filter((id) => plans.some((p) => p.roles.some((r) => r.id === id && r.enabled))).map((id) => ({
    key: `role.${id}`,
    label: ROLES[id].label,
    kind: 'count' as const,
    values: plans.map((p) => {
      const role = p.roles.find((r) => r.id === id);
      return role && role.enabled ? role.headcount : null;
    }),
    nullText: 'Not included',
  }));
}

function lineRows(plans: readonly Plan[]): Row[] {
  return BUDGET_LINE_IDS.filter((id) => plans.some((p) => p.budget.lines.some((l) => l.id === id))).map((id) => ({
    key: `line.${id}`,
    label: sharedLineLabel(id, plans),
    kind: 'usd' as const,
    values: plans.map((p) => p.budget.lines.find((l) => l.id === id)?.amount ?? null),
    nullText: 'Not included',
  }));
}

/** The difference from the first scenario, or null when there is none to show. A missing line or role counts as 0. */
function differenceOf(row: Row, index: number): number | null {
  if (index === 0) return null;
  const base = row.values[0] ?? null;
  const value = row.values[index] ?? null;
  // Cost per participant has no value without participants: nothing to subtract.
  if (row.key === 'cpp' && (base === null || value === null)) return null;
  const d = (value ?? 0) - (base ?? 0);
  return d === 0 ? null : d;
}

function Cells({ row, baseName }: { row: Row; baseName: string }) {
  return (
    <>
      {row.values.map((value, i) => {
        const d = differenceOf(row, i);
        return (
          <td key={i} className={`num${d !== null ? ' differs' : ''}`}>
            {value === null ? <span className="muted">{row.nullText}</span> : format(value, row.kind)}
            {d !== null && (
              <span className="diff">
                {signedDifference(d, row.kind)}
                <span className="diff-base"> vs {baseName}</span>
              </span>
            )}
          </td>
        );
      })}
    </>
  );
}

export function ResultsTable({ plans, names, active }: { plans: readonly Plan[]; names: readonly string[]; active: number }) {
  const baseName = names[0] ?? 'the first scenario';
  const groups: { key: string; heading: string | null; rows: Row[] }[] = [
    { key: 'headline', heading: null, rows: rowsFor(plans) },
    { key: 'roles', heading: 'People to hire, by role', rows: roleRows(plans) },
    { key: 'lines', heading: 'Budget lines', rows: lineRows(plans) },
  ];
  return (
    <div className="table-wrap" role="region" aria-label="Scenario comparison table" tabIndex={0}>
      <table className="data compare-table">
        <caption>Scenarios compared at full strength. Differences are shown against {baseName}, the first scenario.</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {names.map((name, i) => (
              <th key={i} scope="col" className="num">
                {name}
                {i === active && <span className="muted small"> (active)</span>}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.key}>
            {group.heading && (
              <tr className="group-row">
                <th scope="rowgroup" colSpan={names.length + 1}>
                  {group.heading}
                </th>
              </tr>
            )}
            {group.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <Cells row={row} baseName={baseName} />
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

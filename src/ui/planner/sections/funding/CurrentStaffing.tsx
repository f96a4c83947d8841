// Current staffing beside the plan, and the hires still needed (issue 5): the people already in
// each role, typed per row; the hires are the model's hiresNeeded.
import { useId, useState } from 'react';
import { currentStaffingSchema, formatInteger, hiresNeeded, parseNumberText, totalHires, type Plan, type RoleId } from '../../../../model';
import { usePlanner } from '../../../../state/store';
import { Field } from '../../../controls/Field';

interface TypedCount {
  text: string;
  error: string | null;
  forValue: number | null;
}

export function CurrentStaffing({ plan }: { plan: Plan }) {
  const current = usePlanner((s) => s.currentStaffing);
  const setCurrentStaff = usePlanner((s) => s.setCurrentStaff);
  const baseId = useId();
  const [typed, setTyped] = useState<Partial<Record<RoleId, TypedCount>>>({});
  const rows = hiresNeeded(plan, current);
  const remember = (role: RoleId, entry: TypedCount | null) =>
    setTyped((prev) => {
      const next = { ...prev };
      if (entry === null) delete next[role];
      else next[role] = entry;
      return next;
    });

  const onChange = (role: RoleId, label: string, raw: string) => {
    const stored = current[role] ?? null;
    const parsed = parseNumberText(raw, label);
    if (!parsed.ok) return remember(role, { text: raw, error: parsed.message, forValue: stored });
    if (parsed.value !== null) {
      const checked = currentStaffingSchema.safeParse({ [role]: parsed.value });
      if (!checked.success) return remember(role, { text: raw, error: checked.error.issues[0]?.message ?? `${label} is not valid.`, forValue: stored });
    }
    remember(role, { text: raw, error: null, forValue: parsed.value });
    setCurrentStaff(role, parsed.value);
  };

  // A count of people, not money: the hires of each role as the model gives them, added up.
  const hiresTotal = totalHires(rows);
  const summary = `Hires needed to reach the plan at full strength: ${formatInteger(hiresTotal)} in all${
    hiresTotal > 0 ? ` (${rows.filter((r) => r.hires > 0).map((r) => `${r.hires} ${r.label}`).join(', ')})` : ''
  }.`;

  return (
    <div className="funding-part">
      <h3 id={`${baseId}-staff-heading`}>Current staffing and hires needed</h3>
      <p className="muted">Enter the people already in each role (blank means none). Hires needed never go below zero.</p>
      <div className="table-wrap" role="region" aria-label="Current staffing table (scrolls sideways on small screens)" tabIndex={0}>
        <table className="data current-staff">
          <caption>Each role: people in the plan at full strength, people on staff today and hires needed</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col" className="num">
                Planned
              </th>
              <th scope="col">On staff today</th>
              <th scope="col" className="num">
                Hires needed
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const label = `Current ${r.label}`;
              const stored = current[r.id] ?? null;
              const t = typed[r.id] !== undefined && typed[r.id]?.forValue === stored ? typed[r.id] : undefined;
              const id = `${baseId}-current-${r.id}`;
              return (
                <tr key={r.id}>
                  <th scope="row">{r.label}</th>
                  <td className="num">{formatInteger(r.planned)}</td>
                  <td>
                    <Field label={label} id={id} error={t?.error} hideLabel className={null}>
                      {(control) => (
                        <input
                          {...control}
                          className="count-input"
                          type="text"
                          inputMode="numeric"
                          autoComplete="off"
                          value={t?.text ?? (stored === null ? '' : String(stored))}
                          onChange={(e) => onChange(r.id, label, e.target.value)}
                          onBlur={() => {
                            if (!t?.error) remember(r.id, null);
                          }}
                        />
                      )}
                    </Field>
                  </td>
                  <td className="num" data-testid={`hires-${r.id}`}>
                    {formatInteger(r.hires)}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="num">{formatInteger(plan.totalHeadcount)}</td>
              <td />
              <td className="num">{formatInteger(hiresTotal)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="small">{summary}</p>
    </div>
  );
}

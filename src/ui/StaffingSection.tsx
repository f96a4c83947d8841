// Staffing by role (chart data keys avoid names like `role`, which recharts copies onto SVG
// elements as attributes): a bar chart and the table with the same numbers (the table is what screen
// readers and the CSV export use; the chart is a picture of it).
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { formatByUnit, formatInteger, formatOneDecimal, formatUsd, ROLES, type Plan } from '../model';
import { WhyButton } from './Why';

export function StaffingSection({ plan }: { plan: Plan }) {
  const roles = plan.roles.filter((r) => r.enabled);
  const data = roles.map((r) => ({ roleName: r.label, headcount: r.headcount }));
  const summary = `${formatInteger(plan.totalHeadcount)} staff: ${roles.map((r) => `${r.headcount} ${r.label}`).join(', ')}.`;
  return (
    <section aria-labelledby="staffing-heading" className="panel">
      <h2 id="staffing-heading">Staffing by role</h2>
      <figure className="chart" aria-labelledby="staffing-chart-caption">
        <BarChart
          responsive
          style={{ width: '100%', height: Math.max(220, data.length * 34 + 40) }}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 40, bottom: 4, left: 8 }}
        >
          <CartesianGrid horizontal={false} stroke="#d6dde3" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: '#36454f', fontSize: 12 }} />
          <YAxis type="category" dataKey="roleName" width={190} tick={{ fill: '#1f2a33', fontSize: 12 }} interval={0} />
          <Tooltip formatter={(v) => [String(v), 'People']} isAnimationActive={false} />
          <Bar dataKey="headcount" name="People to hire" fill="#0b4f6c" isAnimationActive={false}>
            <LabelList dataKey="headcount" position="right" fill="#1f2a33" fontSize={12} />
          </Bar>
        </BarChart>
        <figcaption id="staffing-chart-caption">{summary}</figcaption>
      </figure>
      <div className="table-wrap" role="region" aria-label="Staffing table (scrolls sideways on small screens)" tabIndex={0}>
        <table className="data">
          <caption>Staffing by role: driver, caseload, full-time equivalents, people to hire, salary and annual cost</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Driver</th>
              <th scope="col" className="num">Caseload</th>
              <th scope="col" className="num">FTE</th>
              <th scope="col" className="num">People</th>
              <th scope="col" className="num">Salary</th>
              <th scope="col" className="num">Annual cost</th>
            </tr>
          </thead>
          <tbody>
            {plan.roles.map((r) => (
              <tr key={r.id} className={r.enabled ? undefined : 'disabled'}>
                <th scope="row">
                  <details className="role-desc">
                    <summary>{r.label}</summary>
                    <p>{ROLES[r.id].description}</p>
                    {r.capsLabel && <p className="muted">CAPS: {r.capsLabel}</p>}
                  </details>
                  {r.partTimeNeed && <span className="flag">Part-time need</span>}
                  {r.minimumApplied && <span className="flag">Minimum applied</span>}
                  {!r.enabled && <span className="flag">Not included</span>}
                </th>
                <td>
                  {r.driver.label} ({formatByUnit(r.driver.value, 'people')})
                </td>
                <td className="num">{r.ratio === null ? '√ population' : formatByUnit(r.ratio, 'people')}</td>
                <td className="num">
                  {formatOneDecimal(r.fte)} <WhyButton figure={`role.${r.id}.fte`} label={`${r.label} FTE`} />
                </td>
                <td className="num">
                  {formatInteger(r.headcount)} <WhyButton figure={`role.${r.id}.headcount`} label={`${r.label} people to hire`} />
                </td>
                <td className="num">
                  {formatUsd(r.salary)} <WhyButton figure={`role.${r.id}.salary`} label={`${r.label} salary`} />
                </td>
                <td className="num">
                  {formatUsd(r.cost)} <WhyButton figure={`role.${r.id}.cost`} label={`${r.label} annual cost`} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td />
              <td />
              <td className="num">{formatOneDecimal(plan.totalFte)}</td>
              <td className="num">
                {formatInteger(plan.totalHeadcount)} <WhyButton figure="totalHeadcount" label="Total staff" />
              </td>
              <td />
              <td className="num">{formatUsd(plan.budget.staffingCost)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

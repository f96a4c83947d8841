// Budget lines: a stacked bar of the lines and the table with the same numbers.
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { budgetLineDescription, formatPercent, formatUsd, formatUsdCompact, type BudgetLineId, type Plan } from '../../../model';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import { WhyButton } from '../Why';

// Distinguishable colours, each with at least 3:1 contrast against the white page (WCAG 1.4.11).
export const LINE_COLOURS: Record<BudgetLineId, string> = {
  frontline: '#0b4f6c',
  'supervision-ovp': '#1b7f99',
  'training-ta': '#7a4fa3',
  'data-evaluation': '#b04a7c',
  wraparound: '#b35c00',
  stipends: '#5d7a1f',
  wellness: '#00796b',
  indirect: '#5f6b73',
  startup: '#8a5a00',
};

export function BudgetSection({ plan }: { plan: Plan }) {
  const total = plan.budget.total;
  const row: Record<string, number | string> = { name: 'Annual budget' };
  for (const line of plan.budget.lines) row[line.id] = line.amount;
  const summary = `Total ${formatUsd(total)}: ${plan.budget.lines.map((l) => `${l.label} ${formatUsd(l.amount)}`).join(', ')}.`;
  return (
    <section aria-labelledby="budget-heading" className="panel">
      <h2 id="budget-heading">Annual budget</h2>
      <figure className="chart" aria-labelledby="budget-chart-caption">
        <ChartFrame
          height={200}
          draw={() => (
            <BarChart responsive style={{ width: '100%', height: 200 }} data={[row]} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
              <XAxis type="number" tickFormatter={(v: number) => formatUsdCompact(v)} tick={{ fill: '#36454f', fontSize: 12 }} />
              <YAxis type="category" dataKey="name" hide />
              <Tooltip formatter={(v, name) => [formatUsd(Number(v)), String(name)]} isAnimationActive={false} />
              {plan.budget.lines.map((line) => (
                <Bar key={line.id} dataKey={line.id} name={line.label} stackId="budget" fill={LINE_COLOURS[line.id]} isAnimationActive={false} />
              ))}
            </BarChart>
          )}
        />
        <ChartLegend items={plan.budget.lines.map((line) => ({ label: line.label, colour: LINE_COLOURS[line.id] }))} />
        <figcaption id="budget-chart-caption">{summary}</figcaption>
      </figure>
      <div className="table-wrap" role="region" aria-label="Budget table" tabIndex={0}>
        <table className="data">
          <caption>Budget lines with their share of the total</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col" className="num">Amount</th>
              <th scope="col" className="num">Share</th>
            </tr>
          </thead>
          <tbody>
            {plan.budget.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">
                  <span className="swatch" style={{ background: LINE_COLOURS[line.id] }} aria-hidden="true" />
                  {line.label}
                  <span className="muted small"> — {budgetLineDescription(line.id, plan.assumptions)}</span>
                </th>
                <td className="num">
                  {formatUsd(line.amount)} <WhyButton figure={`line.${line.id}`} label={line.label} />
                </td>
                <td className="num">{total > 0 ? formatPercent(line.share) : '—'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="num">
                <strong data-testid="budget-table-total">{formatUsd(total)}</strong> <WhyButton figure="total" label="Total annual budget" />
              </td>
              <td className="num">{total > 0 ? '100%' : '—'}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

// Total budget per place: one horizontal bar each, largest first, so sixty places stay legible
// (the chart grows with the places and scrolls inside its box; the axis stays on top). The table
// beside it carries the same numbers for screen readers and for copying.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatInteger, formatUsd, formatUsdCompact, type PlanInput, type PortfolioResult } from '../../model';
import { placeLabel } from './PortfolioTable';

const BAR_ROW = 24;
const AXIS = 32;
const LABEL_MAX = 22;

/** Axis labels have a fixed width; a long custom name is cut (the table shows it whole). */
const shorten = (name: string) => (name.length > LABEL_MAX ? `${name.slice(0, LABEL_MAX - 1)}…` : name);

export function PortfolioChart({ places, result }: { places: readonly PlanInput[]; result: PortfolioResult }) {
  const data = places
    .map((place, i) => ({ name: shorten(placeLabel(place)), total: result.plans[i]?.budget.total ?? 0 }))
    .sort((a, b) => b.total - a.total);
  const largest = data[0];
  const smallest = data[data.length - 1];
  const summary =
    data.length === 0
      ? 'No places yet.'
      : `Total budget by place, largest first. ${formatInteger(data.length)} ${data.length === 1 ? 'place' : 'places'}, ${formatUsd(result.total)} in all` +
        (largest && smallest && data.length > 1 ? `; largest ${largest.name} (${formatUsd(largest.total)}), smallest ${smallest.name} (${formatUsd(smallest.total)}).` : '.');
  const height = AXIS + Math.max(1, data.length) * BAR_ROW + 8;
  return (
    <figure className="chart portfolio-chart" aria-labelledby="portfolio-chart-caption">
      <div className="portfolio-chart-scroll" role="region" aria-label="Chart of total budget by place" tabIndex={0}>
        <BarChart responsive style={{ width: '100%', height }} data={data} layout="vertical" margin={{ top: 4, right: 20, bottom: 4, left: 4 }} barCategoryGap={4}>
          <CartesianGrid horizontal={false} stroke="#e3e8ec" />
          <XAxis type="number" orientation="top" tickFormatter={(v: number) => formatUsdCompact(v)} tick={{ fill: '#36454f', fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={150} interval={0} tick={{ fill: '#1f2a33', fontSize: 12 }} />
          <Tooltip formatter={(v) => [formatUsd(Number(v)), 'Total budget']} isAnimationActive={false} />
          <Bar dataKey="total" name="Total budget" fill="#0b4f6c" isAnimationActive={false} />
        </BarChart>
      </div>
      <figcaption id="portfolio-chart-caption">{summary}</figcaption>
    </figure>
  );
}

// Full-strength total by scenario as horizontal bars: each scenario's name on its own row, so the
// names never run into each other on a phone (issue 12: at 375 px the old column labels overlapped).
// A long name wraps to two lines and is shortened with "…"; the table beside the chart has it whole.
import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { formatUsd, formatUsdCompact } from '../../../model';
import { signedDifference } from './ResultsTable';

const NAME_WIDTH = 112;
const LINE_CHARS = 15;
const ROW_HEIGHT = 52;

/** A scenario's name in at most two lines of about LINE_CHARS characters, broken at spaces where it can be. */
export function nameLines(name: string): string[] {
  const lines: string[] = [];
  let rest = name.trim();
  while (rest.length > 0 && lines.length < 2) {
    if (rest.length <= LINE_CHARS) {
      lines.push(rest);
      rest = '';
      break;
    }
    const space = rest.lastIndexOf(' ', LINE_CHARS);
    const cut = space > 0 ? space : LINE_CHARS;
    lines.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest.length > 0 && lines.length > 0) {
    const last = lines[lines.length - 1] ?? '';
    lines[lines.length - 1] = `${last.slice(0, LINE_CHARS - 1)}…`;
  }
  return lines;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

function NameTick({ x = 0, y = 0, payload }: TickProps) {
  const lines = nameLines(String(payload?.value ?? ''));
  const first = -((lines.length - 1) * 7);
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fill="#36454f" fontSize={12} className="compare-chart-name">
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? first + 4 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function CompareChart({ names, totals }: { names: readonly string[]; totals: readonly number[] }) {
  const data = totals.map((total, i) => ({ name: names[i] ?? `Scenario ${i + 1}`, total }));
  const baseName = names[0] ?? 'the first scenario';
  const first = totals[0] ?? 0;
  // The chart's text summary; amounts never break across lines ("−" and "$2,011,100" stay together).
  const summary = totals.map((total, i) => {
    const d = total - first;
    return (
      <span key={i}>
        {i > 0 && '; '}
        {names[i]} <span className="nowrap">{formatUsd(total)}</span>
        {i > 0 &&
          (d === 0 ? (
            ` (same as ${baseName})`
          ) : (
            <>
              {' ('}
              <span className="nowrap">{signedDifference(d, 'usd')}</span> vs {baseName})
            </>
          ))}
      </span>
    );
  });
  return (
    <figure className="chart compare-chart" aria-labelledby="compare-chart-caption">
      <BarChart
        responsive
        layout="vertical"
        style={{ width: '100%', maxWidth: 720, height: data.length * ROW_HEIGHT + 16 }}
        data={data}
        margin={{ top: 8, right: 64, bottom: 8, left: 4 }}
      >
        {/* The amounts are written on the bars and in the table: no value axis to crowd a phone. */}
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis type="category" dataKey="name" width={NAME_WIDTH} interval={0} tickLine={false} tick={<NameTick />} />
        <Tooltip formatter={(v) => [formatUsd(Number(v)), 'Full-strength annual total']} isAnimationActive={false} />
        <Bar dataKey="total" name="Full-strength annual total" fill="#0b4f6c" isAnimationActive={false} maxBarSize={32}>
          <LabelList dataKey="total" position="right" formatter={(v) => formatUsdCompact(Number(v))} fill="#1f2a33" fontSize={12} />
        </Bar>
      </BarChart>
      <figcaption id="compare-chart-caption">Total annual budget by scenario: {summary}.</figcaption>
    </figure>
  );
}

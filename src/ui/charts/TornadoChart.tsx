// The tornado chart of a sensitivity run: one row per assumption, largest swing first, a bar from the
// plan's total to the total with the assumption moved down and another to the total with it moved up.
// Every number comes from the model's sensitivity(); this file only draws it.
import { useSyncExternalStore } from 'react';
import { Bar, BarChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatUsd, formatUsdCompact, type SensitivityResult } from '../../model';
import { ChartFrame } from './ChartFrame';
import { wrapLabel } from './chartText';
import { ChartLegend } from './ChartLegend';

const TORNADO_COLOURS = { down: '#0b4f6c', up: '#b35c00' } as const;

const BAR_SIZE = 16;
// Row labels wrap to fit beside the bars: two lines on a wide screen, up to three on a phone.
const WIDE = { rowHeight: 38, labelWidth: 180, labelChars: 24, fontSize: 12 } as const;
const NARROW = { rowHeight: 46, labelWidth: 132, labelChars: 18, fontSize: 11 } as const;
const NARROW_QUERY = '(max-width: 600px)';

function subscribeNarrow(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isNarrow(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(NARROW_QUERY).matches;
}

function useNarrow(): boolean {
  return useSyncExternalStore(subscribeNarrow, isNarrow, () => false);
}

/** Round axis ticks (1, 2, 2.5 or 5 × a power of ten) that take in `lo` and `hi`, about five of them. */
function niceTicks(lo: number, hi: number): number[] {
  if (!(hi > lo)) {
    const half = Math.max(Math.abs(lo) * 0.05, 1);
    return lo - half < 0 ? [Math.min(0, lo), lo + half] : [lo - half, lo, lo + half];
  }
  const rough = (hi - lo) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let t = first; t < hi + step; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks.filter((_t, i) => i === 0 || (ticks[i - 1] ?? -Infinity) < hi);
}

interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
}

function WrappedTick({ x = 0, y = 0, payload, chars, fontSize }: TickProps & { chars: number; fontSize: number }) {
  const lines = wrapLabel(String(payload?.value ?? ''), chars);
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fill="#36454f" fontSize={fontSize}>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? `${0.35 - (lines.length - 1) * 0.6}em` : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function TornadoChart({ base, results, percentText }: { base: number; results: readonly SensitivityResult[]; percentText: string }) {
  const size = useNarrow() ? NARROW : WIDE;
  const data = results.map((r) => ({ label: r.label, down: [base, r.low], up: [base, r.high] }));
  const values = results.flatMap((r) => [r.low, r.high]).concat(base);
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const downName = `Assumption ${percentText} lower`;
  const upName = `Assumption ${percentText} higher`;
  const height = results.length * size.rowHeight + 70;
  return (
    <>
      <ChartFrame
        height={height}
        draw={() => (
          <BarChart
            responsive
            style={{ width: '100%', height }}
            data={data}
            layout="vertical"
            barGap={-BAR_SIZE}
            margin={{ top: 20, right: 20, bottom: 4, left: 4 }}
          >
            <XAxis
              type="number"
              domain={[ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1]}
              ticks={ticks}
              tickFormatter={(v: number) => formatUsdCompact(v)}
              tick={{ fill: '#36454f', fontSize: 12 }}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={size.labelWidth}
              interval={0}
              tick={(props: TickProps) => <WrappedTick {...props} chars={size.labelChars} fontSize={size.fontSize} />}
            />
            <Tooltip
              isAnimationActive={false}
              formatter={(value, name) => [formatUsd(Array.isArray(value) ? Number(value[1]) : Number(value)), String(name)]}
            />
            <Bar dataKey="down" name={downName} fill={TORNADO_COLOURS.down} barSize={BAR_SIZE} isAnimationActive={false} />
            <Bar dataKey="up" name={upName} fill={TORNADO_COLOURS.up} barSize={BAR_SIZE} isAnimationActive={false} />
            <ReferenceLine
              x={base}
              stroke="#1f2a33"
              strokeWidth={1.5}
              label={{ value: `This plan ${formatUsdCompact(base)}`, position: 'top', fill: '#1f2a33', fontSize: 12 }}
            />
          </BarChart>
        )}
      />
      <ChartLegend
        items={[
          { label: downName, colour: TORNADO_COLOURS.down },
          { label: upName, colour: TORNADO_COLOURS.up },
        ]}
      />
    </>
  );
}

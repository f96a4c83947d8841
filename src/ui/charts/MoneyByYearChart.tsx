// Money by fiscal year, stacked by series, with its legend: the multi-year cost by budget line and
// the funding picture (money by kind and the gap) are the same chart. Drawn only near the screen.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatUsd, formatUsdCompact } from '../../model';
import { ChartFrame } from './ChartFrame';
import { ChartLegend } from './ChartLegend';

export interface MoneySeries {
  /** The data key of the series in each year's row. */
  key: string;
  name: string;
  colour: string;
}

const MARGIN = { top: 8, right: 8, bottom: 4, left: 8 };
const YEAR_TICK = { fill: '#1f2a33', fontSize: 12 };
const MONEY_TICK = { fill: '#36454f', fontSize: 12 };
const moneyTick = (v: number) => formatUsdCompact(v);
const moneyTooltip = (v: unknown, name: unknown) => [formatUsd(Number(v)), String(name)] as [string, string];

/** `rows`: one per year, with `yearName` and a number per series key. Series stack in the order given. */
export function MoneyByYearChart({ rows, series, height }: { rows: readonly Record<string, number | string>[]; series: readonly MoneySeries[]; height: number }) {
  return (
    <>
      <ChartFrame
        height={height}
        draw={() => (
          // Keyed by the series shown: recharts stacks bars in the order they mount, so a series
          // added later would otherwise land on top. Remounting keeps the order given.
          <BarChart key={series.map((s) => s.key).join(' ')} responsive style={{ width: '100%', height }} data={rows as Record<string, number | string>[]} margin={MARGIN}>
            <CartesianGrid vertical={false} stroke="#d6dde3" />
            <XAxis dataKey="yearName" tick={YEAR_TICK} />
            <YAxis tickFormatter={moneyTick} width={64} tick={MONEY_TICK} />
            <Tooltip formatter={moneyTooltip} isAnimationActive={false} />
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.name} stackId="money" fill={s.colour} isAnimationActive={false} />
            ))}
          </BarChart>
        )}
      />
      <ChartLegend items={series.map((s) => ({ label: s.name, colour: s.colour }))} />
    </>
  );
}

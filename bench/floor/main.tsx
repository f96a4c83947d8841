// The floor (issue 7): the least an app on this stack can be — React, zustand, zod and one recharts
// bar chart bound to one input. The planner's first-load size and edit latency are measured
// against this. Keep it minimal: anything added here raises the floor and flatters the app.
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { create } from 'zustand';
import { z } from 'zod';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { floorPlan } from './plan';

const populationSchema = z.coerce.number({ error: 'Population must be a number.' }).int().min(1).max(50_000_000);

interface FloorState {
  text: string;
  population: number;
  setText: (text: string) => void;
}

const useFloor = create<FloorState>()((set) => ({
  text: '639111',
  population: 639_111,
  setText: (text) => {
    const parsed = populationSchema.safeParse(text);
    set(parsed.success ? { text, population: parsed.data } : { text });
  },
}));

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

function Floor() {
  const text = useFloor((s) => s.text);
  const population = useFloor((s) => s.population);
  const setText = useFloor((s) => s.setText);
  const plan = useMemo(() => floorPlan(population), [population]);
  return (
    <main>
      <label>
        Population <input value={text} inputMode="numeric" onChange={(e) => setText(e.target.value)} />
      </label>
      <p>
        Total <span data-testid="total">{usd.format(plan.total)}</span>
      </p>
      <BarChart responsive style={{ width: '100%', height: 240 }} data={plan.lines} layout="vertical">
        <XAxis type="number" />
        <YAxis type="category" dataKey="name" width={120} />
        <Tooltip isAnimationActive={false} />
        <Bar dataKey="amount" fill="#0b4f6c" isAnimationActive={false} />
      </BarChart>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);

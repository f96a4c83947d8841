// A chart's legend as HTML beside the SVG. recharts' <Legend> measures itself on every render,
// which forced a layout of the whole page on each keystroke (bench/FINDINGS.md); this does not.
export interface LegendItem {
  label: string;
  colour: string;
}

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <span className="swatch" style={{ background: item.colour }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

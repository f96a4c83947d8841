// The reality check (docs/methodology.md §12): the plan's cost per participant, all-in cost per
// position, budget per resident, participants per street outreach worker and staff per site beside
// what real programs spend and staff, then every program behind each range with its source and
// caveat. Context, never a target: every figure is realityCheck(plan, BENCHMARKS), unadjusted.
import { memo, useMemo, useState } from 'react';
import type { Plan } from '../../../model';
import { BENCHMARKS, BENCHMARKS_ABOUT } from '../../../model/benchmarkData';
import { entryRangeText, formatMetric, realityCheck, type RealityMetric } from '../../../model/realityCheck';

export function RealityCheckSection({ plan }: { plan: Plan }) {
  const check = useMemo(() => realityCheck(plan, BENCHMARKS), [plan]);
  return (
    <section aria-labelledby="reality-heading" className="panel reality-check">
      <h2 id="reality-heading">Reality check: what real programs spend</h2>
      <p className="context-statement" data-testid="reality-statement">
        <strong>Context, never a target.</strong> {check.statement}
      </p>
      <div className="table-wrap" role="region" aria-label="Reality check table" tabIndex={0}>
        <table className="data reality-table">
          <caption>This plan at full strength beside what real programs report: the lowest, median and highest figure</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="num">
                This plan
              </th>
              <th scope="col" className="num">
                Low
              </th>
              <th scope="col" className="num">
                Median
              </th>
              <th scope="col" className="num">
                High
              </th>
              <th scope="col" className="num">
                Programs
              </th>
              <th scope="col">Where the plan sits</th>
            </tr>
          </thead>
          <tbody>
            {check.metrics.map((m) => (
              <tr key={m.id} data-metric={m.id}>
                <th scope="row">{m.label}</th>
                <td className="num">{m.plan === null ? '—' : formatMetric(m.plan, m.unit)}</td>
                <td className="num">{m.range ? formatMetric(m.range.low, m.unit) : '—'}</td>
                <td className="num">{m.range ? formatMetric(m.range.median, m.unit) : '—'}</td>
                <td className="num">{m.range ? formatMetric(m.range.high, m.unit) : '—'}</td>
                <td className="num">{m.range?.count ?? 0}</td>
                <td>{m.positionText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        How each figure of this plan is worked out: {check.metrics.map((m) => `${m.label.toLowerCase()} = ${m.formula}`).join('; ')}. The median of an even number of programs is the mean of
        the middle two.
      </p>
      <h3 className="reality-programs-heading">The programs behind each range</h3>
      <p className="muted small">{BENCHMARKS_ABOUT}</p>
      {check.metrics.map((m) => (
        <MetricPrograms key={m.id} metric={m} />
      ))}
    </section>
  );
}

/**
 * One metric's programs, behind a disclosure: 25 entries with their basis and caveat run to several
 * screens, and a closed list keeps the section about one screen tall (an off-screen section is
 * laid out at a guessed height until shown; see .later-sections in styles.css).
 */
const MetricPrograms = memo(
  function MetricPrograms({ metric: m }: { metric: RealityMetric }) {
    // The list is built when it is first opened: closed, 25 programs would add some 400 elements
    // that every edit of the plan would carry (bench/RESULTS.md, edit to screen).
    const [opened, setOpened] = useState(false);
    const count = `${m.benchmarks.length} ${m.benchmarks.length === 1 ? 'program' : 'programs'}`;
    return (
      <div className="reality-metric">
        <h4 id={`reality-${m.id}`}>
          {m.label} ({count})
        </h4>
        <details onToggle={(e) => e.currentTarget.open && setOpened(true)}>
          <summary>{m.label}: the {count} with sources and caveats</summary>
          {opened && <ProgramList metric={m} />}
        </details>
      </div>
    );
  },
  // A metric's programs are the data file's: they never change with the plan.
  (a, b) => a.metric.id === b.metric.id,
);

function ProgramList({ metric: m }: { metric: RealityMetric }) {
  return (
        <ul className="reality-programs" aria-labelledby={`reality-${m.id}`}>
          {m.benchmarks.map((b) => {
            const own = entryRangeText(b, m.unit);
            return (
              <li key={b.id} data-benchmark={b.id}>
                <p className="reality-program">
                  <strong>{b.program}</strong>, {b.place}, {b.year}: <strong>{formatMetric(b.value, m.unit)}</strong>
                  {own !== null && <> (its source’s range: {own})</>}
                </p>
                <p>
                  <span className="muted">Source:</span>{' '}
                  <a href={b.source.url} target="_blank" rel="noreferrer noopener">
                    {b.source.title}
                  </a>{' '}
                  ({b.source.publisher}; opens in a new tab)
                </p>
                <p>
                  <span className="muted">Basis:</span> {b.basis}
                </p>
                <p>
                  <span className="muted">Caveat:</span> {b.caveat}
                </p>
              </li>
            );
          })}
        </ul>
  );
}

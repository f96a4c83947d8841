// Staffing by role (chart data keys avoid names like `role`, which recharts copies onto SVG
// elements as attributes): a bar chart and the table with the same numbers (the table is what screen
// readers and the CSV export use; the chart is a picture of it).
import { memo } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatByUnit, formatInteger, formatOneDecimal, formatPeople, formatQuantity, formatUsd, ROLES, type FigureId, type Plan, type RolePlan } from '../../../model';
import { usePlanner } from '../../../state/store';
import { ChartFrame } from '../../charts/ChartFrame';
import { wrapLabel } from '../../charts/chartText';
import { WhyButton } from '../Why';
import { Term } from '../../glossary/Term';

// The chart's constant props live outside render: recharts re-registers an axis, tooltip or bar
// (an internal store dispatch and a second render) whenever a prop is a new object or function,
// and this chart redraws on every keystroke that changes a headcount (bench/FINDINGS.md).
const MARGIN = { top: 4, right: 40, bottom: 4, left: 8 };
const tooltipFormatter = (v: unknown) => [String(v), 'People'] as [string, string];

interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly payload?: { readonly value?: unknown };
}
/** A count under the axis: plain SVG text, which recharts does not measure (its own ticks are measured in the DOM: a forced layout of the page). */
function CountTick({ x = 0, y = 0, payload }: TickProps) {
  return (
    <text x={Number(x)} y={Number(y)} dy="0.9em" textAnchor="middle" fill="#36454f" fontSize={12}>
      {String(payload?.value ?? '')}
    </text>
  );
}
/** A role name beside its bar, on up to two lines: plain SVG text (recharts' own tick measures each label in the DOM). */
function RoleTick({ x = 0, y = 0, payload }: TickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''), 26);
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fill="#1f2a33" fontSize={12}>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? `${0.35 - (lines.length - 1) * 0.6}em` : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
interface BarShapeProps {
  readonly x?: number | string | undefined;
  readonly y?: number | string | undefined;
  readonly width?: number | string | undefined;
  readonly height?: number | string | undefined;
  readonly fill?: string | undefined;
  readonly headcount?: unknown;
}
/**
 * A bar and its headcount at its end, drawn together as plain SVG: recharts' label list adds its
 * own components and store updates to every redraw, and measures nothing we need.
 */
function CountBar({ x = 0, y = 0, width = 0, height = 0, fill, headcount }: BarShapeProps) {
  const [bx, by, bw, bh] = [Number(x), Number(y), Number(width), Number(height)];
  return (
    <g>
      <rect className="bar-rect" x={bx} y={by} width={Math.max(0, bw)} height={Math.max(0, bh)} fill={fill} />
      <text className="bar-count" x={bx + Math.max(0, bw) + 6} y={by + bh / 2} dy="0.35em" fill="#1f2a33" fontSize={12}>
        {String(headcount ?? '')}
      </text>
    </g>
  );
}

interface StaffBar {
  roleName: string;
  headcount: number;
}

/** The bar chart alone, redrawn only when a role or a headcount changes. */
const StaffingChart = memo(
  function StaffingChart({ data, height }: { data: readonly StaffBar[]; height: number }) {
    return (
      <BarChart responsive style={{ width: '100%', height }} data={data as StaffBar[]} layout="vertical" margin={MARGIN}>
        <XAxis type="number" allowDecimals={false} tick={CountTick} interval={0} />
        <YAxis type="category" dataKey="roleName" width={190} tick={RoleTick} interval={0} />
        <Tooltip formatter={tooltipFormatter} isAnimationActive={false} />
        <Bar dataKey="headcount" name="People to hire" fill="#0b4f6c" isAnimationActive={false} shape={CountBar} />
      </BarChart>
    );
  },
  (a, b) => a.height === b.height && a.data.length === b.data.length && a.data.every((d, i) => d.roleName === b.data[i]?.roleName && d.headcount === b.data[i]?.headcount),
);

/** The staffing table's column headings (the planner's table and the print layout's). */
export function StaffingHead() {
  return (
    <thead>
      <tr>
        <th scope="col">Role</th>
        <th scope="col">
          <Term id="Driver" />
        </th>
        <th scope="col" className="num">
          <Term id="Caseload" />
        </th>
        <th scope="col" className="num">
          <Term id="FTE" />
        </th>
        <th scope="col" className="num">People</th>
        <th scope="col" className="num">Salary</th>
        <th scope="col" className="num">Annual cost</th>
      </tr>
    </thead>
  );
}

/** A role's figures after its heading cell; with `why`, each figure has its "Why this number?". */
export function RoleCells({ role: r, why = false }: { role: RolePlan; why?: boolean }) {
  const figure = (text: string, id: FigureId, label: string) => (
    <td className="num">
      {text}
      {why && (
        <>
          {' '}
          <WhyButton figure={id} label={label} />
        </>
      )}
    </td>
  );
  return (
    <>
      <td>
        {r.driver.label} ({formatPeople(r.driver.value)})
      </td>
      <td className="num">
        {r.driver.kind === 'sites' ? (
          `${formatQuantity(r.perSite ?? 0)} per site`
        ) : r.perSite !== null && r.ratio !== null ? (
          `${formatQuantity(r.perSite)} per site + 1 per ${formatQuantity(r.ratio)}`
        ) : r.ratio === null ? (
          <Term id="√ population" />
        ) : (
          formatByUnit(r.ratio, 'people')
        )}
      </td>
      {figure(formatOneDecimal(r.fte), `role.${r.id}.fte`, `${r.label} FTE`)}
      {figure(formatInteger(r.headcount), `role.${r.id}.headcount`, `${r.label} people to hire`)}
      {figure(formatUsd(r.salary), `role.${r.id}.salary`, `${r.label} salary`)}
      {figure(formatUsd(r.cost), `role.${r.id}.cost`, `${r.label} annual cost`)}
    </>
  );
}

/**
 * The chart and its summary follow `plan` at once; the table, below the first screen, follows
 * `tablePlan` — the same plan brought up to date after the headline's frame is painted, like the
 * lower sections (bench/FINDINGS.md).
 */
export function StaffingSection({ plan, tablePlan = plan }: { plan: Plan; tablePlan?: Plan }) {
  const roles = plan.roles.filter((r) => r.enabled);
  const data = roles.map((r) => ({ roleName: r.label, headcount: r.headcount }));
  const chartHeight = Math.max(220, data.length * 34 + 40);
  const summary = `${formatInteger(plan.totalHeadcount)} staff: ${roles.map((r) => `${r.headcount} ${r.label}`).join(', ')}.`;
  return (
    <section aria-labelledby="staffing-heading" className="panel">
      <h2 id="staffing-heading">Staffing by role</h2>
      <p className="muted small section-intro">
        {plan.assumptions.staffingModel === 'sites' ? 'Site teams are a fixed team per site. For every other role, a' : 'A'} role&rsquo;s{' '}
        <Term id="Driver">driver</Term> (what it is sized by) divided by its <Term id="Caseload">caseload</Term> gives its <Term id="FTE" spell />, rounded
        to whole people to hire. <Term id="OVP" spell /> staff grow with the <Term id="√ population">square root of the population</Term> instead.
      </p>
      {plan.assumptions.staffingModel === 'sites' && <SiteTeams plan={plan} />}
      <figure className="chart" aria-labelledby="staffing-chart-caption">
        <ChartFrame height={chartHeight} draw={() => <StaffingChart data={data} height={chartHeight} />} />
        <figcaption id="staffing-chart-caption">{summary}</figcaption>
      </figure>
      <StaffingTable plan={tablePlan} />
    </section>
  );
}

/**
 * Site teams (docs/methodology.md §11): how many sites, what one site staffs, and the one switch
 * that adds the case-management roles.
 */
function SiteTeams({ plan }: { plan: Plan }) {
  const setOverride = usePlanner((s) => s.setOverride);
  const a = plan.assumptions;
  const team = `${formatQuantity(a['sites.streetOutreach'])} street outreach workers, ${formatQuantity(a['sites.interrupters'])} violence interrupters, ${formatQuantity(a['sites.traumaCounselors'])} trauma counselor${a['sites.traumaCounselors'] === 1 ? '' : 's'} and ${formatQuantity(a['sites.supervisors'])} site supervisor${a['sites.supervisors'] === 1 ? '' : 's'}`;
  return (
    <div className="site-teams">
      <p>
        <strong>
          {formatInteger(plan.sites)} site{plan.sites === 1 ? '' : 's'}
        </strong>{' '}
        <WhyButton figure="sites" label="Sites" />: one for every {formatQuantity(a['sites.participantsPerSite'])} participants, each a{' '}
        <Term id="Site team">site team</Term> of {team}. Hospital
        responders follow the hospital&rsquo;s shooting victims, with their own supervision. Change the team in Assumptions, &ldquo;Site teams&rdquo;.
      </p>
      <label className="check">
        <input type="checkbox" checked={a['sites.caseManagement']} onChange={(e) => setOverride('sites.caseManagement', e.target.checked)} />
        Add case managers, family case managers and victim advocates at their caseloads (off: the site teams carry the case work)
      </label>
    </div>
  );
}

/** The staffing table: every role's driver, caseload, FTE, people, salary and cost. */
const StaffingTable = memo(function StaffingTable({ plan }: { plan: Plan }) {
  return (
    <div className="table-wrap" role="region" aria-label="Staffing table (scrolls sideways on small screens)" tabIndex={0}>
      <table className="data">
        <caption>Staffing by role: driver, caseload, full-time equivalents (FTE), people to hire, salary and annual cost</caption>
        <StaffingHead />
        <tbody>
          {plan.roles.map((r) => (
            <tr key={r.id} className={r.enabled ? undefined : 'disabled'}>
              <th scope="row">
                <details className="role-desc">
                  <summary>{r.label}</summary>
                  <p>{ROLES[r.id].description}</p>
                  {r.capsLabel && (
                    <p className="muted">
                      Called &ldquo;{r.capsLabel}&rdquo; in the <Term id="CAPS" /> profiles.
                    </p>
                  )}
                </details>
                {r.partTimeNeed && <span className="flag">Part-time need</span>}
                {r.minimumApplied && <span className="flag">Minimum applied</span>}
                {!r.enabled && <span className="flag">{r.offInSiteTeams ? 'Left to the site teams' : 'Not included'}</span>}
              </th>
              <RoleCells role={r} why />
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
  );
});

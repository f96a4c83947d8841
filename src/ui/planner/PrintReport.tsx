// The printed proposal: a one-page summary, then staffing with job descriptions, the budget, the
// assumptions with their sources, and the method. Charts are drawn at a fixed print size so a PDF
// never clips them; table rows never break across pages (see styles.css @media print).
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import {
  explainPlan,
  BUDGET_LINES,
  formatByUnit,
  formatInteger,
  formatOneDecimal,
  formatPercent,
  formatUsd,
  formatUsdCents,
  formatInputValue,
  INPUT_FIELD_IDS,
  INPUT_FIELDS,
  INPUT_LABELS,
  PARAMS,
  PARAM_IDS,
  PRESETS,
  ROLES,
  type CostOfViolence,
  type InputField,
  type InputFieldSpec,
  type FundingPicture,
  type MultiYearPlan,
  type Plan,
  formatParamValue,
  computeMultiYear,
  costOfViolence,
  EVIDENCE,
  fundingPicture,
} from '../../model';
import { LINE_COLOURS } from './sections/BudgetSection';
import { RoleCells, StaffingHead } from './sections/StaffingSection';
import { useMemo } from 'react';
import { usePlanner } from '../../state/store';

const PRINT_WIDTH = 680;

export function PrintReport({ plan, caps, onClose }: { plan: Plan; caps: Plan; onClose: () => void }) {
  const multiYear = usePlanner((s) => s.multiYear);
  const funding = usePlanner((s) => s.funding);
  const overrides = usePlanner((s) => s.overrides);
  // The same model calls the planner's sections make; the print layout only lays them out.
  const multi = useMemo(() => computeMultiYear(plan.input, overrides, multiYear, new Date().getFullYear()), [plan.input, overrides, multiYear]);
  const money = useMemo(() => (funding.length > 0 ? fundingPicture(multi, funding) : null), [multi, funding]);
  const cov = costOfViolence(plan);

  return (
    <div className="print-report">
      <div className="print-controls">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" onClick={onClose}>
          Back to the planner
        </button>
      </div>
      <main>
        <PrintSummary plan={plan} caps={caps} />
        <PrintStaffing plan={plan} />
        <PrintBudget plan={plan} />
        <PrintYears multi={multi} money={money} cov={cov} />
        <PrintAssumptions plan={plan} />
        <PrintMethod plan={plan} />
      </main>
    </div>
  );
}

/** The one-page summary: the place, the total, the inputs, and staffing and budget charts at a fixed print size. */
function PrintSummary({ plan, caps }: { plan: Plan; caps: Plan }) {
  const place = [plan.input.placeName, plan.input.state].filter(Boolean).join(', ') || 'Unnamed place';
  const roles = plan.roles.filter((r) => r.enabled);
  // Every input but the place's name (the title), from the input table; one used only under one
  // method is shown, after the others, when that method is chosen.
  const usedOnlyWith = (field: InputField) => {
    const spec: InputFieldSpec = INPUT_FIELDS[field];
    return spec.kind === 'count' ? spec.onlyWithMethod : undefined;
  };
  const shown = INPUT_FIELD_IDS.filter((field) => INPUT_FIELDS[field].kind !== 'text');
  const inputs: [string, string][] = [
    ...shown.filter((field) => usedOnlyWith(field) === undefined),
    ...shown.filter((field) => usedOnlyWith(field) !== undefined && usedOnlyWith(field) === plan.input.method),
  ].map((field) => [INPUT_LABELS[field], formatInputValue(plan.input, field)]);

  return (
    <section className="print-page" aria-labelledby="print-title">
      <h1 id="print-title">Community violence intervention ecosystem: {place}</h1>
      <p className="print-lede">
        Total annual budget <strong>{formatUsd(plan.budget.total)}</strong> for {formatInteger(Math.round(plan.participants))} participants with{' '}
        {formatInteger(plan.totalHeadcount)} staff ({formatUsd(plan.costPerParticipant ?? 0)} per participant, {formatUsdCents(plan.costPerResident)} per resident).
        {caps.budget.total !== plan.budget.total && <> The CAPS method for this population gives {formatUsd(caps.budget.total)}.</>}
      </p>
      <table className="print-table compact">
        <caption>Inputs</caption>
        <tbody>
          {inputs.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figure className="print-chart">
        <figcaption>People to hire by role</figcaption>
        <BarChart width={PRINT_WIDTH} height={roles.length * 22 + 28} data={roles.map((r) => ({ roleName: r.label, headcount: r.headcount }))} layout="vertical" margin={{ top: 0, right: 40, bottom: 0, left: 0 }}>
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 10, fill: '#1f2a33' }} />
          <YAxis type="category" dataKey="roleName" width={250} tick={{ fontSize: 10, fill: '#1f2a33' }} interval={0} />
          <Bar dataKey="headcount" fill="#0b4f6c" isAnimationActive={false}>
            <LabelList dataKey="headcount" position="right" fontSize={10} fill="#1f2a33" />
          </Bar>
        </BarChart>
      </figure>
      <figure className="print-chart">
        <figcaption>Budget by line</figcaption>
        <BarChart width={PRINT_WIDTH} height={plan.budget.lines.length * 20 + 28} data={plan.budget.lines.map((l) => ({ line: l.label, amount: l.amount, id: l.id }))} layout="vertical" margin={{ top: 0, right: 90, bottom: 0, left: 0 }}>
          <XAxis type="number" tick={{ fontSize: 10, fill: '#1f2a33' }} tickFormatter={(v: number) => `$${Math.round(v / 1e6)}M`} />
          <YAxis type="category" dataKey="line" width={220} tick={{ fontSize: 10, fill: '#1f2a33' }} interval={0} />
          <Bar dataKey="amount" fill={LINE_COLOURS.frontline} isAnimationActive={false}>
            <LabelList dataKey="amount" position="right" fontSize={10} fill="#1f2a33" formatter={(v) => formatUsd(Number(v))} />
          </Bar>
        </BarChart>
      </figure>
      <p className="print-sources">
        Key sources: CAPS CVI Ecosystem city profiles (method, training 25% and evaluation 15% of staffing); caseloads, salaries and the wraparound rate
        calibrated to the published Norfolk, VA profile; fringe {formatPercent(plan.assumptions.fringeRate)} of salary (research). Every assumption's source is listed below.
      </p>
    </section>
  );
}

function PrintStaffing({ plan }: { plan: Plan }) {
  return (
    <section className="print-section" aria-labelledby="print-staffing">
      <h2 id="print-staffing">Staffing</h2>
      <table className="print-table">
        <StaffingHead />
        <tbody>
          {plan.roles.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                {r.label}
                {r.partTimeNeed && ' (part-time need)'}
                {!r.enabled && ' (not included)'}
                <span className="print-desc">{ROLES[r.id].description}</span>
              </th>
              <RoleCells role={r} />
            </tr>
          ))}
          <tr className="total-row">
            <th scope="row">Total</th>
            <td />
            <td />
            <td className="num">{formatOneDecimal(plan.totalFte)}</td>
            <td className="num">{formatInteger(plan.totalHeadcount)}</td>
            <td />
            <td className="num">{formatUsd(plan.budget.staffingCost)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function PrintBudget({ plan }: { plan: Plan }) {
  return (
    <section className="print-section" aria-labelledby="print-budget">
      <h2 id="print-budget">Budget</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">How it is computed</th>
            <th scope="col" className="num">Amount</th>
          </tr>
        </thead>
        <tbody>
          {plan.budget.lines.map((l) => (
            <tr key={l.id}>
              <th scope="row">
                {l.label}
                <span className="print-desc">{BUDGET_LINES[l.id].description}</span>
              </th>
              <td>{explainPlan(plan)[`line.${l.id}`].formula}</td>
              <td className="num">{formatUsd(l.amount)}</td>
            </tr>
          ))}
          <tr className="total-row">
            <th scope="row">Total annual budget</th>
            <td />
            <td className="num">{formatUsd(plan.budget.total)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** The multi-year plan with the funding picture when there is one, and the cost of violence when there is one. */
function PrintYears({ multi, money, cov }: { multi: MultiYearPlan; money: FundingPicture | null; cov: CostOfViolence | null }) {
  return (
    <section className="print-section" aria-labelledby="print-years">
      <h2 id="print-years">
        Multi-year plan: {formatUsd(multi.cumulativeTotal)} over {multi.years.length} year{multi.years.length === 1 ? '' : 's'}
      </h2>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">Fiscal year</th>
            <th scope="col" className="num">Share of full staffing</th>
            <th scope="col" className="num">Staff</th>
            <th scope="col" className="num">Total</th>
            {money && <th scope="col" className="num">Funded</th>}
            {money && <th scope="col" className="num">Unfunded gap</th>}
          </tr>
        </thead>
        <tbody>
          {multi.years.map((y, i) => (
            <tr key={y.year?.fiscalYear ?? i}>
              <th scope="row">{y.year?.fiscalYear}</th>
              <td className="num">{formatPercent(y.year?.share ?? 1)}</td>
              <td className="num">{formatInteger(y.totalHeadcount)}</td>
              <td className="num">{formatUsd(y.budget.total)}</td>
              {money && <td className="num">{formatUsd(money.years[i]?.funded ?? 0)}</td>}
              {money && <td className="num">{formatUsd(money.years[i]?.gap ?? 0)}</td>}
            </tr>
          ))}
          <tr className="total-row">
            <th scope="row">Cumulative</th>
            <td />
            <td />
            <td className="num">{formatUsd(multi.cumulativeTotal)}</td>
            {money && <td />}
            {money && <td className="num">{formatUsd(money.totalGap)}</td>}
          </tr>
        </tbody>
      </table>
      {money?.callouts.map((c) => (
        <p key={c}>{c}</p>
      ))}
      {cov && (
        <>
          <h2>Cost of violence (context, never a prediction)</h2>
          <p>
            The place's shootings cost taxpayers about {formatUsd(cov.annualTaxpayerCost)} a year ({cov.working.annualTaxpayerCost.formula.toLowerCase()}).
            {cov.breakEvenShare !== null && (
              <>
                {' '}
                For avoided taxpayer cost alone to equal the budget, the plan would need to prevent {formatPercent(cov.breakEvenShare)} of those shootings.
              </>
            )}{' '}
            {cov.working.breakEvenShare.note ?? ''} {cov.working.annualTaxpayerCost.note ?? ''}
          </p>
          <table className="print-table">
            <caption>Evidence from evaluations, with each study's design</caption>
            <thead>
              <tr>
                <th scope="col">Program</th>
                <th scope="col">Finding</th>
                <th scope="col">Design</th>
              </tr>
            </thead>
            <tbody>
              {EVIDENCE.map((e) => (
                <tr key={e.program}>
                  <th scope="row">
                    {e.program}, {e.place}
                  </th>
                  <td>{e.finding}</td>
                  <td>{e.design}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function PrintAssumptions({ plan }: { plan: Plan }) {
  const changed = new Set(plan.overrides.map((o) => o.id));
  return (
    <section className="print-section" aria-labelledby="print-assumptions">
      <h2 id="print-assumptions">Assumptions and sources</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">Assumption</th>
            <th scope="col" className="num">Value</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {PARAM_IDS.map((id) => {
            const spec = PARAMS[id];
            return (
              <tr key={id}>
                <th scope="row">
                  {spec.label}
                  {changed.has(id) && ' (changed from the preset)'}
                </th>
                <td className="num">{formatParamValue(id, plan.assumptions[id])}</td>
                <td>
                  {spec.source.label}: {spec.source.citation}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function PrintMethod({ plan }: { plan: Plan }) {
  return (
    <section className="print-section" aria-labelledby="print-method">
      <h2 id="print-method">Method</h2>
      <p>
        The high-risk population is estimated as {explainPlan(plan).highRiskPopulation.formula.toLowerCase()} ({formatByUnit(plan.highRiskPopulation, 'people')}); participants are the service reach of
        it ({formatByUnit(plan.participants, 'people')}). Each frontline role's full-time equivalents are its driver divided by a caseload, rounded to the nearest whole person (half up); a role whose
        need is under half a position is reported as a part-time need. Supervisors are one per {formatByUnit(plan.assumptions['supervisor.workersPerSupervisor'], 'people')} frontline workers; Office of
        Violence Prevention staff grow with the square root of population from 4 at Norfolk's 238,005 residents. Annual cost is people × salary × cost of living × (1 + fringe), in whole dollars;
        training & technical assistance and data & evaluation are shares of staffing cost; wraparound services are a rate per participant.
      </p>
      <p>
        This method follows the Coalition to Advance Public Safety's CVI Ecosystem profiles (cviecosystem.org) and reproduces the published Norfolk, VA profile. Figures are a planning estimate, not a
        prediction. Methodology: {PRESETS[plan.preset].description}
      </p>
    </section>
  );
}

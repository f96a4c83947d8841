// The full technical report: the summary with its charts, staffing with job descriptions, the
// budget with how each line is computed, the years and the funding, then every assumption with its
// source, the method and the glossary (TechnicalAppendix.tsx). Sections follow one another without
// forced page breaks, so no page is left half empty; charts are drawn at a fixed print size so a
// PDF never clips them, and table rows never break across pages (styles.css @media print).
import type { Ref } from 'react';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import {
  explainPlan,
  budgetLineDescription,
  capsParticipantsNote,
  formatInteger,
  formatPeople,
  formatOneDecimal,
  formatPercent,
  formatUsd,
  formatUsdCents,
  formatInputValue,
  INPUT_FIELD_IDS,
  INPUT_FIELDS,
  INPUT_LABELS,
  ROLES,
  spelledOut,
  type CostOfViolence,
  type FundingPicture,
  type InputField,
  type InputFieldSpec,
  type MultiYearPlan,
  type Plan,
  costOfViolence,
  EVIDENCE,
} from '../../../model';
import type { CouncilBriefFigures } from '../../../model/councilBrief';
import { LINE_COLOURS } from '../sections/BudgetSection';
import { RoleCells, StaffingHead } from '../sections/StaffingSection';
import { DocumentHeader, type DocumentMeta } from './DocumentHeader';
import { PrintAssumptions, PrintGlossary, PrintMethod } from './TechnicalAppendix';
import { YearsTable } from './YearsTable';

const PRINT_WIDTH = 680;

interface ReportProps {
  plan: Plan;
  multi: MultiYearPlan;
  money: FundingPicture | null;
  figures: CouncilBriefFigures;
  meta: DocumentMeta;
  headingRef: Ref<HTMLHeadingElement>;
}

export function TechnicalReport({ plan, multi, money, figures, meta, headingRef }: ReportProps) {
  return (
    <main className="print-doc print-full">
      <DocumentHeader kind="Full technical report" meta={meta} headingRef={headingRef} />
      <PrintSummary plan={plan} figures={figures} />
      <PrintStaffing plan={plan} />
      <PrintBudget plan={plan} />
      <PrintYears multi={multi} money={money} figures={figures} cov={costOfViolence(plan)} />
      <PrintAssumptions plan={plan} />
      <PrintMethod plan={plan} />
      <PrintGlossary />
    </main>
  );
}

/** The summary: the total, the inputs, and staffing and budget charts at a fixed print size. */
function PrintSummary({ plan, figures: f }: { plan: Plan; figures: CouncilBriefFigures }) {
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
    <section className="print-block" aria-labelledby="print-summary">
      <h2 id="print-summary">Summary</h2>
      <p className="print-lede">
        A {spelledOut('CVI')} ecosystem at full strength: annual budget <strong>{formatUsd(plan.budget.total)}</strong> for {formatPeople(plan.participants)} participants
        with {formatInteger(plan.totalHeadcount)} staff ({plan.costPerParticipant === null ? 'no participants to divide by' : `${formatUsd(plan.costPerParticipant)} per participant`}, {formatUsdCents(plan.costPerResident)} per resident). Year 1 of the
        ramp-up, fiscal year {f.yearOne.fiscalYear}: {formatUsd(f.yearOne.total)}; {f.years.length}-year total {formatUsd(f.multiYearTotal)}. The {spelledOut('CAPS')} method at the
        same reach ({formatPercent(f.caps.reachPct / 100)}) gives {formatUsd(f.caps.total)} with {formatInteger(f.caps.totalHeadcount)} staff.{capsParticipantsNote(plan, f.caps) !== null && <> {capsParticipantsNote(plan, f.caps)}</>} Staff are counted in{' '}
        {spelledOut('FTE')} positions and hired as whole people; the {spelledOut('OVP')} coordinates the work.
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
        Key sources: CAPS CVI Ecosystem city profiles (method, training 25% and evaluation 15% of staffing); caseloads, salaries and the wraparound rate calibrated to the published
        Norfolk, VA profile;{' '}
        {plan.assumptions.staffingModel === 'sites'
          ? 'site teams after Cure Violence and New York’s Crisis Management System sites, direct assistance bounded by Advance Peace, READI Chicago and the HVIP costing study (research); '
          : ''}
        fringe {formatPercent(plan.assumptions.fringeRate)} of salary (research). Every assumption's source is listed with the assumptions, after the budget and the years.
      </p>
    </section>
  );
}

function PrintStaffing({ plan }: { plan: Plan }) {
  return (
    <section className="print-section" aria-labelledby="print-staffing">
      <h2 id="print-staffing">Staffing</h2>
      {/* The detail pages are where these first appear (role names, budget lines, sources): spelled out before them. */}
      <p data-testid="report-abbreviations">
        Other abbreviations in this report:{' '}
        {(['HVIP', 'MTDC', 'OJP', 'BJA'] as const).map((term, i, all) => (
          <span key={term}>
            {spelledOut(term)}
            {i < all.length - 1 ? '; ' : '. '}
          </span>
        ))}
        Every term is defined in the glossary at the end.
      </p>
      <div className="table-wrap" role="region" aria-label="Staffing table (scrolls sideways on small screens)" tabIndex={0}>
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
      </div>
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
            <th scope="col" className="num">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.budget.lines.map((l) => (
            <tr key={l.id}>
              <th scope="row">
                {l.label}
                <span className="print-desc">{budgetLineDescription(l.id, plan.assumptions)}</span>
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
function PrintYears({ multi, money, figures, cov }: { multi: MultiYearPlan; money: FundingPicture | null; figures: CouncilBriefFigures; cov: CostOfViolence | null }) {
  return (
    <section className="print-section" aria-labelledby="print-years">
      <h2 id="print-years">
        Multi-year plan: {formatUsd(multi.cumulativeTotal)} over {multi.years.length} year{multi.years.length === 1 ? '' : 's'}
      </h2>
      <YearsTable figures={figures} />
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

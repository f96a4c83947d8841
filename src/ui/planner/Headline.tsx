// The headline figures: the total at full strength (with year 1 of the ramp-up and the multi-year
// total beside it), participants, staff, cost per participant and per resident, and the CAPS
// method at the plan's own reach beside the plan's total (docs/methodology.md §5).
import type { ReactNode } from 'react';
import {
  capsComparisonText,
  formatInteger,
  formatPeople,
  formatPercent,
  formatUsd,
  formatUsdCents,
  formatOneDecimal,
  HIGH_RISK_METHOD_LABELS,
  ignoredViolence,
  INPUT_LABELS,
  PRESETS,
  rampSummaryOf,
  type CapsReference,
  type FigureId,
  type Plan,
} from '../../model';
import { useMultiYearPlan } from '../hooks/useMultiYearPlan';
import { usePlanner } from '../../state/store';
import { WhyButton } from './Why';

function Stat({ label, qualifier, value, figure, big, children }: { label: string; qualifier?: string; value: string; figure: FigureId; big?: boolean; children?: ReactNode }) {
  return (
    <div className={`stat${big ? ' big' : ''}`}>
      <dt>{qualifier ? `${label} ${qualifier}` : label}</dt>
      <dd>
        <span className="stat-value" data-testid={`stat-${figure}`}>
          {value}
        </span>
        <WhyButton figure={figure} label={label} />
      </dd>
      {children}
    </div>
  );
}

/** Year 1 of the ramp-up and the total over the years, beside the full-strength total; nothing for a one-year plan. */
function RampFigures({ plan }: { plan: Plan }) {
  const ramp = rampSummaryOf(useMultiYearPlan(plan));
  if (!ramp) return null;
  const { firstYear } = ramp;
  return (
    <dd className="stat-ramp" data-testid="headline-ramp">
      <span data-testid="headline-year-one">
        Year 1 ({firstYear.fiscalYear}, {formatPercent(firstYear.share)} of full staffing): <strong>{formatUsd(firstYear.total)}</strong>
      </span>
      {ramp.years > 1 && (
        <span data-testid="headline-multi-year">
          {ramp.years}-year total ({firstYear.fiscalYear}–{ramp.lastFiscalYear}): <strong>{formatUsd(ramp.cumulativeTotal)}</strong>
        </span>
      )}
    </dd>
  );
}

/**
 * Issue 14, "inputs that matter": a place's homicides change nothing under the population estimate,
 * so the page says how much violence the plan leaves out and offers the estimate that uses it.
 */
function IgnoredViolenceNotice({ plan }: { plan: Plan }) {
  const setDraftField = usePlanner((s) => s.setDraftField);
  const ignored = ignoredViolence(plan.input, plan.assumptions);
  if (!ignored) return null;
  const what = INPUT_LABELS[ignored.field].replace(/ per year$/, '').toLowerCase();
  return (
    <div className="notice violence-ignored" data-testid="ignored-violence">
      <p>
        <strong>Violence does not change who this plan serves.</strong> The {formatInteger(ignored.count)} {what} entered ({formatOneDecimal(ignored.rate)} per 100,000
        residents, {formatOneDecimal(ignored.timesReference)} times the reference rate of {formatInteger(plan.assumptions.violenceReferenceRate)}) change nothing under the &ldquo;
        {HIGH_RISK_METHOD_LABELS.population}&rdquo; estimate, which counts the people at highest risk from the population alone: two places of the same size plan for the same
        number of participants, however different their violence.
      </p>
      <button
        type="button"
        className="secondary small"
        onClick={() => {
          setDraftField('method', 'violence-adjusted');
          document.getElementById('input-method')?.focus();
        }}
      >
        Use the {HIGH_RISK_METHOD_LABELS['violence-adjusted']} estimate
      </button>
    </div>
  );
}

export function Headline({ plan, caps }: { plan: Plan; caps: CapsReference }) {
  const place = [plan.input.placeName, plan.input.state].filter(Boolean).join(', ') || 'This place';
  return (
    <section aria-labelledby="headline-heading" className="panel headline">
      <h2 id="headline-heading">
        {place}: {PRESETS[plan.preset].label} plan
      </h2>
      <dl className="stats">
        <Stat big label="Total annual budget" qualifier="at full strength" value={formatUsd(plan.budget.total)} figure="total">
          <RampFigures plan={plan} />
        </Stat>
        <Stat label="Participants" value={formatPeople(plan.participants)} figure="participants" />
        <Stat label="Total staff" value={formatInteger(plan.totalHeadcount)} figure="totalHeadcount" />
        <Stat label="Cost per participant" value={plan.costPerParticipant === null ? 'No participants' : formatUsd(plan.costPerParticipant)} figure="costPerParticipant" />
        <Stat label="Cost per resident" value={formatUsdCents(plan.costPerResident)} figure="costPerResident" />
        {plan.assumptions.staffingModel === 'sites' && <Stat label="Sites" value={formatInteger(plan.sites)} figure="sites" />}
      </dl>
      <IgnoredViolenceNotice plan={plan} />
      {/* The headline is where the page first names CAPS in a sentence: spelled out here. */}
      <p className="caps-compare" data-testid="caps-compare">
        {capsComparisonText(plan, caps, { spellOut: true })}
      </p>
      {plan.warnings.length > 0 && (
        <ul className="plan-warnings" aria-label="Warnings">
          {plan.warnings.map((w) => (
            <li key={w.field + w.message}>{w.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

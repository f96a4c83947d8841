// The headline figures: total, participants, staff, cost per participant and per resident, and the
// CAPS-method total beside the plan's own.
import { formatInteger, formatUsd, formatUsdCents, PRESETS, type FigureId, type Plan } from '../../model';
import { WhyButton } from './Why';

function Stat({ label, value, figure, big }: { label: string; value: string; figure: FigureId; big?: boolean }) {
  return (
    <div className={`stat${big ? ' big' : ''}`}>
      <dt>{label}</dt>
      <dd>
        <span className="stat-value" data-testid={`stat-${figure}`}>
          {value}
        </span>
        <WhyButton figure={figure} label={label} />
      </dd>
    </div>
  );
}

export function Headline({ plan, caps }: { plan: Plan; caps: Plan }) {
  const differs = caps.budget.total !== plan.budget.total;
  const place = [plan.input.placeName, plan.input.state].filter(Boolean).join(', ') || 'This place';
  return (
    <section aria-labelledby="headline-heading" className="panel headline">
      <h2 id="headline-heading">
        {place}: {PRESETS[plan.preset].label} plan
      </h2>
      <dl className="stats">
        <Stat big label="Total annual budget" value={formatUsd(plan.budget.total)} figure="total" />
        <Stat label="Participants" value={formatInteger(Math.round(plan.participants))} figure="participants" />
        <Stat label="Total staff" value={formatInteger(plan.totalHeadcount)} figure="totalHeadcount" />
        <Stat label="Cost per participant" value={plan.costPerParticipant === null ? 'No participants' : formatUsd(plan.costPerParticipant)} figure="costPerParticipant" />
        <Stat label="Cost per resident" value={formatUsdCents(plan.costPerResident)} figure="costPerResident" />
      </dl>
      <p className="caps-compare" data-testid="caps-compare">
        {differs ? (
          <>
            CAPS method for this population: <strong>{formatUsd(caps.budget.total)}</strong> ({formatInteger(caps.totalHeadcount)} staff). This plan is{' '}
            {formatUsd(Math.abs(plan.budget.total - caps.budget.total))} {plan.budget.total > caps.budget.total ? 'more' : 'less'}.
          </>
        ) : (
          <>This plan equals the CAPS method for this population.</>
        )}
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

// Cost of violence and break-even (docs/methodology.md §8): what the place's shootings cost taxpayers, and
// the share of them the plan would need to prevent to pay for itself. Context, never a prediction:
// the wording says "would need to prevent" throughout. Every figure is costOfViolence(plan).
import { useId } from 'react';
import {
  costOfViolence,
  EVIDENCE,
  formatByUnit,
  formatInteger,
  formatPercent,
  formatShootings,
  formatUsd,
  INPUT_LABELS,
  PARAMS,
  presetDefaults,
  resolveAssumptions,
  type Assumptions,
  type ParamId,
  type Plan,
  type ViolenceCostBasis,
  type Working,
} from '../../../model';
import { usePlanner } from '../../../state/store';
import { AssumptionRow } from '../AssumptionRow';

export function CostOfViolenceSection({ plan }: { plan: Plan }) {
  const cost = costOfViolence(plan);
  return (
    <section aria-labelledby="cov-heading" className="panel cost-of-violence">
      <h2 id="cov-heading">Cost of violence and break-even</h2>
      <p className="context-statement">
        <strong>Context, never a prediction.</strong> These figures weigh the budget against what shootings cost taxpayers. They say how many
        shootings the plan would need to prevent to pay for itself, not how many it will avert.
      </p>
      {cost === null ? (
        <p data-testid="cov-needs-counts">
          Shooting counts are needed: enter “{INPUT_LABELS.fatalShootings}” and “{INPUT_LABELS.nonfatalShootings}” in the inputs to see what this
          place’s shootings cost taxpayers and the break-even share.
        </p>
      ) : (
        <CostFigures plan={plan} cost={cost} />
      )}
      <BasisControl />
      <Evidence />
    </section>
  );
}

function CostFigures({ plan, cost }: { plan: Plan; cost: NonNullable<ReturnType<typeof costOfViolence>> }) {
  const counted = (cost.fatalShootings ?? 0) + (cost.nonfatalShootings ?? 0);
  const share = cost.breakEvenShare;
  const shootings = cost.breakEvenShootings;
  const costNote = cost.working.annualTaxpayerCost.note;
  // The model's note for a share up to 100% restates the context sentence above; the others add facts.
  const shareNote = share === null || share > 1 ? cost.working.breakEvenShare.note : undefined;
  return (
    <>
      <dl className="stats cov-stats">
        <div className="stat">
          <dt>Annual taxpayer cost of shootings</dt>
          <dd>
            <span data-testid="cov-cost">{formatUsd(cost.annualTaxpayerCost)}</span>
          </dd>
        </div>
        <div className="stat">
          <dt>Share of shootings the plan would need to prevent to pay for itself</dt>
          <dd>
            <span data-testid="cov-share">{share === null ? 'None to count' : formatPercent(share)}</span>
          </dd>
        </div>
        <div className="stat">
          <dt>Shootings a year the plan would need to prevent</dt>
          <dd>
            <span data-testid="cov-shootings">{shootings === null ? 'None to count' : `about ${formatShootings(shootings)}`}</span>
          </dd>
        </div>
      </dl>
      {costNote && <p className="note">{costNote}</p>}
      {share !== null && shootings !== null && (
        <p data-testid="cov-sentence">
          {share > 1 ? (
            <>
              To pay for itself in avoided taxpayer cost alone, this plan ({formatUsd(plan.budget.total)} a year) would need to prevent{' '}
              <strong>more than all of the place’s shootings</strong>: {formatPercent(share)} of them, about {formatShootings(shootings)} a year against{' '}
              {formatInteger(counted)} counted.
            </>
          ) : (
            <>
              To pay for itself in avoided taxpayer cost alone, this plan ({formatUsd(plan.budget.total)} a year) would need to prevent{' '}
              <strong>{formatPercent(share)}</strong> of the place’s shootings: about {formatShootings(shootings)} of the {formatInteger(counted)} counted
              a year.
            </>
          )}
        </p>
      )}
      {shareNote && <p className="note">{shareNote}</p>}
      <details className="cov-working">
        <summary>How this is worked out</summary>
        <WorkingBlock working={cost.working.annualTaxpayerCost} />
        <WorkingBlock working={cost.working.breakEvenShare} />
      </details>
    </>
  );
}

function WorkingBlock({ working }: { working: Working }) {
  return (
    <div className="cov-working-block">
      <h3>{working.label}</h3>
      <p>
        <span className="muted">Formula:</span> {working.formula}
        {' = '}
        <strong>{formatByUnit(working.value, working.unit)}</strong>
      </p>
      <div className="table-wrap" role="region" aria-label={`Terms: ${working.label}`} tabIndex={0}>
        <table className="data">
          <caption>Terms of “{working.label}”</caption>
          <thead>
            <tr>
              <th scope="col">Term</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col">Where it comes from</th>
            </tr>
          </thead>
          <tbody>
            {working.terms.map((term) => (
              <tr key={term.name}>
                <th scope="row">{term.name}</th>
                <td className="num">{formatByUnit(term.value, term.unit)}</td>
                <td>
                  {term.source ? (
                    <>
                      <span className={`source-badge source-${term.source.label}`}>{term.source.label}</span> {term.source.citation}
                    </>
                  ) : term.field ? (
                    'Your input'
                  ) : (
                    'From this plan'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

const BASIS_OPTIONS: { value: ViolenceCostBasis; label: string }[] = [
  { value: 'everytown', label: `Everytown national averages: ${formatUsd(PARAMS['violenceCost.fatal'].defaultValue)} per fatal shooting, ${formatUsd(PARAMS['violenceCost.nonfatal'].defaultValue)} per nonfatal injury` },
  { value: 'local', label: 'A local study’s cost per shooting' },
];

/**
 * An assumption's value in force and its preset's value, from the store: a control shows what was
 * just chosen at once, while the figures (the `plan` prop) catch up after the next frame.
 */
function useAssumption<K extends ParamId>(id: K): { value: Assumptions[K]; presetValue: Assumptions[K] } {
  const preset = usePlanner((s) => s.input.preset);
  const overrides = usePlanner((s) => s.overrides);
  return { value: resolveAssumptions(preset, overrides)[id], presetValue: presetDefaults(preset)[id] };
}

/** The basis of the taxpayer cost (an assumption of the plan, saved with the scenario). */
function BasisControl() {
  const setOverride = usePlanner((s) => s.setOverride);
  const resetOverride = usePlanner((s) => s.resetOverride);
  const id = useId();
  const { value: basis, presetValue } = useAssumption('violenceCost.basis');
  const choose = (value: ViolenceCostBasis) => {
    if (value === presetValue) resetOverride('violenceCost.basis');
    else setOverride('violenceCost.basis', value);
  };
  return (
    <fieldset className="cov-basis">
      <legend>{PARAMS['violenceCost.basis'].label}</legend>
      {BASIS_OPTIONS.map((o) => (
        <div key={o.value} className="radio">
          <input id={`${id}-${o.value}`} type="radio" name={`${id}-basis`} value={o.value} checked={basis === o.value} onChange={() => choose(o.value)} />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      {basis === 'local' && <LocalCostField />}
    </fieldset>
  );
}

/** The local study's cost per shooting: the same editable row as every assumption. */
function LocalCostField() {
  const paramId = 'violenceCost.localPerShooting';
  const setOverride = usePlanner((s) => s.setOverride);
  const resetOverride = usePlanner((s) => s.resetOverride);
  const { value, presetValue } = useAssumption(paramId);
  return (
    <div className="cov-local">
      <AssumptionRow
        id={paramId}
        value={value}
        presetValue={presetValue}
        baseline="preset"
        onCommit={(next) => {
          if (typeof next !== 'number') return `${PARAMS[paramId].label} must be a number.`;
          setOverride(paramId, next);
          return null;
        }}
        onReset={() => resetOverride(paramId)}
      />
    </div>
  );
}

function Evidence() {
  return (
    <>
      <h3 className="cov-evidence-heading">What evaluations of CVI programs found</h3>
      <p className="cov-evidence-intro">
        Findings from the evidence review in the planner&rsquo;s methodology (docs/methodology.md, section 8), each with its study&rsquo;s design. Each is one program in one place, not a forecast for this plan.
      </p>
      <div className="table-wrap" role="region" aria-label="Evidence table" tabIndex={0}>
        <table className="data evidence">
          <caption>Evidence: program, place, finding and study design</caption>
          <thead>
            <tr>
              <th scope="col">Program</th>
              <th scope="col">Place</th>
              <th scope="col">Finding</th>
              <th scope="col">Study design</th>
            </tr>
          </thead>
          <tbody>
            {EVIDENCE.map((row) => (
              <tr key={row.program + row.place}>
                <th scope="row">{row.program}</th>
                <td>{row.place}</td>
                <td>{row.finding}</td>
                <td>{row.design}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

// Uncertainty (issue 6): which assumptions move the total most (sensitivity, a tornado chart), and
// how wide the total and staff run when the uncertain assumptions vary together (Monte Carlo ranges,
// run in a Web Worker). Every figure is the model's sensitivity() or monteCarlo(); the parts in this
// folder draw and word them. Ranges under the stated assumptions, never a forecast.
import { memo, useDeferredValue, useMemo } from 'react';
import type { AssumptionOverrides, Plan } from '../../../../model';
import { RangesPart } from './RangesPart';
import { SensitivityPart } from './SensitivityPart';

/** The plan's assumption overrides, rebuilt from the plan itself (the ones that differ from its preset). */
function overridesOf(plan: Plan): AssumptionOverrides {
  return Object.fromEntries(plan.overrides.map((note) => [note.id, note.value])) as AssumptionOverrides;
}

export function UncertaintySection({ plan }: { plan: Plan }) {
  // Thirty-odd plans and two charts per keystroke: worked out after the fields and the headline have
  // updated, in a render React can interrupt when the next keystroke comes, so typing never waits.
  const deferredPlan = useDeferredValue(plan);
  return <UncertaintyBody plan={deferredPlan} />;
}

const UncertaintyBody = memo(function UncertaintyBody({ plan }: { plan: Plan }) {
  const overrides = useMemo(() => overridesOf(plan), [plan]);
  return (
    <section aria-labelledby="uncertainty-heading" className="panel uncertainty">
      <h2 id="uncertainty-heading">Uncertainty: which assumptions matter, and how sure are we</h2>
      <p className="context-statement">
        <strong>Ranges under the stated assumptions, not a forecast.</strong> These figures show how much the total depends on assumptions that
        the sources give only roughly. They do not say what a program will cost or achieve.
      </p>
      <SensitivityPart plan={plan} overrides={overrides} />
      <RangesPart plan={plan} overrides={overrides} />
    </section>
  );
});

// Every default of the methodology, editable: changed values are highlighted against the preset,
// each can be reset, and so can all of them. Values are validated by the model's own rules; the
// row itself is AssumptionRow, shared with the portfolio's assumptions.
import { PARAM_IDS, presetDefaults } from '../../../model';
import { usePlanner } from '../../../state/store';
import { ASSUMPTION_GROUPS, AssumptionGroups } from '../AssumptionRow';
import { Term } from '../../glossary/Term';

export function AssumptionsEditor() {
  const preset = usePlanner((s) => s.input.preset);
  const overrides = usePlanner((s) => s.overrides);
  const setOverride = usePlanner((s) => s.setOverride);
  const resetOverride = usePlanner((s) => s.resetOverride);
  const resetAll = usePlanner((s) => s.resetAllOverrides);
  const defaults = presetDefaults(preset);
  const changed = PARAM_IDS.filter((id) => overrides[id] !== undefined && overrides[id] !== defaults[id]);
  return (
    <section aria-labelledby="assumptions-heading" className="panel assumptions">
      <h2 id="assumptions-heading">Assumptions</h2>
      <p>
        Every default of the method, with its source. {changed.length === 0 ? 'All values are the preset’s.' : `${changed.length} changed from the preset.`}{' '}
        <button type="button" onClick={resetAll} disabled={changed.length === 0}>
          Reset all assumptions
        </button>
      </p>
      <p className="muted small">
        Each source is labelled <Term id="CAPS" /> (published by the Coalition to Advance Public Safety), <Term id="CAPS-calibrated" />, research (a
        published study, report, regulation or public budget) or assumption (this planner&rsquo;s own judgement, stated so that you can replace it).
      </p>
      <AssumptionGroups
        groups={ASSUMPTION_GROUPS}
        overrides={overrides}
        defaults={defaults}
        changed={changed}
        baseline="preset"
        onCommit={(id, next) => {
          setOverride(id, next);
          return null;
        }}
        onReset={resetOverride}
      />
    </section>
  );
}

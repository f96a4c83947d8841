// One assumptions set for the whole portfolio, edited as on the planner (the same AssumptionRow):
// every default of the method that shapes an annual plan, changed values highlighted against the
// methodology, each resettable. The portfolio store checks each value against the others and may
// refuse it; the row shows why. Multi-year and cost-of-violence settings are left out: the
// portfolio shows neither.
import { PARAM_IDS, paramSpec, presetDefaults } from '../../model';
import { usePortfolio } from '../../state/portfolioStore';
import { ASSUMPTION_GROUPS, AssumptionGroups } from '../planner/AssumptionRow';

const GROUPS = ASSUMPTION_GROUPS.filter((g) => g.id !== 'multi-year' && g.id !== 'cost-of-violence');
const GROUP_IDS = new Set(GROUPS.map((g) => g.id));

export function PortfolioAssumptions() {
  const preset = usePortfolio((s) => s.preset);
  const overrides = usePortfolio((s) => s.assumptions);
  const setOverride = usePortfolio((s) => s.setOverride);
  const resetOverride = usePortfolio((s) => s.resetOverride);
  const resetAll = usePortfolio((s) => s.resetAllOverrides);
  const defaults = presetDefaults(preset);
  const changed = PARAM_IDS.filter((id) => GROUP_IDS.has(paramSpec(id).group) && overrides[id] !== undefined && overrides[id] !== defaults[id]);
  return (
    <section aria-labelledby="portfolio-assumptions-heading" className="panel assumptions">
      <h2 id="portfolio-assumptions-heading">Assumptions for every place</h2>
      <p>
        One set for the whole portfolio, with its sources. {changed.length === 0 ? 'All values are the methodology’s.' : `${changed.length} changed from the methodology.`}{' '}
        <button type="button" onClick={resetAll} disabled={changed.length === 0}>
          Reset all assumptions
        </button>
      </p>
      <AssumptionGroups
        groups={GROUPS}
        overrides={overrides}
        defaults={defaults}
        changed={changed}
        baseline="methodology"
        onCommit={(id, next) => {
          const result = setOverride(id, next);
          return result.ok ? null : result.message;
        }}
        onReset={resetOverride}
      />
    </section>
  );
}

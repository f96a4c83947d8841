// What the city has today, and who pays (issue 5, docs/methodology.md §7): current staffing beside the plan
// and the hires still needed; funding sources by year, the funded share and the gap each year, and
// the gaps that open when a source ends. All figures come from the model (hiresNeeded,
// fundingPicture over computeMultiYear); the parts in this folder read and format them.
import type { Plan } from '../../../../model';
import { useMultiYearPlan } from '../../../hooks/useMultiYearPlan';
import { CurrentStaffing } from './CurrentStaffing';
import { FundingByYear } from './FundingByYear';
import { FundingSources } from './FundingSources';

export function FundingSection({ plan }: { plan: Plan }) {
  const multi = useMultiYearPlan(plan);
  return (
    <section aria-labelledby="funding-heading" className="panel funding">
      <h2 id="funding-heading">What the city has today, and who pays</h2>
      <CurrentStaffing plan={plan} />
      <FundingSources multi={multi} />
      <FundingByYear multi={multi} />
    </section>
  );
}

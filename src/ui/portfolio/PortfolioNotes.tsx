// What a funder should know before reading the ranking (issue 14): when every place costs about
// the same per participant and plans for the same share of its residents, the budgets follow
// population alone; and which places could not be planned with the violence-adjusted estimate.
// The figures and the rule are the model's (portfolioNeed.ts); on screen the note offers the
// violence-adjusted estimate in one click, in print it reads the same without the button.
import {
  formatInteger,
  formatUsd,
  HIGH_RISK_METHOD_LABELS,
  PORTFOLIO_HIGH_RISK_LABELS,
  SAME_COST_RATIO,
  type PlanInput,
  type PortfolioHighRiskMethod,
  type PortfolioResult,
} from '../../model';
import { placeLabel } from './portfolioColumns';

const ratio = (r: number) => r.toFixed(2);
const listed = (names: readonly string[], most = 6) =>
  names.length <= most ? names.join('; ') : `${names.slice(0, most).join('; ')} and ${formatInteger(names.length - most)} more`;

/** The population-only note's text, or null when the plans differ by more than population. */
export function populationOnlyText(result: PortfolioResult, choice: PortfolioHighRiskMethod): string | null {
  const check = result.populationOnly;
  if (!check?.populationOnly) return null;
  const { costPerParticipant: cost, participantsPerResident: share } = check;
  const rule = `“About the same” means the highest is at most ${SAME_COST_RATIO.toFixed(2)} times the lowest.`;
  const what =
    `Every place costs about the same per participant (${formatUsd(cost.lowest)} to ${formatUsd(cost.highest)}, highest ÷ lowest ${ratio(cost.ratio)}) ` +
    `and plans for about the same share of its residents (highest ÷ lowest ${ratio(share.ratio)}), so each budget follows population alone: ` +
    `the ranking by budget is a ranking by size, not by violence. ${rule}`;
  const way =
    choice === 'violence-adjusted'
      ? ' Under the violence-adjusted estimate this happens when the places have about the same homicide rate, lack the counts, or are all held at the same limit of the scaling.'
      : ` To let each place’s violence move its plan, use the ${HIGH_RISK_METHOD_LABELS['violence-adjusted'].toLowerCase()} high-risk estimate: the high-risk population then scales with homicides per 100,000 (20 per 100,000 = ×1, held between ×0.25 and ×4).`;
  return what + way;
}

/** The places violence-adjusted could not be used for, with their share of the total, or null. */
export function withoutCountsText(places: readonly PlanInput[], result: PortfolioResult): string | null {
  const { places: count, total } = result.withoutViolenceCounts;
  if (count === 0) return null;
  const names = result.rows.flatMap((row, i) => (row.method.note === 'no-violence-counts' && places[i] ? [placeLabel(places[i])] : []));
  const one = count === 1;
  return (
    `${formatInteger(count)} ${one ? 'place gives' : 'places give'} neither homicides nor fatal shooting victims (${listed(names)}), so the violence-adjusted estimate cannot be used for ${one ? 'it' : 'them'}: ` +
    `${one ? 'it is' : 'they are'} planned with the population method (CAPS, 0.1% of residents) and marked in the table. ` +
    `${one ? 'It is' : 'They are'} counted in the totals: ${formatUsd(total)} of ${formatUsd(result.total)}. Add ${one ? 'its' : 'their'} counts to plan ${one ? 'it' : 'them'} by violence too.`
  );
}

/** Places keeping their own local high-risk count under a portfolio-wide choice. */
export function localCountText(result: PortfolioResult): string | null {
  const count = result.rows.filter((r) => r.method.note === 'local-count').length;
  if (count === 0) return null;
  return `${formatInteger(count)} ${count === 1 ? 'place uses its' : 'places use their'} own local high-risk count (${HIGH_RISK_METHOD_LABELS.custom.toLowerCase()}), from a local problem analysis, rather than the portfolio’s choice.`;
}

export function PortfolioNotes({
  places,
  result,
  choice,
  onUseViolenceAdjusted,
}: {
  places: readonly PlanInput[];
  result: PortfolioResult;
  choice: PortfolioHighRiskMethod;
  onUseViolenceAdjusted: () => void;
}) {
  const populationOnly = populationOnlyText(result, choice);
  const withoutCounts = choice === 'violence-adjusted' ? withoutCountsText(places, result) : null;
  const localCount = choice === 'each-place' ? null : localCountText(result);
  if (!populationOnly && !withoutCounts && !localCount) return null;
  return (
    <div className="callouts portfolio-notes" data-testid="portfolio-notes">
      {populationOnly && (
        <div className="portfolio-note">
          <p>
            <strong>The ranking is population alone.</strong> {populationOnly}
          </p>
          {choice !== 'violence-adjusted' && (
            <button type="button" className="secondary" onClick={onUseViolenceAdjusted}>
              Use “{PORTFOLIO_HIGH_RISK_LABELS['violence-adjusted']}”
            </button>
          )}
        </div>
      )}
      {withoutCounts && <p>{withoutCounts}</p>}
      {localCount && <p>{localCount}</p>}
    </div>
  );
}

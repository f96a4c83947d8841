// How the CAPS comparison reads wherever it is shown — the headline, the command line's table, the
// documents — so each says the same: the CAPS method at the plan's own reach (docs/methodology.md §5).
import { formatInteger, formatPeople, formatQuantity, formatUsd, wholePeople } from '../format';
import { spelledOut } from '../glossary';
import type { CapsReference } from './computePlan';

/** Spell CAPS out where the comparison is its first use on a screen or in a document, as the glossary asks. */
export interface CapsWording {
  readonly spellOut?: boolean;
}

/**
 * "CAPS method at the same reach (60%)". The reach is said because the comparison is like with
 * like only at the plan's own reach; a difference never comes from serving fewer people.
 */
export function capsReferenceLabel(ref: CapsReference, wording: CapsWording = {}): string {
  return `${wording.spellOut ? spelledOut('CAPS') : 'CAPS'} method at the same reach (${formatQuantity(ref.reachPct)}%)`;
}

/** What the comparison needs of the plan: its total and the participants it serves. */
export interface ComparedPlan {
  readonly budget: { readonly total: number };
  readonly participants: number;
}

/**
 * Said when the plan and the CAPS method serve different numbers of people at the same reach (the
 * plan's high-risk estimate is not CAPS's 0.1% of population), so a reader sees that part of the
 * difference is who is served, not only what it costs. Null when they serve the same number.
 */
export function capsParticipantsNote(plan: ComparedPlan, ref: CapsReference): string | null {
  if (wholePeople(plan.participants) === wholePeople(ref.participants)) return null;
  return `At this reach the CAPS method serves ${formatPeople(ref.participants)} participants (its high-risk estimate is 0.1% of the population); this plan serves ${formatPeople(plan.participants)}.`;
}

/** "CAPS method at the same reach (60%): $12,395,735 (50 staff). This plan is $409,500 more." */
export function capsComparisonText(plan: ComparedPlan, ref: CapsReference, wording: CapsWording = {}): string {
  const label = capsReferenceLabel(ref, wording);
  const difference = plan.budget.total - ref.total;
  const note = capsParticipantsNote(plan, ref);
  const tail = note === null ? '' : ` ${note}`;
  if (difference === 0) return `This plan equals the ${label}: ${formatUsd(ref.total)} (${formatInteger(ref.totalHeadcount)} staff).${tail}`;
  return `${label}: ${formatUsd(ref.total)} (${formatInteger(ref.totalHeadcount)} staff). This plan is ${formatUsd(Math.abs(difference))} ${difference > 0 ? 'more' : 'less'}.${tail}`;
}

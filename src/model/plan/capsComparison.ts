// How the CAPS comparison reads wherever it is shown — the headline, the command line's table, the
// documents — so each says the same: the CAPS method at the plan's own reach (docs/methodology.md §5).
import { formatInteger, formatQuantity, formatUsd } from '../format';
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

/** "CAPS method at the same reach (60%): $12,395,735 (50 staff). This plan is $409,500 more." */
export function capsComparisonText(planTotal: number, ref: CapsReference, wording: CapsWording = {}): string {
  const label = capsReferenceLabel(ref, wording);
  const difference = planTotal - ref.total;
  if (difference === 0) return `This plan equals the ${label}: ${formatUsd(ref.total)} (${formatInteger(ref.totalHeadcount)} staff).`;
  return `${label}: ${formatUsd(ref.total)} (${formatInteger(ref.totalHeadcount)} staff). This plan is ${formatUsd(Math.abs(difference))} ${difference > 0 ? 'more' : 'less'}.`;
}

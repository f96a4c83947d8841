// Modified total direct costs (2 CFR 200.1), the base of the indirect-cost line and of the federal
// worksheet's category J (docs/methodology.md §10). One function so both always agree.
import { roundMoney } from './plan/rounding';
import type { RolePlan } from './plan/types';
import { ROLES } from './roles';

export interface Subaward {
  readonly label: string;
  readonly amount: number;
  /** The part of this subaward that counts toward MTDC (up to the threshold). */
  readonly counted: number;
}

export interface MtdcParts {
  readonly roles: readonly RolePlan[];
  /** City-employed personnel and their fringe (OVP staff): category A + B. */
  readonly cityPersonnelCost: number;
  /** Procurement contracts (training & TA, evaluation): category H. */
  readonly contractCosts: number;
  /** Other direct costs that count (wraparound, wellness): category I. */
  readonly otherCosts: number;
  /** Awards made on or after 2024-10-01 count the first $50,000 of each subaward; earlier awards $25,000. */
  readonly revisedUniformGuidance: boolean;
  /** How many organizations deliver the frontline work; 0 = one subaward per frontline role's team. */
  readonly subawardCount: number;
}

export interface Mtdc {
  readonly total: number;
  readonly threshold: number;
  readonly subawards: readonly Subaward[];
  readonly subawardsCounted: number;
}

export function subawardThreshold(revisedUniformGuidance: boolean): number {
  return revisedUniformGuidance ? 50_000 : 25_000;
}

/**
 * Frontline teams and their supervision are subawards to community organizations (methodology
 * §10). By default each frontline role's team is one subaward and supervision is one more; when
 * the person says N organizations deliver the work, the same money is split into N equal
 * subawards. Each subaward only grows when staffing grows, so MTDC (and the indirect line) never
 * falls when a plan adds people.
 */
export function frontlineSubawards(roles: readonly RolePlan[], subawardCount: number): { label: string; amount: number }[] {
  // Plain loops: this runs for every plan, thousands of times in a Monte Carlo run.
  const out: { label: string; amount: number }[] = [];
  let subawarded = 0;
  for (const r of roles) {
    if (r.headcount > 0 && ROLES[r.id].employer === 'community') {
      subawarded += r.cost;
      out.push({ label: r.id === 'supervisor' ? 'CVI supervision' : `${r.label} team`, amount: r.cost });
    }
  }
  if (subawarded === 0) return [];
  if (subawardCount > 0) {
    const each = subawarded / subawardCount;
    return Array.from({ length: subawardCount }, (_, i) => ({ label: `Community organization ${i + 1}`, amount: each }));
  }
  return out;
}

export function modifiedTotalDirectCosts(parts: MtdcParts): Mtdc {
  const threshold = subawardThreshold(parts.revisedUniformGuidance);
  const subawards: Subaward[] = [];
  let counted = 0;
  for (const s of frontlineSubawards(parts.roles, parts.subawardCount)) {
    const part = Math.min(s.amount, threshold);
    counted += part;
    subawards.push({ label: s.label, amount: s.amount, counted: part });
  }
  const subawardsCounted = roundMoney(counted);
  // Participant support (stipends) and equipment are excluded by definition (2 CFR 200.1).
  const total = parts.cityPersonnelCost + subawardsCounted + parts.contractCosts + parts.otherCosts;
  return { total, threshold, subawards, subawardsCounted };
}

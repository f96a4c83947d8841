// Who the plan serves (docs/methodology.md §2): the high-risk population H, participants P and
// hospital clients C. Each step returns what explainPlan needs to show its working, so the
// explanation reads the same arithmetic the numbers came from.
import type { Assumptions } from '../assumptions';
import type { PlanInput } from '../inputFields';

export type HighRiskEstimate =
  | { readonly method: 'custom'; readonly value: number }
  | { readonly method: 'population'; readonly value: number }
  | {
      readonly method: 'violence-adjusted';
      readonly value: number;
      /** Whether the local rate is from homicides (else from fatal shooting victims). */
      readonly fromHomicides: boolean;
      /** Homicides (or fatal shooting victims) per 100,000 residents. */
      readonly localRate: number;
      /** Local rate ÷ reference rate, before it is held between the lowest and highest factor. */
      readonly rawFactor: number;
      readonly factor: number;
    };

export function highRiskEstimate(input: PlanInput, a: Assumptions): HighRiskEstimate {
  if (input.method === 'custom') return { method: 'custom', value: input.localHighRiskCount ?? 0 };
  if (input.method === 'violence-adjusted') {
    const fromHomicides = input.homicides !== null;
    const count = (fromHomicides ? input.homicides : input.fatalShootings) ?? 0;
    const localRate = (count / input.population) * 100_000;
    const rawFactor = localRate / a.violenceReferenceRate;
    const factor = Math.min(a.violenceFactorMax, Math.max(a.violenceFactorMin, rawFactor));
    return { method: 'violence-adjusted', value: a.highRiskRate * input.population * factor, fromHomicides, localRate, rawFactor, factor };
  }
  return { method: 'population', value: a.highRiskRate * input.population };
}

/** Participants at full strength: service reach × H. */
export function participantsAtFullStrength(input: PlanInput, highRisk: number): number {
  return (input.serviceReachPct / 100) * highRisk;
}

/** Hospital clients a year: hospital reach × nonfatal shooting victims; none when the count is not given. */
export function hospitalClientsOf(input: PlanInput): { readonly value: number; readonly given: boolean } {
  const given = input.nonfatalShootings !== null;
  return { value: given ? (input.hospitalReachPct / 100) * (input.nonfatalShootings ?? 0) : 0, given };
}

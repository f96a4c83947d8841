// The plan on screen, derived from the store at render time (never stored).
import { useMemo } from 'react';
import { capsReferenceOf, computePlan, draftToInput, type CapsReference, type DraftResult, type Plan } from '../../model';
import { usePlanner } from '../../state/store';

export interface PlanView {
  plan: Plan;
  /** The CAPS method for the same place at the plan's own reach (docs/methodology.md §5). */
  caps: CapsReference;
  /** Validation of what is in the form right now (errors keep the last valid plan on screen). */
  draftResult: DraftResult;
}

export function usePlanView(): PlanView {
  const input = usePlanner((s) => s.input);
  const overrides = usePlanner((s) => s.overrides);
  const draft = usePlanner((s) => s.draft);
  const plan = useMemo(() => computePlan(input, overrides), [input, overrides]);
  const caps = useMemo(() => capsReferenceOf(input), [input]);
  const draftResult = useMemo(() => draftToInput(draft), [draft]);
  return { plan, caps, draftResult };
}

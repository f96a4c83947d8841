// Placeholder wired into App; filled in by the issue 5 work.
import type { Plan } from '../model';

export function FundingSection({ plan }: { plan: Plan }) {
  void plan;
  return null;
}

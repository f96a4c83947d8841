// Placeholder wired into App; filled in by the issue 5 work.
import type { Plan } from '../model';

export function MultiYearSection({ plan }: { plan: Plan }) {
  void plan;
  return null;
}

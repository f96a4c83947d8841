// Cost of violence and break-even (docs/methodology.md §8): context for a budget, never a prediction.
// Wording everywhere says what a plan "would need to prevent", never what it "will prevent".
import type { Plan, Working } from './plan';
import { PARAMS } from './assumptions';

export interface CostOfViolence {
  readonly basis: 'everytown' | 'local';
  readonly fatalShootings: number | null;
  readonly nonfatalShootings: number | null;
  /** Taxpayer cost of the place's shootings in a year. */
  readonly annualTaxpayerCost: number;
  /** Share of shootings the plan would need to prevent for the avoided cost to equal its budget. */
  readonly breakEvenShare: number | null;
  /** The same as a number of shootings a year. */
  readonly breakEvenShootings: number | null;
  readonly working: { readonly annualTaxpayerCost: Working; readonly breakEvenShare: Working };
}

/** null when the plan has no shooting counts: there is nothing to weigh the budget against. */
export function costOfViolence(plan: Plan): CostOfViolence | null {
  const { fatalShootings: fatal, nonfatalShootings: nonfatal } = plan.input;
  if (fatal === null && nonfatal === null) return null;
  const a = plan.assumptions;
  const basis = a['violenceCost.basis'];
  const f = fatal ?? 0;
  const n = nonfatal ?? 0;
  const annualTaxpayerCost = Math.round(basis === 'local' ? (f + n) * a['violenceCost.localPerShooting'] : f * a['violenceCost.fatal'] + n * a['violenceCost.nonfatal']);
  const shootings = f + n;
  const breakEvenShare = annualTaxpayerCost > 0 ? plan.budget.total / annualTaxpayerCost : null;
  const missing = fatal === null ? 'Fatal shooting victims were not given and count as 0, so the cost is understated.' : nonfatal === null ? 'Nonfatal shooting victims were not given and count as 0, so the cost is understated.' : undefined;
  const param = (id: keyof typeof PARAMS) => ({ name: PARAMS[id].label, value: a[id] as number, unit: 'usd' as const, param: id, source: PARAMS[id].source });
  return {
    basis,
    fatalShootings: fatal,
    nonfatalShootings: nonfatal,
    annualTaxpayerCost,
    breakEvenShare,
    breakEvenShootings: breakEvenShare === null ? null : breakEvenShare * shootings,
    working: {
      annualTaxpayerCost: {
        label: 'Annual taxpayer cost of shootings',
        formula: basis === 'local' ? '(Fatal + nonfatal shooting victims) × local cost per shooting' : 'Fatal shooting victims × cost per fatal shooting + nonfatal shooting victims × cost per injury',
        terms: [
          { name: 'Fatal shooting victims per year', value: fatal, unit: 'people', field: 'fatalShootings' },
          { name: 'Nonfatal shooting victims per year', value: nonfatal, unit: 'people', field: 'nonfatalShootings' },
          ...(basis === 'local' ? [param('violenceCost.localPerShooting')] : [param('violenceCost.fatal'), param('violenceCost.nonfatal')]),
        ],
        value: annualTaxpayerCost,
        unit: 'usd',
        ...(missing ? { note: missing } : {}),
      },
      breakEvenShare: {
        label: 'Share of shootings the plan would need to prevent to pay for itself',
        formula: 'Total annual budget ÷ annual taxpayer cost of shootings',
        terms: [
          { name: 'Total annual budget', value: plan.budget.total, unit: 'usd', figure: 'total' },
          { name: 'Annual taxpayer cost of shootings', value: annualTaxpayerCost, unit: 'usd' },
        ],
        value: breakEvenShare,
        unit: 'rate',
        note:
          breakEvenShare === null
            ? 'No shootings were counted, so there is no break-even share.'
            : breakEvenShare > 1
              ? 'More than all of the place’s shootings: avoided taxpayer cost alone could not pay for this plan; its case rests on lives and on costs beyond the taxpayer’s.'
              : 'Context, not a prediction: the share of shootings the plan would need to prevent for avoided taxpayer cost to equal its budget.',
      },
    },
  };
}

export interface EvidenceRow {
  readonly program: string;
  readonly place: string;
  readonly finding: string;
  readonly design: string;
}

/** Evidence ranges of docs/methodology.md §8, each with its study design. */
export const EVIDENCE: readonly EvidenceRow[] = [
  { program: 'Oakland Ceasefire', place: 'Oakland, CA', finding: '−31.5% gun homicides', design: 'Quasi-experimental' },
  { program: 'Safe Streets', place: 'Baltimore, MD', finding: '−22% homicides and −23% nonfatal shootings at sites open 4 years or more', design: 'Quasi-experimental, site comparison' },
  { program: 'Advance Peace', place: 'Sacramento, CA', finding: '−18% gun violence citywide', design: 'Interrupted time series' },
  { program: 'Group Violence Intervention', place: 'Philadelphia, PA', finding: '−38.6% shootings among group members', design: 'Stepped wedge' },
  { program: 'Cure Violence', place: 'Chicago, IL', finding: '−16% to −28% shootings vs matched areas', design: 'Matched comparison areas' },
  { program: 'READI Chicago', place: 'Chicago, IL', finding: 'Benefit–cost 4:1 to 18:1 (primary violence index not statistically significant)', design: 'Randomized controlled trial' },
];

// explainPlan: the working behind every figure of a plan — its formula, the inputs and sourced
// assumptions it used, and the other figures it came from — for "Why this number?", the print
// report, the JSON output and the workbook. Built on demand from the same steps computePlan ran
// (planSteps), once per plan object.
import { PARAMS, type Assumptions, type ParamId } from '../assumptions';
import type { Source } from '../paramSpec';
import { INPUT_FIELDS, INPUT_LABELS, type InputField } from '../inputFields';
import { inputUse, inputUseContext } from '../inputUse';
import { BUDGET_LINES, FRONTLINE_ROLE_IDS, ROLES, type BudgetLineId } from '../roles';
import { costPerParticipantOf, planSteps, roleOf, type PlanSteps } from './computePlan';
import type { FigureId, Plan, PlanWorking, Unit, Working, WorkingTerm } from './types';
import { explainStaffing } from './explainStaffing';
import { explainBudget } from './explainBudget';

const termUnit = (id: ParamId): Unit => {
  switch (PARAMS[id].unit) {
    case 'usd':
      return 'usd';
    case 'rate':
      return 'rate';
    case 'multiplier':
      return 'multiplier';
    case 'switch':
    case 'choice':
      return 'text';
    default:
      return 'people';
  }
};

/** A term that is an assumption, with its source. */
export const param = (a: Assumptions, id: ParamId, name?: string): WorkingTerm => ({
  name: name ?? PARAMS[id].label,
  value: a[id],
  unit: termUnit(id),
  param: id,
  source: PARAMS[id].source,
});

/** A term that is another figure of the plan. */
export const figure = (id: FigureId, name: string, value: number, unit: Unit): WorkingTerm => ({ name, value, unit, figure: id });

/** A term that is something the person entered. */
export const field = (f: InputField, name: string, value: number | null, unit: Unit): WorkingTerm => ({ name, value, unit, field: f });

/** Working entries in the order the figures are computed. */
export type WorkingEntries = [FigureId, Working][];

const cache = new WeakMap<Plan, PlanWorking>();

/** The working of every figure of `plan`; the same object for the same plan. */
export function explainPlan(plan: Plan): PlanWorking {
  let working = cache.get(plan);
  if (!working) {
    working = buildWorking(planSteps(plan.input, plan.assumptions, plan.year));
    cache.set(plan, working);
  }
  return working;
}

function buildWorking(steps: PlanSteps): PlanWorking {
  const entries: WorkingEntries = [...explainPeople(steps), ...explainStaffing(steps)];
  entries.push(
    [
      'frontlineHeadcount',
      {
        label: 'Frontline workers',
        formula: 'Sum of people to hire in every frontline role',
        terms: FRONTLINE_ROLE_IDS.map((id) => figure(`role.${id}.headcount`, ROLES[id].label, roleOf(steps.roles, id).headcount, 'people')),
        value: steps.frontlineHeadcount,
        unit: 'people',
      },
    ],
    [
      'totalHeadcount',
      {
        label: 'Total staff',
        formula: 'Sum of people to hire in every role',
        terms: steps.roles.map((r) => figure(`role.${r.id}.headcount`, r.label, r.headcount, 'people')),
        value: steps.totalHeadcount,
        unit: 'people',
      },
    ],
    ...explainBudget(steps),
    ...explainRatios(steps),
  );
  return Object.fromEntries(entries) as PlanWorking;
}

function explainPeople({ input, a, year, highRisk, participants, fullParticipants, hospitalClients, sites }: PlanSteps): WorkingEntries {
  const pop = input.population;
  let highRiskWorking: Working;
  if (highRisk.method === 'custom') {
    highRiskWorking = {
      label: 'High-risk population',
      formula: 'Local high-risk count from a problem analysis',
      terms: [field('localHighRiskCount', 'Local high-risk count', input.localHighRiskCount, 'people')],
      value: highRisk.value,
      unit: 'people',
    };
  } else if (highRisk.method === 'violence-adjusted') {
    const { fromHomicides, localRate, rawFactor, factor } = highRisk;
    highRiskWorking = {
      label: 'High-risk population',
      formula: `High-risk share × population × clamp(local rate ÷ reference rate, lowest factor, highest factor), local rate = ${fromHomicides ? 'homicides' : 'fatal shooting victims'} per 100,000 residents`,
      terms: [
        param(a, 'highRiskRate'),
        field('population', 'Population', pop, 'people'),
        fromHomicides
          ? field('homicides', 'Homicides per year', input.homicides, 'people')
          : field('fatalShootings', 'Fatal shooting victims per year', input.fatalShootings, 'people'),
        { name: 'Local rate per 100,000', value: localRate, unit: 'per-100k' },
        param(a, 'violenceReferenceRate'),
        param(a, 'violenceFactorMin'),
        param(a, 'violenceFactorMax'),
        { name: 'Scaling factor applied', value: factor, unit: 'multiplier' },
      ],
      value: highRisk.value,
      unit: 'people',
      ...(factor !== rawFactor
        ? { note: `The local rate gives a factor of ${rawFactor.toFixed(2)}, held to the ${factor === a.violenceFactorMax ? 'highest' : 'lowest'} factor.` }
        : {}),
    };
  } else {
    highRiskWorking = {
      label: 'High-risk population',
      formula: 'High-risk share × population',
      terms: [param(a, 'highRiskRate'), field('population', 'Population', pop, 'people')],
      value: highRisk.value,
      unit: 'people',
    };
  }
  return [
    ['highRiskPopulation', highRiskWorking],
    [
      'participants',
      {
        label: 'Participants',
        formula: year ? 'Service reach × high-risk population × this year’s share of full staffing' : 'Service reach × high-risk population',
        terms: [
          field('serviceReachPct', 'Service reach', input.serviceReachPct / 100, 'rate'),
          figure('highRiskPopulation', 'High-risk population', highRisk.value, 'people'),
          ...(year ? [{ name: 'Share of full staffing this year', value: year.share, unit: 'rate' as const }] : []),
        ],
        value: participants,
        unit: 'people',
      },
    ],
    [
      'sites',
      a.staffingModel === 'sites'
        ? {
            label: 'Sites',
            formula: 'Participants at full strength ÷ participants per site, rounded up to a whole site (none without participants)',
            terms: [figure('participants', 'Participants at full strength', fullParticipants, 'people'), param(a, 'sites.participantsPerSite')],
            value: sites,
            unit: 'count',
            note: 'A site is a small team serving a neighbourhood’s highest-risk people, as street programs staff them (Cure Violence, New York’s Crisis Management System); each site has the per-site team in Assumptions, “Site teams”.',
          }
        : {
            label: 'Sites',
            formula: 'No sites: this plan sizes every role from a caseload (staffing model “A caseload for every role”)',
            terms: [param(a, 'staffingModel')],
            value: 0,
            unit: 'count',
          },
    ],
    [
      'hospitalClients',
      {
        label: 'Hospital clients a year',
        formula: hospitalClients.given ? 'Hospital reach × nonfatal shooting victims' : 'Nonfatal shooting victims not given: no hospital clients counted',
        terms: [
          field('hospitalReachPct', 'Hospital reach', input.hospitalReachPct / 100, 'rate'),
          field('nonfatalShootings', 'Nonfatal shooting victims per year', input.nonfatalShootings, 'people'),
        ],
        value: hospitalClients.value,
        unit: 'people',
      },
    ],
  ];
}

/** Cost per participant, per resident and staff per 100,000. */
function explainRatios({ input, participants, budget, totalHeadcount }: PlanSteps): WorkingEntries {
  const pop = input.population;
  const total = budget.total;
  const costPerParticipant = costPerParticipantOf(total, participants);
  const totalTerm = figure('total', 'Total annual budget', total, 'usd');
  return [
    [
      'costPerParticipant',
      {
        label: 'Cost per participant',
        formula: 'Total annual budget ÷ participants',
        terms: [totalTerm, figure('participants', 'Participants', participants, 'people')],
        value: costPerParticipant,
        unit: 'usd',
        ...(costPerParticipant === null ? { note: 'The plan reaches no participants (or too few to divide by), so there is no cost per participant.' } : {}),
      },
    ],
    [
      'costPerResident',
      {
        label: 'Cost per resident',
        formula: 'Total annual budget ÷ population',
        terms: [totalTerm, field('population', 'Population', pop, 'people')],
        value: total / pop,
        unit: 'usd',
      },
    ],
    [
      'staffPer100k',
      {
        label: 'Staff per 100,000 residents',
        formula: 'Total staff ÷ population × 100,000',
        terms: [figure('totalHeadcount', 'Total staff', totalHeadcount, 'people'), field('population', 'Population', pop, 'people')],
        value: (totalHeadcount / pop) * 100_000,
        unit: 'per-100k',
      },
    ],
  ];
}

/** A budget line's working: its label and amount from the line table, its formula and terms. */
export function lineWorking(id: BudgetLineId, amount: number, formula: string, terms: WorkingTerm[], label = BUDGET_LINES[id].label): [FigureId, Working] {
  return [`line.${id}`, { label, value: amount, unit: 'usd', formula, terms }];
}

/** The distinct sources of the defaults a figure's working used. */
export function workingSources(w: Working): { param: ParamId; source: Source }[] {
  const seen = new Set<ParamId>();
  const out: { param: ParamId; source: Source }[] = [];
  for (const t of w.terms) {
    if (t.param && t.source && !seen.has(t.param)) {
      seen.add(t.param);
      out.push({ param: t.param, source: t.source });
    }
  }
  return out;
}

/**
 * An input's own working: the figures it feeds in this plan (each one followable to its own
 * working) and, when it changes nothing or only the cost of violence, the notice that says so and
 * names the method or preset that uses it (inputUse.ts).
 */
export function explainInput(plan: Plan, f: InputField): Working {
  const use = inputUse(f, inputUseContext(plan.input), plan.assumptions);
  const working = explainPlan(plan);
  const raw = plan.input[f];
  const spec = INPUT_FIELDS[f];
  const value = typeof raw === 'number' ? (spec.kind === 'percent' ? raw / 100 : raw) : null;
  return {
    label: INPUT_LABELS[f],
    formula: use.summary,
    terms: use.feeds.map((feed): WorkingTerm => {
      if (feed.figure === 'costOfViolence') return { name: feed.label, value: 'See “Cost of violence and break-even”', unit: 'text' };
      const w = working[feed.figure];
      return figure(feed.figure, feed.label, w.value ?? 0, w.unit);
    }),
    value,
    unit: spec.kind === 'percent' ? 'rate' : spec.kind === 'count' ? 'people' : 'text',
    ...(use.notice ? { note: use.notice } : {}),
  };
}

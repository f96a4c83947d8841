// The working of the budget lines, staffing cost, modified total direct costs and the total
// (docs/methodology.md §4, §6 and §10).
import type { BudgetLineId } from '../roles';
import { DIRECT_ASSISTANCE_LABEL, indirectRate, startupTotal } from './budget';
import type { PlanSteps } from './computePlan';
import { figure, lineWorking, param, type WorkingEntries } from './explain';
import type { WorkingTerm } from './types';

export function explainBudget(steps: PlanSteps): WorkingEntries {
  const { a, year, growth, budget, roles, participants, frontlineHeadcount, totalHeadcount } = steps;
  const { frontlineCost, supervisionCost, staffingCost, training, evaluation, wraparound, wellness, startup, mtdc } = budget;
  const amountOf = (id: BudgetLineId) => budget.lines.find((l) => l.id === id)?.amount ?? 0;
  const costGrowth: WorkingTerm[] =
    year && year.index > 0 ? [param(a, 'costGrowth'), { name: `Growth over ${year.index} year${year.index === 1 ? '' : 's'}`, value: growth.cost, unit: 'multiplier' }] : [];
  const grown = growth.cost !== 1 ? ' × (1 + cost growth) ^ years' : '';
  const roleCostTerms = (line: 'frontline' | 'supervision-ovp') =>
    roles.filter((r) => r.budgetLine === line).map((r) => figure(`role.${r.id}.cost`, r.label, r.cost, 'usd'));
  const staffingTerm = figure('staffingCost', 'Total staffing cost', staffingCost, 'usd');
  const participantsFigure = figure('participants', 'Participants', participants, 'people');

  const entries: WorkingEntries = [
    lineWorking('frontline', frontlineCost, 'Sum of the annual cost of every frontline role', roleCostTerms('frontline')),
    lineWorking('supervision-ovp', supervisionCost, 'Annual cost of supervisors + OVP staff', roleCostTerms('supervision-ovp')),
    [
      'staffingCost',
      {
        label: 'Total staffing cost',
        formula: 'Frontline CVI workers + CVI supervision & OVP staff',
        terms: [figure('line.frontline', 'Frontline CVI workers', frontlineCost, 'usd'), figure('line.supervision-ovp', 'CVI supervision & OVP staff', supervisionCost, 'usd')],
        value: staffingCost,
        unit: 'usd',
      },
    ],
    lineWorking('training-ta', training, 'Training rate × total staffing cost, rounded to whole dollars', [param(a, 'trainingRate'), staffingTerm]),
    lineWorking('data-evaluation', evaluation, 'Evaluation rate × total staffing cost, rounded to whole dollars', [param(a, 'evaluationRate'), staffingTerm]),
    a.staffingModel === 'sites'
      ? lineWorking(
          'wraparound',
          wraparound,
          `Direct assistance per participant × participants${grown}, rounded to whole dollars (site teams: direct assistance takes the place of the wraparound line)`,
          [param(a, 'directAssistancePerParticipant'), participantsFigure, ...costGrowth],
          DIRECT_ASSISTANCE_LABEL,
        )
      : lineWorking('wraparound', wraparound, `Wraparound per participant × participants${grown}, rounded to whole dollars`, [
          param(a, 'wraparoundPerParticipant'),
          participantsFigure,
          ...costGrowth,
        ]),
  ];
  if (a['stipends.enabled']) {
    entries.push(
      lineWorking('stipends', amountOf('stipends'), `Share of participants paid × participants × monthly stipend × months${grown}, rounded to whole dollars`, [
        param(a, 'stipends.participantShare'),
        participantsFigure,
        param(a, 'stipends.monthlyAmount'),
        param(a, 'stipends.months'),
        ...costGrowth,
      ]),
    );
  }
  if (a['wellness.enabled']) {
    entries.push(
      lineWorking('wellness', wellness, `Frontline workers × amount per worker${grown}, rounded to whole dollars`, [
        figure('frontlineHeadcount', 'Frontline workers', frontlineHeadcount, 'people'),
        param(a, 'wellness.perWorker'),
        ...costGrowth,
      ]),
    );
  }
  const ovpCost = roles.find((r) => r.id === 'ovp-staff')?.cost ?? 0;
  entries.push([
    'mtdc',
    {
      label: 'Modified total direct costs (MTDC)',
      formula: `OVP staff (city personnel) + the first ${a['indirect.revisedUniformGuidance'] ? '$50,000' : '$25,000'} of each subaward (frontline teams and their supervisors) + training & TA + data & evaluation + wraparound + wellness${startup ? ' + start-up costs' : ''}; participant stipends and equipment excluded`,
      terms: [
        figure('role.ovp-staff.cost', 'OVP staff', ovpCost, 'usd'),
        { name: 'Subawards counted', value: mtdc.subawardsCounted, unit: 'usd' },
        { name: 'Number of subawards', value: mtdc.subawards.length, unit: 'count' },
        param(a, 'indirect.revisedUniformGuidance'),
        param(a, 'indirect.subawardCount'),
        figure('line.training-ta', 'Training & TA', training, 'usd'),
        figure('line.data-evaluation', 'Data & evaluation', evaluation, 'usd'),
        figure('line.wraparound', 'Wraparound services', wraparound, 'usd'),
        { name: 'Worker wellness & safety', value: wellness, unit: 'usd' },
        ...(startup ? [{ name: 'Start-up costs', value: startupTotal(startup), unit: 'usd' as const }] : []),
      ],
      value: mtdc.total,
      unit: 'usd',
    },
  ]);
  if (a['indirect.enabled']) {
    const negotiated = a['indirect.rateBasis'] === 'negotiated';
    entries.push(
      lineWorking(
        'indirect',
        amountOf('indirect'),
        negotiated
          ? 'Negotiated indirect rate × modified total direct costs, rounded to whole dollars'
          : `De minimis rate (${a['indirect.revisedUniformGuidance'] ? '15% for awards on or after 2024-10-01' : '10% for awards before 2024-10-01'}) × modified total direct costs, rounded to whole dollars`,
        [
          param(a, 'indirect.rateBasis'),
          negotiated ? param(a, 'indirect.rate') : param(a, 'indirect.revisedUniformGuidance'),
          { name: 'Rate applied', value: indirectRate(a), unit: 'rate' },
          figure('mtdc', 'Modified total direct costs', mtdc.total, 'usd'),
        ],
      ),
    );
  }
  if (startup) {
    entries.push(
      lineWorking(
        'startup',
        startupTotal(startup),
        'People hired × recruitment per hire + frontline workers × academy per worker + people × equipment per person (first year only)',
        [
          figure('totalHeadcount', 'People hired this year', totalHeadcount, 'people'),
          param(a, 'startup.recruitmentPerHire'),
          figure('frontlineHeadcount', 'Frontline workers', frontlineHeadcount, 'people'),
          param(a, 'startup.academyPerWorker'),
          param(a, 'startup.equipmentPerWorker'),
        ],
      ),
    );
  }
  entries.push([
    'total',
    {
      label: year ? `Total budget, ${year.fiscalYear}` : 'Total annual budget',
      formula: 'Sum of the budget lines',
      terms: budget.lines.map((l) => figure(`line.${l.id}` as const, l.label, l.amount, 'usd')),
      value: budget.total,
      unit: 'usd',
    },
  ]);
  return entries;
}

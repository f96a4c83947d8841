// computePlan: one year's CVI ecosystem for a place (methodology §2–4). Pure and synchronous;
// every number anyone sees — UI, CLI, exports, print — comes from the object it returns, and
// every figure carries its working so nobody downstream has to re-derive it.
//
// Money rule: each role's annual cost and each budget line is rounded once, to whole dollars
// (half up), where it is computed; sums are then exact, so the lines always add up to the total
// a person sees. FTE and participants are kept unrounded; headcount is FTE rounded half up.
import { PARAMS, type AssumptionOverrides, type Assumptions, type ParamId, type Source } from './assumptions';
import { inputWarnings, type InputField, type Issue, type PlanInput } from './input';
import { effectiveOverrides, resolveAssumptions, type OverrideNote, type PresetId } from './presets';
import {
  BUDGET_LINES,
  FRONTLINE_ROLE_IDS,
  ROLES,
  type BudgetLineId,
  type FrontlineRoleId,
  type RoleId,
} from './roles';
import { modifiedTotalDirectCosts } from './mtdc';

export type Unit = 'people' | 'fte' | 'usd' | 'rate' | 'multiplier' | 'count' | 'per-100k' | 'text';

/** One term of a formula: a user input, an assumption (with its source) or another figure. */
export interface WorkingTerm {
  readonly name: string;
  readonly value: number | string | boolean | null;
  readonly unit: Unit;
  readonly field?: InputField;
  readonly param?: ParamId;
  readonly source?: Source;
  readonly figure?: FigureId;
}

export interface Working {
  readonly label: string;
  readonly formula: string;
  readonly terms: readonly WorkingTerm[];
  readonly value: number | null;
  readonly unit: Unit;
  readonly note?: string;
}

export type FigureId =
  | 'highRiskPopulation'
  | 'participants'
  | 'hospitalClients'
  | `role.${RoleId}.fte`
  | `role.${RoleId}.headcount`
  | `role.${RoleId}.salary`
  | `role.${RoleId}.cost`
  | `line.${BudgetLineId}`
  | 'staffingCost'
  | 'mtdc'
  | 'total'
  | 'totalHeadcount'
  | 'frontlineHeadcount'
  | 'costPerParticipant'
  | 'costPerResident'
  | 'staffPer100k';

export type DriverKind = 'participants' | 'hospital-clients' | 'participants-and-hospital-clients' | 'frontline-headcount' | 'population' | 'none';

export interface RolePlan {
  readonly id: RoleId;
  readonly label: string;
  readonly capsLabel: string | null;
  readonly budgetLine: 'frontline' | 'supervision-ovp';
  readonly enabled: boolean;
  readonly driver: { readonly kind: DriverKind; readonly label: string; readonly value: number };
  /** Units of driver per full-time worker ("caseload"), or null where the role has no ratio. */
  readonly ratio: number | null;
  readonly ratioLabel: string;
  readonly fte: number;
  readonly headcount: number;
  /** FTE above 0 that rounds to nobody: the function still needs part of someone's time. */
  readonly partTimeNeed: boolean;
  /** Headcount was raised to the role's minimum. */
  readonly minimumApplied: boolean;
  /** Annual salary per person after the cost-of-living multiplier, before benefits. */
  readonly salary: number;
  /** Annual cost: headcount × salary × (1 + fringe), whole dollars. */
  readonly cost: number;
}

export interface BudgetLinePlan {
  readonly id: BudgetLineId;
  readonly label: string;
  readonly amount: number;
  /** Share of the total (0 when the total is 0). */
  readonly share: number;
}

export interface Plan {
  readonly input: PlanInput;
  readonly preset: PresetId;
  readonly assumptions: Assumptions;
  readonly overrides: readonly OverrideNote[];
  readonly highRiskPopulation: number;
  readonly participants: number;
  readonly hospitalClients: number;
  /** Whether nonfatal shootings were given (0 counts as given). */
  readonly hospitalClientsGiven: boolean;
  readonly roles: readonly RolePlan[];
  readonly frontlineHeadcount: number;
  readonly totalHeadcount: number;
  readonly totalFte: number;
  readonly budget: {
    /** Enabled lines only, in the public line order. */
    readonly lines: readonly BudgetLinePlan[];
    readonly staffingCost: number;
    /** Modified total direct costs, the base of the indirect line (methodology §10). */
    readonly mtdc: number;
    /** The part of the subawards that counts toward MTDC. */
    readonly subawardsCounted: number;
    readonly total: number;
  };
  /** null when the plan has no participants (reach 0): there is nobody to divide by. */
  readonly costPerParticipant: number | null;
  readonly costPerResident: number;
  readonly staffPer100k: number;
  readonly warnings: readonly Issue[];
  readonly working: Readonly<Record<FigureId, Working>>;
}

/** Round half up, tolerant of floating-point noise (7.4999999999 from 0.5 × 15 stays 7.5 → 8). */
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5 + Math.max(1e-9, Math.abs(x) * 1e-12));
}

const param = (a: Assumptions, id: ParamId, name?: string): WorkingTerm => ({
  name: name ?? PARAMS[id].label,
  value: a[id],
  unit: PARAMS[id].unit === 'usd' ? 'usd' : PARAMS[id].unit === 'rate' ? 'rate' : PARAMS[id].unit === 'switch' || PARAMS[id].unit === 'choice' ? 'text' : PARAMS[id].unit === 'multiplier' ? 'multiplier' : 'people',
  param: id,
  source: PARAMS[id].source,
});

const figure = (id: FigureId, name: string, value: number, unit: Unit): WorkingTerm => ({ name, value, unit, figure: id });

const field = (f: InputField, name: string, value: number | null, unit: Unit): WorkingTerm => ({ name, value, unit, field: f });

export function computePlan(input: PlanInput, overrides: AssumptionOverrides = {}): Plan {
  const a = resolveAssumptions(input.preset, overrides);
  const working = {} as Record<FigureId, Working>;
  const pop = input.population;

  // §2 High-risk population H, participants P, hospital clients C.
  let highRisk: number;
  if (input.method === 'custom') {
    highRisk = input.localHighRiskCount ?? 0;
    working.highRiskPopulation = {
      label: 'High-risk population',
      formula: 'Local high-risk count from a problem analysis',
      terms: [field('localHighRiskCount', 'Local high-risk count', input.localHighRiskCount, 'people')],
      value: highRisk,
      unit: 'people',
    };
  } else if (input.method === 'violence-adjusted') {
    const useHomicides = input.homicides !== null;
    const count = (useHomicides ? input.homicides : input.fatalShootings) ?? 0;
    const localRate = (count / pop) * 100_000;
    const rawFactor = localRate / a.violenceReferenceRate;
    const factor = Math.min(a.violenceFactorMax, Math.max(a.violenceFactorMin, rawFactor));
    highRisk = a.highRiskRate * pop * factor;
    working.highRiskPopulation = {
      label: 'High-risk population',
      formula:
        'High-risk share × population × clamp(local rate ÷ reference rate, lowest factor, highest factor), local rate = ' +
        (useHomicides ? 'homicides' : 'fatal shooting victims') +
        ' per 100,000 residents',
      terms: [
        param(a, 'highRiskRate'),
        field('population', 'Population', pop, 'people'),
        useHomicides
          ? field('homicides', 'Homicides per year', input.homicides, 'people')
          : field('fatalShootings', 'Fatal shooting victims per year', input.fatalShootings, 'people'),
        { name: 'Local rate per 100,000', value: localRate, unit: 'per-100k' },
        param(a, 'violenceReferenceRate'),
        param(a, 'violenceFactorMin'),
        param(a, 'violenceFactorMax'),
        { name: 'Scaling factor applied', value: factor, unit: 'multiplier' },
      ],
      value: highRisk,
      unit: 'people',
      ...(factor !== rawFactor
        ? { note: `The local rate gives a factor of ${rawFactor.toFixed(2)}, held to the ${factor === a.violenceFactorMax ? 'highest' : 'lowest'} factor.` }
        : {}),
    };
  } else {
    highRisk = a.highRiskRate * pop;
    working.highRiskPopulation = {
      label: 'High-risk population',
      formula: 'High-risk share × population',
      terms: [param(a, 'highRiskRate'), field('population', 'Population', pop, 'people')],
      value: highRisk,
      unit: 'people',
    };
  }

  const participants = (input.serviceReachPct / 100) * highRisk;
  working.participants = {
    label: 'Participants',
    formula: 'Service reach × high-risk population',
    terms: [
      field('serviceReachPct', 'Service reach', input.serviceReachPct / 100, 'rate'),
      figure('highRiskPopulation', 'High-risk population', highRisk, 'people'),
    ],
    value: participants,
    unit: 'people',
  };

  const hospitalClientsGiven = input.nonfatalShootings !== null;
  const hospitalClients = hospitalClientsGiven ? (input.hospitalReachPct / 100) * (input.nonfatalShootings ?? 0) : 0;
  working.hospitalClients = {
    label: 'Hospital clients a year',
    formula: hospitalClientsGiven ? 'Hospital reach × nonfatal shooting victims' : 'Nonfatal shooting victims not given: no hospital clients counted',
    terms: [
      field('hospitalReachPct', 'Hospital reach', input.hospitalReachPct / 100, 'rate'),
      field('nonfatalShootings', 'Nonfatal shooting victims per year', input.nonfatalShootings, 'people'),
    ],
    value: hospitalClients,
    unit: 'people',
  };

  // §3 Roles.
  const col = a.costOfLiving;
  const loaded = 1 + a.fringeRate;
  const roles: RolePlan[] = [];

  const addRole = (
    id: RoleId,
    driver: RolePlan['driver'],
    ratio: number | null,
    ratioLabel: string,
    fte: number,
    headcount: number,
    minimumApplied: boolean,
    fteWorking: Omit<Working, 'label' | 'value' | 'unit'>,
    headcountWorking: Omit<Working, 'label' | 'value' | 'unit'>,
  ) => {
    const info = ROLES[id];
    const enabled = a[`${id}.enabled` as ParamId] as boolean;
    const baseSalary = a[`${id}.salary` as ParamId] as number;
    const salary = baseSalary * col;
    const cost = roundMoney(headcount * salary * loaded);
    roles.push({
      id,
      label: info.label,
      capsLabel: info.capsLabel,
      budgetLine: info.budgetLine,
      enabled,
      driver,
      ratio,
      ratioLabel,
      fte,
      headcount,
      partTimeNeed: enabled && fte > 0 && headcount === 0,
      minimumApplied,
      salary,
      cost,
    });
    working[`role.${id}.fte`] = { label: `${info.label}: full-time equivalents`, value: fte, unit: 'fte', ...fteWorking };
    working[`role.${id}.headcount`] = { label: `${info.label}: people to hire`, value: headcount, unit: 'people', ...headcountWorking };
    working[`role.${id}.salary`] = {
      label: `${info.label}: salary`,
      formula: 'Salary × cost-of-living multiplier',
      terms: [param(a, `${id}.salary` as ParamId, 'Salary (national average)'), param(a, 'costOfLiving', 'Cost-of-living multiplier')],
      value: salary,
      unit: 'usd',
    };
    working[`role.${id}.cost`] = {
      label: `${info.label}: annual cost`,
      formula: 'People × salary × cost of living × (1 + fringe), rounded to whole dollars',
      terms: [
        figure(`role.${id}.headcount`, 'People', headcount, 'people'),
        param(a, `${id}.salary` as ParamId, 'Salary (national average)'),
        param(a, 'costOfLiving', 'Cost-of-living multiplier'),
        param(a, 'fringeRate', 'Fringe benefits'),
      ],
      value: cost,
      unit: 'usd',
    };
  };

  const disabledWorking = (id: RoleId) => ({
    formula: 'Role switched off in this plan’s assumptions',
    terms: [param(a, `${id}.enabled` as ParamId, 'Include this role')],
  });

  const roundedWorking = (id: RoleId, fte: number) => ({
    formula: 'Full-time equivalents rounded to the nearest whole person (half rounds up)',
    terms: [figure(`role.${id}.fte`, 'Full-time equivalents', fte, 'fte')],
    ...(fte > 0 && roundHalfUp(fte) === 0
      ? { note: 'Less than half a position: reported as a part-time need so the function is not left out.' }
      : {}),
  });

  const caseloadRole = (id: FrontlineRoleId, driver: RolePlan['driver'], ratio: number, ratioId: ParamId, driverTerm: WorkingTerm[]) => {
    const enabled = a[`${id}.enabled` as ParamId] as boolean;
    if (!enabled) {
      addRole(id, { ...driver, value: driver.value }, ratio, PARAMS[ratioId].label, 0, 0, false, disabledWorking(id), disabledWorking(id));
      return;
    }
    const fte = driver.value / ratio;
    addRole(
      id,
      driver,
      ratio,
      PARAMS[ratioId].label,
      fte,
      roundHalfUp(fte),
      false,
      { formula: `${driver.label} ÷ ${PARAMS[ratioId].label.replace(/^.*?: /, '')}`, terms: [...driverTerm, param(a, ratioId)] },
      roundedWorking(id, fte),
    );
  };

  const participantsDriver = { kind: 'participants' as const, label: 'Participants', value: participants };
  const participantsTerm = [figure('participants', 'Participants', participants, 'people')];
  for (const id of ['street-outreach', 'mediator', 'case-manager', 'family-case-manager', 'victim-advocate'] as const) {
    caseloadRole(id, participantsDriver, a[`${id}.caseload`], `${id}.caseload`, participantsTerm);
  }

  // Hospital responders: hospital clients when the preset says so and the count was given.
  const hospitalFromClients = a['hospital-responder.driver'] === 'hospital-clients' && hospitalClientsGiven;
  if (hospitalFromClients) {
    caseloadRole(
      'hospital-responder',
      { kind: 'hospital-clients', label: 'Hospital clients a year', value: hospitalClients },
      a['hospital-responder.clientsPerResponder'],
      'hospital-responder.clientsPerResponder',
      [figure('hospitalClients', 'Hospital clients a year', hospitalClients, 'people')],
    );
  } else {
    caseloadRole('hospital-responder', participantsDriver, a['hospital-responder.caseload'], 'hospital-responder.caseload', participantsTerm);
    if (a['hospital-responder.driver'] === 'hospital-clients' && a['hospital-responder.enabled']) {
      const w = working['role.hospital-responder.fte'];
      working['role.hospital-responder.fte'] = {
        ...w,
        note: 'Nonfatal shooting victims were not given, so hospital responders fall back to the CAPS driver (participants).',
      };
    }
  }

  caseloadRole(
    'trauma-counselor',
    { kind: 'participants-and-hospital-clients', label: 'Participants + hospital clients', value: participants + hospitalClients },
    a['trauma-counselor.caseload'],
    'trauma-counselor.caseload',
    [...participantsTerm, figure('hospitalClients', 'Hospital clients a year', hospitalClients, 'people')],
  );

  let frontlineHeadcount = 0;
  for (const r of roles) frontlineHeadcount += r.headcount;

  // Supervisors: one per N frontline workers, at least the minimum whenever anyone is planned.
  {
    const id = 'supervisor';
    const ratio = a['supervisor.workersPerSupervisor'];
    const driver = { kind: 'frontline-headcount' as const, label: 'Frontline workers', value: frontlineHeadcount };
    if (!a['supervisor.enabled']) {
      addRole(id, driver, ratio, PARAMS['supervisor.workersPerSupervisor'].label, 0, 0, false, disabledWorking(id), disabledWorking(id));
    } else {
      const fte = frontlineHeadcount / ratio;
      const rounded = roundHalfUp(fte);
      const minimum = a['supervisor.minimum'];
      const minimumApplied = frontlineHeadcount > 0 && rounded < minimum;
      const headcount = frontlineHeadcount > 0 ? Math.max(minimum, rounded) : 0;
      addRole(
        id,
        driver,
        ratio,
        PARAMS['supervisor.workersPerSupervisor'].label,
        fte,
        headcount,
        minimumApplied,
        {
          formula: 'Frontline workers ÷ workers per supervisor',
          terms: [figure('frontlineHeadcount', 'Frontline workers', frontlineHeadcount, 'people'), param(a, 'supervisor.workersPerSupervisor')],
        },
        {
          formula: 'Full-time equivalents rounded half up, at least the minimum whenever any frontline worker is planned',
          terms: [figure('role.supervisor.fte', 'Full-time equivalents', fte, 'fte'), param(a, 'supervisor.minimum')],
          ...(minimumApplied ? { note: 'Raised to the minimum: every frontline team needs a supervisor.' } : {}),
        },
      );
    }
  }

  // OVP staff: square-root growth with population from the Norfolk reference, at least the minimum.
  {
    const id = 'ovp-staff';
    const reference = a['ovp-staff.referencePopulation'];
    const atReference = a['ovp-staff.staffAtReference'];
    const driver = { kind: 'population' as const, label: 'Population', value: pop };
    const ratioLabel = `${PARAMS['ovp-staff.staffAtReference'].label} × √(population ÷ reference population)`;
    if (!a['ovp-staff.enabled']) {
      addRole(id, driver, null, ratioLabel, 0, 0, false, disabledWorking(id), disabledWorking(id));
    } else {
      const fte = atReference * Math.sqrt(pop / reference);
      const rounded = roundHalfUp(fte);
      const minimum = a['ovp-staff.minimum'];
      const minimumApplied = rounded < minimum;
      addRole(
        id,
        driver,
        null,
        ratioLabel,
        fte,
        Math.max(minimum, rounded),
        minimumApplied,
        {
          formula: 'Staff at the reference population × √(population ÷ reference population)',
          terms: [field('population', 'Population', pop, 'people'), param(a, 'ovp-staff.staffAtReference'), param(a, 'ovp-staff.referencePopulation')],
        },
        {
          formula: 'Full-time equivalents rounded half up, at least the minimum',
          terms: [figure('role.ovp-staff.fte', 'Full-time equivalents', fte, 'fte'), param(a, 'ovp-staff.minimum')],
          ...(minimumApplied ? { note: 'Raised to the minimum: every place needs someone to coordinate the work.' } : {}),
        },
      );
    }
  }

  working.frontlineHeadcount = {
    label: 'Frontline workers',
    formula: 'Sum of people to hire in every frontline role',
    terms: FRONTLINE_ROLE_IDS.map((id) => figure(`role.${id}.headcount`, ROLES[id].label, roleOf(roles, id).headcount, 'people')),
    value: frontlineHeadcount,
    unit: 'people',
  };

  let totalHeadcount = 0;
  let totalFte = 0;
  let frontlineCost = 0;
  let supervisionCost = 0;
  for (const r of roles) {
    totalHeadcount += r.headcount;
    totalFte += r.fte;
    if (r.budgetLine === 'frontline') frontlineCost += r.cost;
    else supervisionCost += r.cost;
  }
  working.totalHeadcount = {
    label: 'Total staff',
    formula: 'Sum of people to hire in every role',
    terms: roles.map((r) => figure(`role.${r.id}.headcount`, r.label, r.headcount, 'people')),
    value: totalHeadcount,
    unit: 'people',
  };

  // §4 Budget lines.
  const lines: BudgetLinePlan[] = [];
  const addLine = (id: BudgetLineId, amount: number, w: Omit<Working, 'label' | 'value' | 'unit'>) => {
    lines.push({ id, label: BUDGET_LINES[id].label, amount, share: 0 });
    working[`line.${id}`] = { label: BUDGET_LINES[id].label, value: amount, unit: 'usd', ...w };
  };
  const roleCostTerms = (line: 'frontline' | 'supervision-ovp') =>
    roles.filter((r) => r.budgetLine === line).map((r) => figure(`role.${r.id}.cost`, r.label, r.cost, 'usd'));

  addLine('frontline', frontlineCost, { formula: 'Sum of the annual cost of every frontline role', terms: roleCostTerms('frontline') });
  addLine('supervision-ovp', supervisionCost, { formula: 'Annual cost of supervisors + OVP staff', terms: roleCostTerms('supervision-ovp') });
  const staffingCost = frontlineCost + supervisionCost;
  working.staffingCost = {
    label: 'Total staffing cost',
    formula: 'Frontline CVI workers + CVI supervision & OVP staff',
    terms: [figure('line.frontline', 'Frontline CVI workers', frontlineCost, 'usd'), figure('line.supervision-ovp', 'CVI supervision & OVP staff', supervisionCost, 'usd')],
    value: staffingCost,
    unit: 'usd',
  };
  const staffingTerm = figure('staffingCost', 'Total staffing cost', staffingCost, 'usd');
  const training = roundMoney(a.trainingRate * staffingCost);
  addLine('training-ta', training, { formula: 'Training rate × total staffing cost, rounded to whole dollars', terms: [param(a, 'trainingRate'), staffingTerm] });
  const evaluation = roundMoney(a.evaluationRate * staffingCost);
  addLine('data-evaluation', evaluation, { formula: 'Evaluation rate × total staffing cost, rounded to whole dollars', terms: [param(a, 'evaluationRate'), staffingTerm] });
  const wraparound = roundMoney(a.wraparoundPerParticipant * participants);
  addLine('wraparound', wraparound, {
    formula: 'Wraparound per participant × participants, rounded to whole dollars',
    terms: [param(a, 'wraparoundPerParticipant'), figure('participants', 'Participants', participants, 'people')],
  });

  if (a['stipends.enabled']) {
    // Participant support costs: a direct cost, but excluded from MTDC below.
    const stipends = roundMoney(a['stipends.participantShare'] * participants * a['stipends.monthlyAmount'] * a['stipends.months']);
    addLine('stipends', stipends, {
      formula: 'Share of participants paid × participants × monthly stipend × months, rounded to whole dollars',
      terms: [
        param(a, 'stipends.participantShare'),
        figure('participants', 'Participants', participants, 'people'),
        param(a, 'stipends.monthlyAmount'),
        param(a, 'stipends.months'),
      ],
    });
  }
  let wellness = 0;
  if (a['wellness.enabled']) {
    wellness = roundMoney(frontlineHeadcount * a['wellness.perWorker']);
    addLine('wellness', wellness, {
      formula: 'Frontline workers × amount per worker',
      terms: [figure('frontlineHeadcount', 'Frontline workers', frontlineHeadcount, 'people'), param(a, 'wellness.perWorker')],
    });
  }

  const mtdc = modifiedTotalDirectCosts({
    roles,
    cityPersonnelCost: roleOf(roles, 'ovp-staff').cost,
    contractCosts: training + evaluation,
    otherCosts: wraparound + wellness,
    revisedUniformGuidance: a['indirect.revisedUniformGuidance'],
    subawardCount: a['indirect.subawardCount'],
  });
  working.mtdc = {
    label: 'Modified total direct costs (MTDC)',
    formula:
      'OVP staff (city personnel) + the first ' +
      (a['indirect.revisedUniformGuidance'] ? '$50,000' : '$25,000') +
      ' of each subaward (frontline teams and their supervisors) + training & TA + data & evaluation + wraparound + wellness; participant stipends and equipment excluded',
    terms: [
      figure('role.ovp-staff.cost', 'OVP staff', roleOf(roles, 'ovp-staff').cost, 'usd'),
      { name: 'Subawards counted', value: mtdc.subawardsCounted, unit: 'usd' },
      { name: 'Number of subawards', value: mtdc.subawards.length, unit: 'count' },
      param(a, 'indirect.revisedUniformGuidance'),
      param(a, 'indirect.subawardCount'),
      figure('line.training-ta', 'Training & TA', training, 'usd'),
      figure('line.data-evaluation', 'Data & evaluation', evaluation, 'usd'),
      figure('line.wraparound', 'Wraparound services', wraparound, 'usd'),
      { name: 'Worker wellness & safety', value: wellness, unit: 'usd' },
    ],
    value: mtdc.total,
    unit: 'usd',
  };
  if (a['indirect.enabled']) {
    const rate = indirectRate(a);
    addLine('indirect', roundMoney(rate * mtdc.total), {
      formula:
        a['indirect.rateBasis'] === 'negotiated'
          ? 'Negotiated indirect rate × modified total direct costs, rounded to whole dollars'
          : `De minimis rate (${a['indirect.revisedUniformGuidance'] ? '15% for awards on or after 2024-10-01' : '10% for awards before 2024-10-01'}) × modified total direct costs, rounded to whole dollars`,
      terms: [
        param(a, 'indirect.rateBasis'),
        a['indirect.rateBasis'] === 'negotiated' ? param(a, 'indirect.rate') : param(a, 'indirect.revisedUniformGuidance'),
        { name: 'Rate applied', value: rate, unit: 'rate' },
        figure('mtdc', 'Modified total direct costs', mtdc.total, 'usd'),
      ],
    });
  }

  let total = 0;
  for (const line of lines) total += line.amount;
  const sharedLines = lines.map((line) => ({ ...line, share: total > 0 ? line.amount / total : 0 }));
  working.total = {
    label: 'Total annual budget',
    formula: 'Sum of the budget lines',
    terms: lines.map((l) => figure(`line.${l.id}`, l.label, l.amount, 'usd')),
    value: total,
    unit: 'usd',
  };

  const costPerParticipant = participants > 0 ? total / participants : null;
  working.costPerParticipant = {
    label: 'Cost per participant',
    formula: 'Total annual budget ÷ participants',
    terms: [figure('total', 'Total annual budget', total, 'usd'), figure('participants', 'Participants', participants, 'people')],
    value: costPerParticipant,
    unit: 'usd',
    ...(costPerParticipant === null ? { note: 'The plan reaches no participants, so there is no cost per participant.' } : {}),
  };
  const costPerResident = total / pop;
  working.costPerResident = {
    label: 'Cost per resident',
    formula: 'Total annual budget ÷ population',
    terms: [figure('total', 'Total annual budget', total, 'usd'), field('population', 'Population', pop, 'people')],
    value: costPerResident,
    unit: 'usd',
  };
  const staffPer100k = (totalHeadcount / pop) * 100_000;
  working.staffPer100k = {
    label: 'Staff per 100,000 residents',
    formula: 'Total staff ÷ population × 100,000',
    terms: [figure('totalHeadcount', 'Total staff', totalHeadcount, 'people'), field('population', 'Population', pop, 'people')],
    value: staffPer100k,
    unit: 'per-100k',
  };

  return {
    input,
    preset: input.preset,
    assumptions: a,
    overrides: effectiveOverrides(input.preset, overrides),
    highRiskPopulation: highRisk,
    participants,
    hospitalClients,
    hospitalClientsGiven,
    roles,
    frontlineHeadcount,
    totalHeadcount,
    totalFte,
    budget: { lines: sharedLines, staffingCost, mtdc: mtdc.total, subawardsCounted: mtdc.subawardsCounted, total },
    costPerParticipant,
    costPerResident,
    staffPer100k,
    warnings: inputWarnings(input),
    working,
  };
}

/** De minimis rates of 2 CFR 200.414(f): 15% for awards made on or after 2024-10-01, 10% before. */
export function deMinimisRate(revisedUniformGuidance: boolean): number {
  return revisedUniformGuidance ? 0.15 : 0.1;
}

/** The indirect rate a plan applies: the de minimis rate for its award date, or a negotiated rate. */
export function indirectRate(a: Assumptions): number {
  return a['indirect.rateBasis'] === 'negotiated' ? a['indirect.rate'] : deMinimisRate(a['indirect.revisedUniformGuidance']);
}

/** Whole dollars, half up: the one rounding step for money. */
export function roundMoney(amount: number): number {
  return roundHalfUp(amount);
}

export function roleOf(roles: readonly RolePlan[], id: RoleId): RolePlan {
  const role = roles.find((r) => r.id === id);
  if (!role) throw new Error(`plan has no role ${id}`);
  return role;
}

/**
 * The CAPS method for the same place: population method, full reach, preset `caps`, no overrides.
 * Shown beside every plan so a person sees what their choices did to the total.
 */
export function capsReferenceInput(input: PlanInput): PlanInput {
  return { ...input, preset: 'caps', method: 'population', serviceReachPct: 100, localHighRiskCount: input.localHighRiskCount };
}

export function computeCapsReference(input: PlanInput): Plan {
  return computePlan(capsReferenceInput(input));
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

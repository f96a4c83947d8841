// computePlan: a CVI ecosystem for a place (methodology §2–4, and §6 for one year of a multi-year
// plan). Pure and synchronous; every number anyone sees — UI, CLI, exports, print — comes from
// the object it returns, and every figure carries its working so nobody re-derives it.
//
// Money rule: each role's annual cost and each budget line is rounded once, to whole dollars
// (half up), where it is computed; sums are then exact, so the lines always add up to the total
// a person sees. FTE and participants are kept unrounded; headcount is FTE rounded half up.
import { PARAMS, type AssumptionOverrides, type Assumptions, type ParamId, type Source } from './assumptions';
import { inputWarnings, type InputField, type Issue, type PlanInput } from './input';
import { effectiveOverrides, resolveAssumptions, type OverrideNote, type PresetId } from './presets';
import { BUDGET_LINES, FRONTLINE_ROLE_IDS, ROLE_IDS, ROLES, type BudgetLineId, type FrontlineRoleId, type RoleId } from './roles';
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

export type DriverKind = 'participants' | 'hospital-clients' | 'participants-and-hospital-clients' | 'frontline-headcount' | 'population';

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
  /** Annual salary per person after cost of living (and salary growth in later years), before benefits. */
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

/** Which year of a multi-year plan this is (methodology §6); absent for the full-strength plan. */
export interface YearSpec {
  /** k: 0 for the first year. */
  readonly index: number;
  /** Fiscal year, e.g. 2027. */
  readonly fiscalYear: number;
  /** Share of full staffing reached this year, 0–1. */
  readonly share: number;
}

export interface StartupCosts {
  readonly recruitment: number;
  readonly academy: number;
  readonly equipment: number;
}

export interface Plan {
  readonly input: PlanInput;
  readonly preset: PresetId;
  readonly assumptions: Assumptions;
  readonly overrides: readonly OverrideNote[];
  /** The year of a multi-year plan, or null for the plan at full strength. */
  readonly year: YearSpec | null;
  readonly highRiskPopulation: number;
  /** Participants served (in a ramp-up year: the full number × that year's share). */
  readonly participants: number;
  /** Participants when the program is at full strength (equal to participants outside a ramp-up year). */
  readonly participantsAtFullStrength: number;
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
    /** One-time start-up costs by kind (first year of a multi-year plan only), else null. */
    readonly startup: StartupCosts | null;
    readonly total: number;
  };
  /** null when the plan has no participants (reach 0): there is nobody to divide by. */
  readonly costPerParticipant: number | null;
  readonly costPerResident: number;
  readonly staffPer100k: number;
  readonly warnings: readonly Issue[];
  readonly working: Readonly<Record<FigureId, Working>>;
}

/** Relative float-noise allowance of roundHalfUp: a few units in the last place. */
export const ROUNDING_ALLOWANCE_FACTOR = 8 * Number.EPSILON;

/** Round half up, tolerant of floating-point noise (7.4999999999 from 0.5 × 15 stays 7.5 → 8). */
export function roundHalfUp(x: number): number {
  // Keep in step with ROUNDING_ALLOWANCE_FACTOR, which the workbook formulas use.
  // The allowance covers a few units in the last place of x (the noise a chain of multiplications
  // leaves), never a real fraction: $2,249,323,335.4995 still rounds down.
  return Math.floor(x + 0.5 + Math.max(1e-9, Math.abs(x) * ROUNDING_ALLOWANCE_FACTOR));
}

// Parameter keys of each role, built once: planCore looks them up for every role of every plan,
// and building `${id}.salary` afresh each time was about a third of its cost (bench/FINDINGS.md).
const roleKeys = (suffix: string) => Object.fromEntries(ROLE_IDS.map((id) => [id, `${id}.${suffix}`])) as Record<RoleId, ParamId>;
const ENABLED_KEY = roleKeys('enabled');
/** The roles sized by participants ÷ caseload, each with its caseload key. */
const PARTICIPANT_ROLES = (['street-outreach', 'mediator', 'case-manager', 'family-case-manager', 'victim-advocate'] as const).map(
  (id) => [id, `${id}.caseload` as ParamId] as const,
);
const SALARY_KEY = roleKeys('salary');

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

const param = (a: Assumptions, id: ParamId, name?: string): WorkingTerm => ({
  name: name ?? PARAMS[id].label,
  value: a[id],
  unit: termUnit(id),
  param: id,
  source: PARAMS[id].source,
});

const figure = (id: FigureId, name: string, value: number, unit: Unit): WorkingTerm => ({ name, value, unit, figure: id });

const field = (f: InputField, name: string, value: number | null, unit: Unit): WorkingTerm => ({ name, value, unit, field: f });

type Steps = Omit<Working, 'label' | 'value' | 'unit'>;

/** A role's staffing before it is priced. */
interface Staffing {
  id: RoleId;
  enabled: boolean;
  driver: RolePlan['driver'];
  ratio: number | null;
  ratioLabel: string;
  fte: number;
  headcount: number;
  partTimeNeed: boolean;
  minimumApplied: boolean;
  /** Built only when the plan explains itself (computePlan, not computePlanNumbers). */
  fteSteps: () => Steps;
  headcountSteps: () => Steps;
}

/** A plan's numbers without the working behind them: for bulk work (portfolios, Monte Carlo). */
export type PlanNumbers = Omit<Plan, 'working'>;

export function computePlan(input: PlanInput, overrides: AssumptionOverrides = {}, year: YearSpec | null = null): Plan {
  // Numbers now; the working behind them on first read (the UI's "why this number?", an export),
  // from the same implementation with the same arguments — copied, so a caller that later changes
  // its objects cannot make the working disagree with the numbers.
  return planCore({ ...input }, Object.keys(overrides).length > 0 ? { ...overrides } : NO_OVERRIDES, year, false);
}

const NO_OVERRIDES: AssumptionOverrides = Object.freeze({});

/**
 * A plan's `working`, built on first use. It is an own, enumerable property of every plan (so
 * spreads, Object.entries and JSON keep it), holding a proxy that runs planCore with `explain` on
 * the first read of anything in it and from then on behaves as the object that returned.
 */
function lazyWorking(input: PlanInput, overrides: AssumptionOverrides, year: YearSpec | null): Plan['working'] {
  const target = {} as Record<FigureId, Working>;
  let built = false;
  const ready = () => {
    if (!built) {
      built = true;
      Object.assign(target, planCore(input, overrides, year, true).working);
    }
    return target;
  };
  return new Proxy(target, {
    get: (_t, key) => Reflect.get(ready(), key),
    has: (_t, key) => Reflect.has(ready(), key),
    ownKeys: () => Reflect.ownKeys(ready()),
    getOwnPropertyDescriptor: (_t, key) => Reflect.getOwnPropertyDescriptor(ready(), key),
    set: (_t, key, value) => Reflect.set(ready(), key, value),
    defineProperty: (_t, key, descriptor) => Reflect.defineProperty(ready(), key, descriptor),
    deleteProperty: (_t, key) => Reflect.deleteProperty(ready(), key),
  });
}

/**
 * The same computation as computePlan — one implementation — for bulk work (portfolios, Monte
 * Carlo) where nobody will ask "why this number?" of each plan: the arguments are not copied.
 */
export function computePlanNumbers(input: PlanInput, overrides: AssumptionOverrides = {}, year: YearSpec | null = null): PlanNumbers {
  return planCore(input, overrides, year, false);
}

/**
 * The plan. With `explain` it builds every figure's working as it goes; without, `working` is
 * lazyWorking's proxy, which runs the same computation with `explain` on first read and keeps the
 * result — the explanation objects are most of the cost, and most plans are never asked for them.
 */
function planCore(input: PlanInput, overrides: AssumptionOverrides, year: YearSpec | null, explain: boolean): Plan {
  const a = resolveAssumptions(input.preset, overrides);
  const working = {} as Record<FigureId, Working>;
  const pop = input.population;
  const share = year?.share ?? 1;
  const salaryFactor = year ? (1 + a.salaryGrowth) ** year.index : 1;
  const costFactor = year ? (1 + a.costGrowth) ** year.index : 1;
  const yearNote = year ? `${year.fiscalYear}: ${Math.round(share * 1000) / 10}% of full staffing` : '';

  // §2 High-risk population H, participants P, hospital clients C.
  let highRisk: number;
  if (input.method === 'custom') {
    highRisk = input.localHighRiskCount ?? 0;
    if (explain) working.highRiskPopulation = {
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
    if (explain) working.highRiskPopulation = {
      label: 'High-risk population',
      formula: `High-risk share × population × clamp(local rate ÷ reference rate, lowest factor, highest factor), local rate = ${useHomicides ? 'homicides' : 'fatal shooting victims'} per 100,000 residents`,
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
    if (explain) working.highRiskPopulation = {
      label: 'High-risk population',
      formula: 'High-risk share × population',
      terms: [param(a, 'highRiskRate'), field('population', 'Population', pop, 'people')],
      value: highRisk,
      unit: 'people',
    };
  }

  const fullParticipants = (input.serviceReachPct / 100) * highRisk;
  const participants = fullParticipants * share;
  if (explain) working.participants = {
    label: 'Participants',
    formula: year ? 'Service reach × high-risk population × this year’s share of full staffing' : 'Service reach × high-risk population',
    terms: [
      field('serviceReachPct', 'Service reach', input.serviceReachPct / 100, 'rate'),
      figure('highRiskPopulation', 'High-risk population', highRisk, 'people'),
      ...(year ? [{ name: 'Share of full staffing this year', value: share, unit: 'rate' as const }] : []),
    ],
    value: participants,
    unit: 'people',
  };

  const hospitalClientsGiven = input.nonfatalShootings !== null;
  const hospitalClients = hospitalClientsGiven ? (input.hospitalReachPct / 100) * (input.nonfatalShootings ?? 0) : 0;
  if (explain) working.hospitalClients = {
    label: 'Hospital clients a year',
    formula: hospitalClientsGiven ? 'Hospital reach × nonfatal shooting victims' : 'Nonfatal shooting victims not given: no hospital clients counted',
    terms: [
      field('hospitalReachPct', 'Hospital reach', input.hospitalReachPct / 100, 'rate'),
      field('nonfatalShootings', 'Nonfatal shooting victims per year', input.nonfatalShootings, 'people'),
    ],
    value: hospitalClients,
    unit: 'people',
  };

  // §3 Frontline roles at full strength: driver ÷ caseload, rounded half up.
  const staffing: Staffing[] = [];
  const enabledOf = (id: RoleId) => a[ENABLED_KEY[id]] as boolean;
  const disabledSteps = (id: RoleId): Steps => ({
    formula: 'Role switched off in this plan’s assumptions',
    terms: [param(a, ENABLED_KEY[id], 'Include this role')],
  });
  const caseloadRole = (id: FrontlineRoleId, driver: RolePlan['driver'], ratioId: ParamId, driverTerms: () => WorkingTerm[], note?: string) => {
    const ratio = a[ratioId] as number;
    const ratioLabel = PARAMS[ratioId].label;
    if (!enabledOf(id)) {
      staffing.push({ id, enabled: false, driver, ratio, ratioLabel, fte: 0, headcount: 0, partTimeNeed: false, minimumApplied: false, fteSteps: () => disabledSteps(id), headcountSteps: () => disabledSteps(id) });
      return;
    }
    const fte = driver.value / ratio;
    const headcount = roundHalfUp(fte);
    staffing.push({
      id,
      enabled: true,
      driver,
      ratio,
      ratioLabel,
      fte,
      headcount,
      partTimeNeed: fte > 0 && headcount === 0,
      minimumApplied: false,
      fteSteps: () => ({ formula: `${driver.label} ÷ ${ratioLabel.replace(/^.*?: /, '')}`, terms: [...driverTerms(), param(a, ratioId)], ...(note ? { note } : {}) }),
      headcountSteps: () => ({
        formula: 'Full-time equivalents rounded to the nearest whole person (half rounds up)',
        terms: [figure(`role.${id}.fte`, 'Full-time equivalents', fte, 'fte')],
        ...(fte > 0 && headcount === 0 ? { note: 'Less than half a position: reported as a part-time need so the function is not left out.' } : {}),
      }),
    });
  };

  const participantsDriver = { kind: 'participants' as const, label: 'Participants', value: fullParticipants };
  const participantsTerm = () => [figure('participants', 'Participants at full strength', fullParticipants, 'people')];
  for (const [id, caseloadId] of PARTICIPANT_ROLES) caseloadRole(id, participantsDriver, caseloadId, participantsTerm);
  // Hospital responders: hospital clients when the preset says so and the count was given.
  if (a['hospital-responder.driver'] === 'hospital-clients' && hospitalClientsGiven) {
    caseloadRole(
      'hospital-responder',
      { kind: 'hospital-clients', label: 'Hospital clients a year', value: hospitalClients },
      'hospital-responder.clientsPerResponder',
      () => [figure('hospitalClients', 'Hospital clients a year', hospitalClients, 'people')],
    );
  } else {
    const fallback = a['hospital-responder.driver'] === 'hospital-clients';
    caseloadRole(
      'hospital-responder',
      participantsDriver,
      'hospital-responder.caseload',
      participantsTerm,
      fallback ? 'Nonfatal shooting victims were not given, so hospital responders fall back to the CAPS driver (participants).' : undefined,
    );
  }
  caseloadRole(
    'trauma-counselor',
    { kind: 'participants-and-hospital-clients', label: 'Participants + hospital clients', value: fullParticipants + hospitalClients },
    'trauma-counselor.caseload',
    () => [...participantsTerm(), figure('hospitalClients', 'Hospital clients a year', hospitalClients, 'people')],
  );

  // §6 Ramp-up: a year's frontline headcount is the full plan's × that year's share, rounded half up.
  if (year) {
    for (const s of staffing) {
      if (!s.enabled) continue;
      const full = s.headcount;
      s.fte = s.fte * share;
      s.headcount = roundHalfUp(full * share);
      s.partTimeNeed = s.fte > 0 && s.headcount === 0;
      s.headcountSteps = () => ({
        formula: 'People at full strength × this year’s share of full staffing, rounded half up',
        terms: [
          { name: 'People at full strength', value: full, unit: 'people' },
          { name: 'Share of full staffing this year', value: share, unit: 'rate' },
        ],
        note: yearNote,
      });
    }
  }

  let frontlineHeadcount = 0;
  for (const s of staffing) frontlineHeadcount += s.headcount;

  // Supervisors: one per N frontline workers, at least the minimum whenever anyone is planned.
  {
    const ratio = a['supervisor.workersPerSupervisor'];
    const driver = { kind: 'frontline-headcount' as const, label: 'Frontline workers', value: frontlineHeadcount };
    const ratioLabel = PARAMS['supervisor.workersPerSupervisor'].label;
    if (!a['supervisor.enabled']) {
      staffing.push({ id: 'supervisor', enabled: false, driver, ratio, ratioLabel, fte: 0, headcount: 0, partTimeNeed: false, minimumApplied: false, fteSteps: () => disabledSteps('supervisor'), headcountSteps: () => disabledSteps('supervisor') });
    } else {
      const fte = frontlineHeadcount / ratio;
      const rounded = roundHalfUp(fte);
      const minimum = a['supervisor.minimum'];
      const minimumApplied = frontlineHeadcount > 0 && rounded < minimum;
      staffing.push({
        id: 'supervisor',
        enabled: true,
        driver,
        ratio,
        ratioLabel,
        fte,
        headcount: frontlineHeadcount > 0 ? Math.max(minimum, rounded) : 0,
        partTimeNeed: false,
        minimumApplied,
        fteSteps: () => ({
          formula: 'Frontline workers ÷ workers per supervisor',
          terms: [figure('frontlineHeadcount', 'Frontline workers', frontlineHeadcount, 'people'), param(a, 'supervisor.workersPerSupervisor')],
        }),
        headcountSteps: () => ({
          formula: 'Full-time equivalents rounded half up, at least the minimum whenever any frontline worker is planned',
          terms: [figure('role.supervisor.fte', 'Full-time equivalents', fte, 'fte'), param(a, 'supervisor.minimum')],
          ...(minimumApplied ? { note: 'Raised to the minimum: every frontline team needs a supervisor.' } : {}),
        }),
      });
    }
  }

  // OVP staff: square-root growth with population from the Norfolk reference, at least the
  // minimum, and at full strength from the first year.
  {
    const driver = { kind: 'population' as const, label: 'Population', value: pop };
    const ratioLabel = `${PARAMS['ovp-staff.staffAtReference'].label} × √(population ÷ reference population)`;
    if (!a['ovp-staff.enabled']) {
      staffing.push({ id: 'ovp-staff', enabled: false, driver, ratio: null, ratioLabel, fte: 0, headcount: 0, partTimeNeed: false, minimumApplied: false, fteSteps: () => disabledSteps('ovp-staff'), headcountSteps: () => disabledSteps('ovp-staff') });
    } else {
      const fte = a['ovp-staff.staffAtReference'] * Math.sqrt(pop / a['ovp-staff.referencePopulation']);
      const rounded = roundHalfUp(fte);
      const minimum = a['ovp-staff.minimum'];
      const minimumApplied = rounded < minimum;
      staffing.push({
        id: 'ovp-staff',
        enabled: true,
        driver,
        ratio: null,
        ratioLabel,
        fte,
        headcount: Math.max(minimum, rounded),
        partTimeNeed: false,
        minimumApplied,
        fteSteps: () => ({
          formula: 'Staff at the reference population × √(population ÷ reference population)',
          terms: [field('population', 'Population', pop, 'people'), param(a, 'ovp-staff.staffAtReference'), param(a, 'ovp-staff.referencePopulation')],
        }),
        headcountSteps: () => ({
          formula: 'Full-time equivalents rounded half up, at least the minimum',
          terms: [figure('role.ovp-staff.fte', 'Full-time equivalents', fte, 'fte'), param(a, 'ovp-staff.minimum')],
          ...(minimumApplied || year
            ? {
                note: [minimumApplied ? 'Raised to the minimum: every place needs someone to coordinate the work.' : '', year ? 'OVP staff are at full strength from the first year.' : '']
                  .filter(Boolean)
                  .join(' '),
              }
            : {}),
        }),
      });
    }
  }

  // Prices: salary × cost of living (× salary growth in later years) × (1 + fringe).
  const loaded = 1 + a.fringeRate;
  const growthTerms = (factor: number, growthId: ParamId): WorkingTerm[] =>
    year && year.index > 0 ? [param(a, growthId), { name: `Growth over ${year.index} year${year.index === 1 ? '' : 's'}`, value: factor, unit: 'multiplier' }] : [];
  const roles: RolePlan[] = staffing.map((s) => {
    const info = ROLES[s.id];
    const salaryId = SALARY_KEY[s.id];
    const salary = (a[salaryId] as number) * a.costOfLiving * salaryFactor;
    const cost = roundMoney(s.headcount * salary * loaded);
    if (explain) working[`role.${s.id}.fte`] = { label: `${info.label}: full-time equivalents`, value: s.fte, unit: 'fte', ...s.fteSteps() };
    if (explain) working[`role.${s.id}.headcount`] = { label: `${info.label}: people to hire`, value: s.headcount, unit: 'people', ...s.headcountSteps() };
    if (explain) working[`role.${s.id}.salary`] = {
      label: `${info.label}: salary`,
      formula: salaryFactor !== 1 ? 'Salary × cost-of-living multiplier × (1 + salary growth) ^ years' : 'Salary × cost-of-living multiplier',
      terms: [param(a, salaryId, 'Salary (national average)'), param(a, 'costOfLiving', 'Cost-of-living multiplier'), ...growthTerms(salaryFactor, 'salaryGrowth')],
      value: salary,
      unit: 'usd',
    };
    if (explain) working[`role.${s.id}.cost`] = {
      label: `${info.label}: annual cost`,
      formula: 'People × salary × (1 + fringe), rounded to whole dollars',
      terms: [figure(`role.${s.id}.headcount`, 'People', s.headcount, 'people'), figure(`role.${s.id}.salary`, 'Salary', salary, 'usd'), param(a, 'fringeRate', 'Fringe benefits')],
      value: cost,
      unit: 'usd',
    };
    return {
      id: s.id,
      label: info.label,
      capsLabel: info.capsLabel,
      budgetLine: info.budgetLine,
      enabled: s.enabled,
      driver: s.driver,
      ratio: s.ratio,
      ratioLabel: s.ratioLabel,
      fte: s.fte,
      headcount: s.headcount,
      // Any role, supervisors and OVP included, whose need rounds to nobody is flagged.
      partTimeNeed: s.enabled && s.fte > 0 && s.headcount === 0,
      minimumApplied: s.minimumApplied,
      salary,
      cost,
    };
  });

  if (explain) working.frontlineHeadcount = {
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
  if (explain) working.totalHeadcount = {
    label: 'Total staff',
    formula: 'Sum of people to hire in every role',
    terms: roles.map((r) => figure(`role.${r.id}.headcount`, r.label, r.headcount, 'people')),
    value: totalHeadcount,
    unit: 'people',
  };

  // §4 Budget lines.
  const lines: BudgetLinePlan[] = [];
  const addLine = (id: BudgetLineId, amount: number, steps: () => Steps) => {
    lines.push({ id, label: BUDGET_LINES[id].label, amount, share: 0 });
    if (explain) working[`line.${id}`] = { label: BUDGET_LINES[id].label, value: amount, unit: 'usd', ...steps() };
  };
  const roleCostTerms = (line: 'frontline' | 'supervision-ovp') =>
    roles.filter((r) => r.budgetLine === line).map((r) => figure(`role.${r.id}.cost`, r.label, r.cost, 'usd'));
  const costGrowth = growthTerms(costFactor, 'costGrowth');
  const grown = costFactor !== 1 ? ' × (1 + cost growth) ^ years' : '';

  addLine('frontline', frontlineCost, () => ({ formula: 'Sum of the annual cost of every frontline role', terms: roleCostTerms('frontline') }));
  addLine('supervision-ovp', supervisionCost, () => ({ formula: 'Annual cost of supervisors + OVP staff', terms: roleCostTerms('supervision-ovp') }));
  const staffingCost = frontlineCost + supervisionCost;
  if (explain) working.staffingCost = {
    label: 'Total staffing cost',
    formula: 'Frontline CVI workers + CVI supervision & OVP staff',
    terms: [figure('line.frontline', 'Frontline CVI workers', frontlineCost, 'usd'), figure('line.supervision-ovp', 'CVI supervision & OVP staff', supervisionCost, 'usd')],
    value: staffingCost,
    unit: 'usd',
  };
  const staffingTerm = figure('staffingCost', 'Total staffing cost', staffingCost, 'usd');
  const training = roundMoney(a.trainingRate * staffingCost);
  addLine('training-ta', training, () => ({ formula: 'Training rate × total staffing cost, rounded to whole dollars', terms: [param(a, 'trainingRate'), staffingTerm] }));
  const evaluation = roundMoney(a.evaluationRate * staffingCost);
  addLine('data-evaluation', evaluation, () => ({ formula: 'Evaluation rate × total staffing cost, rounded to whole dollars', terms: [param(a, 'evaluationRate'), staffingTerm] }));
  const participantsFigure = figure('participants', 'Participants', participants, 'people');
  const wraparound = roundMoney(a.wraparoundPerParticipant * participants * costFactor);
  addLine('wraparound', wraparound, () => ({
    formula: `Wraparound per participant × participants${grown}, rounded to whole dollars`,
    terms: [param(a, 'wraparoundPerParticipant'), participantsFigure, ...costGrowth],
  }));
  if (a['stipends.enabled']) {
    // Participant support costs: a direct cost, but excluded from MTDC below.
    const stipends = roundMoney(a['stipends.participantShare'] * participants * a['stipends.monthlyAmount'] * a['stipends.months'] * costFactor);
    addLine('stipends', stipends, () => ({
      formula: `Share of participants paid × participants × monthly stipend × months${grown}, rounded to whole dollars`,
      terms: [param(a, 'stipends.participantShare'), participantsFigure, param(a, 'stipends.monthlyAmount'), param(a, 'stipends.months'), ...costGrowth],
    }));
  }
  let wellness = 0;
  if (a['wellness.enabled']) {
    wellness = roundMoney(frontlineHeadcount * a['wellness.perWorker'] * costFactor);
    addLine('wellness', wellness, () => ({
      formula: `Frontline workers × amount per worker${grown}, rounded to whole dollars`,
      terms: [figure('frontlineHeadcount', 'Frontline workers', frontlineHeadcount, 'people'), param(a, 'wellness.perWorker'), ...costGrowth],
    }));
  }
  let startup: StartupCosts | null = null;
  if (year && year.index === 0 && a['startup.enabled']) {
    startup = {
      recruitment: roundMoney(totalHeadcount * a['startup.recruitmentPerHire']),
      academy: roundMoney(frontlineHeadcount * a['startup.academyPerWorker']),
      equipment: roundMoney(totalHeadcount * a['startup.equipmentPerWorker']),
    };
  }

  const ovpCost = roleOf(roles, 'ovp-staff').cost;
  const startupTotal = startup ? startup.recruitment + startup.academy + startup.equipment : 0;
  const mtdc = modifiedTotalDirectCosts({
    roles,
    cityPersonnelCost: ovpCost,
    contractCosts: training + evaluation + (startup?.academy ?? 0),
    // Start-up equipment is below the federal equipment threshold per unit: supplies, which count.
    otherCosts: wraparound + wellness + (startup ? startup.recruitment + startup.equipment : 0),
    revisedUniformGuidance: a['indirect.revisedUniformGuidance'],
    subawardCount: a['indirect.subawardCount'],
  });
  if (explain) working.mtdc = {
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
      ...(startup ? [{ name: 'Start-up costs', value: startupTotal, unit: 'usd' as const }] : []),
    ],
    value: mtdc.total,
    unit: 'usd',
  };
  if (a['indirect.enabled']) {
    const rate = indirectRate(a);
    addLine('indirect', roundMoney(rate * mtdc.total), () => ({
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
    }));
  }
  if (startup) {
    addLine('startup', startupTotal, () => ({
      formula: 'People hired × recruitment per hire + frontline workers × academy per worker + people × equipment per person (first year only)',
      terms: [
        figure('totalHeadcount', 'People hired this year', totalHeadcount, 'people'),
        param(a, 'startup.recruitmentPerHire'),
        figure('frontlineHeadcount', 'Frontline workers', frontlineHeadcount, 'people'),
        param(a, 'startup.academyPerWorker'),
        param(a, 'startup.equipmentPerWorker'),
      ],
    }));
  }

  let total = 0;
  for (const line of lines) total += line.amount;
  const sharedLines = lines.map((line) => ({ ...line, share: total > 0 ? line.amount / total : 0 }));
  if (explain) working.total = {
    label: year ? `Total budget, ${year.fiscalYear}` : 'Total annual budget',
    formula: 'Sum of the budget lines',
    terms: lines.map((l) => figure(`line.${l.id}`, l.label, l.amount, 'usd')),
    value: total,
    unit: 'usd',
  };

  // A participant count so small that the division overflows is no participant count at all.
  const perParticipant = participants > 0 ? total / participants : null;
  const costPerParticipant = perParticipant !== null && Number.isFinite(perParticipant) ? perParticipant : null;
  if (explain) working.costPerParticipant = {
    label: 'Cost per participant',
    formula: 'Total annual budget ÷ participants',
    terms: [figure('total', 'Total annual budget', total, 'usd'), participantsFigure],
    value: costPerParticipant,
    unit: 'usd',
    ...(costPerParticipant === null ? { note: 'The plan reaches no participants (or too few to divide by), so there is no cost per participant.' } : {}),
  };
  const costPerResident = total / pop;
  if (explain) working.costPerResident = {
    label: 'Cost per resident',
    formula: 'Total annual budget ÷ population',
    terms: [figure('total', 'Total annual budget', total, 'usd'), field('population', 'Population', pop, 'people')],
    value: costPerResident,
    unit: 'usd',
  };
  const staffPer100k = (totalHeadcount / pop) * 100_000;
  if (explain) working.staffPer100k = {
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
    year,
    highRiskPopulation: highRisk,
    participants,
    participantsAtFullStrength: fullParticipants,
    hospitalClients,
    hospitalClientsGiven,
    roles,
    frontlineHeadcount,
    totalHeadcount,
    totalFte,
    budget: { lines: sharedLines, staffingCost, mtdc: mtdc.total, subawardsCounted: mtdc.subawardsCounted, startup, total },
    costPerParticipant,
    costPerResident,
    staffPer100k,
    warnings: inputWarnings(input),
    working: explain ? working : lazyWorking(input, overrides, year),
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

/**
 * Whole dollars, half up: the one rounding step for money. The exported workbook writes the same
 * rule as ROUND(x + MAX(1E-9, ABS(x)·8ε), 0) (see exports/workbook.ts), so floating-point noise —
 * 340,812.49999999994 for 133 × $2,500 × 1.025 — rounds the same way in the app and in a sheet.
 */
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

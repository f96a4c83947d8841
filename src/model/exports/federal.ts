// The OJP Budget Detail Worksheet (docs/methodology.md §10) built from a plan: categories A–J with the
// suggested mapping, personnel rows, federal and non-federal columns, MTDC and the indirect line.
// Its total is the plan's total; the indirect line (J) is the plan's indirect line. Federal and
// non-federal are only money a funding source has committed; the rest of the budget is "not yet
// funded", its own amount, never counted as match. The budget narrative is in narrative.ts.
import { indirectRate, participantServicesParam, roundMoney, type Plan, type RolePlan } from '../plan';
import { formatInteger, formatPercent, formatQuantity, formatUsd } from '../format';
import { frontlineSubawards, subawardThreshold } from '../mtdc';
import { ROLES, type BudgetLineId } from '../roles';

export const BDW_CATEGORIES = [
  { id: 'A', name: 'Personnel' },
  { id: 'B', name: 'Fringe Benefits' },
  { id: 'C', name: 'Travel' },
  { id: 'D', name: 'Equipment' },
  { id: 'E', name: 'Supplies' },
  { id: 'F', name: 'Construction' },
  { id: 'G', name: 'Subawards' },
  { id: 'H', name: 'Procurement Contracts' },
  { id: 'I', name: 'Other Costs' },
  { id: 'J', name: 'Indirect Costs' },
] as const;
export type BdwCategoryId = (typeof BDW_CATEGORIES)[number]['id'];

export interface PersonnelDetail {
  readonly position: string;
  readonly salary: number;
  readonly basis: 'Yearly';
  readonly percentTime: number;
  readonly months: number;
  readonly positions: number;
}

export interface BdwRow {
  readonly category: BdwCategoryId;
  readonly description: string;
  /** How the amount is computed, in words, for reviewers and the narrative. */
  readonly computation: string;
  readonly cost: number;
  /** Paid by federal funding sources. */
  readonly federal: number;
  /** Paid by committed non-federal sources (the match). */
  readonly nonFederal: number;
  /** The part no funding source covers yet: cost − federal − non-federal. */
  readonly notYetFunded: number;
  readonly personnel?: PersonnelDetail;
  /** The plan budget line this row comes from. */
  readonly line?: BudgetLineId;
}

export interface BdwCategory {
  readonly id: BdwCategoryId;
  readonly name: string;
  readonly rows: readonly BdwRow[];
  readonly total: number;
  readonly federal: number;
  readonly nonFederal: number;
  readonly notYetFunded: number;
}

export interface BudgetDetailWorksheet {
  readonly yearLabel: string;
  readonly categories: readonly BdwCategory[];
  readonly total: number;
  readonly federal: number;
  readonly nonFederal: number;
  readonly notYetFunded: number;
  /** False when the plan has no funding sources: the whole budget is then the federal request. */
  readonly fromFundingSources: boolean;
  /** The kinds of non-federal source committed this year ("City general fund"), for the narrative. */
  readonly nonFederalSources: readonly string[];
  readonly mtdc: number;
  readonly indirectRate: number;
  readonly indirectEnabled: boolean;
  readonly subawardThreshold: number;
  readonly awardOnOrAfter20241001: boolean;
  readonly equipmentThreshold: number;
}

/** People are whole in a document; the amount uses the plan's unrounded expected enrollment. */
const ESTIMATE = ' (computed on the expected enrollment before rounding to whole people)';

export const lineAmount = (plan: Plan, id: BudgetLineId) => plan.budget.lines.find((l) => l.id === id)?.amount ?? 0;

type CostRow = Omit<BdwRow, 'federal' | 'nonFederal' | 'notYetFunded'>;
const costRow = (row: CostRow): CostRow => row;

/** The money committed to one budget year, whole dollars (from the plan's funding sources). */
export interface YearFunding {
  /** Federal money applied to the year (at most its total). */
  readonly federal: number;
  /** Non-federal money applied to the year (at most what federal money leaves). */
  readonly nonFederal: number;
  /** The kinds of non-federal source that pay it ("City general fund"). */
  readonly nonFederalSources: readonly string[];
}

/**
 * Whole-dollar parts of whole-dollar costs, in proportion, adding up exactly to `amount` (at most
 * the costs' sum): each part is the rounded running share less the parts before it, so no part is
 * negative or more than its cost.
 */
function proportionalParts(costs: readonly number[], amount: number): number[] {
  const total = costs.reduce((sum, c) => sum + c, 0);
  let running = 0;
  let given = 0;
  return costs.map((c) => {
    running += c;
    const upTo = total > 0 ? Math.round((running * amount) / total) : 0;
    const part = upTo - given;
    given = upTo;
    return part;
  });
}

/** Whole-dollar amounts that add up exactly to `total` (the last takes the rounding remainder). */
function wholeDollars(exact: readonly number[], total: number): number[] {
  let allocated = 0;
  return exact.map((x, i) => {
    const amount = i === exact.length - 1 ? total - allocated : Math.round(x);
    allocated += amount;
    return amount;
  });
}

function teamComputation(plan: Plan, role: RolePlan): string {
  const perSupervisor = formatQuantity(plan.assumptions['supervisor.workersPerSupervisor']);
  const sites = `${formatInteger(plan.sites)} site${plan.sites === 1 ? '' : 's'}`;
  const ratio =
    role.id === 'supervisor'
      ? role.perSite !== null
        ? `, ${formatQuantity(role.perSite)} per site at ${sites} plus one per ${perSupervisor} frontline workers outside the site teams`
        : `, one per ${perSupervisor} frontline workers`
      : role.driver.kind === 'sites'
        ? `, ${formatQuantity(role.perSite ?? 0)} per site at ${sites}`
        : role.ratio === null
          ? ''
          : `, caseload ${formatQuantity(role.ratio)} per worker`;
  // A ramp-up year staffs a share of full strength: said, so the count and its basis agree.
  const share = plan.year && plan.year.share !== 1 && role.id !== 'ovp-staff' ? `, × ${formatPercent(plan.year.share)} ramp-up` : '';
  return `${role.headcount} × ${formatUsd(role.salary)} salary × (1 + ${formatPercent(plan.assumptions.fringeRate)} fringe)${ratio}${share}`;
}

/**
 * The worksheet for one budget year. `funding` is the money the plan's funding sources commit to
 * this year; without funding sources the whole budget is the federal request, as
 * docs/methodology.md §10 says ("all federal unless the plan says otherwise").
 */
export function budgetDetailWorksheet(plan: Plan, yearLabel = plan.year ? `FY${plan.year.fiscalYear}` : 'Year 1', funding?: YearFunding): BudgetDetailWorksheet {
  const a = plan.assumptions;
  const ovp = plan.roles.find((r) => r.id === 'ovp-staff');
  const supervisors = plan.roles.find((r) => r.id === 'supervisor');
  const rows: CostRow[] = [];

  // A and B: city-employed OVP staff. A is salary; B is the rest of the role's (rounded) cost so
  // that A + B is exactly the plan's OVP cost.
  if (ovp && ovp.headcount > 0) {
    const salaries = roundMoney(ovp.salary * ovp.headcount);
    rows.push(
      costRow({
        category: 'A',
        description: `${ROLES['ovp-staff'].label} (${ovp.headcount} position${ovp.headcount === 1 ? '' : 's'})`,
        computation: `${ovp.headcount} × ${formatUsd(ovp.salary)} a year × 100% time × 12 months${a.costOfLiving === 1 ? '' : ` (national average ${formatUsd(a['ovp-staff.salary'])} × cost-of-living multiplier ${formatQuantity(a.costOfLiving)})`}`,
        cost: salaries,
        personnel: { position: ROLES['ovp-staff'].label, salary: ovp.salary, basis: 'Yearly', percentTime: 1, months: 12, positions: ovp.headcount },
        line: 'supervision-ovp',
      }),
      costRow({
        category: 'B',
        description: `Fringe benefits for ${ROLES['ovp-staff'].label.toLowerCase()}`,
        computation: `${formatPercent(a.fringeRate)} of ${formatUsd(salaries)} salaries`,
        cost: ovp.cost - salaries,
        line: 'supervision-ovp',
      }),
    );
  }

  // G: community organizations delivering the frontline work and its supervision.
  const count = a['indirect.subawardCount'];
  const subawards = frontlineSubawards(plan.roles, count);
  const subawarded = subawards.reduce((sum, s) => sum + s.amount, 0);
  const amounts = wholeDollars(subawards.map((s) => s.amount), subawarded);
  const teams = [...plan.roles.filter((r) => r.budgetLine === 'frontline' && r.headcount > 0), ...(supervisors && supervisors.headcount > 0 ? [supervisors] : [])];
  subawards.forEach((s, i) => {
    const team = count > 0 ? undefined : teams[i];
    rows.push(
      costRow({
        category: 'G',
        description: team ? (team.id === 'supervisor' ? `Subaward: CVI supervision (${team.headcount} supervisors)` : `Subaward: ${team.label} team (${team.headcount} workers)`) : `Subaward: ${s.label}`,
        computation: team
          ? teamComputation(plan, team)
          : `An equal share of the frontline teams and their supervision (${formatInteger(plan.frontlineHeadcount)} workers, ${supervisors?.headcount ?? 0} supervisors) across ${count} organizations`,
        cost: amounts[i] ?? 0,
        line: team?.id === 'supervisor' ? 'supervision-ovp' : 'frontline',
      }),
    );
  });

  // H: procurement contracts.
  const staffing = formatUsd(plan.budget.staffingCost);
  if (lineAmount(plan, 'training-ta') > 0)
    rows.push(costRow({ category: 'H', description: 'Staff training & technical assistance', computation: `${formatPercent(a.trainingRate)} of total staffing cost ${staffing}`, cost: lineAmount(plan, 'training-ta'), line: 'training-ta' }));
  if (lineAmount(plan, 'data-evaluation') > 0)
    rows.push(costRow({ category: 'H', description: 'Data & evaluation', computation: `${formatPercent(a.evaluationRate)} of total staffing cost ${staffing}`, cost: lineAmount(plan, 'data-evaluation'), line: 'data-evaluation' }));

  // I: other costs.
  if (lineAmount(plan, 'wraparound') > 0)
    rows.push(costRow({ category: 'I', description: a.staffingModel === 'sites' ? 'Direct assistance to participants' : 'Wraparound services for participants and their families', computation: `${formatUsd(a[participantServicesParam(a)])} per participant for about ${formatInteger(plan.participants)} participants${ESTIMATE}`, cost: lineAmount(plan, 'wraparound'), line: 'wraparound' }));
  if (lineAmount(plan, 'stipends') > 0)
    rows.push(costRow({ category: 'I', description: 'Participant support costs: stipends', computation: `${formatPercent(a['stipends.participantShare'])} of about ${formatInteger(plan.participants)} participants${ESTIMATE}, ${formatUsd(a['stipends.monthlyAmount'])} a month for ${a['stipends.months']} months`, cost: lineAmount(plan, 'stipends'), line: 'stipends' }));
  if (lineAmount(plan, 'wellness') > 0)
    rows.push(costRow({ category: 'I', description: 'Worker wellness & safety', computation: `${formatInteger(plan.frontlineHeadcount)} frontline workers × ${formatUsd(a['wellness.perWorker'])}`, cost: lineAmount(plan, 'wellness'), line: 'wellness' }));

  // One-time start-up costs (first year of a multi-year plan): the academy is a contract (H),
  // equipment below the per-unit threshold is supplies (E), recruitment is another cost (I).
  const startup = plan.budget.startup;
  if (startup) {
    if (startup.academy > 0)
      rows.push(costRow({ category: 'H', description: 'Start-up: training academy', computation: `${formatInteger(plan.frontlineHeadcount)} frontline workers × ${formatUsd(a['startup.academyPerWorker'])}`, cost: startup.academy, line: 'startup' }));
    if (startup.equipment > 0)
      rows.push(costRow({ category: 'E', description: 'Start-up: phones, laptops and safety gear (each unit below the equipment threshold)', computation: `${formatInteger(plan.totalHeadcount)} people × ${formatUsd(a['startup.equipmentPerWorker'])}`, cost: startup.equipment, line: 'startup' }));
    if (startup.recruitment > 0)
      rows.push(costRow({ category: 'I', description: 'Start-up: recruitment and hiring', computation: `${formatInteger(plan.totalHeadcount)} people hired × ${formatUsd(a['startup.recruitmentPerHire'])}`, cost: startup.recruitment, line: 'startup' }));
  }

  // J: indirect, the plan's own line.
  const indirectEnabled = plan.budget.lines.some((l) => l.id === 'indirect');
  const rate = indirectRate(a);
  if (indirectEnabled)
    rows.push(
      costRow({
        category: 'J',
        description: a['indirect.rateBasis'] === 'negotiated' ? 'Indirect costs at the negotiated rate' : 'Indirect costs at the de minimis rate',
        computation: `${formatPercent(rate)} × modified total direct costs ${formatUsd(plan.budget.mtdc)}`,
        cost: lineAmount(plan, 'indirect'),
        line: 'indirect',
      }),
    );

  // Federal, non-federal and not yet funded: whole dollars, each row's share in proportion to its
  // cost, every column adding up exactly to the money committed.
  const total = rows.reduce((sum, r) => sum + r.cost, 0);
  const federalTotal = Math.min(total, Math.max(0, funding ? funding.federal : total));
  const nonFederalTotal = Math.min(total - federalTotal, Math.max(0, funding?.nonFederal ?? 0));
  const federalRows = proportionalParts(rows.map((r) => r.cost), federalTotal);
  const nonFederalRows = proportionalParts(rows.map((r, i) => r.cost - (federalRows[i] ?? 0)), nonFederalTotal);
  const split: BdwRow[] = rows.map((r, i) => {
    const federal = federalRows[i] ?? 0;
    const nonFederal = nonFederalRows[i] ?? 0;
    return { ...r, federal, nonFederal, notYetFunded: r.cost - federal - nonFederal };
  });

  const categories: BdwCategory[] = BDW_CATEGORIES.map((c) => {
    const mine = split.filter((r) => r.category === c.id);
    return {
      id: c.id,
      name: c.name,
      rows: mine,
      total: mine.reduce((s, r) => s + r.cost, 0),
      federal: mine.reduce((s, r) => s + r.federal, 0),
      nonFederal: mine.reduce((s, r) => s + r.nonFederal, 0),
      notYetFunded: mine.reduce((s, r) => s + r.notYetFunded, 0),
    };
  });
  const revised = a['indirect.revisedUniformGuidance'];
  return {
    yearLabel,
    categories,
    total,
    federal: categories.reduce((s, c) => s + c.federal, 0),
    nonFederal: categories.reduce((s, c) => s + c.nonFederal, 0),
    notYetFunded: categories.reduce((s, c) => s + c.notYetFunded, 0),
    fromFundingSources: funding !== undefined,
    nonFederalSources: funding?.nonFederalSources ?? [],
    mtdc: plan.budget.mtdc,
    indirectRate: indirectEnabled ? rate : 0,
    indirectEnabled,
    subawardThreshold: subawardThreshold(revised),
    awardOnOrAfter20241001: revised,
    equipmentThreshold: revised ? 10_000 : 5_000,
  };
}


// The OJP Budget Detail Worksheet (docs/methodology.md §10) built from a plan: categories A–J with the
// suggested mapping, personnel rows, federal and non-federal columns, MTDC and the indirect line.
// Its total is the plan's total; the indirect line (J) is the plan's indirect line.
import { PARAMS, roleParam } from '../assumptions';
import { deMinimisRate, explainPlan, indirectRate, roundMoney, type Plan, type RolePlan } from '../plan';
import { formatInteger, formatPercent, formatQuantity, formatUsd } from '../format';
import { frontlineSubawards, subawardThreshold } from '../mtdc';
import { ROLES, type BudgetLineId } from '../roles';
import type { MultiYearPlan } from '../multiYear';

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
  readonly federal: number;
  readonly nonFederal: number;
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
}

export interface BudgetDetailWorksheet {
  readonly yearLabel: string;
  readonly categories: readonly BdwCategory[];
  readonly total: number;
  readonly federal: number;
  readonly nonFederal: number;
  readonly mtdc: number;
  readonly indirectRate: number;
  readonly indirectEnabled: boolean;
  readonly subawardThreshold: number;
  readonly awardOnOrAfter20241001: boolean;
  readonly equipmentThreshold: number;
}

const lineAmount = (plan: Plan, id: BudgetLineId) => plan.budget.lines.find((l) => l.id === id)?.amount ?? 0;

const allFederal = (row: Omit<BdwRow, 'federal' | 'nonFederal'>): BdwRow => ({ ...row, federal: row.cost, nonFederal: 0 });

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
  const ratio = role.id === 'supervisor' ? `, one per ${formatQuantity(plan.assumptions['supervisor.workersPerSupervisor'])} frontline workers` : role.ratio === null ? '' : `, caseload ${formatQuantity(role.ratio)} per worker`;
  return `${role.headcount} × ${formatUsd(role.salary)} salary × (1 + ${formatPercent(plan.assumptions.fringeRate)} fringe)${ratio}`;
}

/**
 * The worksheet for one budget year. `federalShare` is the share of this year's budget paid with
 * federal money (from the plan's funding sources); without funding sources the whole request is
 * federal, as docs/methodology.md §10 says ("all federal unless the plan says otherwise").
 */
export function budgetDetailWorksheet(plan: Plan, yearLabel = plan.year ? `FY${plan.year.fiscalYear}` : 'Year 1', federalShare = 1): BudgetDetailWorksheet {
  const a = plan.assumptions;
  const ovp = plan.roles.find((r) => r.id === 'ovp-staff');
  const supervisors = plan.roles.find((r) => r.id === 'supervisor');
  const rows: BdwRow[] = [];

  // A and B: city-employed OVP staff. A is salary; B is the rest of the role's (rounded) cost so
  // that A + B is exactly the plan's OVP cost.
  if (ovp && ovp.headcount > 0) {
    const salaries = roundMoney(ovp.salary * ovp.headcount);
    rows.push(
      allFederal({
        category: 'A',
        description: `${ROLES['ovp-staff'].label} (${ovp.headcount} position${ovp.headcount === 1 ? '' : 's'})`,
        computation: `${ovp.headcount} × ${formatUsd(ovp.salary)} a year × 100% time × 12 months`,
        cost: salaries,
        personnel: { position: ROLES['ovp-staff'].label, salary: ovp.salary, basis: 'Yearly', percentTime: 1, months: 12, positions: ovp.headcount },
        line: 'supervision-ovp',
      }),
      allFederal({
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
      allFederal({
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
    rows.push(allFederal({ category: 'H', description: 'Staff training & technical assistance', computation: `${formatPercent(a.trainingRate)} of total staffing cost ${staffing}`, cost: lineAmount(plan, 'training-ta'), line: 'training-ta' }));
  if (lineAmount(plan, 'data-evaluation') > 0)
    rows.push(allFederal({ category: 'H', description: 'Data & evaluation', computation: `${formatPercent(a.evaluationRate)} of total staffing cost ${staffing}`, cost: lineAmount(plan, 'data-evaluation'), line: 'data-evaluation' }));

  // I: other costs.
  if (lineAmount(plan, 'wraparound') > 0)
    rows.push(allFederal({ category: 'I', description: 'Wraparound services for participants and their families', computation: `${formatUsd(a.wraparoundPerParticipant)} × ${formatQuantity(plan.participants)} participants`, cost: lineAmount(plan, 'wraparound'), line: 'wraparound' }));
  if (lineAmount(plan, 'stipends') > 0)
    rows.push(allFederal({ category: 'I', description: 'Participant support costs: stipends', computation: `${formatPercent(a['stipends.participantShare'])} of ${formatQuantity(plan.participants)} participants × ${formatUsd(a['stipends.monthlyAmount'])} a month × ${a['stipends.months']} months`, cost: lineAmount(plan, 'stipends'), line: 'stipends' }));
  if (lineAmount(plan, 'wellness') > 0)
    rows.push(allFederal({ category: 'I', description: 'Worker wellness & safety', computation: `${formatInteger(plan.frontlineHeadcount)} frontline workers × ${formatUsd(a['wellness.perWorker'])}`, cost: lineAmount(plan, 'wellness'), line: 'wellness' }));

  // One-time start-up costs (first year of a multi-year plan): the academy is a contract (H),
  // equipment below the per-unit threshold is supplies (E), recruitment is another cost (I).
  const startup = plan.budget.startup;
  if (startup) {
    if (startup.academy > 0)
      rows.push(allFederal({ category: 'H', description: 'Start-up: training academy', computation: `${formatInteger(plan.frontlineHeadcount)} frontline workers × ${formatUsd(a['startup.academyPerWorker'])}`, cost: startup.academy, line: 'startup' }));
    if (startup.equipment > 0)
      rows.push(allFederal({ category: 'E', description: 'Start-up: phones, laptops and safety gear (each unit below the equipment threshold)', computation: `${formatInteger(plan.totalHeadcount)} people × ${formatUsd(a['startup.equipmentPerWorker'])}`, cost: startup.equipment, line: 'startup' }));
    if (startup.recruitment > 0)
      rows.push(allFederal({ category: 'I', description: 'Start-up: recruitment and hiring', computation: `${formatInteger(plan.totalHeadcount)} people hired × ${formatUsd(a['startup.recruitmentPerHire'])}`, cost: startup.recruitment, line: 'startup' }));
  }

  // J: indirect, the plan's own line.
  const indirectEnabled = plan.budget.lines.some((l) => l.id === 'indirect');
  const rate = indirectRate(a);
  if (indirectEnabled)
    rows.push(
      allFederal({
        category: 'J',
        description: a['indirect.rateBasis'] === 'negotiated' ? 'Indirect costs at the negotiated rate' : 'Indirect costs at the de minimis rate',
        computation: `${formatPercent(rate)} × modified total direct costs ${formatUsd(plan.budget.mtdc)}`,
        cost: lineAmount(plan, 'indirect'),
        line: 'indirect',
      }),
    );

  // Federal and non-federal columns: whole dollars, the federal part of every row in proportion,
  // with the rounding remainder on the last row so the federal total is exact.
  const total = rows.reduce((sum, r) => sum + r.cost, 0);
  const federalTotal = roundMoney(total * Math.min(1, Math.max(0, federalShare)));
  const federalRows = wholeDollars(rows.map((r) => (total > 0 ? (r.cost * federalTotal) / total : 0)), federalTotal);
  const split = rows.map((r, i) => ({ ...r, federal: federalRows[i] ?? 0, nonFederal: r.cost - (federalRows[i] ?? 0) }));

  const categories: BdwCategory[] = BDW_CATEGORIES.map((c) => {
    const mine = split.filter((r) => r.category === c.id);
    return {
      id: c.id,
      name: c.name,
      rows: mine,
      total: mine.reduce((s, r) => s + r.cost, 0),
      federal: mine.reduce((s, r) => s + r.federal, 0),
      nonFederal: mine.reduce((s, r) => s + r.nonFederal, 0),
    };
  });
  const revised = a['indirect.revisedUniformGuidance'];
  return {
    yearLabel,
    categories,
    total,
    federal: categories.reduce((s, c) => s + c.federal, 0),
    nonFederal: categories.reduce((s, c) => s + c.nonFederal, 0),
    mtdc: plan.budget.mtdc,
    indirectRate: indirectEnabled ? rate : 0,
    indirectEnabled,
    subawardThreshold: subawardThreshold(revised),
    awardOnOrAfter20241001: revised,
    equipmentThreshold: revised ? 10_000 : 5_000,
  };
}

/** The budget narrative a federal application asks for, one paragraph per category with costs. */
export function budgetNarrative(
  plan: Plan,
  bdw: BudgetDetailWorksheet = budgetDetailWorksheet(plan),
  multi?: MultiYearPlan,
): { title: string; sections: { heading: string; text: string }[] } {
  const a = plan.assumptions;
  const place = [plan.input.placeName, plan.input.state].filter(Boolean).join(', ') || 'the jurisdiction';
  const src = (id: keyof typeof PARAMS) => `${PARAMS[id].source.label}: ${PARAMS[id].source.citation}`;
  const sections: { heading: string; text: string }[] = [];
  const cat = (id: BdwCategoryId) => bdw.categories.find((c) => c.id === id);
  const money = (id: BdwCategoryId) => {
    const c = cat(id);
    return c ? `${formatUsd(c.total)} (federal ${formatUsd(c.federal)}, non-federal ${formatUsd(c.nonFederal)})` : '';
  };

  const highRisk = `an estimated high-risk population of ${formatQuantity(plan.highRiskPopulation)} (${explainPlan(plan).highRiskPopulation.formula.toLowerCase()})`;
  const reach = plan.year
    ? `In ${plan.year.fiscalYear}, at ${formatPercent(plan.year.share)} of full strength, it serves about ${formatInteger(Math.round(plan.participants))} participants; at full strength it serves about ${formatInteger(Math.round(plan.participantsAtFullStrength))}, ${formatPercent(plan.input.serviceReachPct / 100)} of ${highRisk}`
    : `It serves about ${formatInteger(Math.round(plan.participants))} participants — ${formatPercent(plan.input.serviceReachPct / 100)} of ${highRisk}`;
  sections.push({
    heading: 'Overview',
    text: `This budget (${bdw.yearLabel}) of ${formatUsd(bdw.total)} funds a community violence intervention ecosystem for ${place} (population ${formatInteger(plan.input.population)}). ${reach} — with ${formatInteger(plan.totalHeadcount)} staff. Staffing is sized by caseload: each role's full-time equivalents are its driver divided by a caseload, rounded to whole people. Amounts are whole dollars.`,
  });

  if (multi && multi.years.length > 1) {
    const byYear = multi.years.map((y) => `${y.year?.fiscalYear}: ${formatUsd(y.budget.total)} at ${formatPercent(y.year?.share ?? 1)} of full staffing (${formatInteger(y.totalHeadcount)} staff)`).join('; ');
    sections.push({
      heading: `Budget by year — ${formatUsd(multi.cumulativeTotal)} over ${multi.years.length} years`,
      text: `Staffing ramps up over the period: ${byYear}. Each year's frontline positions are the full plan's × that year's share, rounded to whole people; supervisors follow the year's frontline staff; Office of Violence Prevention staff are at full strength from the first year. Salaries grow ${formatPercent(a.salaryGrowth)} a year and other costs ${formatPercent(a.costGrowth)} a year (${src('salaryGrowth')}). The categories below describe ${bdw.yearLabel}.`,
    });
  }
  const ovp = plan.roles.find((r) => r.id === 'ovp-staff');
  if (cat('A')?.rows.length && ovp) {
    sections.push({
      heading: `A. Personnel — ${money('A')}`,
      text: `The city's Office of Violence Prevention employs ${ovp.headcount} staff at ${formatUsd(ovp.salary)} a year each (100% time, 12 months) to contract with and coordinate community organizations, align police, hospitals and schools, manage data and report to the public. The number of positions is ${formatQuantity(a['ovp-staff.staffAtReference'])} × √(population ÷ ${formatInteger(a['ovp-staff.referencePopulation'])}) rounded, at least ${a['ovp-staff.minimum']} (${src('ovp-staff.staffAtReference')}). Salary: ${formatUsd(a['ovp-staff.salary'])} national average × cost-of-living multiplier ${formatQuantity(a.costOfLiving)} (${src('ovp-staff.salary')}).`,
    });
    sections.push({
      heading: `B. Fringe Benefits — ${money('B')}`,
      text: `Fringe benefits are ${formatPercent(a.fringeRate)} of salary (${src('fringeRate')}).`,
    });
  }
  for (const id of ['C', 'D', 'E', 'F'] as const) {
    if (!cat(id)?.rows.length) continue;
    sections.push({ heading: `${id}. ${cat(id)?.name} — ${money(id)}`, text: cat(id)?.rows.map((r) => `${r.description}: ${r.computation}.`).join(' ') ?? '' });
  }
  if (cat('G')?.rows.length) {
    const roles = plan.roles.filter((r) => r.budgetLine === 'frontline' && r.headcount > 0);
    const sup = plan.roles.find((r) => r.id === 'supervisor');
    const roleText = roles
      .map((r) => `${r.headcount} ${r.label.toLowerCase()} (${r.driver.label.toLowerCase()} ${formatQuantity(r.driver.value)} ÷ caseload ${formatQuantity(r.ratio ?? 0)}; salary ${formatUsd(r.salary)}; ${PARAMS[roleParam(r.id, 'salary')].source.label})`)
      .join('; ');
    sections.push({
      heading: `G. Subawards — ${money('G')}`,
      text: `Community organizations deliver the frontline work under ${cat('G')?.rows.length} subaward${cat('G')?.rows.length === 1 ? '' : 's'}: ${roleText}. ${sup && sup.headcount > 0 ? `${sup.headcount} CVI supervisors at ${formatUsd(sup.salary)} (one per ${formatQuantity(a['supervisor.workersPerSupervisor'])} frontline workers, ${PARAMS['supervisor.workersPerSupervisor'].source.label}) are funded as their own subaward for supervision. ` : ''}Each position's cost is salary × (1 + ${formatPercent(a.fringeRate)} fringe). Caseloads: ${src('street-outreach.caseload')}`,
    });
  }
  if (cat('H')?.rows.length) {
    sections.push({
      heading: `H. Procurement Contracts — ${money('H')}`,
      text: cat('H')?.rows.map((r) => `${r.description}: ${formatUsd(r.cost)}, ${r.computation}.`).join(' ') + ` Rates: ${src('trainingRate')} ${src('evaluationRate')}`,
    });
  }
  if (cat('I')?.rows.length) {
    const parts = cat('I')?.rows.map((r) => `${r.description}: ${formatUsd(r.cost)}, ${r.computation}.`).join(' ') ?? '';
    const sources = [
      lineAmount(plan, 'wraparound') > 0 ? `Wraparound rate — ${src('wraparoundPerParticipant')}` : '',
      lineAmount(plan, 'stipends') > 0 ? `Stipends — ${src('stipends.enabled')} Amounts: ${src('stipends.monthlyAmount')}` : '',
      lineAmount(plan, 'wellness') > 0 ? `Wellness — ${src('wellness.perWorker')}` : '',
    ].filter(Boolean);
    sections.push({ heading: `I. Other Costs — ${money('I')}`, text: `${parts} ${sources.join(' ')}` });
  }
  if (bdw.indirectEnabled) {
    sections.push({
      heading: `J. Indirect Costs — ${money('J')}`,
      text: `${a['indirect.rateBasis'] === 'negotiated' ? `A negotiated indirect rate of ${formatPercent(bdw.indirectRate)}` : `The de minimis rate of ${formatPercent(deMinimisRate(bdw.awardOnOrAfter20241001))} for an award made ${bdw.awardOnOrAfter20241001 ? 'on or after' : 'before'} 2024-10-01 (2 CFR 200.414(f))`} applies to modified total direct costs of ${formatUsd(bdw.mtdc)}. MTDC counts personnel and fringe, contracts and other direct costs, and only the first ${formatUsd(bdw.subawardThreshold)} of each subaward; it excludes participant support costs (stipends) and equipment.`,
    });
  }
  return { title: `Budget narrative — ${place}, ${bdw.yearLabel}`, sections };
}

export function narrativeText(n: { title: string; sections: { heading: string; text: string }[] }): string {
  return [`# ${n.title}`, '', ...n.sections.flatMap((s) => [`## ${s.heading}`, '', s.text, ''])].join('\n');
}

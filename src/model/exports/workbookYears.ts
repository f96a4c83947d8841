// The live workbook's sheets beyond the plan at full strength: one sheet per fiscal year of a
// multi-year plan (issue 5's rules as formulas over the full-strength sheets), the funding by year
// with the gap, and the hires needed against the staff the place has today.
import type { ParamId } from '../assumptions';
import { budgetLineLabel, explainPlan, type Plan, type YearSpec } from '../plan';
import { FUNDING_KIND_LABELS, isActive, type CurrentStaffing, type FundingSource } from '../funding';
import { fiscalYearOf, type MultiYearPlan } from '../multiYear';
import { BUDGET_LINE_IDS, FRONTLINE_ROLE_IDS, type BudgetLineId, type RoleId } from '../roles';
import type { AssumptionRefs, BudgetRefs, StaffingRefs } from './workbook';
import { col, empty, formula, money, num, SheetBuilder, text, type SheetSpec } from './workbookSpec';

/** A year sheet's total: the sheet's name, a reference to its total and the total itself. */
export interface YearTotal {
  readonly label: string;
  readonly ref: string;
  readonly value: number;
}

/** One fiscal year of a multi-year plan as a live sheet over the full-strength sheets. */
export function yearSheet(
  y: Plan,
  year: YearSpec,
  live: { readonly assumptions: AssumptionRefs; readonly staffing: StaffingRefs; readonly budget: BudgetRefs },
): { spec: SheetSpec; total: YearTotal } {
  const { assumptions, budget } = live;
  const P = (id: ParamId) => assumptions.param[id];
  const partic = assumptions.participants;
  const roleRefs = live.staffing.role;
  const fringe = P('fringeRate');
  const count = P('indirect.subawardCount');
  const threshold = budget.threshold;
  const ys = new SheetBuilder(`FY${year.fiscalYear}`, [
    { header: 'Item', width: 44 },
    { header: 'Id', width: 20 },
    { header: 'People', width: 10 },
    { header: 'Salary', width: 14 },
    { header: 'Amount', width: 16 },
    { header: 'How it is computed', width: 80 },
  ]);
  ys.add([text('Fiscal year'), text('fiscal-year'), empty, empty, num(year.fiscalYear, 'text'), empty]);
  const rShare = ys.add([text('Share of full staffing (edit to change this year)'), text('share'), empty, empty, num(year.share, 'pct'), text('Frontline people = full-strength people × this share, rounded half up')]);
  const rK = ys.add([text('Years since the first year'), text('k'), empty, empty, num(year.index, 'int'), text('Salary and cost growth compound over these years')]);
  const share = ys.ref(4, rShare);
  const k = ys.ref(4, rK);
  const salaryGrowth = `(1+${P('salaryGrowth')})^${k}`;
  const costGrowth = `(1+${P('costGrowth')})^${k}`;
  const firstRole = ys.rows.length + 2;
  const lastFrontlineRow = firstRole + FRONTLINE_ROLE_IDS.length - 1;
  const yFrontline = `SUM(${ys.ref(2, firstRole)}:${ys.ref(2, lastFrontlineRow, false)})`;
  const yRole = {} as Record<RoleId, { people: string; cost: string }>;
  for (const r of y.roles) {
    const row = ys.rows.length + 2;
    const full = roleRefs[r.id];
    let people: string;
    if (r.id === 'supervisor') {
      // docs/methodology.md §11: under site teams, site supervisors ramp like the teams and the rest
      // of the frontline has its own supervision (at least the minimum when there is any).
      const sitesMode = `${P('staffingModel')}="sites"`;
      const yTeam = `(${(['street-outreach', 'mediator', 'trauma-counselor'] as const).map((id) => yRole[id].people).join('+')})`;
      const ySiteSupervisors = `IF(AND(${sitesMode},${yTeam}>0),ROUND(${assumptions.sites}*${P('sites.supervisors')}*${share},0),0)`;
      const supervised = `(${yFrontline}-IF(${sitesMode},${yTeam},0))`;
      people = `IF(${P('supervisor.enabled')},${ySiteSupervisors}+IF(${supervised}>0,MAX(${P('supervisor.minimum')},ROUND(${supervised}/${P('supervisor.workersPerSupervisor')},0)),0),0)`;
    } else if (r.id === 'ovp-staff') {
      people = full.headcount;
    } else {
      people = `ROUND(${full.headcount}*${share},0)`;
    }
    ys.add([
      text(r.label),
      text(r.id),
      formula(people, r.headcount, 'int'),
      formula(`${full.salary}*${salaryGrowth}`, r.salary, 'usd'),
      formula(money(`${ys.ref(2, row, false)}*${ys.ref(3, row, false)}*(1+${fringe})`), r.cost, 'usd'),
      text(r.id === 'ovp-staff' ? 'Full strength from the first year' : r.id === 'supervisor' ? (r.perSite !== null ? 'Site supervisors × share, plus one per workers per supervisor outside the site teams (at least the minimum)' : 'One per frontline workers per supervisor, at least the minimum') : 'Full-strength people × share'),
    ]);
    yRole[r.id] = { people: ys.ref(2, row), cost: ys.ref(4, row) };
  }
  const yTotalPeople = `SUM(${ys.ref(2, firstRole)}:${ys.ref(2, ys.rows.length + 1, false)})`;
  const yAmount = (id: BudgetLineId) => y.budget.lines.find((l) => l.id === id)?.amount ?? 0;
  const lineStart = ys.rows.length + 2;
  const yLineRow = {} as Record<BudgetLineId, number>;
  BUDGET_LINE_IDS.forEach((id, i) => (yLineRow[id] = lineStart + i));
  const yTotalRow = lineStart + BUDGET_LINE_IDS.length;
  const yStaffingRow = yTotalRow + 1;
  const yCountedRow = yStaffingRow + 1;
  const yMtdcRow = yCountedRow + 1;
  const YL = (id: BudgetLineId) => ys.ref(4, yLineRow[id], false);
  const yStaffing = ys.ref(4, yStaffingRow, false);
  const yFrontlineCosts = `SUM(${ys.ref(4, firstRole)}:${ys.ref(4, lastFrontlineRow, false)})`;
  const yPerTeam = [...FRONTLINE_ROLE_IDS, 'supervisor' as const].map((id) => `IF(${yRole[id].people}>0,MIN(${yRole[id].cost},${threshold}),0)`).join('+');
  const ySubawarded = `(${yFrontlineCosts}+${yRole.supervisor.cost})`;
  const yParticipants = `${partic}*${share}`;
  const yFormulas: Record<BudgetLineId, string> = {
    frontline: yFrontlineCosts,
    'supervision-ovp': `${yRole.supervisor.cost}+${yRole['ovp-staff'].cost}`,
    'training-ta': money(`${P('trainingRate')}*${yStaffing}`),
    'data-evaluation': money(`${P('evaluationRate')}*${yStaffing}`),
    wraparound: money(`IF(${P('staffingModel')}="sites",${P('directAssistancePerParticipant')},${P('wraparoundPerParticipant')})*${yParticipants}*${costGrowth}`),
    stipends: `IF(${P('stipends.enabled')},${money(`${P('stipends.participantShare')}*${yParticipants}*${P('stipends.monthlyAmount')}*${P('stipends.months')}*${costGrowth}`)},0)`,
    wellness: `IF(${P('wellness.enabled')},${money(`${yFrontline}*${P('wellness.perWorker')}*${costGrowth}`)},0)`,
    indirect: `IF(${P('indirect.enabled')},${money(`${budget.rate}*${ys.ref(4, yMtdcRow, false)}`)},0)`,
    startup: `IF(AND(${k}=0,${P('startup.enabled')}),${money(`${yTotalPeople}*${P('startup.recruitmentPerHire')}`)}+${money(`${yFrontline}*${P('startup.academyPerWorker')}`)}+${money(`${yTotalPeople}*${P('startup.equipmentPerWorker')}`)},0)`,
  };
  for (const id of BUDGET_LINE_IDS) {
    const on = y.budget.lines.some((l) => l.id === id);
    ys.add([text(budgetLineLabel(id, y.assumptions)), text(id), empty, empty, formula(yFormulas[id], yAmount(id), 'usd'), text(on ? explainPlan(y)[`line.${id}`].formula : 'Off in this plan')]);
  }
  ys.add([text('Total', true), text('total'), empty, empty, formula(`SUM(${ys.ref(4, lineStart, false)}:${ys.ref(4, yTotalRow - 1, false)})`, y.budget.total, 'usd', true), text('Sum of the lines above')]);
  ys.add([text('Total staffing cost'), text('staffing'), empty, empty, formula(`${YL('frontline')}+${YL('supervision-ovp')}`, y.budget.staffingCost, 'usd'), text('Base of the training and evaluation rates')]);
  ys.add([text('Subawards counted in MTDC'), text('subawards-counted'), empty, empty, formula(money(`IF(${count}>0,IF(${ySubawarded}>0,${count}*MIN(${ySubawarded}/${count},${threshold}),0),${yPerTeam})`), y.budget.subawardsCounted, 'usd'), text('The first part of each subaward')]);
  ys.add([
    text('Modified total direct costs (MTDC)'),
    text('mtdc'),
    empty,
    empty,
    formula(`${yRole['ovp-staff'].cost}+${ys.ref(4, yCountedRow, false)}+${YL('training-ta')}+${YL('data-evaluation')}+${YL('wraparound')}+${YL('wellness')}+${YL('startup')}`, y.budget.mtdc, 'usd'),
    text(explainPlan(y).mtdc.formula),
  ]);
  return { spec: ys.spec(), total: { label: ys.name, ref: ys.ref(4, yTotalRow), value: y.budget.total } };
}

/** Funding by year and the gap: the sources are values, the totals and gaps formulas over the year sheets. */
export function fundingSheet(multi: MultiYearPlan, sources: readonly FundingSource[], yearTotals: readonly YearTotal[]): SheetSpec {
  const years = multi.years.map((_, i) => fiscalYearOf(multi, i));
  const fu = new SheetBuilder('Funding', [
    { header: 'Source', width: 36 },
    { header: 'Kind', width: 24 },
    ...years.map((fy) => ({ header: `FY${fy}`, width: 16 })),
  ]);
  const first = 2;
  for (const src of sources) {
    fu.add([text(src.name), text(FUNDING_KIND_LABELS[src.kind]), ...years.map((fy) => num(isActive(src, fy) ? src.annualAmount : 0, 'usd'))]);
  }
  const last = fu.rows.length + 1;
  const colOf = (i: number) => col(i + 2);
  const funded = years.map((fy) => sources.reduce((sum, src) => sum + (isActive(src, fy) ? src.annualAmount : 0), 0));
  const budget = yearTotals.map((y) => y.value);
  const rFunded = fu.add([text('Funded', true), empty, ...years.map((_, i) => formula(`SUM(${colOf(i)}${first}:${colOf(i)}${last})`, funded[i] ?? 0, 'usd', true))]);
  const rBudget = fu.add([text('Budget', true), empty, ...yearTotals.map((y) => formula(y.ref, y.value, 'usd', true))]);
  fu.add([text('Unfunded gap', true), empty, ...years.map((_, i) => formula(`MAX(0,${colOf(i)}${rBudget}-${colOf(i)}${rFunded})`, Math.max(0, (budget[i] ?? 0) - (funded[i] ?? 0)), 'usd', true))]);
  fu.add([
    text('Funded share'),
    empty,
    ...years.map((_, i) => formula(`IF(${colOf(i)}${rBudget}>0,MIN(1,${colOf(i)}${rFunded}/${colOf(i)}${rBudget}),1)`, (budget[i] ?? 0) > 0 ? Math.min(1, (funded[i] ?? 0) / (budget[i] ?? 1)) : 1, 'pct')),
  ]);
  return fu.spec();
}

/** Hires needed per role: the full plan's people (a formula over Staffing) less the staff today. */
export function hiresSheet(plan: Plan, currentStaffing: CurrentStaffing, staffing: StaffingRefs): SheetSpec {
  const roleRefs = staffing.role;
  const hi = new SheetBuilder('Hires', [
    { header: 'Role', width: 40 },
    { header: 'Planned', width: 12 },
    { header: 'Current', width: 12 },
    { header: 'Hires needed', width: 14 },
  ]);
  for (const r of plan.roles) {
    const row = hi.rows.length + 2;
    const current = currentStaffing[r.id] ?? 0;
    hi.add([text(r.label), formula(roleRefs[r.id].headcount, r.headcount, 'int'), num(current, 'int'), formula(`MAX(0,B${row}-C${row})`, Math.max(0, r.headcount - current), 'int')]);
  }
  return hi.spec();
}

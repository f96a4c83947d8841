// The Excel workbook as a pure description: sheets, cells, live formulas and the app's own values
// cached beside them. A finance officer who changes a salary on the Assumptions sheet sees every
// figure move; a reader without recalculation still sees the app's numbers. The exceljs writer
// (xlsxWriter.ts) turns this into a file and is loaded only when someone exports.
import { PARAMS, PARAM_IDS, roleParam, type ParamId } from '../assumptions';
import { HIGH_RISK_METHOD_LABELS } from '../input';
import { INPUT_LABELS } from '../inputFields';
import { PRESETS } from '../presets';
import { BUDGET_LINE_IDS, FRONTLINE_ROLE_IDS, ROLE_IDS, ROLES, type BudgetLineId, type RoleId } from '../roles';
import { budgetLineDescription, budgetLineLabel, capsParticipantsNote, capsReferenceLabel, capsReferenceOf, CASE_MANAGEMENT_ROLES, explainPlan, indirectRate, SITE_TEAM_PARAM, type Plan } from '../plan';
import { formatInteger } from '../format';
import { readerCitation } from '../paramSpec';
import { subawardThreshold } from '../mtdc';
import type { MultiYearPlan } from '../multiYear';
import type { CurrentStaffing, FundingSource } from '../funding';
import type { BenchmarkFile } from '../benchmarks';
import { fundingSheet, hiresSheet, yearSheet, type YearTotal } from './workbookYears';
import { benchmarksSheet } from './workbookBenchmarks';
import { abbreviationsUsed, empty, formula, money, num, SheetBuilder, text, type CellFormat, type CellSpec, type WorkbookSpec } from './workbookSpec';

export type { CellFormat, CellSpec, SheetSpec, WorkbookSpec } from './workbookSpec';

/**
 * Counts of people show as whole people; the cell keeps the exact estimate so every formula that
 * reads it (staff, wraparound) recalculates exactly as the planner computes.
 */
const PEOPLE_NOTE = 'Shown as whole people; the cell holds the unrounded estimate the formulas use';

function paramFormat(id: ParamId): CellFormat {
  const unit = PARAMS[id].unit;
  return unit === 'rate' ? 'pct' : unit === 'usd' ? 'usd' : unit === 'switch' || unit === 'choice' ? 'text' : 'dec2';
}

export interface WorkbookRefs {
  readonly input: Record<'population' | 'homicides' | 'fatalShootings' | 'nonfatalShootings' | 'serviceReach' | 'hospitalReach' | 'method' | 'localHighRiskCount', string>;
  readonly highRisk: string;
  readonly participants: string;
  readonly hospitalClients: string;
  /** Sites of the site-based staffing model (0 under caseloads). */
  readonly sites: string;
  readonly param: Record<ParamId, string>;
  readonly role: Record<RoleId, { fte: string; headcount: string; salary: string; cost: string }>;
  readonly line: Record<BudgetLineId, string>;
  readonly total: string;
  readonly totalHeadcount: string;
}

/** Everything the spreadsheet needs to recompute the plan, with each default's source beside it. */
export interface WorkbookExtras {
  /** A multi-year plan: one live sheet per fiscal year and the cumulative total on Summary. */
  readonly multi?: MultiYearPlan;
  /** Funding sources (with the multi-year plan): a Funding sheet with the gap by year. */
  readonly fundingSources?: readonly FundingSource[];
  /** Current staffing: a Hires sheet with hires needed per role. */
  readonly currentStaffing?: CurrentStaffing;
  /** The benchmarks of the reality check (docs/methodology.md §12): a Benchmarks sheet. */
  readonly benchmarks?: BenchmarkFile;
}

/** The Assumptions sheet's cells the other sheets refer to. */
export type AssumptionRefs = Pick<WorkbookRefs, 'input' | 'highRisk' | 'participants' | 'hospitalClients' | 'sites' | 'param'>;

/** The Staffing sheet's cells the other sheets refer to. */
export interface StaffingRefs {
  readonly role: WorkbookRefs['role'];
  /** Sum of the frontline roles' people, and of their annual costs. */
  readonly frontlinePeople: string;
  readonly frontlineCosts: string;
  readonly totalHeadcount: string;
}

/** The Budget sheet's cells the other sheets refer to. */
export interface BudgetRefs {
  readonly line: Record<BudgetLineId, string>;
  readonly total: string;
  /** The indirect rate applied. */
  readonly rate: string;
  /** The part of each subaward MTDC counts (by award date), as a formula. */
  readonly threshold: string;
}

/** The Assumptions sheet: the inputs, the derived populations and every parameter. */
function assumptionsSheet(plan: Plan): { sheet: SheetBuilder; refs: AssumptionRefs } {
  const a = plan.assumptions;
  const input = plan.input;
  const as = new SheetBuilder('Assumptions', [
    { header: 'Item', width: 58 },
    { header: 'Value', width: 16 },
    { header: 'Source', width: 16 },
    { header: 'Citation', width: 90 },
    { header: 'Parameter id', width: 34 },
  ]);
  as.add([text('Inputs', true)]);
  const inputRow = (label: string, cell: CellSpec, note = 'Entered by the planner'): number => as.add([text(label), cell, text('input'), text(note)]);
  inputRow(INPUT_LABELS.placeName, text(input.placeName));
  inputRow(INPUT_LABELS.state, text(input.state));
  const rPop = inputRow(INPUT_LABELS.population, num(input.population, 'int'));
  const rHom = inputRow(INPUT_LABELS.homicides, num(input.homicides, 'int'), 'Blank = not given');
  const rFatal = inputRow(INPUT_LABELS.fatalShootings, num(input.fatalShootings, 'int'), 'Blank = not given');
  const rNonfatal = inputRow(INPUT_LABELS.nonfatalShootings, num(input.nonfatalShootings, 'int'), 'Blank = not given (hospital responders then follow participants)');
  const rReach = inputRow('Service reach', num(input.serviceReachPct / 100, 'pct'));
  const rHospReach = inputRow('Hospital reach', num(input.hospitalReachPct / 100, 'pct'), 'assumption: half of nonfatal shooting victims enroll (default)');
  const rMethod = inputRow(`${INPUT_LABELS.method} (population, violence-adjusted or custom)`, text(input.method), HIGH_RISK_METHOD_LABELS[input.method]);
  const rLocal = inputRow(INPUT_LABELS.localHighRiskCount, num(input.localHighRiskCount, 'int'), 'Used by the custom method');
  inputRow(INPUT_LABELS.preset, text(PRESETS[plan.preset].label), PRESETS[plan.preset].description);

  as.add([text('Parameters', true)]);
  const paramRef = {} as Record<ParamId, string>;
  for (const id of PARAM_IDS) {
    const spec = PARAMS[id];
    const value = a[id];
    const cell: CellSpec = typeof value === 'number' ? num(value, paramFormat(id)) : typeof value === 'boolean' ? { v: value } : text(value);
    const row = as.add([text(spec.label), cell, text(spec.source.label), text(readerCitation(spec.source.citation)), text(id)]);
    paramRef[id] = as.ref(1, row);
  }
  const P = (id: ParamId) => paramRef[id];
  const pop = as.ref(1, rPop);
  const hom = as.ref(1, rHom);
  const fatal = as.ref(1, rFatal);
  const nonfatal = as.ref(1, rNonfatal);
  const method = as.ref(1, rMethod);

  as.add([text('Derived', true)]);
  const violenceAdjusted = `${P('highRiskRate')}*${pop}*MIN(${P('violenceFactorMax')},MAX(${P('violenceFactorMin')},(IF(ISNUMBER(${hom}),${hom},${fatal})/${pop}*100000)/${P('violenceReferenceRate')}))`;
  const rH = as.add([
    text('High-risk population'),
    formula(`IF(${method}="custom",${as.ref(1, rLocal)},IF(${method}="violence-adjusted",${violenceAdjusted},${P('highRiskRate')}*${pop}))`, plan.highRiskPopulation, 'int'),
    text('formula'),
    text(explainPlan(plan).highRiskPopulation.formula),
  ]);
  const H = as.ref(1, rH);
  const rP = as.add([text('Participants'), formula(`${as.ref(1, rReach)}*${H}`, plan.participants, 'int'), text('formula'), text(explainPlan(plan).participants.formula)]);
  const partic = as.ref(1, rP);
  const rC = as.add([
    text('Hospital clients a year'),
    formula(`IF(ISNUMBER(${nonfatal}),${as.ref(1, rHospReach)}*${nonfatal},0)`, plan.hospitalClients, 'int'),
    text('formula'),
    text('Hospital reach × nonfatal shooting victims (0 when not given)'),
  ]);
  const clients = as.ref(1, rC);
  const rS = as.add([
    text('Sites'),
    formula(`IF(AND(${P('staffingModel')}="sites",${partic}>0),MAX(0,ROUNDUP(${partic}/${P('sites.participantsPerSite')}-0.000000001,0)),0)`, plan.sites, 'int'),
    text('formula'),
    text('Site teams only: participants ÷ participants per site, rounded up to a whole site (0 under the caseload model)'),
  ]);
  const refs: AssumptionRefs = {
    input: {
      population: pop,
      homicides: hom,
      fatalShootings: fatal,
      nonfatalShootings: nonfatal,
      serviceReach: as.ref(1, rReach),
      hospitalReach: as.ref(1, rHospReach),
      method,
      localHighRiskCount: as.ref(1, rLocal),
    },
    highRisk: H,
    participants: partic,
    hospitalClients: clients,
    sites: as.ref(1, rS),
    param: paramRef,
  };
  return { sheet: as, refs };
}

/** The Staffing sheet: FTE and headcount from the drivers and caseloads on the Assumptions sheet. */
function staffingSheet(plan: Plan, as: AssumptionRefs): { sheet: SheetBuilder; refs: StaffingRefs } {
  const P = (id: ParamId) => as.param[id];
  const pop = as.input.population;
  const nonfatal = as.input.nonfatalShootings;
  const partic = as.participants;
  const clients = as.hospitalClients;
  const st = new SheetBuilder('Staffing', [
    { header: 'Role', width: 40 },
    { header: 'Role id', width: 20 },
    { header: 'Driver', width: 30 },
    { header: 'Driver value', width: 14 },
    { header: 'Caseload (or per site)', width: 12 },
    { header: 'FTE', width: 10 },
    { header: 'People', width: 10 },
    { header: 'Salary', width: 14 },
    { header: 'Annual cost', width: 16 },
    { header: 'Included', width: 10 },
    { header: 'Note', width: 18 },
    { header: 'CAPS label', width: 40 },
  ]);
  const firstFrontline = 2;
  const lastFrontline = firstFrontline + FRONTLINE_ROLE_IDS.length - 1;
  const frontlinePeople = `SUM(${st.ref(6, firstFrontline)}:${st.ref(6, lastFrontline, false)})`;
  const frontlineCosts = `SUM(${st.ref(8, firstFrontline)}:${st.ref(8, lastFrontline, false)})`;
  const roleRefs = {} as WorkbookRefs['role'];
  const fringe = P('fringeRate');
  // docs/methodology.md §11: under site teams, street outreach, interrupters and trauma counselors
  // are sites × people per site, site supervisors come on top of the other supervision, and the
  // case-management roles wait for their switch. Every formula holds both models, so changing the
  // staffing model on the Assumptions sheet recalculates the plan.
  const sitesMode = `${P('staffingModel')}="sites"`;
  const peopleOf = (id: RoleId) => st.ref(6, ROLE_IDS.indexOf(id) + 2, false);
  const siteTeam = `(${(['street-outreach', 'mediator', 'trauma-counselor'] as const).map(peopleOf).join('+')})`;
  const siteSupervisors = `IF(AND(${sitesMode},${siteTeam}>0),${as.sites}*${P('sites.supervisors')},0)`;
  for (const r of plan.roles) {
    // Each role's formulas follow its sizing in the role table (docs/methodology.md §3).
    const sizing = ROLES[r.id].sizing;
    const K = (key: string) => P(roleParam(r.id, key));
    const row = st.rows.length + 2;
    const here = (c: number) => st.ref(c, row, false);
    const enabled = CASE_MANAGEMENT_ROLES.includes(r.id)
      ? `AND(${P(roleParam(r.id, 'enabled'))},OR(NOT(${sitesMode}),${P('sites.caseManagement')}))`
      : P(roleParam(r.id, 'enabled'));
    const perSite = SITE_TEAM_PARAM[r.id];
    let driver: CellSpec;
    let ratio: CellSpec;
    let fte: CellSpec;
    let people: CellSpec;
    if (sizing === 'frontline-headcount') {
      driver = formula(`IF(${sitesMode},${frontlinePeople}-${siteTeam},${frontlinePeople})`, r.driver.value, 'int');
      ratio = formula(K('workersPerSupervisor'), r.ratio, 'dec2');
      fte = formula(`IF(${here(9)},${here(3)}/${here(4)}+${siteSupervisors},0)`, r.fte, 'dec2');
      people = formula(`IF(${here(9)},${siteSupervisors}+IF(${here(3)}>0,MAX(${K('minimum')},ROUND(${here(3)}/${here(4)},0)),0),0)`, r.headcount, 'int');
    } else if (sizing === 'population') {
      driver = formula(pop, r.driver.value, 'int');
      ratio = text('√ population');
      fte = formula(`IF(${here(9)},${K('staffAtReference')}*SQRT(${here(3)}/${K('referencePopulation')}),0)`, r.fte, 'dec2');
      people = formula(`IF(${here(9)},MAX(${K('minimum')},ROUND(${here(5)},0)),0)`, r.headcount, 'int');
    } else {
      if (sizing === 'participants-or-hospital-clients') {
        const hospitalFromClients = `AND(${K('driver')}="hospital-clients",ISNUMBER(${nonfatal}))`;
        driver = formula(`IF(${hospitalFromClients},${clients},${partic})`, r.driver.value, 'int');
        ratio = formula(`IF(${hospitalFromClients},${K('clientsPerResponder')},${K('caseload')})`, r.ratio, 'dec2');
      } else if (sizing === 'participants-and-hospital-clients') {
        driver = formula(`${partic}+${clients}`, r.driver.value, 'int');
        ratio = formula(K('caseload'), r.ratio, 'dec2');
      } else {
        driver = formula(partic, r.driver.value, 'int');
        ratio = formula(K('caseload'), r.ratio, 'dec2');
      }
      if (perSite !== undefined) {
        // A site-team role: sites × people per site under site teams, its caseload otherwise.
        driver = formula(`IF(${sitesMode},${as.sites},${driver.f})`, r.driver.value, 'int');
        ratio = formula(`IF(${sitesMode},${P(perSite)},${ratio.f})`, r.ratio ?? r.perSite, 'dec2');
        fte = formula(`IF(${here(9)},IF(${sitesMode},${here(3)}*${here(4)},${here(3)}/${here(4)}),0)`, r.fte, 'dec2');
      } else {
        fte = formula(`IF(${here(9)},${here(3)}/${here(4)},0)`, r.fte, 'dec2');
      }
      people = formula(`ROUND(${here(5)},0)`, r.headcount, 'int');
    }
    st.add([
      text(r.label),
      text(r.id),
      text(r.driver.label),
      driver,
      ratio,
      fte,
      people,
      formula(`${P(roleParam(r.id, 'salary'))}*${P('costOfLiving')}`, r.salary, 'usd'),
      formula(money(`${here(6)}*${here(7)}*(1+${fringe})`), r.cost, 'usd'),
      formula(enabled, r.enabled, 'text'),
      formula(`IF(AND(${here(5)}>0,${here(6)}=0),"part-time need","")`, r.partTimeNeed ? 'part-time need' : '', 'text'),
      text(r.capsLabel ?? '—'),
    ]);
    roleRefs[r.id] = { fte: st.ref(5, row), headcount: st.ref(6, row), salary: st.ref(7, row), cost: st.ref(8, row) };
  }
  const lastRole = st.rows.length + 1;
  const totalStaffRow = st.add([
    text('Total', true),
    empty,
    empty,
    empty,
    empty,
    formula(`SUM(${st.ref(5, 2, false)}:${st.ref(5, lastRole, false)})`, plan.totalFte, 'dec2', true),
    formula(`SUM(${st.ref(6, 2, false)}:${st.ref(6, lastRole, false)})`, plan.totalHeadcount, 'int', true),
    empty,
    formula(`SUM(${st.ref(8, 2, false)}:${st.ref(8, lastRole, false)})`, plan.budget.staffingCost, 'usd', true),
  ]);
  const totalHeadcount = st.ref(6, totalStaffRow);
  return { sheet: st, refs: { role: roleRefs, frontlinePeople, frontlineCosts, totalHeadcount } };
}

/** The Budget sheet: every line and the total as formulas, and the MTDC working. */
function budgetSheet(plan: Plan, as: AssumptionRefs, st: StaffingRefs): { sheet: SheetBuilder; refs: BudgetRefs } {
  const a = plan.assumptions;
  const P = (id: ParamId) => as.param[id];
  const partic = as.participants;
  const { role: roleRefs, frontlinePeople, frontlineCosts } = st;
  const bu = new SheetBuilder('Budget', [
    { header: 'Line', width: 40 },
    { header: 'Line id', width: 18 },
    { header: 'Amount', width: 18 },
    { header: 'How it is computed', width: 90 },
  ]);
  const lineRow = {} as Record<BudgetLineId, number>;
  // Rows are laid out first so formulas can refer to rows below (the MTDC working).
  BUDGET_LINE_IDS.forEach((id, i) => (lineRow[id] = i + 2));
  const totalRow = BUDGET_LINE_IDS.length + 2;
  const staffingRow = totalRow + 2;
  const countedRow = staffingRow + 1;
  const mtdcRow = countedRow + 1;
  const rateRow = mtdcRow + 1;
  const L = (id: BudgetLineId) => bu.ref(2, lineRow[id], false);
  const amount = (id: BudgetLineId) => plan.budget.lines.find((l) => l.id === id)?.amount ?? 0;
  const staffing = bu.ref(2, staffingRow, false);
  const supervisorCost = roleRefs.supervisor.cost;
  const threshold = `IF(${P('indirect.revisedUniformGuidance')},${subawardThreshold(true)},${subawardThreshold(false)})`;
  const perTeam = [...FRONTLINE_ROLE_IDS, 'supervisor' as const]
    .map((id) => `IF(${roleRefs[id].headcount}>0,MIN(${roleRefs[id].cost},${threshold}),0)`)
    .join('+');
  const subawarded = `(${frontlineCosts}+${supervisorCost})`;
  const count = P('indirect.subawardCount');
  const formulas: Record<BudgetLineId, string> = {
    frontline: frontlineCosts,
    'supervision-ovp': `${roleRefs.supervisor.cost}+${roleRefs['ovp-staff'].cost}`,
    'training-ta': money(`${P('trainingRate')}*${staffing}`),
    'data-evaluation': money(`${P('evaluationRate')}*${staffing}`),
    wraparound: money(`IF(${P('staffingModel')}="sites",${P('directAssistancePerParticipant')},${P('wraparoundPerParticipant')})*${partic}`),
    stipends: `IF(${P('stipends.enabled')},${money(`${P('stipends.participantShare')}*${partic}*${P('stipends.monthlyAmount')}*${P('stipends.months')}`)},0)`,
    wellness: `IF(${P('wellness.enabled')},${money(`${frontlinePeople}*${P('wellness.perWorker')}`)},0)`,
    indirect: `IF(${P('indirect.enabled')},${money(`${bu.ref(2, rateRow, false)}*${bu.ref(2, mtdcRow, false)}`)},0)`,
    // One-time start-up costs belong to the first year of a multi-year plan, not the full-strength year.
    startup: '0',
  };
  for (const id of BUDGET_LINE_IDS) {
    const enabled = plan.budget.lines.some((l) => l.id === id);
    const how = enabled ? explainPlan(plan)[`line.${id}`].formula : `${budgetLineDescription(id, a)} Off in this plan; switch it on in Assumptions.`;
    bu.add([text(budgetLineLabel(id, a)), text(id), formula(formulas[id], amount(id), 'usd'), text(how)]);
  }
  bu.add([
    text('Total', true),
    text('total'),
    formula(`SUM(${bu.ref(2, 2, false)}:${bu.ref(2, totalRow - 1, false)})`, plan.budget.total, 'usd', true),
    text('Sum of the lines above'),
  ]);
  bu.add([text('Working', true)]);
  bu.add([text('Total staffing cost'), text('staffing'), formula(`${L('frontline')}+${L('supervision-ovp')}`, plan.budget.staffingCost, 'usd'), text('Frontline + supervision & OVP; the base of the training and evaluation rates')]);
  bu.add([
    text('Subawards counted in MTDC'),
    text('subawards-counted'),
    formula(money(`IF(${count}>0,IF(${subawarded}>0,${count}*MIN(${subawarded}/${count},${threshold}),0),${perTeam})`), plan.budget.subawardsCounted, 'usd'),
    text('The first $50,000 ($25,000 for awards before 2024-10-01) of each subaward to a community organization'),
  ]);
  bu.add([
    text('Modified total direct costs (MTDC)'),
    text('mtdc'),
    formula(`${roleRefs['ovp-staff'].cost}+${bu.ref(2, countedRow, false)}+${L('training-ta')}+${L('data-evaluation')}+${L('wraparound')}+${L('wellness')}`, plan.budget.mtdc, 'usd'),
    text(explainPlan(plan).mtdc.formula),
  ]);
  bu.add([
    text('Indirect rate applied'),
    text('indirect-rate'),
    formula(`IF(${P('indirect.rateBasis')}="negotiated",${P('indirect.rate')},IF(${P('indirect.revisedUniformGuidance')},0.15,0.1))`, indirectRate(a), 'pct'),
    text('De minimis rate for the award date (2 CFR 200.414(f)) or the negotiated rate'),
  ]);
  const line = Object.fromEntries(BUDGET_LINE_IDS.map((id) => [id, bu.ref(2, lineRow[id])])) as Record<BudgetLineId, string>;
  return { sheet: bu, refs: { line, total: bu.ref(2, totalRow), rate: bu.ref(2, rateRow), threshold } };
}

/** The Summary sheet: the headline, all formulas over the other sheets. */
function summarySheet(plan: Plan, place: string, generatedOn: string, as: AssumptionRefs, st: StaffingRefs, bu: BudgetRefs): SheetBuilder {
  const input = plan.input;
  const H = as.highRisk;
  const partic = as.participants;
  const pop = as.input.population;
  const total = bu.total;
  const totalHeadcount = st.totalHeadcount;
  const su = new SheetBuilder('Summary', [
    { header: 'CVI Ecosystem plan', width: 44 },
    { header: 'Value', width: 20 },
    { header: 'Note', width: 90 },
  ]);
  su.add([text('Place'), text(place)]);
  su.add([text('Methodology'), text(PRESETS[plan.preset].label), text(PRESETS[plan.preset].description)]);
  su.add([text('High-risk estimate'), text(HIGH_RISK_METHOD_LABELS[input.method])]);
  su.add([
    text('Total annual budget at full strength', true),
    formula(total, plan.budget.total, 'usd', true),
    text('Every position filled, at year-1 salaries and prices (Budget sheet, row "Total"). A ramp-up year costs less: see the year sheets.'),
  ]);
  const caps = capsReferenceOf(plan.input);
  const capsNote = capsParticipantsNote(plan, caps);
  su.add([
    text(capsReferenceLabel(caps, { spellOut: true })),
    num(caps.total, 'usd'),
    text(`${formatInteger(caps.totalHeadcount)} staff. Computed by the planner for the same place at the same reach; it does not recalculate here.${capsNote === null ? '' : ` ${capsNote}`}`),
  ]);
  su.add([text('High-risk population'), formula(H, plan.highRiskPopulation, 'int'), text(PEOPLE_NOTE)]);
  su.add([text('Participants'), formula(partic, plan.participants, 'int'), text(PEOPLE_NOTE)]);
  su.add([text('Total staff'), formula(totalHeadcount, plan.totalHeadcount, 'int')]);
  su.add([
    text('Cost per participant'),
    formula(`IF(${partic}>0,${total}/${partic},"no participants")`, plan.costPerParticipant ?? 'no participants', 'usd'),
  ]);
  su.add([text('Cost per resident'), formula(`${total}/${pop}`, plan.costPerResident, 'usd-cents')]);
  su.add([text('Staff per 100,000 residents'), formula(`${totalHeadcount}/${pop}*100000`, plan.staffPer100k, 'dec1')]);
  su.add([text('Generated'), text(generatedOn), text('By the CVI Ecosystem Planner. Change a value on the Assumptions sheet and every figure recalculates.')]);
  for (const w of plan.warnings) su.add([text('Warning'), empty, text(w.message)]);
  return su;
}

/** The Summary's multi-year rows: each year's total and the cumulative total, over the year sheets. */
function multiYearRows(su: SheetBuilder, multi: MultiYearPlan, yearTotals: readonly YearTotal[]): void {
  su.add([text('Multi-year plan', true)]);
  for (const y of yearTotals) su.add([text(`Total ${y.label}`), formula(y.ref, y.value, 'usd'), text(`Sheet ${y.label}`)]);
  su.add([text('Cumulative total', true), formula(yearTotals.map((y) => y.ref).join('+'), multi.cumulativeTotal, 'usd', true), text('Sum of the year totals')]);
}

/**
 * The live workbook — Summary, Assumptions, Staffing, Budget, a sheet per fiscal year, Funding and
 * Hires — and references to its key cells (the tests recalculate through them).
 */
export function buildWorkbook(plan: Plan, generatedOn: string, extras: WorkbookExtras = {}): { spec: WorkbookSpec; refs: WorkbookRefs } {
  const place = [plan.input.placeName, plan.input.state].filter(Boolean).join(', ') || 'Unnamed place';
  const as = assumptionsSheet(plan);
  const st = staffingSheet(plan, as.refs);
  const bu = budgetSheet(plan, as.refs, st.refs);
  const su = summarySheet(plan, place, generatedOn, as.refs, st.refs, bu.refs);
  const live = { assumptions: as.refs, staffing: st.refs, budget: bu.refs };

  // One live sheet per fiscal year of a multi-year plan (issue 5 rules, as formulas).
  const years = (extras.multi?.years ?? []).flatMap((y) => (y.year ? [yearSheet(y, y.year, live)] : []));
  const yearTotals = years.map((y) => y.total);
  if (extras.multi && yearTotals.length > 0) multiYearRows(su, extras.multi, yearTotals);

  const extraSheets = [
    ...(extras.multi && extras.fundingSources && extras.fundingSources.length > 0 && yearTotals.length > 0 ? [fundingSheet(extras.multi, extras.fundingSources, yearTotals)] : []),
    ...(extras.currentStaffing && Object.keys(extras.currentStaffing).length > 0 ? [hiresSheet(plan, extras.currentStaffing, st.refs)] : []),
    ...(extras.benchmarks ? [benchmarksSheet(plan, extras.benchmarks, live).spec()] : []),
  ];
  const rest = [as.sheet.spec(), st.sheet.spec(), bu.sheet.spec(), ...years.map((y) => y.spec), ...extraSheets];
  const abbreviations = abbreviationsUsed([su.spec(), ...rest]);
  if (abbreviations.length > 0) {
    su.add([]);
    su.add([text('Abbreviations', true)]);
  }
  for (const a of abbreviations) su.add([text(a.term), empty, text(a.expansion)]);
  const refs: WorkbookRefs = { ...as.refs, role: st.refs.role, line: bu.refs.line, total: bu.refs.total, totalHeadcount: st.refs.totalHeadcount };
  return {
    spec: { title: `CVI Ecosystem plan — ${place}`, sheets: [su.spec(), ...rest] },
    refs,
  };
}

// The Excel workbook as a pure description: sheets, cells, live formulas and the app's own values
// cached beside them. A finance officer who changes a salary on the Assumptions sheet sees every
// figure move; a reader without recalculation still sees the app's numbers. The exceljs writer
// (xlsxWriter.ts) turns this into a file and is loaded only when someone exports.
import { PARAMS, PARAM_IDS, type ParamId } from '../assumptions';
import { HIGH_RISK_METHOD_LABELS, INPUT_LABELS } from '../input';
import { PRESETS } from '../presets';
import { BUDGET_LINES, BUDGET_LINE_IDS, FRONTLINE_ROLE_IDS, type BudgetLineId, type RoleId } from '../roles';
import { indirectRate, ROUNDING_ALLOWANCE_FACTOR, type Plan } from '../computePlan';
import { subawardThreshold } from '../mtdc';
import { fiscalYearOf, type MultiYearPlan } from '../multiYear';
import { FUNDING_KIND_LABELS, isActive, type CurrentStaffing, type FundingSource } from '../funding';

export type CellFormat = 'usd' | 'usd-cents' | 'pct' | 'int' | 'dec1' | 'dec2' | 'dec3' | 'text';

export interface CellSpec {
  /** A plain value, or the cached result of the formula. */
  readonly v: number | string | boolean | null;
  /** Formula without the leading "=". */
  readonly f?: string;
  readonly fmt?: CellFormat;
  readonly bold?: boolean;
}

export interface SheetSpec {
  readonly name: string;
  readonly columns: readonly { readonly header: string; readonly width: number }[];
  /** Body rows; row 1 of the sheet is the header row built from `columns`. */
  readonly rows: readonly (readonly CellSpec[])[];
  /** Rows kept in view while scrolling (the header). */
  readonly frozenRows: number;
}

export interface WorkbookSpec {
  readonly title: string;
  readonly sheets: readonly SheetSpec[];
}

const COLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const col = (index: number) => COLS[index] ?? 'Z';

/** Builds one sheet and hands out absolute references to its cells. */
class SheetBuilder {
  readonly rows: CellSpec[][] = [];
  constructor(
    readonly name: string,
    readonly columns: { header: string; width: number }[],
  ) {}
  /** Adds a row and returns its sheet row number (the header is row 1). */
  add(cells: CellSpec[]): number {
    this.rows.push(cells);
    return this.rows.length + 1;
  }
  ref(column: number, row: number, external = true): string {
    const cell = `$${col(column)}$${row}`;
    return external ? `'${this.name}'!${cell}` : cell;
  }
  spec(): SheetSpec {
    return { name: this.name, columns: this.columns, rows: this.rows, frozenRows: 1 };
  }
}

const text = (v: string | null, bold = false): CellSpec => ({ v, fmt: 'text', ...(bold ? { bold } : {}) });
const num = (v: number | null, fmt: CellFormat): CellSpec => ({ v, fmt });
const empty: CellSpec = { v: null };
/**
 * Whole dollars exactly as the model rounds money (roundMoney): half up with the same float-noise
 * allowance, so a value that is half a dollar up to noise rounds up in the sheet too.
 */
export const money = (expr: string) => `ROUND((${expr})+MAX(1E-9,ABS(${expr})*${ROUNDING_ALLOWANCE_FACTOR}),0)`;
const formula = (f: string, v: number | string | boolean | null, fmt: CellFormat, bold = false): CellSpec => ({ f, v, fmt, ...(bold ? { bold } : {}) });

function paramFormat(id: ParamId): CellFormat {
  const unit = PARAMS[id].unit;
  return unit === 'rate' ? 'pct' : unit === 'usd' ? 'usd' : unit === 'switch' || unit === 'choice' ? 'text' : 'dec2';
}

export interface WorkbookRefs {
  readonly input: Record<'population' | 'homicides' | 'fatalShootings' | 'nonfatalShootings' | 'serviceReach' | 'hospitalReach' | 'method' | 'localHighRiskCount', string>;
  readonly highRisk: string;
  readonly participants: string;
  readonly hospitalClients: string;
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
}

export function buildWorkbook(plan: Plan, generatedOn: string, extras: WorkbookExtras = {}): { spec: WorkbookSpec; refs: WorkbookRefs } {
  const a = plan.assumptions;
  const input = plan.input;

  // --- Assumptions: the inputs, the derived populations and every parameter.
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
    const row = as.add([text(spec.label), cell, text(spec.source.label), text(spec.source.citation), text(id)]);
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
    formula(`IF(${method}="custom",${as.ref(1, rLocal)},IF(${method}="violence-adjusted",${violenceAdjusted},${P('highRiskRate')}*${pop}))`, plan.highRiskPopulation, 'dec3'),
    text('formula'),
    text(plan.working.highRiskPopulation.formula),
  ]);
  const H = as.ref(1, rH);
  const rP = as.add([text('Participants'), formula(`${as.ref(1, rReach)}*${H}`, plan.participants, 'dec3'), text('formula'), text(plan.working.participants.formula)]);
  const partic = as.ref(1, rP);
  const rC = as.add([
    text('Hospital clients a year'),
    formula(`IF(ISNUMBER(${nonfatal}),${as.ref(1, rHospReach)}*${nonfatal},0)`, plan.hospitalClients, 'dec3'),
    text('formula'),
    text('Hospital reach × nonfatal shooting victims (0 when not given)'),
  ]);
  const clients = as.ref(1, rC);

  // --- Staffing: FTE and headcount from the drivers and caseloads on the Assumptions sheet.
  const st = new SheetBuilder('Staffing', [
    { header: 'Role', width: 40 },
    { header: 'Role id', width: 20 },
    { header: 'Driver', width: 30 },
    { header: 'Driver value', width: 14 },
    { header: 'Caseload', width: 12 },
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
  const hospitalFromClients = `AND(${P('hospital-responder.driver')}="hospital-clients",ISNUMBER(${nonfatal}))`;
  for (const r of plan.roles) {
    const row = st.rows.length + 2;
    const here = (c: number) => st.ref(c, row, false);
    const enabled = P(`${r.id}.enabled` as ParamId);
    let driver: CellSpec;
    let ratio: CellSpec;
    let fte: CellSpec;
    let people: CellSpec;
    if (r.id === 'supervisor') {
      driver = formula(frontlinePeople, r.driver.value, 'int');
      ratio = formula(P('supervisor.workersPerSupervisor'), r.ratio, 'dec2');
      fte = formula(`IF(${here(9)},${here(3)}/${here(4)},0)`, r.fte, 'dec2');
      people = formula(`IF(AND(${here(9)},${here(3)}>0),MAX(${P('supervisor.minimum')},ROUND(${here(5)},0)),0)`, r.headcount, 'int');
    } else if (r.id === 'ovp-staff') {
      driver = formula(pop, r.driver.value, 'int');
      ratio = text('√ population');
      fte = formula(`IF(${here(9)},${P('ovp-staff.staffAtReference')}*SQRT(${here(3)}/${P('ovp-staff.referencePopulation')}),0)`, r.fte, 'dec2');
      people = formula(`IF(${here(9)},MAX(${P('ovp-staff.minimum')},ROUND(${here(5)},0)),0)`, r.headcount, 'int');
    } else {
      if (r.id === 'hospital-responder') {
        driver = formula(`IF(${hospitalFromClients},${clients},${partic})`, r.driver.value, 'dec3');
        ratio = formula(`IF(${hospitalFromClients},${P('hospital-responder.clientsPerResponder')},${P('hospital-responder.caseload')})`, r.ratio, 'dec2');
      } else if (r.id === 'trauma-counselor') {
        driver = formula(`${partic}+${clients}`, r.driver.value, 'dec3');
        ratio = formula(P('trauma-counselor.caseload'), r.ratio, 'dec2');
      } else {
        driver = formula(partic, r.driver.value, 'dec3');
        ratio = formula(P(`${r.id}.caseload` as ParamId), r.ratio, 'dec2');
      }
      fte = formula(`IF(${here(9)},${here(3)}/${here(4)},0)`, r.fte, 'dec2');
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
      formula(`${P(`${r.id}.salary` as ParamId)}*${P('costOfLiving')}`, r.salary, 'usd'),
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

  // --- Budget: every line and the total as formulas.
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
    wraparound: money(`${P('wraparoundPerParticipant')}*${partic}`),
    stipends: `IF(${P('stipends.enabled')},${money(`${P('stipends.participantShare')}*${partic}*${P('stipends.monthlyAmount')}*${P('stipends.months')}`)},0)`,
    wellness: `IF(${P('wellness.enabled')},${money(`${frontlinePeople}*${P('wellness.perWorker')}`)},0)`,
    indirect: `IF(${P('indirect.enabled')},${money(`${bu.ref(2, rateRow, false)}*${bu.ref(2, mtdcRow, false)}`)},0)`,
    // One-time start-up costs belong to the first year of a multi-year plan, not the full-strength year.
    startup: '0',
  };
  for (const id of BUDGET_LINE_IDS) {
    const enabled = plan.budget.lines.some((l) => l.id === id);
    const how = enabled ? plan.working[`line.${id}`].formula : `${BUDGET_LINES[id].description} Off in this plan; switch it on in Assumptions.`;
    bu.add([text(BUDGET_LINES[id].label), text(id), formula(formulas[id], amount(id), 'usd'), text(how)]);
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
    text(plan.working.mtdc.formula),
  ]);
  bu.add([
    text('Indirect rate applied'),
    text('indirect-rate'),
    formula(`IF(${P('indirect.rateBasis')}="negotiated",${P('indirect.rate')},IF(${P('indirect.revisedUniformGuidance')},0.15,0.1))`, indirectRate(a), 'pct'),
    text('De minimis rate for the award date (2 CFR 200.414(f)) or the negotiated rate'),
  ]);

  // --- Summary: the headline, all formulas over the other sheets.
  const su = new SheetBuilder('Summary', [
    { header: 'CVI Ecosystem plan', width: 44 },
    { header: 'Value', width: 20 },
    { header: 'Note', width: 90 },
  ]);
  const place = [input.placeName, input.state].filter(Boolean).join(', ') || 'Unnamed place';
  const total = bu.ref(2, totalRow);
  su.add([text('Place'), text(place)]);
  su.add([text('Methodology'), text(PRESETS[plan.preset].label), text(PRESETS[plan.preset].description)]);
  su.add([text('High-risk estimate'), text(HIGH_RISK_METHOD_LABELS[input.method])]);
  su.add([text('Total annual budget', true), formula(total, plan.budget.total, 'usd', true), text('Budget sheet, row "Total"')]);
  su.add([text('High-risk population'), formula(H, plan.highRiskPopulation, 'dec1')]);
  su.add([text('Participants'), formula(partic, plan.participants, 'dec1')]);
  su.add([text('Total staff'), formula(totalHeadcount, plan.totalHeadcount, 'int')]);
  su.add([
    text('Cost per participant'),
    formula(`IF(${partic}>0,${total}/${partic},"no participants")`, plan.costPerParticipant ?? 'no participants', 'usd'),
  ]);
  su.add([text('Cost per resident'), formula(`${total}/${pop}`, plan.costPerResident, 'usd-cents')]);
  su.add([text('Staff per 100,000 residents'), formula(`${totalHeadcount}/${pop}*100000`, plan.staffPer100k, 'dec1')]);
  su.add([text('Generated'), text(generatedOn), text('By the CVI Ecosystem Planner. Change a value on the Assumptions sheet and every figure recalculates.')]);
  for (const w of plan.warnings) su.add([text('Warning'), empty, text(w.message)]);

  // --- One live sheet per fiscal year of a multi-year plan (issue 5 rules, as formulas).
  const yearSheets: SheetSpec[] = [];
  const yearTotals: { label: string; ref: string; value: number }[] = [];
  for (const y of extras.multi?.years ?? []) {
    if (!y.year) continue;
    const ys = new SheetBuilder(`FY${y.year.fiscalYear}`, [
      { header: 'Item', width: 44 },
      { header: 'Id', width: 20 },
      { header: 'People', width: 10 },
      { header: 'Salary', width: 14 },
      { header: 'Amount', width: 16 },
      { header: 'How it is computed', width: 80 },
    ]);
    ys.add([text('Fiscal year'), text('fiscal-year'), empty, empty, num(y.year.fiscalYear, 'text'), empty]);
    const rShare = ys.add([text('Share of full staffing (edit to change this year)'), text('share'), empty, empty, num(y.year.share, 'pct'), text('Frontline people = full-strength people × this share, rounded half up')]);
    const rK = ys.add([text('Years since the first year'), text('k'), empty, empty, num(y.year.index, 'int'), text('Salary and cost growth compound over these years')]);
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
        people = `IF(AND(${P('supervisor.enabled')},${yFrontline}>0),MAX(${P('supervisor.minimum')},ROUND(${yFrontline}/${P('supervisor.workersPerSupervisor')},0)),0)`;
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
        text(r.id === 'ovp-staff' ? 'Full strength from the first year' : r.id === 'supervisor' ? 'One per frontline workers per supervisor, at least the minimum' : 'Full-strength people × share'),
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
      wraparound: money(`${P('wraparoundPerParticipant')}*${yParticipants}*${costGrowth}`),
      stipends: `IF(${P('stipends.enabled')},${money(`${P('stipends.participantShare')}*${yParticipants}*${P('stipends.monthlyAmount')}*${P('stipends.months')}*${costGrowth}`)},0)`,
      wellness: `IF(${P('wellness.enabled')},${money(`${yFrontline}*${P('wellness.perWorker')}*${costGrowth}`)},0)`,
      indirect: `IF(${P('indirect.enabled')},${money(`${bu.ref(2, rateRow)}*${ys.ref(4, yMtdcRow, false)}`)},0)`,
      startup: `IF(AND(${k}=0,${P('startup.enabled')}),${money(`${yTotalPeople}*${P('startup.recruitmentPerHire')}`)}+${money(`${yFrontline}*${P('startup.academyPerWorker')}`)}+${money(`${yTotalPeople}*${P('startup.equipmentPerWorker')}`)},0)`,
    };
    for (const id of BUDGET_LINE_IDS) {
      const on = y.budget.lines.some((l) => l.id === id);
      ys.add([text(BUDGET_LINES[id].label), text(id), empty, empty, formula(yFormulas[id], yAmount(id), 'usd'), text(on ? y.working[`line.${id}`].formula : 'Off in this plan')]);
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
      text(y.working.mtdc.formula),
    ]);
    yearSheets.push(ys.spec());
    yearTotals.push({ label: ys.name, ref: ys.ref(4, yTotalRow), value: y.budget.total });
  }
  if (extras.multi && yearTotals.length > 0) {
    su.add([text('Multi-year plan', true)]);
    for (const y of yearTotals) su.add([text(`Total ${y.label}`), formula(y.ref, y.value, 'usd'), text(`Sheet ${y.label}`)]);
    su.add([text('Cumulative total', true), formula(yearTotals.map((y) => y.ref).join('+'), extras.multi.cumulativeTotal, 'usd', true), text('Sum of the year totals')]);
  }

  // --- Funding by year and the gap (sources are values; totals and gaps are formulas).
  const extraSheets: SheetSpec[] = [];
  if (extras.multi && extras.fundingSources && extras.fundingSources.length > 0 && yearTotals.length > 0) {
    const multi = extras.multi;
    const years = multi.years.map((_, i) => fiscalYearOf(multi, i));
    const fu = new SheetBuilder('Funding', [
      { header: 'Source', width: 36 },
      { header: 'Kind', width: 24 },
      ...years.map((fy) => ({ header: `FY${fy}`, width: 16 })),
    ]);
    const first = 2;
    for (const src of extras.fundingSources) {
      fu.add([text(src.name), text(FUNDING_KIND_LABELS[src.kind]), ...years.map((fy) => num(isActive(src, fy) ? src.annualAmount : 0, 'usd'))]);
    }
    const last = fu.rows.length + 1;
    const colOf = (i: number) => col(i + 2);
    const sources = extras.fundingSources;
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
    extraSheets.push(fu.spec());
  }
  if (extras.currentStaffing && Object.keys(extras.currentStaffing).length > 0) {
    const hi = new SheetBuilder('Hires', [
      { header: 'Role', width: 40 },
      { header: 'Planned', width: 12 },
      { header: 'Current', width: 12 },
      { header: 'Hires needed', width: 14 },
    ]);
    for (const r of plan.roles) {
      const row = hi.rows.length + 2;
      const current = extras.currentStaffing[r.id] ?? 0;
      hi.add([text(r.label), formula(roleRefs[r.id].headcount, r.headcount, 'int'), num(current, 'int'), formula(`MAX(0,B${row}-C${row})`, Math.max(0, r.headcount - current), 'int')]);
    }
    extraSheets.push(hi.spec());
  }

  const refs: WorkbookRefs = {
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
    param: paramRef,
    role: roleRefs,
    line: Object.fromEntries(BUDGET_LINE_IDS.map((id) => [id, bu.ref(2, lineRow[id])])) as Record<BudgetLineId, string>,
    total,
    totalHeadcount,
  };
  return {
    spec: { title: `CVI Ecosystem plan — ${place}`, sheets: [su.spec(), as.spec(), st.spec(), bu.spec(), ...yearSheets, ...extraSheets] },
    refs,
  };
}

// The live workbook's Benchmarks sheet (docs/methodology.md §12): the plan's five reality-check
// figures as formulas over the Assumptions, Staffing and Budget sheets, the benchmarks' low /
// median / high and count as formulas over the program rows below them, where the plan sits, and
// every program with its source link and caveat. The plan's cells are never adjusted.
import type { BenchmarkFile } from '../benchmarks';
import type { BudgetLineId } from '../roles';
import type { Plan } from '../plan';
import { POSITION_SHORT, realityCheck, type MetricUnit, type RealityMetric } from '../realityCheck';
import { empty, formula, num, SheetBuilder, text, type CellFormat, type CellSpec } from './workbookSpec';
import type { AssumptionRefs, BudgetRefs, StaffingRefs } from './workbook';

const FORMAT: Readonly<Record<MetricUnit, CellFormat>> = { usd: 'usd', 'usd-cents': 'usd-cents', ratio: 'dec1' };

export interface BenchmarkSheetRefs {
  readonly assumptions: AssumptionRefs;
  readonly staffing: StaffingRefs;
  readonly budget: BudgetRefs;
}

/** The plan's figure for one metric: a formula over the other sheets where they hold its terms, else the value. */
function planCell(m: RealityMetric, refs: BenchmarkSheetRefs): CellSpec {
  const fmt = FORMAT[m.unit];
  const cached = m.plan ?? (m.planNote ?? '').replace(/\.$/, '');
  const quoted = String(cached).replace(/"/g, '""');
  const total = refs.budget.total;
  const partic = refs.assumptions.participants;
  const staff = refs.staffing.totalHeadcount;
  const line = (id: BudgetLineId) => refs.budget.line[id];
  switch (m.id) {
    case 'cost-per-participant':
      return formula(`IF(${partic}>0,${total}/${partic},"${quoted}")`, cached, fmt);
    case 'cost-per-position': {
      const lines = (['frontline', 'supervision-ovp', 'training-ta', 'data-evaluation'] as const).map(line).join('+');
      return formula(`IF(${staff}>0,(${lines})/${staff},"${quoted}")`, cached, fmt);
    }
    case 'program-budget-per-resident':
      return formula(`${total}/${refs.assumptions.input.population}`, cached, fmt);
    case 'participants-per-outreach-worker': {
      const workers = refs.staffing.role['street-outreach'].headcount;
      return formula(`IF(${workers}>0,${partic}/${workers},"${quoted}")`, cached, fmt);
    }
    case 'staff-per-site': {
      // (site teams + site supervisors) ÷ sites (docs/methodology.md §11–12); sites is 0 under caseloads.
      const sites = refs.assumptions.sites;
      const people = (id: 'street-outreach' | 'mediator' | 'trauma-counselor') => refs.staffing.role[id].headcount;
      const team = `(${people('street-outreach')}+${people('mediator')}+${people('trauma-counselor')})`;
      const supervisors = `IF(AND(${refs.assumptions.param['supervisor.enabled']},${team}>0),${sites}*${refs.assumptions.param['sites.supervisors']},0)`;
      return formula(`IF(${sites}>0,(${team}+${supervisors})/${sites},"${quoted}")`, cached, fmt);
    }
  }
}

/** The Benchmarks sheet of a plan against the given benchmark file. */
export function benchmarksSheet(plan: Plan, file: BenchmarkFile, refs: BenchmarkSheetRefs): SheetBuilder {
  const check = realityCheck(plan, file.benchmarks);
  const sh = new SheetBuilder('Benchmarks', [
    { header: 'Figure / program', width: 36 },
    { header: 'Metric id', width: 22 },
    { header: 'This plan / value', width: 13 },
    { header: 'Low / source’s low', width: 11 },
    { header: 'Median / source’s high', width: 11 },
    { header: 'High / place', width: 14 },
    { header: 'Programs / year', width: 10 },
    { header: 'Where the plan sits / source', width: 34 },
    { header: 'How the plan’s figure is computed / source URL', width: 36 },
    { header: 'Basis', width: 44 },
    { header: 'Caveat', width: 44 },
  ]);
  // Program rows start below the figures, a blank row, a heading and their own header row; each
  // metric's programs are contiguous, so its range formulas read one block of column C.
  let next = 2 + check.metrics.length + 3;
  const blocks = check.metrics.map((m) => {
    const first = next;
    next += m.benchmarks.length;
    return { first, last: next - 1 };
  });
  check.metrics.forEach((m, i) => {
    const row = 2 + i;
    const here = (c: number) => sh.ref(c, row, false);
    const { first, last } = blocks[i]!;
    const values = `${sh.ref(2, first, false)}:${sh.ref(2, last, false)}`;
    const fmt = FORMAT[m.unit];
    const has = m.range !== null;
    const position = m.position === null ? '—' : POSITION_SHORT[m.position];
    sh.add([
      text(m.label, true),
      text(m.id),
      planCell(m, refs),
      has ? formula(`MIN(${values})`, m.range!.low, fmt) : text('—'),
      has ? formula(`MEDIAN(${values})`, m.range!.median, fmt) : text('—'),
      has ? formula(`MAX(${values})`, m.range!.high, fmt) : text('—'),
      formula(has ? `COUNT(${values})` : '0', m.range?.count ?? 0, 'int'),
      has
        ? formula(`IF(ISNUMBER(${here(2)}),IF(${here(2)}<${here(3)},"${POSITION_SHORT.below}",IF(${here(2)}>${here(5)},"${POSITION_SHORT.above}","${POSITION_SHORT.within}")),"—")`, position, 'text')
        : text('—'),
      text(m.formula),
    ]);
  });
  sh.add([]);
  sh.add([text('Programs behind each range', true)]);
  sh.add(['Program', 'Metric id', 'Value', 'Source’s low', 'Source’s high', 'Place', 'Year', 'Source (publisher)', 'Source URL', 'Basis', 'Caveat'].map((h) => text(h, true)));
  for (const m of check.metrics) {
    const fmt = FORMAT[m.unit];
    for (const b of m.benchmarks) {
      sh.add([
        text(b.program),
        text(b.metric),
        num(b.value, fmt),
        b.low === null ? empty : num(b.low, fmt),
        b.high === null ? empty : num(b.high, fmt),
        text(b.place),
        text(b.year),
        text(`${b.source.title} (${b.source.publisher})`),
        text(b.source.url),
        text(b.basis),
        text(b.caveat),
      ]);
    }
  }
  sh.add([]);
  // Notes run on to the right instead of wrapping in the first narrow column.
  const note = (label: string, body: string) => sh.add([text(label, true), { v: body, fmt: 'text', wrap: false }]);
  note('Reading these figures', check.statement);
  note('About the benchmarks', file.about);
  note('Median', 'The middle value of the programs’ figures; with an even number of programs, the mean of the middle two.');
  return sh;
}

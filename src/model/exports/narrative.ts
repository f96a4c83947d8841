// The budget narrative a federal application asks for, written for a grant reviewer: plain
// language, every dollar figure the worksheet's own, people as whole people, each abbreviation
// spelled out at its first use, and no internal references (section numbers of our methodology).
import { PARAMS, roleParam, type ParamId } from '../assumptions';
import { deMinimisRate, explainPlan, type Plan, type RolePlan } from '../plan';
import { formatInteger, formatPercent, formatQuantity, formatUsd } from '../format';
import { spellOutFirstUses } from '../glossary';
import type { MultiYearPlan } from '../multiYear';
import { readerCitation, type SourceLabel } from '../paramSpec';
import { budgetDetailWorksheet, lineAmount, type BdwCategoryId, type BudgetDetailWorksheet } from './federal';

export interface NarrativeSection {
  readonly heading: string;
  readonly text: string;
}
export interface BudgetNarrative {
  readonly title: string;
  readonly sections: readonly NarrativeSection[];
}

const SOURCE_WORDS: Readonly<Record<SourceLabel, string>> = {
  CAPS: 'CAPS city profiles',
  'CAPS-calibrated': 'calibrated to the CAPS method',
  research: 'published research',
  assumption: 'planning assumption',
};

/** A source's citation without pointers into the planner's own methodology file. */
function sourceOf(id: ParamId): string {
  const s = PARAMS[id].source;
  // Without its closing full stop: the narrative puts it in brackets or ends the sentence itself.
  return `${SOURCE_WORDS[s.label]}: ${readerCitation(s.citation).replace(/\.$/, '')}`;
}

/** Spells out each abbreviation at its first use in the narrative, headings and text in reading order. */
export function spellOutFirstUse(sections: readonly NarrativeSection[]): NarrativeSection[] {
  const spelled = spellOutFirstUses(sections.flatMap((s) => [s.heading, s.text]));
  return sections.map((_, i) => ({ heading: spelled[2 * i] ?? '', text: spelled[2 * i + 1] ?? '' }));
}

function placeOf(plan: Plan): string {
  return [plan.input.placeName, plan.input.state].filter(Boolean).join(', ') || 'the jurisdiction';
}

/** How staffing is sized, in the plan's own model: caseloads, or site teams (methodology §11). */
function staffingWords(plan: Plan): string {
  if (plan.assumptions.staffingModel !== 'sites') {
    return "Staffing is sized by caseload: each role's positions are the people it serves divided by its caseload (people per worker), rounded to whole people.";
  }
  const a = plan.assumptions;
  return `Staffing follows how street programs staff: ${formatInteger(plan.sites)} site team${plan.sites === 1 ? '' : 's'}, one for every ${formatQuantity(a['sites.participantsPerSite'])} participants, each with ${formatQuantity(a['sites.streetOutreach'])} street outreach workers, ${formatQuantity(a['sites.interrupters'])} violence interrupters, ${formatQuantity(a['sites.traumaCounselors'])} trauma counselor(s) and ${formatQuantity(a['sites.supervisors'])} site supervisor(s); other roles' positions are the people they serve divided by a caseload, rounded to whole people.`;
}

function overview(plan: Plan, bdw: BudgetDetailWorksheet): NarrativeSection {
  const highRisk = `an estimated ${formatInteger(plan.highRiskPopulation)} people at highest risk of shooting or being shot (${explainPlan(plan).highRiskPopulation.formula.toLowerCase()})`;
  // The staff count belongs to the year it is counted in: a ramp-up year's staff are not full strength's.
  const reach = plan.year
    ? `In ${plan.year.fiscalYear}, at ${formatPercent(plan.year.share)} of full strength, it serves about ${formatInteger(plan.participants)} participants with ${formatInteger(plan.totalHeadcount)} staff; at full strength it serves about ${formatInteger(plan.participantsAtFullStrength)}, ${formatPercent(plan.input.serviceReachPct / 100)} of ${highRisk}`
    : `It serves about ${formatInteger(plan.participants)} participants: ${formatPercent(plan.input.serviceReachPct / 100)} of ${highRisk}, with ${formatInteger(plan.totalHeadcount)} staff`;
  return {
    heading: 'Overview',
    text: `This budget (${bdw.yearLabel}) of ${formatUsd(bdw.total)} funds a community violence intervention (CVI) ecosystem for ${placeOf(plan)} (population ${formatInteger(plan.input.population)}). ${reach}. ${staffingWords(plan)} Amounts are whole dollars.`,
  };
}

/** Who pays: federal money, committed non-federal match, and the part nobody has committed yet. */
function fundingSection(bdw: BudgetDetailWorksheet, allYears: readonly BudgetDetailWorksheet[]): NarrativeSection {
  const heading = `Funding — ${bdw.yearLabel}`;
  if (!bdw.fromFundingSources) {
    return {
      heading,
      text: `No funding sources are entered in this plan, so the whole budget of ${formatUsd(bdw.total)} is shown as the federal request and no non-federal match is claimed.`,
    };
  }
  const kinds = bdw.nonFederalSources.length > 0 ? ` (${bdw.nonFederalSources.map((k) => k.toLowerCase()).join(', ')})` : '';
  const year = `Of the ${formatUsd(bdw.total)} budget for ${bdw.yearLabel}, ${formatUsd(bdw.federal)} is federal money and ${formatUsd(bdw.nonFederal)} is committed by non-federal sources${kinds}: only committed money is counted as non-federal match. ${
    bdw.notYetFunded > 0
      ? `${formatUsd(bdw.notYetFunded)} is not yet funded: no source has committed it, so the worksheet shows it as its own amount beside the federal and non-federal columns, and it is not counted as match.`
      : 'No part of this year is left unfunded.'
  }`;
  if (allYears.length <= 1) return { heading, text: year };
  const sum = (key: 'total' | 'federal' | 'nonFederal' | 'notYetFunded') => allYears.reduce((s, y) => s + y[key], 0);
  return {
    heading,
    text: `${year} Over the ${allYears.length} years (${formatUsd(sum('total'))}): federal ${formatUsd(sum('federal'))}, non-federal ${formatUsd(sum('nonFederal'))}, not yet funded ${formatUsd(sum('notYetFunded'))}.`,
  };
}

function yearsSection(plan: Plan, bdw: BudgetDetailWorksheet, multi: MultiYearPlan): NarrativeSection {
  const a = plan.assumptions;
  const byYear = multi.years.map((y) => `${y.year?.fiscalYear}: ${formatUsd(y.budget.total)} at ${formatPercent(y.year?.share ?? 1)} of full staffing (${formatInteger(y.totalHeadcount)} staff)`).join('; ');
  return {
    heading: `Budget by year — ${formatUsd(multi.cumulativeTotal)} over ${multi.years.length} years`,
    text: `Staffing ramps up over the period: ${byYear}. Each year's frontline positions are the full plan's × that year's share, rounded to whole people; supervisors follow the year's frontline staff; Office of Violence Prevention staff are at full strength from the first year. Salaries grow ${formatPercent(a.salaryGrowth)} a year and other costs ${formatPercent(a.costGrowth)} a year (${sourceOf('salaryGrowth')}). The categories below describe ${bdw.yearLabel}.`,
  };
}

function personnelSections(plan: Plan, money: (id: BdwCategoryId) => string): NarrativeSection[] {
  const a = plan.assumptions;
  const ovp = plan.roles.find((r) => r.id === 'ovp-staff');
  if (!ovp) return [];
  const salary =
    a.costOfLiving === 1
      ? `Salary: the national average (${sourceOf('ovp-staff.salary')})`
      : `Salary: national average ${formatUsd(a['ovp-staff.salary'])} × cost-of-living multiplier ${formatQuantity(a.costOfLiving)} (${sourceOf('ovp-staff.salary')})`;
  return [
    {
      heading: `A. Personnel — ${money('A')}`,
      text: `The city's Office of Violence Prevention (OVP) employs ${ovp.headcount} staff at ${formatUsd(ovp.salary)} a year each (100% time, 12 months) to contract with and coordinate community organizations, align police, hospitals and schools, manage data and report to the public. The office grows with the square root of the population: ${formatQuantity(a['ovp-staff.staffAtReference'])} staff for ${formatInteger(a['ovp-staff.referencePopulation'])} residents, scaled by √(population ÷ ${formatInteger(a['ovp-staff.referencePopulation'])}) and rounded to whole people, at least ${formatQuantity(a['ovp-staff.minimum'])} (${sourceOf('ovp-staff.staffAtReference')}). ${salary}.`,
    },
    { heading: `B. Fringe Benefits — ${money('B')}`, text: `Fringe benefits are ${formatPercent(a.fringeRate)} of salary (${sourceOf('fringeRate')}).` },
  ];
}

function subawardSection(plan: Plan, bdw: BudgetDetailWorksheet, money: (id: BdwCategoryId) => string): NarrativeSection {
  const a = plan.assumptions;
  const count = bdw.categories.find((c) => c.id === 'G')?.rows.length ?? 0;
  const roles = plan.roles.filter((r) => r.budgetLine === 'frontline' && r.headcount > 0);
  const sup = plan.roles.find((r) => r.id === 'supervisor');
  const share = plan.year && plan.year.share !== 1 ? `, × ${formatPercent(plan.year.share)} in ${plan.year.fiscalYear}` : '';
  const sized = (r: RolePlan) =>
    r.driver.kind === 'sites'
      ? `${formatQuantity(r.perSite ?? 0)} per site at ${formatInteger(plan.sites)} site${plan.sites === 1 ? '' : 's'}${share}, ${SOURCE_WORDS[PARAMS['sites.participantsPerSite'].source.label]}`
      : `about ${formatInteger(r.driver.value)} ${r.driver.label.toLowerCase()} ÷ caseload ${formatQuantity(r.ratio ?? 0)} at full strength${share}`;
  const roleText = roles.map((r) => `${r.headcount} ${r.label.toLowerCase()} (${sized(r)}; salary ${formatUsd(r.salary)}; ${SOURCE_WORDS[PARAMS[roleParam(r.id, 'salary')].source.label]})`).join('; ');
  const supervisionBasis =
    sup !== undefined && sup.perSite !== null
      ? `${formatQuantity(sup.perSite)} per site at ${formatInteger(plan.sites)} site${plan.sites === 1 ? '' : 's'}, plus one per ${formatQuantity(a['supervisor.workersPerSupervisor'])} frontline workers outside the site teams`
      : `one per ${formatQuantity(a['supervisor.workersPerSupervisor'])} frontline workers`;
  const supervision =
    sup && sup.headcount > 0
      ? `${sup.headcount} CVI supervisors at ${formatUsd(sup.salary)} (${supervisionBasis}${sup.perSite !== null ? share : ''}, ${SOURCE_WORDS[PARAMS['supervisor.workersPerSupervisor'].source.label]}) are funded as their own subaward for supervision. `
      : '';
  return {
    heading: `G. Subawards — ${money('G')}`,
    text: `Community organizations deliver the frontline work under ${count} subaward${count === 1 ? '' : 's'}: ${roleText}. ${supervision}Each position's cost is salary × (1 + ${formatPercent(a.fringeRate)} fringe). ${plan.sites > 0 ? `Site teams: ${sourceOf('sites.participantsPerSite')}; ${sourceOf('sites.streetOutreach')}` : `Caseloads: ${sourceOf('street-outreach.caseload')}`}.`,
  };
}

function otherSections(plan: Plan, bdw: BudgetDetailWorksheet, money: (id: BdwCategoryId) => string): NarrativeSection[] {
  const out: NarrativeSection[] = [];
  const cat = (id: BdwCategoryId) => bdw.categories.find((c) => c.id === id);
  const listed = (id: BdwCategoryId) => cat(id)?.rows.map((r) => `${r.description}: ${formatUsd(r.cost)}, ${r.computation}.`).join(' ') ?? '';
  for (const id of ['C', 'D', 'E', 'F'] as const) {
    if (cat(id)?.rows.length) out.push({ heading: `${id}. ${cat(id)?.name} — ${money(id)}`, text: listed(id) });
  }
  if (cat('G')?.rows.length) out.push(subawardSection(plan, bdw, money));
  if (cat('H')?.rows.length) {
    out.push({ heading: `H. Procurement Contracts — ${money('H')}`, text: `${listed('H')} Rates: ${sourceOf('trainingRate')}; ${sourceOf('evaluationRate')}.` });
  }
  if (cat('I')?.rows.length) {
    const sources = [
      lineAmount(plan, 'wraparound') > 0
        ? plan.assumptions.staffingModel === 'sites'
          ? `Direct assistance rate — ${sourceOf('directAssistancePerParticipant')}.`
          : `Wraparound rate — ${sourceOf('wraparoundPerParticipant')}.`
        : '',
      lineAmount(plan, 'stipends') > 0 ? `Stipends — ${sourceOf('stipends.enabled')}. Amounts: ${sourceOf('stipends.monthlyAmount')}.` : '',
      lineAmount(plan, 'wellness') > 0 ? `Wellness — ${sourceOf('wellness.perWorker')}.` : '',
    ].filter(Boolean);
    out.push({ heading: `I. Other Costs — ${money('I')}`, text: `${listed('I')} ${sources.join(' ')}` });
  }
  if (bdw.indirectEnabled) {
    const rate =
      plan.assumptions['indirect.rateBasis'] === 'negotiated'
        ? `A negotiated indirect rate of ${formatPercent(bdw.indirectRate)}`
        : `The de minimis rate of ${formatPercent(deMinimisRate(bdw.awardOnOrAfter20241001))} for an award made ${bdw.awardOnOrAfter20241001 ? 'on or after' : 'before'} 2024-10-01 (2 CFR 200.414(f))`;
    out.push({
      heading: `J. Indirect Costs — ${money('J')}`,
      text: `${rate} applies to modified total direct costs (MTDC) of ${formatUsd(bdw.mtdc)}. MTDC counts personnel and fringe, contracts and other direct costs, and only the first ${formatUsd(bdw.subawardThreshold)} of each subaward; it excludes participant support costs (stipends) and equipment.`,
    });
  }
  return out;
}

/**
 * The budget narrative for one budget year (`bdw`), one section per category with costs; with a
 * multi-year plan, the years summarised, and `allYears` (every year's worksheet) for the funding
 * over the whole period.
 */
export function budgetNarrative(plan: Plan, bdw: BudgetDetailWorksheet = budgetDetailWorksheet(plan), multi?: MultiYearPlan, allYears: readonly BudgetDetailWorksheet[] = [bdw]): BudgetNarrative {
  const money = (id: BdwCategoryId) => {
    const c = bdw.categories.find((x) => x.id === id);
    return c ? `${formatUsd(c.total)} (federal ${formatUsd(c.federal)}, non-federal ${formatUsd(c.nonFederal)}, not yet funded ${formatUsd(c.notYetFunded)})` : '';
  };
  const sections: NarrativeSection[] = [
    overview(plan, bdw),
    fundingSection(bdw, allYears),
    ...(multi && multi.years.length > 1 ? [yearsSection(plan, bdw, multi)] : []),
    ...(bdw.categories.find((c) => c.id === 'A')?.rows.length ? personnelSections(plan, money) : []),
    ...otherSections(plan, bdw, money),
  ];
  return { title: `Budget narrative — ${placeOf(plan)}, ${bdw.yearLabel}`, sections: spellOutFirstUse(sections) };
}

export function narrativeText(n: BudgetNarrative): string {
  return [`# ${n.title}`, '', ...n.sections.flatMap((s) => [`## ${s.heading}`, '', s.text, ''])].join('\n');
}

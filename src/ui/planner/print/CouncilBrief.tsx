// The council brief (issue 12): two to four letter pages for a council member. Page 1 is the
// request — year 1 of the multi-year plan — with the multi-year total, what is funded and what is
// not yet, and the CAPS method at the same reach; then the years, the people by role, and the
// assumptions this plan changed from the defaults with their sources. Every figure comes from
// councilBriefFigures (src/model/councilBrief.ts); abbreviations are spelled out at first use.
import type { Ref } from 'react';
import { capsParticipantsNote, formatInteger, readerCitation, formatPercent, formatUsd, PRESETS, spelledOut, type Plan, type RoleId } from '../../../model';
import type { CouncilBriefFigures } from '../../../model/councilBrief';
import { formatMetric, POSITION_SHORT, rangeText } from '../../../model/realityCheck';
import { DocumentHeader, type DocumentMeta } from './DocumentHeader';
import { YearsTable } from './YearsTable';
import { sourceKind } from './printPage';

const people = (n: number) => `${formatInteger(n)} ${n === 1 ? 'person' : 'people'}`;

/** What the plan's people do, from the roles it staffs ("street outreach, mediation and hospital-based work"). */
const WORK: readonly [RoleId, string][] = [
  ['street-outreach', 'street outreach'],
  ['mediator', 'violence interruption'],
  ['case-manager', 'case management'],
  ['victim-advocate', 'victim advocacy'],
  ['hospital-responder', 'hospital-based work'],
  ['trauma-counselor', 'trauma counseling'],
];
function workOf(plan: Plan): string {
  const staffed = WORK.filter(([id]) => (plan.roles.find((r) => r.id === id)?.headcount ?? 0) > 0);
  const words = (list: readonly [RoleId, string][]) => list.map(([id, word]) => (id === 'mediator' && plan.sites === 0 ? 'mediation' : word));
  if (plan.sites === 0) return listed(words(staffed)) || 'outreach';
  // Site teams: what the teams do, then the work outside them (hospital responders, case management).
  const onSite = staffed.filter(([id]) => plan.roles.find((r) => r.id === id)?.driver.kind === 'sites');
  const others = staffed.filter((entry) => !onSite.includes(entry));
  const teams = `${listed(words(onSite))} in ${formatInteger(plan.sites)} site team${plan.sites === 1 ? '' : 's'}`;
  return others.length > 0 ? `${teams}, and ${listed(words(others))},` : teams;
}

const listed = (words: readonly string[]): string => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

export function CouncilBrief({ plan, figures: f, meta, headingRef }: { plan: Plan; figures: CouncilBriefFigures; meta: DocumentMeta; headingRef: Ref<HTMLHeadingElement> }) {
  const span = f.firstYear === f.lastYear ? `${f.firstYear}` : `${f.firstYear}–${f.lastYear}`;
  const yearCount = f.years.length;
  const difference = f.fullStrengthTotal - f.caps.total;
  return (
    <main className="print-doc print-brief">
      <DocumentHeader kind="Council brief" meta={meta} headingRef={headingRef} />
      <section aria-labelledby="brief-request">
        <h2 id="brief-request">The request</h2>
        <p className="print-lede">
          This plan asks for <strong>{formatUsd(f.yearOne.total)}</strong> in fiscal year {f.yearOne.fiscalYear}, the first year of a {yearCount}-year plan for a{' '}
          {spelledOut('CVI')} ecosystem in {meta.place}: {workOf(plan)} with the people at highest risk of shooting or being shot, coordinated by an {spelledOut('OVP')}. It is compared below with the staffing method of the {spelledOut('CAPS')}.
        </p>
        <dl className="brief-figures">
          <div>
            <dt>
              Year-1 request, fiscal year {f.yearOne.fiscalYear} ({formatPercent(f.yearOne.share)} of full staffing)
            </dt>
            <dd>{formatUsd(f.yearOne.total)}</dd>
          </div>
          <div>
            <dt>
              Multi-year total, {span} ({yearCount} {yearCount === 1 ? 'year' : 'years'})
            </dt>
            <dd>{formatUsd(f.multiYearTotal)}</dd>
          </div>
          {f.funding ? (
            <>
              <div>
                <dt>Funded: committed sources, {span}</dt>
                <dd>{formatUsd(f.funding.committed)}</dd>
              </div>
              <div>
                <dt>Not yet funded, {span}</dt>
                <dd>{formatUsd(f.funding.notYetFunded)}</dd>
              </div>
            </>
          ) : (
            <div>
              <dt>Funded</dt>
              <dd>No funding source entered yet: all {formatUsd(f.multiYearTotal)} is not yet funded</dd>
            </div>
          )}
          <div>
            <dt>Annual budget at full strength (every position filled), at year-1 salaries and prices</dt>
            <dd>{formatUsd(f.fullStrengthTotal)}</dd>
          </div>
          <div>
            <dt>Staff at full strength</dt>
            <dd>{people(f.fullStrengthHeadcount)}</dd>
          </div>
          <div>
            <dt>CAPS method at the same reach ({formatPercent(f.caps.reachPct / 100)})</dt>
            <dd>
              {formatUsd(f.caps.total)} a year, {people(f.caps.totalHeadcount)}
            </dd>
          </div>
        </dl>
        <p>
          The comparison uses the CAPS staffing method for the same place, serving the same share of its high-risk population (
          {formatPercent(f.caps.reachPct / 100)}) and of its shooting victims at the hospital ({formatPercent(f.caps.hospitalReachPct / 100)}). At full strength this plan is{' '}
          {difference === 0 ? 'the same as' : `${formatUsd(Math.abs(difference))} ${difference > 0 ? 'more than' : 'less than'}`} the CAPS method.{capsParticipantsNote(plan, f.caps) !== null && <> {capsParticipantsNote(plan, f.caps)}</>} This plan uses the {PRESETS[plan.preset].label} methodology: {PRESETS[plan.preset].description}
        </p>
      </section>
      <section aria-labelledby="brief-years" className="print-block">
        <h2 id="brief-years">Year by year</h2>
        <YearsTable figures={f} />
        <p className="print-note">
          The first years ramp up to full staffing as people are hired and trained.
          {f.yearOneStartup > 0 && <> The year-1 request includes {formatUsd(f.yearOneStartup)} of one-time start-up costs (recruitment, training academy, equipment).</>} Each later
          year's salaries grow {formatPercent(f.salaryGrowth)} and other costs {formatPercent(f.costGrowth)} a year, so a year at full staffing can cost more than the full-strength
          budget at year-1 prices.
        </p>
      </section>
      <section aria-labelledby="brief-people" className="print-block">
        <h2 id="brief-people">People to hire by role</h2>
        <table className="print-table">
          <caption className="visually-hidden">People by role in year 1 and at full strength</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col" className="num">
                Year 1 ({f.yearOne.fiscalYear})
              </th>
              <th scope="col" className="num">
                Full strength
              </th>
            </tr>
          </thead>
          <tbody>
            {f.roles.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.label}
                  {r.partTimeNeed && ' (part of one person’s time)'}
                </th>
                <td className="num">{formatInteger(r.yearOneHeadcount)}</td>
                <td className="num">{formatInteger(r.fullStrengthHeadcount)}</td>
              </tr>
            ))}
            <tr className="total-row">
              <th scope="row">Total</th>
              <td className="num">{formatInteger(f.yearOne.totalHeadcount)}</td>
              <td className="num">{formatInteger(f.fullStrengthHeadcount)}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <RealityCheck figures={f} />
      <ChangedAssumptions figures={f} preset={PRESETS[plan.preset].label} />
      <p className="print-sources">
        Figures are a planning estimate, not a prediction. The full technical report from the same plan lists every assumption with its source, the method and a glossary.
      </p>
    </main>
  );
}

/** One line per figure of the reality check (docs/methodology.md §12); the sources are listed elsewhere. */
function RealityCheck({ figures: f }: { figures: CouncilBriefFigures }) {
  const check = f.realityCheck;
  return (
    <section aria-labelledby="brief-reality" className="print-block">
      <h2 id="brief-reality">Beside real programs</h2>
      <ul className="brief-reality">
        {check.metrics.map((m) => (
          <li key={m.id} data-metric={m.id}>
            <strong>{m.label}</strong>:{' '}
            {m.plan === null ? m.planNote?.replace(/\.$/, '') : <>this plan {formatMetric(m.plan, m.unit)}{m.position && <>, {POSITION_SHORT[m.position]}</>}</>}; real programs {rangeText(m)}.
          </li>
        ))}
      </ul>
      <p className="print-note">
        {check.shortStatement} Every program with its source and caveat: the planner’s reality check section and the workbook’s Benchmarks sheet.
      </p>
    </section>
  );
}

function ChangedAssumptions({ figures: f, preset }: { figures: CouncilBriefFigures; preset: string }) {
  return (
    <section aria-labelledby="brief-changed" className="print-block">
      <h2 id="brief-changed">Assumptions changed from the defaults</h2>
      {f.changedAssumptions.length === 0 ? (
        <p>None: every assumption is the default of the {preset} methodology, each with its source in the full technical report.</p>
      ) : (
        <table className="print-table">
          <caption className="visually-hidden">Assumptions this plan changed, with the default and its source</caption>
          <thead>
            <tr>
              <th scope="col">Assumption</th>
              <th scope="col" className="num">
                This plan
              </th>
              <th scope="col" className="num">
                Default
              </th>
              <th scope="col">Source of the default</th>
            </tr>
          </thead>
          <tbody>
            {f.changedAssumptions.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.label}</th>
                <td className="num">{a.value}</td>
                <td className="num">{a.defaultValue}</td>
                <td>
                  {sourceKind(a.source.label)}: {readerCitation(a.source.citation)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

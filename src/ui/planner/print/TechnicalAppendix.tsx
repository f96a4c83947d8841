// The end of the full technical report: every assumption with its value and source, grouped as the
// assumptions editor groups them (the source under the assumption's name across the page's width,
// not squeezed into a third column), the method, and the glossary (src/model/glossary.ts).
import { explainPlan, formatByUnit, formatInteger, formatParamValue, formatPeople, GLOSSARY, readerCitation, PARAMS, PARAM_IDS, PRESETS, type Plan } from '../../../model';
import { ASSUMPTION_GROUPS } from '../AssumptionRow';
import { sourceKind } from './printPage';

export function PrintAssumptions({ plan }: { plan: Plan }) {
  const changed = new Map(plan.overrides.map((o) => [o.id, o]));
  return (
    <section className="print-section" aria-labelledby="print-assumptions">
      <h2 id="print-assumptions">Assumptions and sources</h2>
      <p className="print-note">
        Every assumption the plan uses, with its value and where it comes from. Source kinds: CAPS (published by the Coalition to Advance Public Safety), CAPS-calibrated (set so
        the method reproduces a published CAPS profile), research (a published study or rule) and assumption (a stated judgement to replace with local figures).
      </p>
      {ASSUMPTION_GROUPS.map((group) => {
        const ids = PARAM_IDS.filter((id) => PARAMS[id].group === group.id);
        if (ids.length === 0) return null;
        const headingId = `print-assumptions-${group.id}`;
        // Site teams size nothing under the caseload model: one line names them, with their values.
        if (group.id === 'sites' && plan.assumptions.staffingModel !== 'sites') {
          return (
            <div key={group.id} className="print-assumption-group">
              <h3 id={headingId}>{group.label}</h3>
              <p className="print-note">
                Not used by this plan ({PARAMS.staffingModel.label}: {formatParamValue('staffingModel', plan.assumptions.staffingModel)}). The site-based methodology would use:{' '}
                {ids
                  .filter((id) => id !== 'staffingModel')
                  .map((id) => `${PARAMS[id].label} ${formatParamValue(id, plan.assumptions[id])}`)
                  .join('; ')}
                .
              </p>
            </div>
          );
        }
        return (
          <div key={group.id} className="print-assumption-group">
            <h3 id={headingId}>{group.label}</h3>
            <table className="print-table print-assumptions" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">Assumption and its source</th>
                  <th scope="col" className="num">
                    Value
                  </th>
                </tr>
              </thead>
              <tbody>
                {ids.map((id) => {
                  const spec = PARAMS[id];
                  const note = changed.get(id);
                  return (
                    <tr key={id}>
                      <th scope="row">
                        {spec.label}
                        {note && <strong> (changed from the default, {formatParamValue(id, note.presetValue)})</strong>}
                        <span className="print-desc">
                          {sourceKind(spec.source.label)}: {readerCitation(spec.source.citation)}
                        </span>
                      </th>
                      <td className="num">{formatParamValue(id, plan.assumptions[id])}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}

export function PrintMethod({ plan }: { plan: Plan }) {
  const a = plan.assumptions;
  const sites = a.staffingModel === 'sites';
  return (
    <section className="print-section" aria-labelledby="print-method">
      <h2 id="print-method">Method</h2>
      <p>
        The high-risk population, {formatPeople(plan.highRiskPopulation)}, is estimated as {explainPlan(plan).highRiskPopulation.formula.toLowerCase()}; participants are the
        service reach of it ({formatPeople(plan.participants)}).{' '}
        {sites ? (
          <>
            The program is staffed as site teams, as street programs are: {formatInteger(plan.sites)} site{plan.sites === 1 ? '' : 's'}, one for every{' '}
            {formatByUnit(a['sites.participantsPerSite'], 'people')} participants (rounded up), each with {formatByUnit(a['sites.streetOutreach'], 'people')} street outreach
            workers, {formatByUnit(a['sites.interrupters'], 'people')} violence interrupters, {formatByUnit(a['sites.traumaCounselors'], 'people')} trauma counselor(s) and{' '}
            {formatByUnit(a['sites.supervisors'], 'people')} site supervisor(s). Every other frontline role&rsquo;s full-time equivalents are its driver divided by a caseload,
            rounded to the nearest whole person (half up), and one supervisor per {formatByUnit(a['supervisor.workersPerSupervisor'], 'people')} of those workers is added.
          </>
        ) : (
          <>
            Each frontline role&rsquo;s full-time equivalents are its driver divided by a caseload, rounded to the nearest whole person (half up); a role whose need is under
            half a position is reported as a part-time need. Supervisors are one per {formatByUnit(a['supervisor.workersPerSupervisor'], 'people')} frontline workers.
          </>
        )}{' '}
        Office of Violence Prevention staff grow with the square root of population from 4 at Norfolk&rsquo;s 238,005 residents. Annual cost is people × salary × cost of
        living × (1 + fringe), in whole dollars; training & technical assistance and data & evaluation are shares of staffing cost;{' '}
        {sites ? 'direct assistance to participants' : 'wraparound services'} {sites ? 'is' : 'are'} a rate per participant.
      </p>
      <p>
        This method follows the Coalition to Advance Public Safety's CVI Ecosystem profiles (cviecosystem.org) and reproduces the published Norfolk, VA profile. Figures are a
        planning estimate, not a prediction. Methodology: {PRESETS[plan.preset].description}
      </p>
    </section>
  );
}

export function PrintGlossary() {
  return (
    <section className="print-section" aria-labelledby="print-glossary">
      <h2 id="print-glossary">Glossary</h2>
      <dl className="print-glossary">
        {GLOSSARY.map((e) => (
          <div key={e.term}>
            <dt>
              {e.term}
              {e.expansion !== null && <span className="muted"> ({e.expansion})</span>}
            </dt>
            <dd>{e.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

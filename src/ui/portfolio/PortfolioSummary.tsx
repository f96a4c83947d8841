// The printed one-page portfolio summary (issue 14): title, methodology, totals, the places with
// what a funder compares (violence per 100,000, budget per resident and per homicide), the notes
// and the sources. Hidden on screen; in print it is all that prints of the portfolio page (the
// print rules are in styles.css). The rows follow the table's order on screen.
import { useState } from 'react';
import {
  DEFAULT_PORTFOLIO_HIGH_RISK_METHOD,
  formatInteger,
  formatPeople,
  formatUsd,
  formatUsdCents,
  PARAM_IDS,
  PORTFOLIO_HIGH_RISK_LABELS,
  PRESETS,
  presetDefaults,
  type Portfolio,
  type PortfolioResult,
  type PortfolioRow,
} from '../../model';
import { columnOf, placeLabel, rowOrder, sortDescription, type CellText, type Sort, type SortKey } from './portfolioColumns';
import { localCountText, populationOnlyText, withoutCountsText } from './PortfolioNotes';

// The date as the plan's printed documents write it ("December 7, 2026"); not imported from their
// print module, which would then be split out of the print view's chunk into one the first load names.
const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });

/** The high-risk estimate in a few words, so every row prints on one line; the notes above the table say the rest. */
function printedMethod(row: PortfolioRow): CellText {
  const text = PRINTED_METHOD[row.method.method];
  if (row.method.note === 'no-violence-counts') return { text, note: 'no counts' };
  if (row.method.note === 'local-count') return { text, note: 'own count' };
  return { text };
}
const PRINTED_METHOD: Readonly<Record<PortfolioRow['method']['method'], string>> = { population: 'Population', 'violence-adjusted': 'Violence-adjusted', custom: 'Local count' };

/** The columns that fit a letter page: what a funder compares, the inputs left to the screen table. */
const PRINTED: readonly SortKey[] = ['place', 'population', 'homicidesPer100k', 'shootingVictimsPer100k', 'method', 'total', 'budgetPerResident', 'costPerParticipant', 'costPerHomicide'];

export function PortfolioSummary({ portfolio, result, sort }: { portfolio: Portfolio; result: PortfolioResult; sort: Sort | null }) {
  const [date] = useState(() => DATE.format(new Date()));
  const choice = portfolio.highRiskMethod ?? DEFAULT_PORTFOLIO_HIGH_RISK_METHOD;
  // Counted as the assumptions panel counts them (PortfolioAssumptions.tsx), from what the page already loads.
  const defaults = presetDefaults(portfolio.preset);
  const changed = PARAM_IDS.filter((id) => portfolio.assumptions[id] !== undefined && portfolio.assumptions[id] !== defaults[id]).length;
  const notes = [populationOnlyText(result, choice), choice === 'violence-adjusted' ? withoutCountsText(portfolio.places, result) : null, choice === 'each-place' ? null : localCountText(result)].filter(
    (n): n is string => n !== null,
  );
  const columns = PRINTED.flatMap((key) => columnOf(key) ?? []);
  const order = rowOrder(portfolio.places, result.rows, sort);
  const name = portfolio.name.trim() || 'Portfolio';
  return (
    // Hidden (the attribute, so every reader of the page skips it, jsdom included); the print rules show it.
    <section className="portfolio-print-summary" aria-label="Printed portfolio summary" hidden>
      <h1>{name}: portfolio summary</h1>
      <p className="print-meta">
        <span>CVI Ecosystem Planner</span>
        <span>{date}</span>
        <span>
          {formatInteger(portfolio.places.length)} {portfolio.places.length === 1 ? 'place' : 'places'}
        </span>
      </p>
      <p className="summary-method">
        <strong>Methodology:</strong> {PRESETS[portfolio.preset].label} — {PRESETS[portfolio.preset].description} <strong>High-risk estimate:</strong> {PORTFOLIO_HIGH_RISK_LABELS[choice]}.{' '}
        <strong>Assumptions:</strong> {changed === 0 ? 'the methodology’s defaults' : `${formatInteger(changed)} changed from the methodology’s defaults`}, the same for every place.
      </p>
      <p className="summary-totals">
        <strong>Total, a year at full strength: {formatUsd(result.total)}</strong> · Residents {formatInteger(result.population)} · Participants {formatPeople(result.participants)} · Staff{' '}
        {formatInteger(result.staff)}
        {result.costPerParticipant !== null && <> · Cost per participant {formatUsd(result.costPerParticipant)}</>}
        {result.budgetPerResident !== null && <> · Budget per resident {formatUsdCents(result.budgetPerResident)}</>}
      </p>
      {notes.map((note, i) => (
        <p key={i} className="summary-note">
          {note}
        </p>
      ))}
      <table className="print-table compact summary-table">
        <caption>
          Places. {sortDescription(sort)} — means not given or none (the reason is printed small).
          {result.withoutViolenceCounts.places > 0 && ' “No counts”: planned by population, as violence-adjusted needs homicides or fatal shooting victims.'}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {order.map((i) => {
            const place = portfolio.places[i];
            const row = result.rows[i];
            if (!place || !row) return null;
            return (
              <tr key={i}>
                {columns.map((c) => {
                  const cell = c.key === 'method' ? printedMethod(row) : c.cell(place, row);
                  const content = 'blank' in cell ? <>— <small>{cell.blank}</small></> : <>{cell.text}{cell.note && <small> {cell.note}</small>}</>;
                  return c.key === 'place' ? (
                    <th key={c.key} scope="row">
                      {placeLabel(place)}
                    </th>
                  ) : (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          <tr className="total-row">
            {columns.map((c) =>
              c.key === 'place' ? (
                <th key={c.key} scope="row">
                  Portfolio total
                </th>
              ) : (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {c.key === 'population' ? formatInteger(result.population) : c.key === 'total' ? formatUsd(result.total) : c.key === 'budgetPerResident' && result.budgetPerResident !== null ? formatUsdCents(result.budgetPerResident) : c.key === 'costPerParticipant' && result.costPerParticipant !== null ? formatUsd(result.costPerParticipant) : null}
                </td>
              ),
            )}
          </tr>
        </tbody>
      </table>
      <p className="print-sources">
        Sources: {portfolio.preset === 'site-based' ? 'site teams as street programs staff them (Cure Violence; New York’s Crisis Management System), with the planner’s sourced defaults' : 'the Coalition to Advance Public Safety’s CVI Ecosystem staffing method (cviecosystem.org), applied to each place on its own with the planner’s sourced defaults'}{' '}
        (the planner’s methodology; the violence-adjusted estimate is the planner’s assumption). Place figures as entered, or the planner’s city presets from public sources (open a
        place as a plan for each number’s source). A planning estimate, not a prediction.
      </p>
    </section>
  );
}

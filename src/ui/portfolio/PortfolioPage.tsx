// The funders' portfolio page (issue 6): many places, one methodology and one assumptions set.
// Each place is planned on its own (computePortfolio, memoised on the store) and the portfolio
// only adds the plans up. Loaded on demand: the planner's first paint does not carry it.
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import {
  formatInteger,
  formatPeople,
  formatUsd,
  INPUT_LABELS,
  makePlanDocument,
  PORTFOLIO_HIGH_RISK_LABELS,
  PORTFOLIO_HIGH_RISK_METHODS,
  portfolioDocument,
  portfolioLinkUrl,
  PRESET_IDS,
  PRESETS,
  type PlanInput,
  type PortfolioHighRiskMethod,
  type PortfolioResult,
  type PresetId,
} from '../../model';
import { useNotices } from '../../state/notices';
import { portfolioResultOf, usePortfolio, usePortfolioResult } from '../../state/portfolioStore';
import { receivePlan } from '../app/navigation';
import { CopyLink } from '../app/CopyLink';
import { Field } from '../controls/Field';
import { download } from '../planner/exporting';
import { Notices } from '../app/Notices';
import { GlossaryButton } from '../glossary/Glossary';
import { Term } from '../glossary/Term';
import { PortfolioAssumptions } from './PortfolioAssumptions';
import { PortfolioChart } from './PortfolioChart';
import { PortfolioPlaceForm } from './PortfolioPlaceForm';
import { PortfolioPresetPicker } from './PortfolioPresetPicker';
import { PortfolioNotes } from './PortfolioNotes';
import { PortfolioSummary } from './PortfolioSummary';
import { placeLabel, PortfolioTable, type Sort } from './PortfolioTable';
import { PortfolioUpload } from './PortfolioUpload';

export function PortfolioPage({ nav }: { nav: ReactNode }) {
  const id = useId();
  const name = usePortfolio((s) => s.name);
  const preset = usePortfolio((s) => s.preset);
  const places = usePortfolio((s) => s.places);
  const addPlaces = usePortfolio((s) => s.addPlaces);
  const updatePlace = usePortfolio((s) => s.updatePlace);
  const removePlace = usePortfolio((s) => s.removePlace);
  const clearPlaces = usePortfolio((s) => s.clearPlaces);
  const highRiskMethod = usePortfolio((s) => s.highRiskMethod);
  const setHighRiskMethod = usePortfolio((s) => s.setHighRiskMethod);
  const result = usePortfolioResult();
  // The table's order, kept here so it holds while places change and the printed summary follows it.
  const [sort, setSort] = useState<Sort | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);
  const editingPlace = editing === null ? undefined : places[editing];

  // Where focus goes when the control it was on leaves the page (a confirmation shown or answered,
  // the last place removed, editing cancelled): set by the handler, applied once the page has drawn.
  const focusNext = useRef<'keep' | 'remove-all' | 'totals' | { edit: number } | null>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const removeAllButton = useRef<HTMLButtonElement>(null);
  const totals = useRef<HTMLElement>(null);
  const placesSection = useRef<HTMLElement>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === 'keep') keepButton.current?.focus();
    else if (target === 'remove-all') removeAllButton.current?.focus();
    else if (target === 'totals') totals.current?.focus();
    else placesSection.current?.querySelector<HTMLButtonElement>(`button[data-edit-index="${target.edit}"]`)?.focus();
  });

  const openAsPlan = (index: number) => {
    const state = usePortfolio.getState();
    const place = state.places[index];
    const planned = portfolioResultOf(state).rows[index]?.plan.input;
    if (!place || !planned) return;
    // The input the row was planned with (the portfolio's preset and high-risk estimate), so the plan opens with the row's figures.
    // Added to the plans library beside the plan that was open (receivePlan's notice says so, with one click back).
    receivePlan(makePlanDocument(planned, state.assumptions), `the portfolio (${placeLabel(place)}, with the portfolio’s methodology and assumptions)`, { focusNav: true });
  };

  const remove = (index: number) => {
    const place = places[index];
    removePlace(index);
    // The row and its button are gone: the table keeps focus, or with no place left the totals take it.
    if (places.length === 1) focusNext.current = 'totals';
    if (editing !== null && index <= editing) setEditing(index === editing ? null : editing - 1);
    if (place) setStatus(`Removed ${placeLabel(place)}.`);
  };

  return (
    <>
      <a className="skip-link" href="#portfolio-results">
        Skip to results
      </a>
      <PortfolioHeader nav={nav} empty={places.length === 0} />
      <Notices />
      <main className="portfolio-layout">
        <div className="portfolio-top">
          <PortfolioSettings id={id} />
          <PortfolioTotals id={id} name={name} places={places.length} result={result} status={status} sectionRef={totals} />
        </div>
        <section aria-labelledby={`${id}-add`} className="panel portfolio-add">
          <h2 id={`${id}-add`}>Add places</h2>
          <div className="portfolio-add-grid">
            <PortfolioPresetPicker />
            <PortfolioPlaceForm
              preset={preset}
              portfolioMethod={highRiskMethod}
              editing={editing !== null && editingPlace ? { index: editing, place: editingPlace } : null}
              onAdd={(place: PlanInput) => addPlaces([place])}
              onSave={(index, place) => {
                updatePlace(index, place);
                setEditing(null);
              }}
              onCancelEdit={() => {
                if (editing !== null) focusNext.current = { edit: editing };
                setEditing(null);
              }}
            />
            <PortfolioUpload />
          </div>
        </section>
        {places.length > 0 && (
          <section aria-labelledby={`${id}-places`} className="panel" ref={placesSection}>
            <h2 id={`${id}-places`}>Places</h2>
            <PortfolioChart places={places} result={result} />
            <PortfolioNotes
              places={places}
              result={result}
              choice={highRiskMethod}
              onUseViolenceAdjusted={() => {
                setHighRiskMethod('violence-adjusted');
                setStatus(`High-risk estimate: ${PORTFOLIO_HIGH_RISK_LABELS['violence-adjusted']}.`);
              }}
            />
            <PortfolioTable
              places={places}
              result={result}
              sort={sort}
              onSort={setSort}
              onOpen={openAsPlan}
              onEdit={(index) => {
                setEditing(index);
                setStatus('');
              }}
              onRemove={remove}
            />
            <p className="hint">“Open as plan” adds that place to your plans, with this portfolio’s methodology and assumptions, and opens it in the planner; the plan open there stays in your plans.</p>
            <RemoveAllPlaces
              places={places.length}
              confirming={confirmClear}
              keepRef={keepButton}
              removeAllRef={removeAllButton}
              onAsk={() => {
                setConfirmClear(true);
                // The safe answer takes focus: Enter twice does not remove everything.
                focusNext.current = 'keep';
              }}
              onConfirm={() => {
                clearPlaces();
                setEditing(null);
                setConfirmClear(false);
                focusNext.current = 'totals';
                setStatus('Removed every place.');
              }}
              onKeep={() => {
                setConfirmClear(false);
                focusNext.current = 'remove-all';
              }}
            />
          </section>
        )}
        <PortfolioAssumptions />
      </main>
      <PrintableSummary sort={sort} />
      <footer className="app-footer">
        <p>
          Method: the CAPS CVI Ecosystem sizing method (cviecosystem.org), applied to each place separately. City data are from public sources; open a place
          as a plan to see each number’s working and source.
        </p>
      </footer>
    </>
  );
}

function PortfolioHeader({ nav, empty }: { nav: ReactNode; empty: boolean }) {
  return (
    <header className="app-header">
      <div>
        <h1>CVI Ecosystem Planner</h1>
        <p className="tagline">
          Funders’ portfolio for community violence intervention (CVI): each place planned on its own, with one methodology and one set of assumptions.
        </p>
        {nav}
      </div>
      <div className="header-actions">
        <PortfolioExports disabled={empty} />
        <button type="button" className="print-summary-button" disabled={empty} onClick={() => window.print()}>
          Print summary
        </button>
        <PortfolioShare />
        <GlossaryButton />
      </div>
    </header>
  );
}

/** The one-page summary that prints instead of the page (hidden on screen), in the table's order. */
function PrintableSummary({ sort }: { sort: Sort | null }) {
  const name = usePortfolio((s) => s.name);
  const preset = usePortfolio((s) => s.preset);
  const highRiskMethod = usePortfolio((s) => s.highRiskMethod);
  const assumptions = usePortfolio((s) => s.assumptions);
  const places = usePortfolio((s) => s.places);
  const result = usePortfolioResult();
  if (places.length === 0) return null;
  return <PortfolioSummary portfolio={{ name, preset, highRiskMethod, assumptions, places }} result={result} sort={sort} />;
}

/** The portfolio's name and the one methodology every place is planned with. */
function PortfolioSettings({ id }: { id: string }) {
  const name = usePortfolio((s) => s.name);
  const preset = usePortfolio((s) => s.preset);
  const setName = usePortfolio((s) => s.setName);
  const setPreset = usePortfolio((s) => s.setPreset);
  const highRiskMethod = usePortfolio((s) => s.highRiskMethod);
  const setHighRiskMethod = usePortfolio((s) => s.setHighRiskMethod);
  return (
    <section aria-labelledby={`${id}-settings`} className="panel">
      <h2 id={`${id}-settings`}>Portfolio</h2>
      <Field label="Portfolio name" id={`${id}-name`}>
        {(control) => <input {...control} type="text" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={INPUT_LABELS.preset} id={`${id}-preset`} hint={
          <>
            Every methodology starts from the method of the <Term id="CAPS" spell />. {PRESETS[preset].description} Applies to every place.
          </>
        }
      >
        {(control) => (
          <select {...control} value={preset} onChange={(e) => setPreset(e.target.value as PresetId)}>
            {PRESET_IDS.map((p) => (
              <option key={p} value={p}>
                {PRESETS[p].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="High-risk estimate for every place"
        id={`${id}-method`}
        hint={`Each place’s own: ${preset === 'site-based' ? 'under Site-based, violence-adjusted where a place gives homicides or fatal shootings, else population' : 'population'} unless a typed place says otherwise. Population: 0.1% of residents, whatever the violence. Violence-adjusted: scaled by homicides per 100,000 (fatal shooting victims when homicides are blank); a place with neither is planned by population and marked. A place given its own local high-risk count keeps it.`}
      >
        {(control) => (
          <select {...control} value={highRiskMethod} onChange={(e) => setHighRiskMethod(e.target.value as PortfolioHighRiskMethod)}>
            {PORTFOLIO_HIGH_RISK_METHODS.map((m) => (
              <option key={m} value={m}>
                {PORTFOLIO_HIGH_RISK_LABELS[m]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </section>
  );
}

/** The portfolio's totals (the skip link's target) and the status line of what was last done. */
function PortfolioTotals({
  id,
  name,
  places,
  result,
  status,
  sectionRef,
}: {
  id: string;
  name: string;
  places: number;
  result: PortfolioResult;
  status: string;
  sectionRef: RefObject<HTMLElement | null>;
}) {
  const perParticipant = result.costPerParticipant;
  return (
    <section aria-labelledby={`${id}-totals`} className="panel" id="portfolio-results" tabIndex={-1} ref={sectionRef}>
      <h2 id={`${id}-totals`}>{name.trim() || 'Portfolio'}: totals</h2>
      {places === 0 ? (
        <p>No places yet. Add city presets, type a place, or upload a CSV file of places.</p>
      ) : (
        <dl className="stats">
          <div className="stat big">
            <dt>Portfolio total, a year at full strength</dt>
            <dd data-testid="portfolio-total">{formatUsd(result.total)}</dd>
          </div>
          <div className="stat">
            <dt>Staff</dt>
            <dd data-testid="portfolio-staff">{formatInteger(result.staff)}</dd>
          </div>
          <div className="stat">
            <dt>Places</dt>
            <dd>{formatInteger(places)}</dd>
          </div>
          <div className="stat">
            <dt>Residents</dt>
            <dd>{formatInteger(result.population)}</dd>
          </div>
          <div className="stat">
            <dt>Participants</dt>
            <dd>{formatPeople(result.participants)}</dd>
          </div>
          <div className="stat">
            <dt>Cost per participant</dt>
            <dd>{perParticipant === null ? '—' : formatUsd(perParticipant)}</dd>
          </div>
        </dl>
      )}
      <p role="status" className="form-status">
        {status}
      </p>
    </section>
  );
}

/** "Remove all places…", asked twice: the confirmation offers to keep them, which takes focus. */
function RemoveAllPlaces({
  places,
  confirming,
  keepRef,
  removeAllRef,
  onAsk,
  onConfirm,
  onKeep,
}: {
  places: number;
  confirming: boolean;
  keepRef: RefObject<HTMLButtonElement | null>;
  removeAllRef: RefObject<HTMLButtonElement | null>;
  onAsk: () => void;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  return (
    <div className="form-actions">
      {confirming ? (
        <>
          <button
            type="button"
            className="remove"
            onClick={onConfirm}
          >
            {places === 1 ? 'Yes, remove the 1 place' : `Yes, remove all ${formatInteger(places)} places`}
          </button>
          <button
            type="button"
            className="secondary"
            ref={keepRef}
            onClick={onKeep}
          >
            Keep them
          </button>
        </>
      ) : (
        <button
          type="button"
          className="secondary"
          ref={removeAllRef}
          onClick={onAsk}
        >
          Remove all places…
        </button>
      )}
    </div>
  );
}

/** CSV and workbook of the portfolio; the builders and exceljs load only when someone exports. */
function PortfolioExports({ disabled }: { disabled: boolean }) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const push = useNotices((s) => s.push);

  const run = async (kind: 'csv' | 'xlsx') => {
    setBusy(true);
    setStatus('Preparing the file…');
    try {
      const state = usePortfolio.getState();
      const portfolio = portfolioDocument(state);
      const computed = portfolioResultOf(state);
      // The same registry the planner's Export menu uses; it and exceljs load only now.
      const { buildPortfolioExport } = await import('../../model/exports/registry');
      const file = await buildPortfolioExport(kind === 'csv' ? 'portfolio-csv' : 'portfolio-xlsx', {
        portfolio,
        result: computed,
        generatedOn: new Date().toISOString().slice(0, 10),
        destination: 'download',
      });
      download(file.filename, file.body as BlobPart, file.mime);
      setStatus(`Downloaded ${file.filename}.`);
    } catch (e) {
      setStatus('');
      push({ kind: 'error', message: `The export failed: ${(e as Error).message}. Your portfolio is unchanged.` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="portfolio-exports">
      <button type="button" disabled={disabled || busy} onClick={() => void run('csv')}>
        Export CSV
      </button>
      <button type="button" disabled={disabled || busy} onClick={() => void run('xlsx')}>
        Export workbook (.xlsx)
      </button>
      <p role="status" className="export-status">
        {status}
      </p>
    </div>
  );
}

/** "Copy portfolio link": the places, methodology and assumptions in the URL fragment. */
function PortfolioShare() {
  return (
    <CopyLink
      buttonLabel="Copy portfolio link"
      linkLabel="Link to this portfolio"
      copiedMessage="Link copied. It holds the portfolio’s places, methodology and assumptions, not its results."
      linkFor={(base) => portfolioLinkUrl(portfolioDocument(usePortfolio.getState()), base)}
    />
  );
}

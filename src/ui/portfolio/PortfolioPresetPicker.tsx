// Add city presets to the portfolio: search, tick any number of cities, add them; or add every
// preset at once. Cities already in the portfolio are shown as such and never added twice.
import { useId, useState } from 'react';
import { CITIES, cityKey, formatInteger, searchCities } from '../../model';
import { usePortfolio, type AddResult } from '../../state/portfolioStore';

export function PortfolioPresetPicker() {
  const id = useId();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const places = usePortfolio((s) => s.places);
  const addCities = usePortfolio((s) => s.addCities);
  const addAllPresets = usePortfolio((s) => s.addAllPresets);

  const present = new Set(places.map((p) => `${p.placeName}, ${p.state}`.toLowerCase()));
  const results = query.trim() === '' ? CITIES : searchCities(query, CITIES.length);
  const chosen = [...selected].filter((key) => !present.has(key.toLowerCase()));

  const report = (result: AddResult, what: string) => {
    if (result.full) {
      setStatus(`Nothing was added: the portfolio would hold more places than it can.`);
      return;
    }
    const already = result.alreadyIn.length;
    setStatus(
      `${result.added === 0 ? 'No cities added' : `Added ${result.added === 1 ? what : `${formatInteger(result.added)} cities`}`}` +
        (already > 0 ? `; ${formatInteger(already)} ${already === 1 ? 'was' : 'were'} already in the portfolio.` : '.'),
    );
  };

  const toggle = (key: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <div className="portfolio-presets">
      <div className="field">
        <label htmlFor={`${id}-search`}>Add a city</label>
        <input
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          value={query}
          placeholder={`Search ${CITIES.length} U.S. city presets`}
          aria-describedby={`${id}-hint`}
          aria-controls={`${id}-results`}
          onChange={(e) => setQuery(e.target.value)}
        />
        <p id={`${id}-hint`} className="hint">
          Tick the cities to add. Each preset fills population and the latest violence counts from public sources.
        </p>
      </div>
      {/* The list scrolls: focusable itself, so the keyboard can scroll it even when every city in
          view is already in the portfolio (and its checkbox disabled). */}
      <fieldset id={`${id}-results`} className="portfolio-city-list" tabIndex={0}>
        <legend>
          {query.trim() === '' ? `All ${CITIES.length} city presets` : `${results.length} matching ${results.length === 1 ? 'city' : 'cities'}`}
        </legend>
        {results.length === 0 ? (
          <p className="muted">No preset matches “{query.trim().slice(0, 40)}”. Type the place below instead.</p>
        ) : (
          <ul>
            {results.map((city) => {
              const key = cityKey(city);
              const inPortfolio = present.has(key.toLowerCase());
              return (
                <li key={key}>
                  <label className={inPortfolio ? 'muted' : undefined}>
                    <input type="checkbox" checked={inPortfolio || selected.has(key)} disabled={inPortfolio} onChange={(e) => toggle(key, e.target.checked)} />
                    <span>
                      {key} <span className="muted small">pop. {formatInteger(city.population)}</span>
                      {inPortfolio && <span className="small"> (in the portfolio)</span>}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      <div className="form-actions">
        <button
          type="button"
          disabled={chosen.length === 0}
          onClick={() => {
            report(addCities(chosen), chosen[0] ?? '');
            setSelected(new Set());
          }}
        >
          {chosen.length === 0 ? 'Add selected cities' : `Add selected cities (${chosen.length})`}
        </button>
        <button type="button" className="secondary" onClick={() => report(addAllPresets(), 'one city')}>
          Add all presets
        </button>
      </div>
      <p role="status" className="form-status">
        {status}
      </p>
    </div>
  );
}

// City preset search: an accessible combobox over the shipped presets ("norf" offers "Norfolk, VA").
import { memo, useId, useState } from 'react';
import { cityKey, formatInteger, searchCities } from '../../model';

export const CitySearch = memo(function CitySearch({ onChoose }: { onChoose: (key: string) => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const id = useId();
  const listId = `${id}-list`;
  const results = searchCities(query);
  const expanded = open && results.length > 0;

  const choose = (key: string) => {
    onChoose(key);
    setQuery('');
    setOpen(false);
  };

  return (
    <div className="city-search">
      <label htmlFor={id}>City preset</label>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={`${id}-hint`}
        {...(expanded && results[active] ? { 'aria-activedescendant': `${id}-opt-${active}` } : {})}
        autoComplete="off"
        value={query}
        placeholder="Search 60 U.S. cities"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && expanded) {
            e.preventDefault();
            const city = results[active];
            if (city) choose(cityKey(city));
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <p id={`${id}-hint`} className="hint">
        Fills population and the latest violence counts, with their sources. Every field stays editable.
      </p>
      <ul id={listId} role="listbox" aria-label="Matching cities" className="city-options" hidden={!expanded}>
        {expanded &&
          results.map((city, i) => (
            <li
              key={cityKey(city)}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(cityKey(city));
              }}
            >
              {cityKey(city)} <span className="muted">pop. {formatInteger(city.population)}</span>
            </li>
          ))}
      </ul>
    </div>
  );
});

// The map in place of the reader: where the articles in view are about, a legend, and the most
// covered countries as buttons (the keyboard's way onto the map).
import { useMemo } from 'react';
import { buildColorScale } from './color-scale.ts';
import type { ColorScale } from './color-scale.ts';
import { countLabel } from './count-label.ts';
import { countryName } from './country-codes.ts';
import { WorldMap } from './WorldMap.tsx';
import './map.css';

/** Countries listed under the map; the sidebar's Places tree has them all. */
const topLimit = 12;

interface MapPaneProps {
  /** Articles per country (alpha-2); null until the first answer. */
  counts: ReadonlyMap<string, number> | null;
  /** What is being counted: "All articles · Past month", "Search: niger". */
  scope: string;
  highlighted: ReadonlySet<string>;
  /** The country whose articles the list shows, if one is chosen. */
  selected: string | null;
  onSelect: (code: string) => void;
}

export function MapPane({ counts, scope, highlighted, selected, onSelect }: MapPaneProps) {
  const shown = useMemo(() => counts ?? new Map<string, number>(), [counts]);
  const scale = useMemo(() => buildColorScale(Math.max(0, ...shown.values())), [shown]);
  const top = useMemo(
    () =>
      [...shown.entries()]
        .filter(([, count]) => count > 0)
        .map(([code, count]) => ({ code, count, name: countryName(code) }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
        .slice(0, topLimit),
    [shown],
  );

  return (
    <section className="map-pane" aria-label="Map" data-testid="map-pane">
      <header className="map-pane__head">
        <h2 className="map-pane__title">Articles by country</h2>
        <p className="map-pane__scope" data-testid="map-scope">
          {scope}
        </p>
      </header>
      <WorldMap counts={shown} scale={scale} highlighted={highlighted} onSelect={onSelect} />
      <div className="map-pane__foot">
        <Legend scale={scale} />
        {counts && top.length === 0 ? (
          <p className="map-pane__none" data-testid="map-none">
            No articles here are tagged with a country yet.
          </p>
        ) : null}
        {top.length > 0 ? (
          <div className="map-pane__top">
            <h3 className="map-pane__label" id="map-top-label">
              Most covered
            </h3>
            <ul className="map-pane__countries" aria-labelledby="map-top-label">
              {top.map((country) => (
                <li key={country.code}>
                  <button
                    type="button"
                    className="facet-chip"
                    aria-pressed={selected === country.code}
                    aria-label={`${country.name}, ${countLabel(country.count).toLowerCase()}`}
                    data-testid="map-country"
                    data-country={country.code}
                    onClick={() => onSelect(country.code)}
                  >
                    <span
                      className={`map-pane__swatch map-shade-${scale.shadeFor(country.count)}`}
                      aria-hidden="true"
                    />
                    <span className="facet-chip__label">{country.name}</span>
                    <span className="facet-chip__count">{country.count.toLocaleString()}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}

function Legend({ scale }: { scale: ColorScale }) {
  return (
    <div className="map-legend" data-testid="map-legend">
      <h3 className="map-pane__label" id="map-legend-label">
        Articles
      </h3>
      <ul className="map-legend__classes" aria-labelledby="map-legend-label">
        <li className="map-legend__class">
          <span className="map-legend__swatch map-shade-0" aria-hidden="true" />
          None
        </li>
        {scale.classes.map((entry) => (
          <li key={entry.low} className="map-legend__class">
            <span className={`map-legend__swatch map-shade-${entry.shade}`} aria-hidden="true" />
            {entry.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

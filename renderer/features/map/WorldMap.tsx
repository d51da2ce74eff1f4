// The world as an SVG choropleth: each country shaded by its article count, the chosen region's
// countries outlined, a tooltip with the name and count; a click on a country with articles picks it.
import { useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import { countryShapes, mapHeight, mapWidth } from './atlas.ts';
import type { ColorScale } from './color-scale.ts';
import { countLabel } from './count-label.ts';

interface WorldMapProps {
  counts: ReadonlyMap<string, number>;
  scale: ColorScale;
  /** Countries of the region or country being browsed: outlined. */
  highlighted: ReadonlySet<string>;
  onSelect: (code: string) => void;
}

interface Hover {
  code: string;
  name: string;
  x: number;
  y: number;
  /** Near the right edge the tooltip opens to the left of the pointer. */
  flip: boolean;
}

export function WorldMap({ counts, scale, highlighted, onSelect }: WorldMapProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);

  const track = (event: MouseEvent<SVGPathElement>, code: string, name: string) => {
    const frame = frameRef.current?.getBoundingClientRect();
    if (!frame) return;
    const x = event.clientX - frame.left;
    setHover({ code, name, x, y: event.clientY - frame.top, flip: x > frame.width - 180 });
  };

  const hoverCount = hover ? (counts.get(hover.code) ?? 0) : 0;
  // Outlined countries come last, so their outline is not hidden under a neighbour's edge.
  const shapes = [...countryShapes].sort(
    (a, b) => Number(highlighted.has(a.code)) - Number(highlighted.has(b.code)),
  );

  return (
    <div className="world-map" ref={frameRef} onMouseLeave={() => setHover(null)}>
      <svg
        className="world-map__svg"
        viewBox={`0 0 ${mapWidth} ${mapHeight}`}
        role="img"
        aria-label="World map of articles by country"
        data-testid="world-map"
      >
        {shapes.map((shape, index) => {
          const count = counts.get(shape.code) ?? 0;
          const classes = ['world-map__country', `map-shade-${scale.shadeFor(count)}`];
          if (count > 0) classes.push('world-map__country--active');
          if (highlighted.has(shape.code)) classes.push('world-map__country--highlighted');
          return (
            <path
              key={`${shape.code}-${index}`}
              className={classes.join(' ')}
              d={shape.d}
              data-country={shape.code}
              data-count={count}
              onMouseMove={(event) => track(event, shape.code, shape.name)}
              onClick={count > 0 ? () => onSelect(shape.code) : undefined}
            />
          );
        })}
      </svg>
      {hover ? (
        <div
          className="world-map__tooltip"
          role="tooltip"
          data-testid="map-tooltip"
          style={{
            left: hover.x,
            top: hover.y,
            translate: hover.flip ? 'calc(-100% - 12px) 14px' : '12px 14px',
          }}
        >
          <strong>{hover.name}</strong>
          <span>{countLabel(hoverCount)}</span>
        </div>
      ) : null}
    </div>
  );
}

// The world's country outlines, drawn once: Natural Earth's 1:110m countries (bundled by Vite, as the
// CSP allows no fetch elsewhere) in the Natural Earth projection, as SVG path data per country.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasJson from 'world-atlas/countries-110m.json';
import { alpha2ForShape, countryName } from './country-codes.ts';

export interface CountryShape {
  /** ISO 3166-1 alpha-2, as the tags use. */
  code: string;
  name: string;
  /** SVG path data in the map's coordinates. */
  d: string;
}

export const mapWidth = 960;

/** Antarctica is left out: it is rarely in the news and would take a fifth of the height. */
const leftOut = new Set(['010']);

const atlas = atlasJson as unknown as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
const countries = feature(atlas, atlas.objects.countries);
countries.features = countries.features.filter((shape) => !leftOut.has(String(shape.id)));

const projection = geoNaturalEarth1().fitWidth(mapWidth, countries);
const path = geoPath(projection);
const [[, top], [, bottom]] = path.bounds(countries);

export const mapHeight = Math.ceil(bottom - top);
projection.translate([projection.translate()[0], projection.translate()[1] - top]);

export const countryShapes: readonly CountryShape[] = countries.features.flatMap((shape) => {
  const code = alpha2ForShape(shape.id, shape.properties?.name);
  const d = path(shape);
  return code && d ? [{ code, name: countryName(code), d }] : [];
});

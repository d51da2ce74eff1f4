// From the map's country shapes (ISO numeric ids) to the tags' alpha-2 codes, and a region's countries.
import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import {
  alpha2ForShape,
  countriesOf,
  countryName,
} from '../../../../renderer/features/map/country-codes.ts';

interface Shape {
  id?: string;
  properties: { name: string };
}

describe('alpha2ForShape', () => {
  it('maps ISO numeric ids to alpha-2 codes', () => {
    expect(alpha2ForShape('076')).toBe('BR');
    expect(alpha2ForShape('562')).toBe('NE');
    expect(alpha2ForShape('724')).toBe('ES');
    expect(alpha2ForShape(76)).toBe('BR');
  });

  it('places the shapes Natural Earth draws without an ISO number', () => {
    expect(alpha2ForShape(undefined, 'Kosovo')).toBe('XK');
    expect(alpha2ForShape(undefined, 'N. Cyprus')).toBe('CY');
    expect(alpha2ForShape(undefined, 'Somaliland')).toBe('SO');
    expect(alpha2ForShape(undefined, 'Atlantis')).toBeNull();
    expect(alpha2ForShape('999')).toBeNull();
  });

  it('maps every country of the bundled world map', () => {
    const shapes = (atlas as unknown as { objects: { countries: { geometries: Shape[] } } }).objects
      .countries.geometries;
    expect(shapes.length).toBeGreaterThan(170);
    const unmapped = shapes.filter((shape) => !alpha2ForShape(shape.id, shape.properties.name));
    expect(unmapped.map((shape) => shape.properties.name)).toEqual([]);
  });
});

describe('countriesOf', () => {
  it('is the country itself for a country', () => {
    expect([...countriesOf({ kind: 'country', code: 'BR' })]).toEqual(['BR']);
  });

  it('is a grouping’s members', () => {
    expect([...countriesOf({ kind: 'region', code: 'sahel' })].sort()).toEqual([
      'BF',
      'ML',
      'MR',
      'NE',
      'TD',
    ]);
  });

  it('is every country inside an M49 region, at any depth', () => {
    const westernAfrica = countriesOf({ kind: 'region', code: '011' });
    expect(westernAfrica.has('NE')).toBe(true);
    expect(westernAfrica.has('KE')).toBe(false);
    const africa = countriesOf({ kind: 'region', code: '002' });
    expect(africa.has('NE')).toBe(true);
    expect(africa.has('KE')).toBe(true);
    expect(africa.has('ES')).toBe(false);
  });

  it('is empty for topics and free tags', () => {
    expect(countriesOf({ kind: 'topic', code: 'medtop:11000000' }).size).toBe(0);
  });
});

describe('countryName', () => {
  it('names a country, or repeats an unknown code', () => {
    expect(countryName('NE')).toBe('Niger');
    expect(countryName('ZZ')).toBe('ZZ');
  });
});

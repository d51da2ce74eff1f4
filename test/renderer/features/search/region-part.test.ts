// A map click while searching: the country's `region:"…"` part added to the query, and taken out again.
import { describe, expect, it } from 'vitest';
import {
  hasRegion,
  regionPart,
  toggleRegion,
} from '../../../../renderer/features/search/facet-query.ts';

describe('toggleRegion', () => {
  it('adds a quoted region part, so names with spaces stay one phrase', () => {
    expect(regionPart('Burkina Faso')).toBe('region:"Burkina Faso"');
    expect(toggleRegion('voters', 'Brazil')).toBe('voters region:"Brazil"');
    expect(toggleRegion('', 'Burkina Faso')).toBe('region:"Burkina Faso"');
  });

  it('takes the part out when it is there, whatever its case', () => {
    expect(toggleRegion('voters region:"Brazil"', 'Brazil')).toBe('voters');
    expect(toggleRegion('region:"brazil" voters', 'Brazil')).toBe('voters');
  });

  it('leaves a negated part alone: taking it out would change the query’s meaning', () => {
    expect(toggleRegion('voters -region:"Brazil"', 'Brazil')).toBe(
      'voters -region:"Brazil" region:"Brazil"',
    );
  });

  it('tells whether the query narrows to a region', () => {
    expect(hasRegion('voters region:"Brazil"', 'Brazil')).toBe(true);
    expect(hasRegion('voters region:"Brazil"', 'Niger')).toBe(false);
    expect(hasRegion('voters source:"Brazil"', 'Brazil')).toBe(false);
  });
});

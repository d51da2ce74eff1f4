// Dates from metadata, normalised to ISO 8601 UTC.
import { describe, expect, it } from 'vitest';
import { toIsoUtc } from '../../../main/extract/dates.ts';

describe('toIsoUtc', () => {
  it.each([
    ['2023-12-05T09:30:00+00:00', '2023-12-05T09:30:00.000Z'],
    ['2023-12-05T09:30:00+01:00', '2023-12-05T08:30:00.000Z'],
    ['2023-12-05', '2023-12-05T00:00:00.000Z'],
    ['2023-12-05 09:30', '2023-12-05T09:30:00.000Z'],
    ['Tue, 05 Dec 2023 09:30:00 GMT', '2023-12-05T09:30:00.000Z'],
    ['December 5, 2023', '2023-12-05T00:00:00.000Z'],
  ])('reads %s', (input, expected) => {
    expect(toIsoUtc(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'yesterday',
    'not a date',
    '0000-00-00',
    '1970-01-01T00:00:00Z'.replace('1970', '0001'),
  ])('returns null for %j', (input) => {
    expect(toIsoUtc(input)).toBeNull();
  });

  it('returns null for nothing', () => {
    expect(toIsoUtc(null)).toBeNull();
    expect(toIsoUtc(undefined)).toBeNull();
  });
});

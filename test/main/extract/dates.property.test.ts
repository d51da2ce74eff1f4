// Properties of the page and front matter date reader over generated input: it never throws,
// answers ISO 8601 UTC or null, reads its own answer back, and reads back what Date writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toIsoUtc } from '../../../main/extract/dates.ts';

const runs = { numRuns: 400 };
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const moment = fc
  .integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2199, 11, 31) })
  .map((time) => new Date(time));
const toSecond = (date: Date) => new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();

const piece = fc.oneof(
  fc.constantFrom(' ', 'T', 'Z', ':', '-', '/', '+01:00', 'GMT', 'EST', 'Dec', 'Tue,', '2024'),
  fc.integer({ min: 0, max: 9999 }).map(String),
  fc.string({ maxLength: 4 }),
);
const dateLike = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));

describe('toIsoUtc', () => {
  it('never throws, and answers null or ISO 8601 UTC it reads back unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const iso = toIsoUtc(text);
        if (iso === null) return;
        expect(iso).toMatch(ISO_UTC);
        expect(toIsoUtc(iso)).toBe(iso);
      }),
      runs,
    );
  });

  it('reads back what Date#toISOString and Date#toUTCString write', () => {
    fc.assert(
      fc.property(moment, (date) => {
        expect(toIsoUtc(date.toISOString())).toBe(date.toISOString());
        expect(toIsoUtc(date.toUTCString())).toBe(toSecond(date));
      }),
      runs,
    );
  });

  it('takes a date and time without a zone as UTC', () => {
    fc.assert(
      fc.property(moment, (date) => {
        const local = date.toISOString().slice(0, 19);
        expect(toIsoUtc(local)).toBe(toSecond(date));
        expect(toIsoUtc(local.replace('T', ' '))).toBe(toSecond(date));
      }),
      runs,
    );
  });
});

// Properties of the feed date parser over generated input: it never throws, answers ISO 8601 UTC
// inside its window or null, and reads back the moment written in each format feeds use.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../main/feeds/dates.ts';

const NOW = new Date('2025-06-01T00:00:00Z');
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2027, 5, 1);
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const runs = { numRuns: 500 };

/** Pieces of dates as feeds write them, so generated text gets past the first checks. */
const piece = fc.oneof(
  fc.constantFrom(
    ...[
      ' ',
      ', ',
      ':',
      '-',
      '/',
      '.',
      'T',
      'Z',
      '+',
      '+0100',
      '-08:00',
      'GMT',
      'UTC',
      'EST',
      'PDT',
    ],
    ...['Mon', 'Tue', 'Dec', 'December', 'janvier', 'mar', 'am', 'pm', '오후', '年', '月', '日'],
    ...['2023', '23', '05', '5', '12', '31', '09:30', '09:30:00', '.123', 'W05', '335', '(PST)'],
  ),
  fc.integer({ min: 0, max: 9999 }).map(String),
  fc.string({ maxLength: 4 }),
);
const dateLike = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

/** Moments inside the window parseFeedDate accepts, to the millisecond. */
const moment = fc.integer({ min: EARLIEST, max: LATEST - 1 }).map((time) => new Date(time));
const toSecond = (date: Date) => new Date(Math.floor(date.getTime() / 1000) * 1000);

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The fields of `date` as a clock `offset` minutes east of UTC shows them. */
function clockAt(date: Date, offset: number) {
  const local = new Date(date.getTime() + offset * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth(),
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`,
  };
}

function zone(offset: number, colon: boolean): string {
  const sign = offset < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}${colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
}

/** Offsets real places use, from -12:00 to +14:00 by quarter hours. */
const offset = fc.integer({ min: -48, max: 56 }).map((quarters) => quarters * 15);

describe('parseFeedDate on any input', () => {
  it('never throws, and answers null or ISO 8601 UTC inside 1970 … now + 2 years', () => {
    fc.assert(
      fc.property(
        fc.oneof(dateLike, fc.string(), fc.string({ unit: 'binary', maxLength: 120 })),
        (text) => {
          const parsed = parseFeedDate(text, NOW);
          if (parsed === null) return;
          expect(parsed).toMatch(ISO_UTC);
          expect(new Date(parsed).toISOString()).toBe(parsed);
          const time = Date.parse(parsed);
          expect(time).toBeGreaterThanOrEqual(EARLIEST);
          expect(time).toBeLessThanOrEqual(LATEST);
        },
      ),
      runs,
    );
  });

  it('reads its own answer back unchanged', () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        const parsed = parseFeedDate(text, NOW);
        if (parsed !== null) expect(parseFeedDate(parsed, NOW)).toBe(parsed);
      }),
      runs,
    );
  });

  it('does not care about blank space around or inside the date', () => {
    fc.assert(
      fc.property(dateLike, fc.constantFrom(' ', '  ', '\t', '\n '), (text, gap) => {
        const spaced = `${gap}${text.replace(/ /g, gap)}${gap}`;
        expect(parseFeedDate(spaced, NOW)).toBe(parseFeedDate(text, NOW));
      }),
      runs,
    );
  });

  it('answers null for null, undefined and anything over 100 characters', () => {
    expect(parseFeedDate(null, NOW)).toBeNull();
    expect(parseFeedDate(undefined, NOW)).toBeNull();
    fc.assert(
      fc.property(moment, fc.integer({ min: 80, max: 300 }), (date, padding) => {
        const text = `${date.toISOString()}${' '.repeat(padding)}x`;
        expect(parseFeedDate(text, NOW)).toBeNull();
      }),
      { numRuns: 50 },
    );
  });
});

describe('parseFeedDate reads back the moment written in', () => {
  it('ISO 8601 UTC (Date#toISOString)', () => {
    fc.assert(
      fc.property(moment, (date) => {
        expect(parseFeedDate(date.toISOString(), NOW)).toBe(date.toISOString());
      }),
      runs,
    );
  });

  it('ISO 8601 with an offset, basic or extended', () => {
    fc.assert(
      fc.property(moment, offset, fc.boolean(), (date, minutes, extended) => {
        const c = clockAt(date, minutes);
        const day = extended
          ? `${c.year}-${pad(c.month + 1)}-${pad(c.day)}`
          : `${c.year}${pad(c.month + 1)}${pad(c.day)}`;
        const time = extended ? c.time : c.time.replace(/:/g, '');
        const text = `${day}T${time}${zone(minutes, extended)}`;
        expect(parseFeedDate(text, NOW), text).toBe(toSecond(date).toISOString());
      }),
      runs,
    );
  });

  it('RFC 1123 (Date#toUTCString)', () => {
    fc.assert(
      fc.property(moment, (date) => {
        expect(parseFeedDate(date.toUTCString(), NOW)).toBe(toSecond(date).toISOString());
      }),
      runs,
    );
  });

  it('RFC 822 with a numeric zone, and RFC 2822 two-digit years', () => {
    fc.assert(
      fc.property(moment, offset, fc.boolean(), (date, minutes, shortYear) => {
        const c = clockAt(date, minutes);
        // Two-digit years are 1950–2049 (RFC 2822 §4.3): only those can be written that way.
        fc.pre(!shortYear || c.year < 2050);
        const year = shortYear ? pad(c.year % 100) : String(c.year);
        const text = `${DAYS[c.weekday]}, ${pad(c.day)} ${MONTHS[c.month]} ${year} ${c.time} ${zone(minutes, false)}`;
        expect(parseFeedDate(text, NOW), text).toBe(toSecond(date).toISOString());
      }),
      runs,
    );
  });

  it('asctime and Unix seconds', () => {
    fc.assert(
      fc.property(moment, (date) => {
        const c = clockAt(date, 0);
        const asctime = `${DAYS[c.weekday]} ${MONTHS[c.month]} ${String(c.day).padStart(2, ' ')} ${c.time} ${c.year}`;
        expect(parseFeedDate(asctime, NOW), asctime).toBe(toSecond(date).toISOString());
        const seconds = String(Math.floor(date.getTime() / 1000));
        // Only ten-digit second counts are read as such (from September 2001 on).
        if (seconds.length === 10) {
          expect(parseFeedDate(seconds, NOW)).toBe(toSecond(date).toISOString());
        }
      }),
      runs,
    );
  });
});

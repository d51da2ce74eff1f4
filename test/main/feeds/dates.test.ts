// Feed dates as publishers really write them, normalised to ISO 8601 UTC (or null).
import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../main/feeds/dates.ts';

const NOW = new Date('2025-01-01T00:00:00Z');

describe('parseFeedDate', () => {
  it.each([
    // RFC 822 / 2822 and their mutations
    ['Tue, 05 Dec 2023 09:30:00 GMT', '2023-12-05T09:30:00.000Z'],
    ['Tue, 5 Dec 2023 09:30 EST', '2023-12-05T14:30:00.000Z'],
    ['Tue, 05 Dec 2023 09:30:00 PDT', '2023-12-05T16:30:00.000Z'],
    ['Tue, 05 Dec 2023 09:30:00 +0100', '2023-12-05T08:30:00.000Z'],
    ['Tue, 05 Dec 2023 09:30:00 -0000', '2023-12-05T09:30:00.000Z'],
    ['Tue, 05 Dec 2023 09:30:00 UT', '2023-12-05T09:30:00.000Z'],
    ['Tue, 05 Dec 2023 09:30:00 Z', '2023-12-05T09:30:00.000Z'],
    ['Tue, 05 Dec 2023 09:30:00 N', '2023-12-05T10:30:00.000Z'],
    ['Thu, 30 Apr 2015 08:57:00 MEST', '2015-04-30T06:57:00.000Z'],
    ['Wed, 19 Aug 2009 18:28:00 Etc/GMT', '2009-08-19T18:28:00.000Z'],
    ['Wed, 19 Feb 2012 22:40:00 GMT-01:01', '2012-02-19T23:41:00.000Z'],
    ['Thu, 01 Jan 04 19:48:21 GMT', '2004-01-01T19:48:21.000Z'], // two-digit year
    ['Sat, 05 Dec 2023 09:30:00 GMT', '2023-12-05T09:30:00.000Z'], // wrong day name
    ['05 Dec 2023 09:30:00 GMT', '2023-12-05T09:30:00.000Z'], // no day name
    ['Fri,24 Nov 2023 18:28:36 -0000', '2023-11-24T18:28:36.000Z'], // no space after the comma
    ['Thu,  5 Apr 2012 10:00:00 GMT', '2012-04-05T10:00:00.000Z'],
    ['Thu, 01 Jan 2004', '2004-01-01T00:00:00.000Z'], // no time
    ['Mon, 26 January 2004 16:31:00 ET', '2004-01-26T21:31:00.000Z'], // full month name
    ['Tuesday, 05-Dec-23 09:30:00 GMT', '2023-12-05T09:30:00.000Z'], // RFC 850
    ['Thu, 01 Jan 2004 19:48:21 -0800 (PST)', '2004-01-02T03:48:21.000Z'], // zone comment
    // asctime, JavaScript and Unix styles
    ['Sun Jan  4 16:29:06 2004', '2004-01-04T16:29:06.000Z'],
    ['Sun Jul 15 01:16:00 +0000 2012', '2012-07-15T01:16:00.000Z'],
    ['Tue Dec 5 09:30:00 UTC 2023', '2023-12-05T09:30:00.000Z'],
    ['Thu Aug 30 2012 17:26:16 +0200', '2012-08-30T15:26:16.000Z'],
    ['Tue Dec 05 2023 09:30:00 GMT+0100 (Central European Time)', '2023-12-05T08:30:00.000Z'],
    ['Fri, 2006/09/15 08:19:53 EDT', '2006-09-15T12:19:53.000Z'],
    ['1701768600', '2023-12-05T09:30:00.000Z'], // epoch seconds
    // ISO 8601 / W3CDTF
    ['2023-12-05T09:30:00Z', '2023-12-05T09:30:00.000Z'],
    ['2003-12-31T10:14:55-08:00', '2003-12-31T18:14:55.000Z'],
    ['2007-04-23T23:25:47.538+10:00', '2007-04-23T13:25:47.538Z'],
    ['2023-12-05T09:30:00+0530', '2023-12-05T04:00:00.000Z'],
    ['2023-12-05T09:30', '2023-12-05T09:30:00.000Z'], // no seconds, no zone: UTC
    ['2004-07-08 23:56:58', '2004-07-08T23:56:58.000Z'],
    ['2004-07-08 23:56:58.0', '2004-07-08T23:56:58.000Z'],
    ['2023-12-05', '2023-12-05T00:00:00.000Z'],
    ['2003', '2003-01-01T00:00:00.000Z'],
    ['20231205T093000Z', '2023-12-05T09:30:00.000Z'],
    ['03-12-31', '2003-12-31T00:00:00.000Z'],
    ['2023-W49-2', '2023-12-05T00:00:00.000Z'], // week date
    ['2023-339', '2023-12-05T00:00:00.000Z'], // ordinal date
    ['2004-02-28T18:14:55-08:00', '2004-02-29T02:14:55.000Z'], // crosses a leap day
    // Other languages and a.m./p.m.
    ['2004-július-13T9:15-05:00', '2004-07-13T14:15:00.000Z'],
    ['Di, 05 Dez 2023 09:30:00 +0100', '2023-12-05T08:30:00.000Z'],
    ['mar, 05 mars 2024 10:00:00 +0100', '2024-03-05T09:00:00.000Z'],
    ['5 décembre 2023 09:30', '2023-12-05T09:30:00.000Z'],
    ['5. Dezember 2023', '2023-12-05T00:00:00.000Z'],
    ['December 5, 2023 at 9:30 pm', '2023-12-05T21:30:00.000Z'],
    ['2004-05-25 오후 11:23:17', '2004-05-25T14:23:17.000Z'], // Korean blogs: KST
  ])('reads %j', (input, expected) => {
    expect(parseFeedDate(input, NOW)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'yesterday',
    'Tue, 31 Feb 2023 09:30:00 GMT', // no such day
    'Sun, 16 Dec 2012 1:2:3:4 GMT',
    'Sun, 16 zzz 2012 11:47:32 GMT',
    'Sun, Dec x 2012 11:47:32 GMT',
    'Sun, 16 Dec zz 11:47:32 GMT',
    '2003-12-31T25:14:55Z',
    '2003-12-31T10:61:55Z',
    '2003-12-31T10:14:61Z',
    '9999-12-31T23:59:59-99:99',
    '2013-01-28T11:30:00-06:00Textra',
    '2013-01-28T09:xx:00Z',
    '12/05/2023', // month or day first? Nobody can tell.
    '0000-00-00',
    '1969-12-31T23:59:59Z', // before feeds existed: a placeholder
    '2027-01-02T00:00:00Z', // more than two years after the fetch
  ])('returns null for %j', (input) => {
    expect(parseFeedDate(input, NOW)).toBeNull();
  });

  it('trusts future dates up to two years after the fetch', () => {
    expect(parseFeedDate('2026-12-01T00:00:00Z', NOW)).toBe('2026-12-01T00:00:00.000Z');
  });

  it('returns null for nothing', () => {
    expect(parseFeedDate(null)).toBeNull();
    expect(parseFeedDate(undefined)).toBeNull();
  });
});

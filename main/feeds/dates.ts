// Dates as feeds write them (RFC 822/2822, ISO 8601/W3CDTF and their many mutations) → ISO 8601 UTC or null.
import { monthOf, isWeekdayName, isNoiseWord, meridiemOf, zoneOffsetOf } from './date-words.ts';

const MINUTE = 60_000;
// Feeds are from the age of the web; anything earlier is a placeholder ("0000-00-00", epoch 0),
// anything more than two years ahead a typo or a scheduled post we should not trust.
const EARLIEST_YEAR = 1970;
const FUTURE_YEARS = 2;

interface Fields {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC; null = not given (taken as UTC). */
  offset: number | null;
}

/**
 * Parses a feed date. Returns ISO 8601 UTC (`2024-03-05T14:00:00.000Z`), or null when the text is
 * not a date we can read with confidence, or lies before 1970 or more than two years after `now`.
 * A date without a zone is taken as UTC, so every machine gives the same answer.
 */
export function parseFeedDate(
  value: string | null | undefined,
  now: Date | number = Date.now(),
): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 100) return null;
  const fields = parseIso(text) ?? parseLoose(text) ?? parseEpoch(text);
  const time = fields ? toTime(fields) : null;
  if (time === null) return null;
  const nowTime = typeof now === 'number' ? now : now.getTime();
  const latest = new Date(nowTime);
  latest.setUTCFullYear(latest.getUTCFullYear() + FUTURE_YEARS);
  if (time < Date.UTC(EARLIEST_YEAR, 0, 1) || time > latest.getTime()) return null;
  return new Date(time).toISOString();
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant the fields describe, or null when any field is out of range. */
function toTime(f: Fields): number | null {
  // Date.UTC reads years 0–99 as 1900–1999; such years are out of range for feeds anyway.
  if (!Number.isInteger(f.year) || f.year < 1000 || f.month < 1 || f.month > 12) return null;
  if (f.day < 1 || f.day > daysInMonth(f.year, f.month)) return null;
  if (f.hour > 24 || f.minute > 59 || f.second > 60) return null;
  if (f.hour === 24 && (f.minute > 0 || f.second > 0)) return null;
  if (f.offset !== null && Math.abs(f.offset) > 18 * 60) return null;
  // A leap second is real but Date cannot hold it; the moment before is close enough.
  const second = Math.min(f.second, 59);
  const utc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, second, f.millisecond);
  return utc - (f.offset ?? 0) * MINUTE;
}

function expandYear(digits: string): number {
  const year = Number(digits);
  if (digits.length > 2) return digits.length === 3 ? year + 1900 : year;
  // RFC 2822 §4.3: two-digit years 00–49 are 2000–2049, 50–99 are 1950–1999.
  return year < 50 ? 2000 + year : 1900 + year;
}

function fraction(digits: string | undefined): number {
  return digits ? Math.floor(Number(`0.${digits}`) * 1000) : 0;
}

/** `Z`, `+05`, `-0800`, `+05:30`, `UTC`, `GMT` → minutes east of UTC; undefined if not a zone. */
function numericOffset(text: string): number | undefined {
  if (/^(?:Z|UTC?|GMT)$/i.test(text)) return 0;
  const match = /^(?:UTC?|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(text);
  if (!match) return undefined;
  const [, sign, hours = '0', minutes = '0'] = match;
  if (Number(minutes) > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

// ISO 8601 and W3CDTF: calendar, ordinal and week dates, basic and extended forms, two-digit
// years, a time with or without seconds and fractions, a zone or none. Anything after is garbage.
const ISO_DATE = new RegExp(
  '^(?:' +
    [
      String.raw`(?<oy>\d{4})-?(?<o>\d{3})`, // 2003-335
      String.raw`(?<y>\d{4})-(?<m>\d{1,3})(?:-(?<d>\d{1,2}))?`, // 2003-12-31, 2003-12, 2003-012-31
      String.raw`(?<y2>\d{4})(?<m2>\d{2})(?<d2>\d{2})`, // 20031231
      String.raw`(?<wy>\d{4})-?W(?<w>\d{2})(?:-?(?<wd>[1-7]))?`, // 2004-W05-3
      String.raw`(?<sy>\d{2})-?(?<sm>\d{2})-?(?<sd>\d{2})`, // 03-12-31, 031231
      String.raw`(?<ny>\d{4})-(?<nm>\p{L}{3,})-(?<nd>\d{1,2})`, // 2004-július-13
      String.raw`(?<yy>\d{4})`, // 2003
    ].join('|') +
    ')' +
    String.raw`(?:[T ](?<H>\d{1,2})(?::?(?<M>\d{2})(?::?(?<S>\d{2})(?:[.,](?<F>\d+))?)?)?)?` +
    String.raw`\s?(?<Z>Z|[+-]\d{1,2}(?::?\d{2})?|UTC|GMT)?$`,
  'iu',
);

function parseIso(text: string): Fields | null {
  const g = ISO_DATE.exec(text)?.groups;
  if (!g) return null;
  let year: number;
  let month = 1;
  let day = 1;
  if (g.y) [year, month, day] = [Number(g.y), Number(g.m), Number(g.d ?? 1)];
  else if (g.y2) [year, month, day] = [Number(g.y2), Number(g.m2), Number(g.d2)];
  else if (g.sy) [year, month, day] = [expandYear(g.sy), Number(g.sm), Number(g.sd)];
  else if (g.ny) {
    const named = monthOf(g.nm ?? '');
    if (!named) return null;
    [year, month, day] = [Number(g.ny), named, Number(g.nd)];
  } else if (g.oy) {
    const ordinal = Number(g.o);
    if (ordinal < 1 || ordinal > (isLeap(Number(g.oy)) ? 366 : 365)) return null;
    [year, month, day] = calendarDate(Number(g.oy), ordinal);
  } else if (g.wy) {
    const week = Number(g.w);
    if (week < 1 || week > 53) return null;
    // Week 1 is the week with the year's first Thursday, i.e. the week holding 4 January.
    const jan4Weekday = new Date(Date.UTC(Number(g.wy), 0, 4)).getUTCDay() || 7;
    [year, month, day] = calendarDate(Number(g.wy), week * 7 + Number(g.wd ?? 1) - jan4Weekday - 3);
  } else year = Number(g.yy);
  const offset = g.Z ? numericOffset(g.Z) : null;
  if (offset === undefined) return null;
  return {
    year,
    month,
    day,
    hour: Number(g.H ?? 0),
    minute: Number(g.M ?? 0),
    second: Number(g.S ?? 0),
    millisecond: fraction(g.F),
    offset,
  };
}

function isLeap(year: number): boolean {
  return new Date(Date.UTC(year, 1, 29)).getUTCDate() === 29;
}

/** [year, month, day] of day `ordinal` of `year` (which may spill into the next or previous year). */
function calendarDate(year: number, ordinal: number): [number, number, number] {
  const date = new Date(Date.UTC(year, 0, ordinal));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?$/;
const NUMERIC_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/; // 2006/09/15
const RFC850_DATE = /^(\d{1,2})-(\p{L}+)\.?-(\d{2,4})$/u; // 06-Nov-94

/**
 * Everything with words: RFC 822 and its mutations ("Thu,  5 Apr 2012 10:00 GMT", "Fri,24 Nov
 * 2023", two-digit years, full or foreign month names, wrong or missing day names, zone names),
 * asctime and JavaScript's Date#toString, Twitter's "+0000 2012", "2006/09/15 08:19:53 EDT",
 * RFC 850 and a.m./p.m. markers. Any word we do not understand makes the whole date unknown.
 */
function parseLoose(text: string): Fields | null {
  const tokens = text
    .replace(/\([^)]*\)/g, ' ') // "+0000 (UTC)": a comment
    .replace(/(\d)\s*[年]\s*/g, '$1-')
    .replace(/(\d)\s*月\s*(\d+)\s*日/g, '$1-$2 ')
    .replace(/,/g, ' ')
    .split(' ')
    .filter(Boolean);
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  let time: RegExpExecArray | null = null;
  let offset: number | null = null;
  let meridiem: 'am' | 'pm' | null = null;
  let koreanMarker = false;
  const numbers: string[] = [];
  const monthWords: Array<{ month: number; weekday: boolean }> = [];

  for (const token of tokens) {
    let match: RegExpExecArray | null;
    if ((match = NUMERIC_DATE.exec(token))) {
      if (year !== null) return null;
      [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    } else if ((match = RFC850_DATE.exec(token))) {
      const named = monthOf(match[2] ?? '');
      if (!named || year !== null) return null;
      [day, month, year] = [Number(match[1]), named, expandYear(match[3] ?? '')];
    } else if ((match = TIME.exec(token))) {
      if (time) return null;
      time = match;
    } else if (/^\d{1,4}$/.test(token)) {
      numbers.push(token);
    } else if (/^\d{1,2}(?:st|nd|rd|th|\.)$/i.test(token)) {
      numbers.push(token.replace(/\D/g, ''));
    } else {
      // Zones follow the time ("10:00 EST"); before it, "at" is a word, not Atlantic Time.
      const zone = time ? (numericOffset(token) ?? zoneOffsetOf(token)) : undefined;
      const word = token.replace(/\.$/, '');
      const named = monthOf(word);
      const side = meridiemOf(token);
      if (zone !== undefined && offset === null && !named) offset = zone;
      else if (named) monthWords.push({ month: named, weekday: isWeekdayName(word) });
      else if (side) {
        meridiem = side.meridiem;
        koreanMarker ||= side.korean;
      } else if (!isWeekdayName(word) && !isNoiseWord(word)) return null;
    }
  }

  // "mar" is both a French Tuesday and March: a word that can be a day name yields to one that cannot.
  const months = monthWords.filter((w) => !w.weekday);
  const chosen = months.length ? months : monthWords.slice(-1);
  if (chosen.length > 1 || (chosen.length && month !== null)) return null;
  if (chosen[0]) month = chosen[0].month;
  if (year === null) {
    if (month === null || numbers.length !== 2) return null;
    // Day before year ("5 Apr 2012", "Apr 5 2012"), unless the first can only be a year.
    const [first = '', second = ''] = numbers;
    const firstIsYear = first.length > 2 && second.length <= 2;
    [day, year] = firstIsYear
      ? [Number(second), expandYear(first)]
      : [Number(first), expandYear(second)];
  } else if (numbers.length) return null;
  if (month === null || day === null) return null;

  let hour = time ? Number(time[1]) : 0;
  if (meridiem) {
    if (!time || hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  // Korean blog platforms write local time with 오전/오후 and no zone: that is KST.
  if (offset === null && koreanMarker) offset = 9 * 60;
  return {
    year,
    month,
    day,
    hour,
    minute: time ? Number(time[2]) : 0,
    second: time?.[3] ? Number(time[3]) : 0,
    millisecond: fraction(time?.[4]),
    offset,
  };
}

/** Seconds (10 digits) or milliseconds (13 digits) since 1970, as some generators write them. */
function parseEpoch(text: string): Fields | null {
  if (!/^\d{10}(?:\d{3})?$/.test(text)) return null;
  const date = new Date(text.length === 10 ? Number(text) * 1000 : Number(text));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
    offset: 0,
  };
}

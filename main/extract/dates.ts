// Publication dates from pages and front matter, normalised to ISO 8601 UTC (or null, never an Invalid Date).

const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|UT|[ECMP][SD]T)\b)\s*$/i;
const ISO_DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

// Dates outside this window are almost always parsing accidents ("0000-00-00", epoch 0).
const EARLIEST = Date.UTC(1800, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/**
 * Parses a date as written in metadata. A date without a time zone is taken as UTC (the
 * same answer on every machine, rather than the local zone of whoever imports it).
 */
export function toIsoUtc(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let time: number;
  if (ISO_DATE_ONLY.test(text)) time = Date.parse(`${text}T00:00:00Z`);
  else if (ISO_LOCAL.test(text)) time = Date.parse(`${text.replace(' ', 'T')}Z`);
  else {
    const parsed = new Date(text);
    time = parsed.getTime();
    if (!Number.isNaN(time) && !HAS_ZONE.test(text)) {
      time = Date.UTC(
        parsed.getFullYear(),
        parsed.getMonth(),
        parsed.getDate(),
        parsed.getHours(),
        parsed.getMinutes(),
        parsed.getSeconds(),
      );
    }
  }
  if (Number.isNaN(time) || time < EARLIEST || time > LATEST) return null;
  return new Date(time).toISOString();
}

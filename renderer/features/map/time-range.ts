// How far back the list and the map look: all time or the past week, month or year, as an `after` day.

export type TimeRange = 'all' | 'week' | 'month' | 'year';

export const timeRanges: ReadonlyArray<{ value: TimeRange; label: string }> = [
  { value: 'all', label: 'All time' },
  { value: 'week', label: 'Past week' },
  { value: 'month', label: 'Past month' },
  { value: 'year', label: 'Past year' },
];

export function isTimeRange(value: string): value is TimeRange {
  return timeRanges.some((range) => range.value === value);
}

/** The first day (YYYY-MM-DD, local calendar) a range includes, or undefined for all time. */
export function afterFor(range: TimeRange, now: Date): string | undefined {
  const year = now.getFullYear();
  const month = now.getMonth();
  const day = now.getDate();
  switch (range) {
    case 'all':
      return undefined;
    case 'week':
      return formatDay(new Date(year, month, day - 7));
    case 'month':
      return formatDay(sameDayIn(year, month - 1, day));
    case 'year':
      return formatDay(sameDayIn(year - 1, month, day));
  }
}

/** The same day of another month, or its last day when it is shorter (31 March → 28 February). */
function sameDayIn(year: number, month: number, day: number): Date {
  const lastDay = new Date(year, month + 1, 0).getDate();
  return new Date(year, month, Math.min(day, lastDay));
}

function formatDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

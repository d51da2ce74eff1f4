// Dates as readers say them: relative when recent ("3 h ago"), absolute otherwise.
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const sameYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const otherYear = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

/** A short date for list rows. */
export function formatListDate(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const age = now.getTime() - date.getTime();
  // A few minutes ahead is a clock that ticks once a minute, or a server's clock: still "just now".
  if (age > -5 * minute && age < minute) return 'just now';
  if (age >= 0 && age < hour) return `${Math.floor(age / minute)} min ago`;
  if (age >= 0 && age < day) return `${Math.floor(age / hour)} h ago`;
  if (age >= 0 && age < 7 * day) {
    const days = Math.floor(age / day);
    return days === 1 ? 'yesterday' : `${days} days ago`;
  }
  return (date.getFullYear() === now.getFullYear() ? sameYear : otherYear).format(date);
}

/** The full date and time, for the reader and for tooltips. */
export function formatFullDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : full.format(date);
}

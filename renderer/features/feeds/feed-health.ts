// A feed's health in words for the list header: when it last updated and when it will next, or why it failed.
import type { FeedHealth } from '../../../shared/feeds.ts';
import { formatListDate } from '../../ui/format-date.ts';

export interface HealthLine {
  tone: 'calm' | 'problem';
  text: string;
}

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const dayAndTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

export function describeHealth(health: FeedHealth, now: Date = new Date()): HealthLine {
  const next = describeNext(health.nextAttemptAt, now);
  if (health.lastError) {
    const retry = next ? ` · retrying ${next}` : '';
    return { tone: 'problem', text: `Last sync failed: ${health.lastError}${retry}` };
  }
  const parts: string[] = [];
  if (health.lastSuccessAt) parts.push(`Updated ${formatListDate(health.lastSuccessAt, now)}`);
  else parts.push('Not synced yet');
  if (next) parts.push(`next update ${next}`);
  return { tone: 'calm', text: parts.join(' · ') };
}

/** "at 14:05", "tomorrow at 09:00", "on Tue 12 Mar, 09:00", or "at the next sync" when overdue. */
function describeNext(iso: string | null, now: Date): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // Offline most of the time: an overdue update happens whenever the next sync gets through.
  if (date.getTime() <= now.getTime()) return 'at the next sync';
  if (sameDay(date, now)) return `at ${time.format(date)}`;
  const tomorrow = new Date(now);
  tomorrow.setDate(now.getDate() + 1);
  if (sameDay(date, tomorrow)) return `tomorrow at ${time.format(date)}`;
  return `on ${dayAndTime.format(date)}`;
}

function sameDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}

// The choices a feed's settings offer, in the words the settings dialog shows.
import type { FullTextPolicy } from '../../../shared/feeds.ts';

export interface IntervalChoice {
  /** Minutes; null follows the app-wide setting. */
  minutes: number | null;
  label: string;
}

export const intervalChoices: IntervalChoice[] = [
  { minutes: null, label: 'App default' },
  { minutes: 15, label: 'Every 15 minutes' },
  { minutes: 60, label: 'Every hour' },
  { minutes: 180, label: 'Every 3 hours' },
  { minutes: 24 * 60, label: 'Daily' },
];

export const fullTextChoices: Array<{ value: FullTextPolicy; label: string; hint: string }> = [
  {
    value: 'feed',
    label: 'Use the feed’s text',
    hint: 'Cheapest: nothing is fetched beyond the feed.',
  },
  {
    value: 'when-summary',
    label: 'Fetch the full article when the feed has only a summary',
    hint: 'One page per article that the feed shortens.',
  },
  {
    value: 'always',
    label: 'Always fetch the full article',
    hint: 'One page per new article.',
  },
];

/** "every 45 min", "every 2 h", "every day": for intervals no choice names, and for the app default. */
export function describeMinutes(minutes: number): string {
  if (minutes % (24 * 60) === 0) {
    const days = minutes / (24 * 60);
    return days === 1 ? 'every day' : `every ${days} days`;
  }
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return hours === 1 ? 'every hour' : `every ${hours} h`;
  }
  return `every ${minutes} min`;
}

// Reads the `after:`, `before:` and `is:` filters of a search query into QueryFilters.
import type { QueryFilters } from './query-ast.ts';

export const filterNames = ['after', 'before', 'is'] as const;
export type FilterName = (typeof filterNames)[number];

const isValues = {
  unread: { read: false },
  read: { read: true },
  starred: { starred: true },
  unstarred: { starred: false },
} as const;
const isList = 'is:unread, is:read, is:starred or is:unstarred';

export function isFilterName(name: string): name is FilterName {
  return (filterNames as readonly string[]).includes(name);
}

export function noFilters(): QueryFilters {
  return { after: null, before: null, read: null, starred: null };
}

/**
 * Adds one filter to `filters`, or says what is wrong with it. Filters AND together, so two
 * `after:` dates keep the later one. A `-` flips a filter into its exact opposite:
 * `-is:read` is `is:unread`, and `-after:D` is `before:D`.
 */
export function applyFilter(
  filters: QueryFilters,
  name: FilterName,
  value: string,
  negated: boolean,
): string | null {
  if (name === 'is') return applyIs(filters, value.toLowerCase(), negated);

  if (value === '')
    return `“${name}:” needs a date right after it, for example ${name}:2024-01-31.`;
  const date = readDate(value);
  if (date === null) {
    return `“${name}:${value}” isn’t a date Outpost can read. Write year-month-day, for example ${name}:2024-01-31.`;
  }
  const after = negated ? name === 'before' : name === 'after';
  if (after) filters.after = filters.after === null || date > filters.after ? date : filters.after;
  else filters.before = filters.before === null || date < filters.before ? date : filters.before;
  return null;
}

function applyIs(filters: QueryFilters, value: string, negated: boolean): string | null {
  if (value === '') return `“is:” needs a word right after it: ${isList}.`;
  if (!Object.hasOwn(isValues, value)) {
    return `Outpost doesn’t know “is:${value}”. Use ${isList}.`;
  }
  const wanted: { read?: boolean; starred?: boolean } = isValues[value as keyof typeof isValues];
  for (const key of ['read', 'starred'] as const) {
    const flag = wanted[key];
    if (flag === undefined) continue;
    const next = negated ? !flag : flag;
    if (filters[key] !== null && filters[key] !== next) {
      return key === 'read'
        ? 'An article can’t be both read and unread: keep one of is:read and is:unread.'
        : 'An article can’t be both starred and unstarred: keep one of is:starred and is:unstarred.';
    }
    filters[key] = next;
  }
  return null;
}

/**
 * Reads `2024-03-05`, `2024-03` (the 1st) or `2024` (1 January) into an ISO date, or null.
 * Month and day may have one digit; `/` and `.` may stand for `-`.
 */
export function readDate(value: string): string | null {
  const parts = value.split(/[-/.]/u);
  if (parts.length > 3) return null;
  const [yearText, monthText = '1', dayText = '1'] = parts;
  if (!/^\d{4}$/u.test(yearText ?? '') || !/^\d{1,2}$/u.test(monthText)) return null;
  if (!/^\d{1,2}$/u.test(dayText)) return null;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${yearText}-${pad(month)}-${pad(day)}`;
}

/** An `after:` date on or past the `before:` date leaves nothing to find: say so. */
export function checkDateRange(filters: QueryFilters): string | null {
  if (filters.after === null || filters.before === null || filters.after < filters.before) {
    return null;
  }
  return `No article can be from on or after ${filters.after} and also before ${filters.before}. Make the after: date the earlier one, for example after:2024-01-01 before:2024-06-30.`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// The list's and the map's time range as the first day it includes.
import { describe, expect, it } from 'vitest';
import { afterFor, isTimeRange } from '../../../../renderer/features/map/time-range.ts';

describe('afterFor', () => {
  const noon = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12, 0);

  it('has no first day for all time', () => {
    expect(afterFor('all', noon(2025, 6, 15))).toBeUndefined();
  });

  it('goes back a week, a month or a year on the local calendar', () => {
    expect(afterFor('week', noon(2025, 6, 15))).toBe('2025-06-08');
    expect(afterFor('month', noon(2025, 6, 15))).toBe('2025-05-15');
    expect(afterFor('year', noon(2025, 6, 15))).toBe('2024-06-15');
  });

  it('crosses month and year ends', () => {
    expect(afterFor('week', noon(2025, 1, 3))).toBe('2024-12-27');
    expect(afterFor('month', noon(2025, 1, 20))).toBe('2024-12-20');
  });

  it('ends on the last day of a shorter month rather than spilling into the next', () => {
    expect(afterFor('month', noon(2025, 3, 31))).toBe('2025-02-28');
    expect(afterFor('month', noon(2024, 3, 31))).toBe('2024-02-29');
    expect(afterFor('year', noon(2024, 2, 29))).toBe('2023-02-28');
  });

  it('uses the local day even just after midnight', () => {
    expect(afterFor('week', new Date(2025, 5, 15, 0, 5))).toBe('2025-06-08');
  });
});

describe('isTimeRange', () => {
  it('accepts the four ranges only', () => {
    expect(['all', 'week', 'month', 'year'].every(isTimeRange)).toBe(true);
    expect(isTimeRange('decade')).toBe(false);
  });
});

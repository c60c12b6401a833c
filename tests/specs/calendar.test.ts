import { describe, expect, test } from '@jest/globals';
import { dateProblem, daysBetween, isCalendarDay } from '../../src/specs/calendar.js';

describe('calendar days', () => {
  test('every day from 1999 to 2101 agrees with Date.UTC, and the days between count across years', () => {
    const start = Date.UTC(1999, 0, 1);
    for (let ms = start, n = 0; ms < Date.UTC(2102, 0, 1); ms += 86_400_000, n++) {
      const day = new Date(ms).toISOString().slice(0, 10);
      expect(isCalendarDay(day)).toBe(true);
      if (n % 97 === 0) expect(daysBetween('1999-01-01', day)).toBe(n);
    }
  });

  test.each(['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-05', '26-01-05', '2026-01-05T00:00', ' 2026-01-05', '２０２６-01-05', ''])('%j is not a day', (text) => {
    expect(isCalendarDay(text)).toBe(false);
  });

  test('leap days, and why a date is not one', () => {
    expect(['2024-02-29', '2000-02-29'].every(isCalendarDay)).toBe(true);
    expect(daysBetween('2026-11-26', '2026-11-25')).toBe(-1);
    expect(dateProblem('2026-02-30')).toBe('is not a day of the calendar');
    expect(dateProblem('soon')).toBe('is not a YYYY-MM-DD date');
  });
});

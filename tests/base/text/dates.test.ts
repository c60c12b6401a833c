import { describe, expect, test } from '@jest/globals';
import { compactDate, formatDay, isIsoDate, localToday, parseDate } from '../../../src/base/text/dates.js';

const TODAY = '2026-11-26';

describe('parseDate', () => {
  test.each([
    ['2026-12-15', '2026-12-15'],
    ['2028-02-29', '2028-02-29'],
    ['2000-01-01', '2000-01-01'],
    ['2100-12-31', '2100-12-31'],
    [' 2026-12-15 ', '2026-12-15'],
    ['+0d', '2026-11-26'],
    ['+10d', '2026-12-06'],
    ['+2w', '2026-12-10'],
    ['+1m', '2026-12-26'],
    ['+3m', '2027-02-26'],
  ])('accepts %j as %s', (input, expected) => {
    expect(parseDate(input, TODAY, '--milestone')).toBe(expected);
  });

  test('a relative month from the 31st clamps to the month end instead of rolling over', () => {
    expect(parseDate('+1m', '2027-01-31', 'date')).toBe('2027-02-28');
  });

  test.each([
    '2026-02-30',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-2-3',
    '02/03/2026',
    '2026-11-26T10:00',
    '2026-11-26Z',
    '２０２６-１２-１５',
    '1999-12-31',
    '2101-01-01',
    '+10',
    '+-1d',
    '+1y',
    'tomorrow',
    '',
  ])('refuses %j and names the field', (input) => {
    expect(() => parseDate(input, TODAY, '--milestone #2')).toThrow(/^--milestone #2 /);
  });

  test('an impossible day says so rather than "not a date"', () => {
    expect(() => parseDate('2026-02-30', TODAY, 'date')).toThrow('"2026-02-30" is not a day of the calendar');
  });

  test('relative dates past 2100 are refused', () => {
    expect(() => parseDate('+9999m', TODAY, 'date')).toThrow(/year/);
  });
});

describe('localToday and isIsoDate', () => {
  test('today is the local calendar date of the injected clock', () => {
    const now = new Date(2026, 10, 26, 23, 59);
    expect(localToday(now)).toBe('2026-11-26');
  });

  test('isIsoDate is strict', () => {
    expect(isIsoDate('2026-11-26')).toBe(true);
    expect(isIsoDate('2026-11-31')).toBe(false);
  });
});

describe('compactDate and formatDay', () => {
  test('a day as a dated id\'s prefix, and in another format, read strictly', () => {
    expect(compactDate('2026-11-27')).toBe('20261127');
    expect(formatDay('2026-11-27', 'D MMMM YYYY')).toBe('27 November 2026');
    expect(() => formatDay('2026-02-30', 'D MMMM YYYY')).toThrow('formatDate: "2026-02-30" is not a YYYY-MM-DD date');
  });

  test('a relative date needs a real today', () => {
    expect(() => parseDate('+1d', '2026-13-01', 'milestone')).toThrow('today is not a date: 2026-13-01');
  });
});

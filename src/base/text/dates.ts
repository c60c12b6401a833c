import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import { ValidationError } from '../errors.js';

dayjs.extend(customParseFormat);

/** A calendar date as `YYYY-MM-DD`: never a Date, so no time zone can shift it. */
export type IsoDate = string;

const ISO = 'YYYY-MM-DD';
const ISO_SHAPE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const RELATIVE = /^\+([0-9]{1,4})([dwm])$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const UNITS = { d: 'day', w: 'week', m: 'month' } as const;

/** Today in the user's own time zone: the date on their wall calendar. */
export function localToday(now: Date): IsoDate {
  return dayjs(now).format(ISO);
}

function strictParse(text: string): dayjs.Dayjs | undefined {
  if (!ISO_SHAPE.test(text)) return undefined;
  // Strict mode refuses 2026-02-30 instead of rolling it over to March 2.
  const parsed = dayjs(text, ISO, true);
  return parsed.isValid() ? parsed : undefined;
}

function checkYear(date: dayjs.Dayjs, field: string): IsoDate {
  const year = date.year();
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new ValidationError(field, `has the year ${year}; years from ${MIN_YEAR} to ${MAX_YEAR} are allowed`);
  }
  return date.format(ISO);
}

/**
 * A milestone date: strict `YYYY-MM-DD`, or relative to `today` as `+10d`,
 * `+2w`, `+1m`. Anything else (times, zones, other orders, full-width digits,
 * impossible days) is refused with a message naming `field`.
 */
export function parseDate(input: string, today: IsoDate, field: string): IsoDate {
  const text = input.trim();
  const relative = RELATIVE.exec(text);
  if (relative) {
    const base = strictParse(today);
    if (!base) throw new Error(`today is not a date: ${today}`);
    return checkYear(base.add(Number(relative[1]), UNITS[relative[2] as keyof typeof UNITS]), field);
  }
  const parsed = strictParse(text);
  if (!parsed) {
    const what = ISO_SHAPE.test(text) ? 'is not a day of the calendar' : 'is not a date';
    throw new ValidationError(field, `"${text}" ${what}; use YYYY-MM-DD (e.g. 2026-12-15) or +N days/weeks/months (+10d, +2w, +1m)`);
  }
  return checkYear(parsed, field);
}

/** Strict parse of a date that must already be `YYYY-MM-DD` (e.g. SPECWRIGHT_TODAY). */
export function isIsoDate(text: string): boolean {
  return strictParse(text) !== undefined;
}

/** `2026-11-27` → `20261127`: a date as a spec id's prefix (idStyle "date"). */
export function compactDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}

/** A `YYYY-MM-DD` day in another dayjs format (`D MMMM YYYY` → `27 November 2026`), read strictly. */
export function formatDay(date: IsoDate, format: string): string {
  const day = dayjs(date, ISO, true);
  if (!day.isValid()) throw new Error(`formatDate: ${JSON.stringify(date)} is not a YYYY-MM-DD date`);
  return day.format(format);
}

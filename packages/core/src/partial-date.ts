import { dateTimeFormat } from './intl.js';
import type { Locale } from './locale.js';

/**
 * How much of a date a source gives: "April 2022" is all we know of some events, and a widget must
 * never show a day (or a weekday) the data does not have.
 */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

/** A date only as precise as its source: `2022`, `2022-04`, `2022-04-15` or a date-time. */
export interface PartialDate {
  /** As written (trimmed); also a valid `<time datetime>` value. */
  readonly iso: string;
  readonly precision: DatePrecision;
  /** The calendar year as written (not shifted by any time zone). */
  readonly year: number;
  /** The first instant it can mean: the period's first UTC midnight, or the time itself. */
  readonly first: Date;
  /** The last instant it can mean: the period's last UTC millisecond, or the time itself. */
  readonly last: Date;
}

const ALL: readonly DatePrecision[] = ['year', 'month', 'day', 'time'];
// YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.s]][Z|±hh:mm]
const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** UTC midnight of a day; `Date.UTC` would read years below 100 as 19xx. */
function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

/**
 * Reads an ISO 8601 date of the precisions in `accept` (all by default). Undefined for anything
 * else: other forms, month 13, 30 February, year 0, numbers, `undefined`.
 */
export function parsePartialDate(value: unknown, accept: readonly DatePrecision[] = ALL): PartialDate | undefined {
  const iso = typeof value === 'string' ? value.trim() : '';
  const [, y, m, d, time] = FORM.exec(iso) ?? [];
  const precision: DatePrecision = time ? 'time' : d ? 'day' : m ? 'month' : 'year';
  const year = Number(y);
  const month = Number(m ?? 1) - 1;
  const day = Number(d ?? 1);
  const first = utc(year, month, day);
  // year 0 is no year; a month or day that does not exist (2022-13, 2022-02-30) rolls over
  if (!year || !accept.includes(precision) || first.getUTCMonth() !== month || first.getUTCDate() !== day) return undefined;
  if (time) {
    // without an offset, a date-time is the visitor's local time (as ECMAScript reads it)
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? undefined : { iso, precision, year, first: at, last: at };
  }
  // the first instant after the period, less one millisecond
  const next = utc(year + Number(precision === 'year'), month + Number(precision === 'month'), day + Number(precision === 'day'));
  return { iso, precision, year, first, last: new Date(next.getTime() - 1) };
}

/** What each precision shows: "2022", "April 2022", "15 April 2022", a day and time. Never a weekday. */
export const precisionFormats: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { dateStyle: 'long', timeZone: 'UTC' },
  // a time is shown in the visitor's own time zone
  time: { dateStyle: 'long', timeStyle: 'short' },
};

/** "2022", "April 2022" / "avril 2022" / "أبريل ٢٠٢٢", "November 15, 2022": only as precise as the date. */
export const formatPartialDate = (date: PartialDate, locale: Locale): string =>
  dateTimeFormat(locale, precisionFormats[date.precision]).format(date.first);

import { dateTimeFormat } from './intl.js';
import { formatPartialDate, precisionFormats, type PartialDate } from './partial-date.js';
import type { Locale } from './locale.js';

// In a module of its own: only the event map shows periods, so only its chunk carries this (the
// feed chunk, which the counter loads too, keeps parsing and single dates).

/**
 * A period from `start` to `end` in the locale's words: "15–16 November 2022", "April – May 2022".
 * Dates of different precisions are each shown as precise as they are.
 */
export function formatPartialRange(start: PartialDate, end: PartialDate | undefined, locale: Locale): string {
  if (!end || end.iso === start.iso) return formatPartialDate(start, locale);
  if (end.precision !== start.precision) return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
  return dateTimeFormat(locale, precisionFormats[start.precision]).formatRange(start.first, end.first);
}

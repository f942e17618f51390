/** The counter's numbers and dates in the active locale (core's shared Intl objects). */
import { dateTimeFormat, numberFormat, type Locale } from '@strong-cities/core';

/** "40" or, when approximate, "40+"; `compact` gives "12K" / "12 k" / "١٢ ألف". */
export function formatCount(locale: Locale, count: number, approximate?: boolean, compact?: boolean): string {
  const text = numberFormat(locale, compact ? { notation: 'compact' } : {}).format(count);
  return approximate ? `${text}+` : text;
}

/** "2022-11" → "November 2022"; "2024-03-15" → "March 15, 2024". Read as UTC, so the day never shifts. */
export const formatDate = (locale: Locale, iso: string): string =>
  dateTimeFormat(locale, iso.length < 8 ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(iso),
  );

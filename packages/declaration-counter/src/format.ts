/** The counter's numbers in the active locale (core's shared Intl objects); its date is core's formatPartialDate. */
import { numberFormat, type Locale } from '@strong-cities/core';

/** "40" or, when approximate, "40+"; `compact` gives "12K" / "12 k" / "١٢ ألف". */
export function formatCount(locale: Locale, count: number, approximate?: boolean, compact?: boolean): string {
  const text = numberFormat(locale, compact ? { notation: 'compact' } : {}).format(count);
  return approximate ? `${text}+` : text;
}

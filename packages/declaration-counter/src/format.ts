import { formatCount as formatCountInCore, type Locale } from '@strong-cities/core';

/**
 * "40" or, when approximate, "40+"; `compact` gives "12K" / "12 k" / "١٢ ألف".
 * @deprecated Kept for 1.x callers; use `formatCount(count, locale, { approximate, compact })` from
 * `@strong-cities/core`, which every widget uses.
 */
export function formatCount(locale: Locale, count: number, approximate?: boolean, compact?: boolean): string {
  return formatCountInCore(count, locale, { approximate, compact });
}

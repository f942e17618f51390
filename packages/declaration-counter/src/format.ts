/** Number and date formatting in the active locale, through Intl. */

/**
 * The Intl locale for one of ours. CLDR now defaults bare `ar` to Latin digits; our Arabic pages
 * write Arabic-Indic ones (٤٠), so ask for them. (Core should own this so every widget agrees.)
 */
const intl = (locale: string): string => (locale === 'ar' ? 'ar-u-nu-arab' : locale);

/** "40" or, when approximate, "40+"; `compact` gives "12K" / "12 k" / "١٢ ألف". */
export function formatCount(locale: string, count: number, approximate = false, compact = false): string {
  const text = new Intl.NumberFormat(intl(locale), { notation: compact ? 'compact' : 'standard' }).format(count);
  return approximate ? `${text}+` : text;
}

/** "2022-11" → "November 2022"; "2024-03-15" → "March 15, 2024". Read as UTC, so the day never shifts. */
export function formatDate(locale: string, iso: string): string {
  const options: Intl.DateTimeFormatOptions =
    iso.length < 8 ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intl(locale), options).format(new Date(iso));
}

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

/** "2022-11" → "November 2022"; "2024-03-15" → "March 15, 2024". Date-only values are read as UTC. */
export function formatDate(locale: string, iso: string): string {
  const options: Intl.DateTimeFormatOptions = /^\d{4}-\d{2}$/.test(iso)
    ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
    : { dateStyle: 'long', timeZone: iso.length <= 10 ? 'UTC' : undefined };
  return new Intl.DateTimeFormat(intl(locale), options).format(new Date(iso));
}

/** A region code ("DE") as its name in `locale` ("Allemagne"); other text as given. */
export function countryName(locale: string, country: string): string {
  if (!/^[a-z]{2}$/i.test(country)) return country;
  try {
    return new Intl.DisplayNames(locale, { type: 'region' }).of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}

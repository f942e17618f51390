import type { Locale } from './locale.js';

/**
 * The Intl locale for one of ours. Recent CLDR gives bare `ar` Latin digits; our Arabic pages write
 * Arabic-Indic ones (٤٠), in every widget alike, so they ask for them.
 */
export const intlLocale = (locale: Locale): string => (locale === 'ar' ? 'ar-u-nu-arab' : locale);

// Intl constructors are slow (they look up locale data) and their objects immutable: one per locale
// and options for the whole page, not one per render, count-up frame or list item.
const made = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

/**
 * Readies the browser's Intl data before a widget's first render needs it. A page's first Intl
 * object, whatever its kind, costs 150–340 ms on a phone's CPU (Chromium, 4× slowdown; the next
 * costs 0–60 ms): the embed's loader spends that while the widgets' code downloads, not in their
 * first render. Kept free of Lit: loader.js bundles this file too.
 */
export function warmIntl(locale: Locale): void {
  new Intl.NumberFormat(intlLocale(locale)).format(0);
}

/** An Intl constructor: a locale and its options make an immutable formatter. */
type IntlKind<T, O> = new (locale: string, options?: O) => T;

/** The page's one `Kind` for `locale` and `options`, made on first use. */
const shared = <T, O>(Kind: IntlKind<T, O>, locale: Locale, options?: O): T =>
  once(Kind.name + locale + JSON.stringify(options), () => new Kind(intlLocale(locale), options));

/** A shared Intl.NumberFormat for `locale` (Arabic-Indic digits in Arabic). */
export const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  shared(Intl.NumberFormat, locale, options);

/** A shared Intl.DateTimeFormat for `locale` (Arabic-Indic digits in Arabic). */
export const dateTimeFormat = (locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  shared(Intl.DateTimeFormat, locale, options);

/** A shared Intl.PluralRules for `locale`. */
export const pluralRules = (locale: Locale): Intl.PluralRules => shared(Intl.PluralRules, locale);

/** How a count is written: `approximate` adds "+" ("40+"), `compact` shortens ("12K", "١٢ ألف"). */
export interface CountOptions {
  approximate?: boolean;
  compact?: boolean;
}

/** A count in `locale`'s digits and grouping: every widget writes numbers through this. */
export function formatCount(count: number, locale: Locale, { approximate, compact }: CountOptions = {}): string {
  const text = numberFormat(locale, compact ? { notation: 'compact' } : {}).format(count);
  return approximate ? `${text}+` : text;
}

import { currentLocale, sourceLocale, toLocale, type Locale } from './locale.js';

/** A feed's text: one string, or one per locale (`{ "en": "…", "fr": "…" }`). */
export type LocalizedText = string | Partial<Record<string, string>>;

/** A string with some text in it, not only spaces. */
const hasText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** An object's entries whose value has some text, in the order given. */
const texts = (value: object): [string, string][] =>
  Object.entries(value).filter((entry): entry is [string, string] => hasText(entry[1]));

/** Checks a feed value is a LocalizedText with at least one non-empty string. */
export const isLocalizedText = (value: unknown): value is LocalizedText =>
  hasText(value) || (typeof value === 'object' && value !== null && !Array.isArray(value) && texts(value).length > 0);

/** The text in the active locale, else English, else the first one given. */
export function pickText(value: LocalizedText | undefined, locale = currentLocale()): string {
  if (typeof value !== 'object') return value ?? '';
  const given = texts(value);
  // the first key that names the locale (`fr`, `fr-CA`, `FR`)
  const inLocale = (wanted: Locale) => given.find(([key]) => toLocale(key) === wanted)?.[1];
  return inLocale(locale) ?? inLocale(sourceLocale) ?? given[0]?.[1] ?? '';
}

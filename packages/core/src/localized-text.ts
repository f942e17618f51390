import { currentLocale, sourceLocale, toLocale } from './locale.js';

/** A feed's text: one string, or one per locale (`{ "en": "…", "fr": "…" }`). */
export type LocalizedText = string | Partial<Record<string, string>>;

/** Checks a feed value is a LocalizedText with at least one non-empty string. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).some((v) => typeof v === 'string' && v.trim() !== '');
}

/** The text in the active locale, else English, else the first one given. */
export function pickText(value: LocalizedText | undefined, locale = currentLocale()): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  const byLocale = new Map<string, string>();
  for (const [key, text] of Object.entries(value)) {
    const l = toLocale(key);
    if (l && typeof text === 'string' && text.trim() && !byLocale.has(l)) byLocale.set(l, text);
  }
  const first = Object.values(value).find((t): t is string => typeof t === 'string' && t.trim() !== '');
  return byLocale.get(locale) ?? byLocale.get(sourceLocale) ?? first ?? '';
}

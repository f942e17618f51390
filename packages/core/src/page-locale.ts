// The locale a page asks for before any person chooses one. Kept free of Lit and @lit/localize:
// the embed's loader.js bundles this file too, to preload the one locale chunk the page needs
// while the widgets' own code is still on its way.

/**
 * The locales every widget speaks. English, the source, comes first (locale.ts takes the rest as
 * its targets); Arabic is written right to left.
 */
export const locales = ['en', 'fr', 'es', 'ar'] as const;
export type Locale = (typeof locales)[number];
export const sourceLocale: Locale = 'en';
export const STORAGE_KEY = 'scn-locale';

/** `'fr-CA'` → `'fr'`; anything we do not speak → undefined. */
export function toLocale(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return locales.find((l) => l === primary);
}

function remembered(): Locale | undefined {
  try {
    return toLocale(localStorage.getItem(STORAGE_KEY));
  } catch {
    // storage can be blocked (sandboxed frames, privacy settings): no remembered choice
  }
}

/** A remembered choice > `<html lang>` > the browser's languages > English. */
export function pageLocale(): Locale {
  return (
    remembered() ??
    toLocale(document.documentElement.lang) ??
    navigator.languages.map(toLocale).find((l) => l !== undefined) ??
    sourceLocale
  );
}

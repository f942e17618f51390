// The builder's own language (en, fr, es, ar) with @lit/localize's runtime and its own message
// modules (src/generated/locales, from this app's xliff/): the widgets' locale chunks stay as
// they are. Chosen by the address (`ui=`), else the browser's languages, else English.
import { configureLocalization, type LocaleModule } from '@lit/localize';

export const uiLocales = ['en', 'fr', 'es', 'ar'] as const;
export type UiLocale = (typeof uiLocales)[number];

/** Each language's name in itself, for the language switch. */
export const localeNames: Record<UiLocale, string> = { en: 'English', fr: 'Français', es: 'Español', ar: 'العربية' };

const loaders: Record<Exclude<UiLocale, 'en'>, () => Promise<LocaleModule>> = {
  fr: () => import('./generated/locales/fr.js'),
  es: () => import('./generated/locales/es.js'),
  ar: () => import('./generated/locales/ar.js'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr', 'es', 'ar'],
  loadLocale: (locale) => loaders[locale as Exclude<UiLocale, 'en'>](),
});

/** The builder's language now (its strings loaded). */
export { getLocale };

export const toUiLocale = (tag: string | null | undefined): UiLocale | undefined => {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return uiLocales.find((l) => l === primary);
};

export const dirOf = (locale: string): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

export function initialUiLocale(requested: string | null): UiLocale {
  return toUiLocale(requested) ?? navigator.languages.map(toUiLocale).find((l) => l !== undefined) ?? 'en';
}

/** Switches the builder's language and the document's `lang` and `dir` with it. */
export async function useUiLocale(locale: UiLocale): Promise<void> {
  await setLocale(locale);
  document.documentElement.lang = locale;
  document.documentElement.dir = dirOf(locale);
}

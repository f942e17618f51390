import { configureLocalization, type LocaleModule } from '@lit/localize';
import { ScnLocaleChangeEvent } from './events.js';
import { warnOnce } from './warn.js';
import { locales, pageLocale, sourceLocale, STORAGE_KEY, toLocale, type Locale } from './page-locale.js';

export { locales, sourceLocale, toLocale, type Locale };

// Static imports per locale, so bundlers make one small chunk for each.
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<LocaleModule>> = {
  fr: () => import('./generated/locales/fr.js'),
  es: () => import('./generated/locales/es.js'),
  ar: () => import('./generated/locales/ar.js'),
};

/** Arabic is the one locale written right to left. */
export const localeDir = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

/**
 * Fires `scn-locale-change` from `origin` before the widgets switch to `locale`; false when a
 * listener cancelled it (a person's choice is cancelable; a change of `<html lang>` is not).
 * Core's own, as is choose(): setLocale (choose-locale.ts) uses both; index.ts exports neither.
 */
export const announce = (locale: Locale, origin: EventTarget, cancelable?: boolean): boolean =>
  origin.dispatchEvent(new ScnLocaleChangeEvent(locale, localeDir(locale), cancelable));

let runtime: ReturnType<typeof configureLocalization> | undefined;
/** The locale a person chose this visit (language toggle, setLocale); beats the page's lang. */
let chosen: Locale | undefined;
/** The locale last asked for; its strings may still be loading (set before the runtime exists). */
let requested: Locale | undefined;

/**
 * The locale widgets render in now: the one whose strings are loaded, so `lang`, `dir` and text
 * never disagree while another locale loads. The runtime is only ever given our locales.
 */
export const currentLocale = (): Locale => (runtime?.getLocale() as Locale | undefined) ?? sourceLocale;

/**
 * The locale the page asks for: a person's choice > a remembered choice > `<html lang>` >
 * the browser's languages > English.
 */
export function resolveLocale(): Locale {
  return chosen ?? pageLocale();
}

/** Settles once the locale last asked for has loaded (or failed to: the current one stays). */
let ready: Promise<void> = Promise.resolve();
export const localeReady = (): Promise<void> => ready;

function apply(locale: Locale): Promise<void> {
  requested = locale;
  ready = runtimeOnce()
    .setLocale(locale)
    .catch((error: unknown) => {
      warnOnce(`the ${locale} strings could not be loaded (${String(error)}); keeping ${currentLocale()}.`);
    });
  return ready;
}

/** The page's one @lit/localize runtime, created on first use, watching `<html lang>`. */
function runtimeOnce(): ReturnType<typeof configureLocalization> {
  if (runtime) return runtime;
  runtime = configureLocalization({
    sourceLocale,
    // every locale but the first, English, the source
    targetLocales: locales.slice(1),
    loadLocale: (l) => loaders[l as Exclude<Locale, 'en'>](),
  });
  // When the host changes <html lang>, widgets follow (unless a person chose a language). A filter
  // alone asks for attribute changes (the DOM standard sets `attributes` when it is given).
  new MutationObserver(() => {
    if (chosen) return;
    const next = resolveLocale();
    if (next === requested) return;
    announce(next, document, false);
    void apply(next);
  }).observe(document.documentElement, { attributeFilter: ['lang'] });
  return runtime;
}

/**
 * Resolves the page's locale now (choice, `<html lang>`, browser) and applies it, creating the
 * runtime if need be. Nothing runs at import time.
 */
export function applyPageLocale(): Promise<void> {
  const next = resolveLocale();
  // apply() creates the runtime when there is none yet
  return runtime && next === requested ? ready : apply(next);
}

/**
 * For each widget that connects: the first applies the page's locale; the others find the runtime
 * running (it follows `<html lang>` and choices by itself) and do nothing, with no storage read.
 */
export function startLocaleOnce(): void {
  if (!runtime) void applyPageLocale();
}

/** @deprecated Kept for 1.x callers: the same as `applyPageLocale()`. */
export const startLocale = applyPageLocale;

/**
 * Records a person's choice, which beats `<html lang>` from now on (and later visits' too when
 * `remember`), and applies it (setLocale, choose-locale.ts).
 */
export function choose(locale: Locale, remember?: boolean): Promise<void> {
  chosen = locale;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      warnOnce('could not remember the language: storage is blocked on this page.');
    }
  }
  return apply(locale);
}

/** Forgets a chosen and remembered locale (tests, and a "use the page's language" control). */
export async function resetLocale(): Promise<void> {
  chosen = undefined;
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* blocked storage: nothing to forget */
  }
  await apply(resolveLocale());
}

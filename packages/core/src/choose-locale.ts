// setLocale: a module of its own, apart from locale.ts, because only the language toggle calls it,
// so the embed's build ships it in the toggle's chunk, not in the runtime every page loads.
import { warnOnce } from './warn.js';
import { announce, choose, currentLocale, locales, toLocale } from './locale.js';

export interface SetLocaleOptions {
  /** dispatches the cancelable `scn-locale-change` from here (default: document) */
  origin?: EventTarget;
  /** keep the choice for later visits (localStorage) */
  remember?: boolean;
}

/**
 * Switches every widget on the page to `locale`. Fires a cancelable `scn-locale-change` first;
 * resolves to false when the locale is unknown or a listener cancelled the change.
 */
export async function setLocale(locale: string, options: SetLocaleOptions = {}): Promise<boolean> {
  const next = toLocale(locale);
  if (!next) {
    warnOnce(`setLocale: "${locale}" is not one of ${locales.join(', ')}; keeping ${currentLocale()}.`);
    return false;
  }
  if (!announce(next, options.origin ?? document)) return false;
  await choose(next, options.remember);
  return true;
}

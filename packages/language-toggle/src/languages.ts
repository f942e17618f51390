import { locales, safeUrl, toLocale, type Locale } from '@strong-cities/core';

/** One language the toggle offers. */
export interface Language {
  /** canonical BCP 47 tag, e.g. `fr` or `fr-CA` */
  readonly code: string;
  /** its name in its own language: "Français", "العربية" */
  readonly name: string;
  /** the widget locale it switches to, when we speak it */
  readonly locale: Locale | undefined;
  /** this page's translation in that language, when the page has one */
  readonly href: string | undefined;
}

/** `'FR-ca'` → `'fr-CA'`; extensions (`-u-…`) dropped: they are not languages. */
const canonical = (tag: string): string | undefined => {
  try {
    return new Intl.Locale(tag).baseName;
  } catch {
    return undefined; // not a language tag at all
  }
};

/**
 * Our locales' names in their own language, as Intl.DisplayNames writes them once capitalised (the
 * tests compare them in every engine). A page's first Intl formatter loads the browser's locale
 * data, ~200 ms on a phone's CPU: the toggle would otherwise pay that in its first render. Looked up
 * only by tags Intl.Locale accepted, and no key of Object's prototype is one.
 */
const ownNames: Partial<Record<string, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
};

/** "français" → "Français": a name shown alone starts with a capital, in its own script's rules. */
function nativeName(code: string): string {
  const own = ownNames[code];
  if (own) return own;
  try {
    // a tag it has no name for gives the tag itself (the default `fallback: 'code'`)
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code; // a tag the browser's data cannot name
  }
}

/**
 * The page's translations: `<link rel="alternate" hreflang href>`, by canonical tag, in document
 * order. `x-default` (the page for everyone else) is not a language, so it is understood and left out.
 * `context` (who is reading) is named in the one warning about an unsafe href.
 */
export function alternateLinks(root: ParentNode = document, context?: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const link of root.querySelectorAll<HTMLLinkElement>('link[rel~="alternate" i][hreflang][href]')) {
    const tag = link.hreflang.trim();
    if (tag.toLowerCase() === 'x-default') continue;
    const code = canonical(tag) ?? tag; // an invalid tag is kept as is, to be skipped with the rest
    const href = safeUrl(link.getAttribute('href'), '', context && `${context} <link hreflang> href`);
    if (!found.has(code)) found.set(code, href);
  }
  return found;
}

const primary = (code: string) => code.split('-')[0];

/**
 * The languages to offer: the `languages` attribute's codes when given (their URLs taken from the
 * page's alternate links), else the page's alternate links, else every locale we speak. A code that
 * is not a language tag, or that we can neither link to nor switch to, is skipped with one warning.
 */
export function languagesFrom(
  attribute: string | undefined,
  links: Map<string, string>,
  onSkipped: (skipped: string[], usingAll: boolean) => void = () => {},
): Language[] {
  // the attribute's codes (none when it is absent or blank), else the page's links
  const wanted = attribute?.match(/\S+/g) ?? [...links.keys()];
  const offered = new Map<string, Language>();
  const skipped: string[] = [];
  for (const raw of wanted) {
    const code = canonical(raw);
    const href =
      (code && (links.get(code) || [...links].find(([tag, url]) => url && primary(tag) === primary(code))?.[1])) ||
      undefined;
    const locale = toLocale(code);
    if (!code || (!href && !locale)) skipped.push(raw);
    else if (!offered.has(code)) offered.set(code, { code, name: nativeName(code), locale, href });
  }
  if (skipped.length) onSkipped(skipped, offered.size === 0);
  if (offered.size) return [...offered.values()];
  return locales.map((code) => ({ code, name: nativeName(code), locale: code, href: undefined }));
}

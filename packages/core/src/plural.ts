import { pluralRules } from './intl.js';
import { currentLocale, type Locale } from './locale.js';

/** Every plural form CLDR knows; Arabic uses all six, English two. */
export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof pluralCategories)[number];

/**
 * One message per plural form. Each must be a literal `msg()` with its own id, `<id>.<form>`
 * (`event-map.count.one`), so that extraction gives translators every form of every locale;
 * `node scripts/i18n.js check` fails when a locale lacks a form it selects.
 */
export type PluralForms = Readonly<Record<PluralCategory, () => string>>;

/**
 * The form of `forms` the locale's plural rules select for `count` (Intl.PluralRules), e.g.
 * `plural(n, { zero: () => msg(str`${n} events`, { id: 'x.events.zero' }), one: …, other: … })`.
 */
export const plural = (count: number, forms: PluralForms, locale: Locale = currentLocale()): string =>
  forms[pluralRules(locale).select(count) as PluralCategory]();

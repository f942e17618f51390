export { ScnElement, themes, type Theme } from './scn-element.js';
export { defineElement } from './define-element.js';
export {
  locales,
  sourceLocale,
  currentLocale,
  resolveLocale,
  resetLocale,
  applyPageLocale,
  startLocale,
  localeReady,
  toLocale,
  localeDir,
  type Locale,
} from './locale.js';
export { setLocale, type SetLocaleOptions } from './choose-locale.js';
export { pickText, isLocalizedText, type LocalizedText } from './localized-text.js';
export { intlLocale, numberFormat, dateTimeFormat, pluralRules, formatCount, type CountOptions } from './intl.js';
export { parsePartialDate, formatPartialDate, type PartialDate, type DatePrecision } from './partial-date.js';
export { formatPartialRange } from './partial-range.js';
export { plural, pluralCategories, type PluralCategory, type PluralForms } from './plural.js';
export { safeUrl, MAX_URL_LENGTH } from './safe-url.js';
export { isSafeUrl } from './is-safe-url.js';
export {
  loadJson,
  readInlineJson,
  LoadError,
  DEFAULT_TIMEOUT,
  DEFAULT_MAX_BYTES,
  type LoadErrorKind,
  type LoadOptions,
  type LoadResult,
} from './load-json.js';
export { RovingFocus, type RovingFocusOptions } from './roving-focus.js';
export { FeedController, type FeedHandlers, type FeedRequest, type FeedRenderers, type FeedStatus } from './feed.js';
export { ScnErrorEvent, ScnLocaleChangeEvent } from './events.js';
export { baseStyles } from './base-styles.js';
export { warnOnce } from './warn.js';
export { oneOf } from './choice.js';
export { messages } from './messages.js';
export { frameTitles, frameUnavailable } from './frame-text.js';
export { styleProps } from './style-props.js';

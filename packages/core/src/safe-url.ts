import { warnOnce } from './warn.js';

/** A URL's `protocol` (always lower case, with its colon) that may be used: http, https, mailto. */
const SAFE_PROTOCOL = /^(https?|mailto):$/;
/** Longer than any address a browser or network accepts; refuses pathological input early. */
export const MAX_URL_LENGTH = 2048;

/**
 * Returns `value` as an absolute URL when it is http, https or mailto; otherwise `fallback`.
 * Relative URLs resolve against the page. `javascript:`, `data:`, `vbscript:`, malformed and
 * over-long values never survive. Pass `context` (e.g. `'<scn-share-bar> url'`) to warn once when
 * a value is refused.
 */
export function safeUrl(value: unknown, fallback: string, context?: string): string {
  if (value === undefined || value === null || value === '') return fallback;
  const text = typeof value === 'string' ? value.trim() : '';
  let url: URL | undefined;
  if (text && text.length <= MAX_URL_LENGTH) {
    try {
      url = new URL(text, document.baseURI);
    } catch {
      // malformed: `url` stays undefined and the value is refused below
    }
  }
  if (url && SAFE_PROTOCOL.test(url.protocol)) return url.href;
  if (context) {
    const shown = String(value).slice(0, 80);
    warnOnce(`${context}: "${shown}" is not an http, https or mailto URL; using ${fallback || 'nothing'} instead.`);
  }
  return fallback;
}

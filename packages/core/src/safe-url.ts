import { warnOnce } from './warn.js';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
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
  if (url && SAFE_PROTOCOLS.has(url.protocol)) return url.href;
  if (context) {
    const shown = String(value).slice(0, 80);
    warnOnce(`${context}: "${shown}" is not an http, https or mailto URL; using ${fallback || 'nothing'} instead.`);
  }
  return fallback;
}

/** True when `value` would survive `safeUrl`. */
export const isSafeUrl = (value: unknown): boolean => safeUrl(value, '') !== '';

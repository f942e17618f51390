import { safeUrl } from './safe-url.js';

/**
 * True when `value` would survive `safeUrl`. In a module of its own: only the event map asks, so
 * its bundle carries it and the runtime every widget loads does not.
 */
export const isSafeUrl = (value: unknown): boolean => safeUrl(value, '') !== '';

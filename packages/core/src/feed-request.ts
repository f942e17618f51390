// The one way a feed is requested, and the early start the embed's loader gives it. Kept free of
// Lit: loader.js bundles this file too, so that a widget's `src` feed is on its way in the same
// round trip as the widget's code instead of after it (issue 18).

/**
 * Requests a feed: never with credentials (feeds are public static files), always revalidated.
 * If-None-Match is not CORS-safelisted: cross-origin, the HTTP cache revalidates instead.
 */
export function requestFeed(target: URL, signal: AbortSignal, etag?: string): Promise<Response> {
  const headers = target.origin === location.origin ? { accept: 'application/json', ...(etag ? { 'if-none-match': etag } : {}) } : {};
  return fetch(target, { signal, credentials: 'omit', cache: 'no-cache', headers });
}

/** A request the loader started, and what aborts it. */
type EarlyFeed = [Promise<Response>, AbortController];

// loader.js and the widgets' code are separate bundles, each with its own copy of this module:
// they meet on one global table
const KEY = Symbol.for('strong-cities.early-feeds');
const table = (): Map<string, EarlyFeed> => ((globalThis as { [KEY]?: Map<string, EarlyFeed> })[KEY] ??= new Map());

/** Starts loading the feed at `src` (resolved as the widget will) for the widget to take up. */
export function startFeed(src: string): void {
  let target: URL;
  try {
    target = new URL(src, document.baseURI);
  } catch {
    return; // the widget reports it
  }
  if (!/^https?:$/.test(target.protocol) || table().has(target.href)) return;
  const abort = new AbortController();
  const response = requestFeed(target, abort.signal);
  response.catch(() => {}); // the widget that takes it up reports a failure; none other is unhandled
  table().set(target.href, [response, abort]);
}

/**
 * The request the loader started for `target`, once: aborting `signal` aborts it. undefined when
 * there is none (later loads, refreshes, pages without the loader).
 */
export function takeFeed(target: URL, signal: AbortSignal): Promise<Response> | undefined {
  const early = table().get(target.href);
  table().delete(target.href);
  signal.addEventListener('abort', () => early?.[1].abort());
  return early?.[0];
}

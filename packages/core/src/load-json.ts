import { requestFeed, takeFeed } from './feed-request.js';

/** What went wrong loading a feed; a widget shows its fallback and may report the kind. */
export type LoadErrorKind =
  | 'unsafe-url'
  | 'network'
  | 'http'
  | 'timeout'
  | 'too-large'
  | 'invalid-json'
  | 'invalid-shape'
  | 'aborted';

export class LoadError extends Error {
  override readonly name = 'LoadError';
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface LoadOptions<T> {
  /** milliseconds before the request is abandoned; anything but a positive number means 8000 */
  timeout?: number;
  /** largest body accepted, in bytes; default 256 kB */
  maxBytes?: number;
  /** checks and normalises the parsed JSON; returns undefined when its shape is wrong */
  validate: (data: unknown) => T | undefined;
  /** the ETag of the copy already shown: a same-origin request asks If-None-Match */
  etag?: string;
  /** aborts the request, e.g. when the widget is removed */
  signal?: AbortSignal;
}

export type LoadResult<T> =
  | { ok: true; data: T; etag?: string }
  | { ok: true; notModified: true; etag?: string }
  | { ok: false; error: LoadError };

export const DEFAULT_TIMEOUT = 8000;
export const DEFAULT_MAX_BYTES = 256 * 1024;

/**
 * Fetches a JSON feed without ever throwing: a timeout, size cap and shape check turn every
 * failure into a typed `LoadError` the widget can show and report.
 * Credentials are never sent: feeds are public static files.
 */
export async function loadJson<T>(url: string, options: LoadOptions<T>): Promise<LoadResult<T>> {
  const { timeout: asked = 0, maxBytes = DEFAULT_MAX_BYTES, validate, etag, signal } = options;
  // anything but a positive number of milliseconds (an attribute's NaN, 0, Infinity) means the default
  const timeout = asked > 0 && asked < Infinity ? asked : DEFAULT_TIMEOUT;
  let target: URL;
  try {
    target = new URL(url, document.baseURI);
  } catch {
    return fail('unsafe-url', `not a URL: ${url}`);
  }
  if (!/^https?:$/.test(target.protocol)) {
    return fail('unsafe-url', `feeds must be http(s): ${url}`);
  }

  // aborted by the timeout or by the caller's signal: the catch below tells which
  const controller = new AbortController();
  const abort = () => controller.abort();
  const timer = setTimeout(abort, timeout);
  signal?.addEventListener('abort', abort);

  try {
    // the first load of a feed the loader already started takes that request up (no ETag yet)
    const response = await ((etag ? undefined : takeFeed(target, controller.signal)) ?? requestFeed(target, controller.signal, etag));
    const newEtag = response.headers.get('etag') ?? undefined;
    if (response.status === 304) return { ok: true, notModified: true, etag: newEtag ?? etag };
    if (!response.ok) return fail('http', `HTTP ${response.status} from ${target.href}`, response.status);
    const text = await readCapped(response, maxBytes);
    if (text === undefined) return fail('too-large', `more than ${maxBytes} bytes from ${target.href}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return fail('invalid-json', `invalid JSON from ${target.href}`);
    }
    const data = validate(parsed);
    if (data === undefined) return fail('invalid-shape', `unexpected data shape from ${target.href}`);
    return { ok: true, data, etag: newEtag };
  } catch (error) {
    if (signal?.aborted) return fail('aborted', `request to ${target.href} aborted`);
    if (controller.signal.aborted) return fail('timeout', `no answer from ${target.href} within ${timeout} ms`);
    return fail('network', `could not reach ${target.href}: ${error instanceof Error ? error.message : error}`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

function fail(kind: LoadErrorKind, message: string, status?: number): { ok: false; error: LoadError } {
  return { ok: false, error: new LoadError(kind, message, status) };
}

/**
 * Reads the body as text, giving up (undefined) as soon as it passes `maxBytes`: at once when its
 * declared length does, without reading it.
 */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > maxBytes) return undefined;
  // no body (204) reads as ''
  const reader = response.body?.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  // decoded as UTF-8 as TextDecoder would (a byte-order mark dropped, bad bytes replaced)
  return new Blob(chunks).text();
}

/**
 * A widget's inline data: its child `<script type="application/json">`, checked by `validate` (as a
 * feed would be). undefined when there is none; a LoadError when it cannot be used.
 * @param what the data's name in the error message, e.g. "event feed"
 */
export function readInlineJson<T>(host: Element, validate: (data: unknown) => T | undefined, what: string): T | LoadError | undefined {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(script.textContent ?? '');
  } catch {
    return new LoadError('invalid-json', 'the inline <script type="application/json"> is not valid JSON');
  }
  return validate(data) ?? new LoadError('invalid-shape', `the inline JSON is not a usable ${what}`);
}

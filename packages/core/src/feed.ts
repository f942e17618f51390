import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadJson, type LoadError } from './load-json.js';
import { resizeReservedSpace } from './reserved-space.js';

export interface FeedHandlers<T> {
  /** checks and normalises the parsed JSON (see loadJson) */
  validate: (data: unknown) => T | undefined;
  /** a new document arrived; not called when the server says the shown copy is current (304) */
  data: (value: T, src: string) => void;
  /** the request failed: keep what is shown and report it */
  error: (error: LoadError, src: string) => void;
  /** after every answer: `ok` unless it was an error */
  settled?: (ok: boolean) => void;
}

export interface FeedRequest {
  /** milliseconds before giving up; anything but a positive number means DEFAULT_TIMEOUT */
  timeout?: number;
  /** asked after each answer: load again in this many milliseconds (undefined: do not) */
  every?: () => number | undefined;
}

/**
 * Where a feed stands, as Lit's `Task` names it: `initial` (no `src`), `pending` (the first answer
 * for this `src` has not come), `complete` (the last answer was good), `error` (it failed: the
 * widget keeps what it shows). A refresh keeps the status until its answer arrives.
 */
export type FeedStatus = 'initial' | 'pending' | 'complete' | 'error';

/** What `render()` draws in each status; a status with no entry draws nothing. */
export type FeedRenderers<R> = Partial<Record<FeedStatus, () => R>>;

/**
 * A widget's `src` feed: one request at a time (a newer one aborts the older), a timeout,
 * revalidation with the ETag of the copy shown, an optional refresh, and nothing left running
 * once the widget leaves the page. It owns the feed's status and updates the host when it moves.
 */
export class FeedController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #on: FeedHandlers<T>;
  #src?: string;
  #etag?: string;
  #abort?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #status: FeedStatus = 'initial';
  /** The last load's request; whether leaving the page cut off its first answer. */
  #request: FeedRequest = {};
  #cut = false;

  constructor(host: ReactiveControllerHost & Element, handlers: FeedHandlers<T>) {
    this.#host = host;
    this.#on = handlers;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#cut = this.#status === 'pending';
    this.stop();
  }

  /**
   * Put back in the page (a CMS moving it, a framework re-rendering) before its first answer came:
   * asks again, unless the host has started a load of its own by then. Otherwise it would wait,
   * and keep its reserved space, for an answer that was cancelled.
   */
  hostConnected(): void {
    const src = this.#src;
    const abort = this.#abort;
    if (this.#cut && src) {
      queueMicrotask(() => {
        if (this.#abort === abort && this.#host.isConnected) void this.load(src, this.#request);
      });
    }
    this.#cut = false;
  }

  get status(): FeedStatus {
    return this.#status;
  }

  /** The renderer for the current status, called; undefined when it has none. */
  render<R>(renderers: FeedRenderers<R>): R | undefined {
    return renderers[this.#status]?.();
  }

  #setStatus(status: FeedStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#host.requestUpdate();
  }

  /** Cancels the request in flight and the next refresh. */
  stop(): void {
    this.#abort?.abort();
    clearTimeout(this.#timer);
  }

  /** Stops, and forgets the copy shown: the next load asks for the whole document. */
  reset(): void {
    this.stop();
    this.#src = this.#etag = undefined;
    this.#setStatus('initial');
  }

  /** Loads `src` now (another src starts afresh, without the old ETag), then as `every` says. */
  async load(src: string, request: FeedRequest = {}): Promise<void> {
    this.stop();
    if (src !== this.#src) {
      this.#etag = undefined;
      this.#setStatus('pending');
    }
    // the host keeps the embed's reserved space while its feed loads: sized right in every engine,
    // also when the host was moved meanwhile (its box was built again)
    if (this.#status === 'pending') resizeReservedSpace(this.#host);
    this.#src = src;
    this.#request = request;
    const abort = (this.#abort = new AbortController());
    const result = await loadJson(src, {
      validate: this.#on.validate,
      timeout: request.timeout,
      etag: this.#etag,
      signal: abort.signal,
    });
    if (abort.signal.aborted) return;
    this.#setStatus(result.ok ? 'complete' : 'error');
    if (!result.ok) this.#on.error(result.error, src);
    else {
      this.#etag = result.etag;
      if ('data' in result) this.#on.data(result.data, src);
    }
    this.#on.settled?.(result.ok);
    const next = request.every?.();
    if (next !== undefined && this.#host.isConnected) this.#timer = setTimeout(() => void this.load(src, request), next);
  }
}

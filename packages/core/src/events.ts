import type { LoadError } from './load-json.js';

/**
 * Fired (bubbling, composed) when a widget meets a failure it recovered from: a feed that did not
 * load, or input it could not use. The widget keeps showing its fallback.
 */
export class ScnErrorEvent extends Event {
  static readonly type = 'scn-error';
  constructor(
    readonly error: LoadError | Error,
    /** what failed, e.g. the feed URL */
    readonly source: string,
  ) {
    super(ScnErrorEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Fired before the page's widgets switch locale. Cancelable when a person asked for the change
 * (a language toggle, `setLocale`), so a single-page app can route instead.
 */
export class ScnLocaleChangeEvent extends Event {
  static readonly type = 'scn-locale-change';
  constructor(
    readonly locale: string,
    readonly dir: 'ltr' | 'rtl',
    cancelable = true,
  ) {
    super(ScnLocaleChangeEvent.type, { bubbles: true, composed: true, cancelable });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'scn-error': ScnErrorEvent;
    'scn-locale-change': ScnLocaleChangeEvent;
  }
  interface DocumentEventMap {
    'scn-error': ScnErrorEvent;
    'scn-locale-change': ScnLocaleChangeEvent;
  }
}

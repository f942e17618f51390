// Helpers shared by every package's tests: import from '../../../config/test-utils.js'.
import { emulateMedia } from '@web/test-runner-commands';

/** How long a helper waits before failing by name: well inside mocha's per-test timeout. */
export const WAIT = 3000;

/** `<scn-share-bar>`, `document`: names a target in a failure message. */
const nameOf = (target: EventTarget): string =>
  target instanceof Element ? `<${target.localName}>` : target instanceof Document ? 'document' : target.constructor.name;

/**
 * The next `type` event on `target`, typed from the event maps (e.g. ScnShareEvent). Fails with
 * the event's name after `timeout` ms, so a test waiting for an event that never comes fails
 * fast and by name instead of holding the file until the runner gives up on it.
 */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  timeout = WAIT,
): Promise<GlobalEventHandlersEventMap[K]> {
  const event = new Promise<GlobalEventHandlersEventMap[K]>((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(type, onEvent);
      reject(new Error(`no ${type} event on ${nameOf(target)} within ${timeout} ms`));
    }, timeout);
    function onEvent(e: Event) {
      clearTimeout(timer);
      resolve(e as GlobalEventHandlersEventMap[K]);
    }
    target.addEventListener(type, onEvent, { once: true });
  });
  // a test that fails before awaiting it must not get an unhandled rejection later, blamed on
  // whichever test runs then; awaiting it still throws
  event.catch(() => {});
  return event;
}

/** Runs `fn` (sync or async) and returns what it printed with console.warn. */
export async function captureWarnings(fn: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Every request the page made (resource timing), as absolute URLs. */
export const requestedUrls = (): string[] =>
  performance.getEntriesByType('resource').map((e) => e.name);

/** Waits until `check` is true (polling each frame-ish), or fails after `timeout` ms. */
export async function until(check: () => boolean, what = 'condition', timeout = WAIT): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Waits for `el` to re-render in `locale` (locale modules load asynchronously): until its `lang`
 * says so, then its update. Fails by name after `timeout` ms.
 */
export async function renderedIn(
  el: HTMLElement & { updateComplete: Promise<unknown> },
  locale: string,
  timeout = WAIT,
): Promise<void> {
  await until(() => el.lang === locale, `<${el.localName}> in ${locale}`, timeout);
  await el.updateComplete;
}

/**
 * Emulates `prefers-reduced-motion: value` for the page. Firefox driven over WebDriver BiDi cannot
 * emulate it (BiDi has no command for it; Puppeteer's needs CDP). There, when the browser's own
 * setting is already `value` the test runs; otherwise the calling suite or test (`context`, mocha's
 * `this`) is skipped, so it counts as skipped with the reason in the log, never run against the
 * wrong setting. Without a context (an `after` hook resetting), nothing was emulated: nothing to undo.
 */
export async function emulateReducedMotion(value: 'reduce' | 'no-preference', context?: Mocha.Context): Promise<void> {
  try {
    await emulateMedia({ reducedMotion: value });
    return;
  } catch (error) {
    if (!/CDP support is required/.test(String(error))) throw error;
  }
  if (window.matchMedia(`(prefers-reduced-motion: ${value})`).matches || !context) return;
  console.warn(`Skipped in ${navigator.userAgent}: this browser cannot emulate prefers-reduced-motion: ${value} (no WebDriver BiDi command for it).`);
  context.skip();
}

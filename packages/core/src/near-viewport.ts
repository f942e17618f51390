/**
 * First renders near the viewport (issue 18). A page may hold a thousand widgets: building every
 * one's shadow DOM on load blocks the page for seconds and holds megabytes no visitor looks at.
 * So a widget's first render waits until it comes within one viewport of the visible area (one
 * observer for the whole page), and the widgets that arrive together render in slices shorter than
 * a long task. Printing (and print emulation) renders every waiting widget at once, and so does
 * asking a widget for its `updateComplete`. Without IntersectionObserver, widgets render at once.
 * Until then a widget has no shadow root, no listeners and no pending update: on a long page it
 * costs next to nothing.
 */

import { nearObserver } from './near-observer.js';

/** A slice of first renders stops once it has run this long (a long task is over 50 ms). */
const SLICE_MS = 30;

/**
 * Starts a widget's first render; resolves when it is done (nothing when it cannot start). One
 * function for every widget of a kind, given the widget: no closure per widget.
 */
type Go = (el: Element) => Promise<unknown> | undefined;

/**
 * Connected widgets waiting for their first render, with what starts it. A widget taken out of the
 * page is forgotten (nothing keeps it alive) and registers again when put back.
 */
const waiting = new Map<Element, Go>();
/** Near the viewport, in the order they came near: rendered slice by slice. */
const due = new Set<Element>();
/** Widgets whose first render has started or may start: the one record of it (see `cameNear`). */
const near = new WeakSet<Element>();
let draining = false;
/** The page's one observer; null where there is none (then nothing waits). */
let observer: IntersectionObserver | null | undefined;
/** The print medium's query, read for every widget: made once. */
let print: MediaQueryList | undefined;

function watcher(): IntersectionObserver | null {
  if (observer !== undefined) return observer;
  if (typeof IntersectionObserver !== 'function') return (observer = null);
  const report = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) if (entry.isIntersecting) queue(entry.target);
  };
  // one viewport of margin on every side, so a widget is ready before it scrolls in
  observer = nearObserver(report);
  addEventListener('beforeprint', renderAll);
  print = matchMedia('print');
  print.addEventListener('change', (e) => e.matches && renderAll());
  return observer;
}

/** Near: due for a render (still observed until it renders; a second report changes nothing). */
function queue(el: Element): void {
  due.add(el);
  if (!draining) {
    draining = true;
    setTimeout(drain);
  }
}

/** Renders the due widgets one after another until the slice's time is spent, then yields. */
async function drain(): Promise<void> {
  const start = performance.now();
  for (const el of due) {
    try {
      await release(el);
    } catch {
      // that widget's own failure (Lit reports it); the others still render
    }
    if (due.size && performance.now() - start > SLICE_MS) {
      setTimeout(drain);
      return;
    }
  }
  draining = false;
}

function release(el: Element): Promise<unknown> | undefined {
  const go = waiting.get(el);
  stopWatching(el);
  if (!go) return undefined;
  near.add(el);
  return go(el);
}

function renderAll(): void {
  // deleting the entry visited is safe while iterating a Map
  waiting.forEach((_, el) => void release(el));
}

/** Whether `el` may render: it came near, was printed or asked for (a widget asks this, not itself). */
export const cameNear = (el: Element): boolean => near.has(el);

/**
 * Calls `go(el)` (which starts the first render of the connected `el`) once `el` is near the
 * viewport, printed, or asked for (renderNow); at once where there is no IntersectionObserver, or
 * in a print.
 */
export function renderWhenNear<E extends Element>(el: E, go: (el: E) => ReturnType<Go>): void {
  const io = watcher();
  if (io && !print?.matches) {
    // kept beside its own widget, so it is only ever given that widget
    waiting.set(el, go as Go);
    io.observe(el);
  } else {
    near.add(el);
    void go(el);
  }
}

/**
 * Something needs the content of `el` (e.g. awaits `updateComplete`): a waiting widget renders now,
 * one out of the page as soon as it is put in.
 */
export function renderNow(el: Element): void {
  // release() starts a waiting widget (and records it as near); it gives nothing for any other
  if (!release(el)) near.add(el);
}

/**
 * A widget left the page (or renders now): a waiting one stops being watched and is not kept
 * alive. For any other this changes nothing: unobserving an element not observed is a no-op.
 */
export function stopWatching(el: Element): void {
  waiting.delete(el);
  due.delete(el);
  observer?.unobserve(el);
}

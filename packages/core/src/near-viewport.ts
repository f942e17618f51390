/**
 * First renders near the viewport (issue 18). A page may hold a thousand widgets: building every
 * one's shadow DOM on load blocks the page for seconds and holds megabytes no visitor looks at.
 * So a widget's first render waits until it comes within one viewport of the visible area (one
 * observer for the whole page), and the widgets that arrive together render in slices shorter than
 * a long task. Printing (and print emulation) renders every waiting widget at once, and so does
 * asking a widget for its `updateComplete`. Without IntersectionObserver, widgets render at once.
 * Until then a widget has no shadow root and no listeners: on a long page it costs next to nothing.
 */

/** A slice of first renders stops once it has run this long (a long task is over 50 ms). */
const SLICE_MS = 30;

/** Starts a widget's first render; resolves when it is done (nothing when it cannot start). */
type Go = () => Promise<unknown> | undefined;

/** Connected widgets waiting for their first render, with what starts it. */
const waiting = new Map<Element, Go>();
/** Waiting widgets taken out of the page: weakly held, so a removed widget is not kept alive. */
const parked = new WeakMap<Element, Go>();
/** Near the viewport, in the order they came near: rendered slice by slice. */
const due = new Set<Element>();
let draining = false;
/** The page's one observer; null where there is none (then nothing waits). */
let observer: IntersectionObserver | null | undefined;
/** The print medium's query, read for every widget: made once. */
let print: MediaQueryList | undefined;

function watcher(): IntersectionObserver | null {
  if (observer !== undefined) return observer;
  if (typeof IntersectionObserver !== 'function') return (observer = null);
  const near = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) if (entry.isIntersecting) queue(entry.target);
  };
  // one viewport of margin on every side, so a widget is ready before it scrolls in; the document
  // as root means the frame's own viewport inside an iframe (a framed widget renders at once)
  const margin = { rootMargin: '100%' };
  try {
    observer = new IntersectionObserver(near, { ...margin, root: document });
  } catch {
    observer = new IntersectionObserver(near, margin);
  }
  addEventListener('beforeprint', renderAll);
  print = matchMedia('print');
  print.addEventListener('change', (e) => e.matches && renderAll());
  return observer;
}

function queue(el: Element): void {
  observer?.unobserve(el);
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
  due.delete(el);
  if (!go) return undefined;
  waiting.delete(el);
  observer?.unobserve(el);
  return go();
}

function renderAll(): void {
  for (const el of [...waiting.keys()]) void release(el);
}

/**
 * Calls `go` (which starts the first render of `el`) once `el` is near the viewport, printed, or
 * asked for (renderNow); at once where there is no IntersectionObserver, or in a print.
 */
export function renderWhenNear(el: Element, go: Go): void {
  const io = watcher();
  if (!io || print?.matches) void go();
  else if (el.isConnected) {
    waiting.set(el, go);
    io.observe(el);
  } else parked.set(el, go);
}

/** Renders `el` now if it is waiting (something needs its content, e.g. awaits `updateComplete`). */
export function renderNow(el: Element): void {
  const go = parked.get(el);
  parked.delete(el);
  void go?.();
  void release(el);
}

/** A waiting widget was put (back) into the page: watch it again. */
export function watchAgain(el: Element): void {
  const go = parked.get(el);
  if (!go) return;
  parked.delete(el);
  waiting.set(el, go);
  observer?.observe(el);
}

/** A widget left the page: a waiting one stops being watched and is held only weakly. */
export function stopWatching(el: Element): void {
  const go = waiting.get(el);
  if (!go) return;
  waiting.delete(el);
  due.delete(el);
  observer?.unobserve(el);
  parked.set(el, go);
}

/**
 * An observer of elements within one viewport of the visible area, on every side: where a widget
 * counts as near (near-viewport.ts renders it then; the embed's loader readies Intl then). The
 * document as root means the frame's own viewport inside an iframe (a framed widget is near at
 * once). Kept free of Lit: loader.js bundles this file too.
 */
export function nearObserver(report: IntersectionObserverCallback): IntersectionObserver {
  try {
    return new IntersectionObserver(report, { rootMargin: '100%', root: document });
  } catch {
    // a browser that takes no document as root: the same margin around the top-level viewport
    return new IntersectionObserver(report, { rootMargin: '100%' });
  }
}

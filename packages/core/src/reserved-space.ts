/**
 * Has the engine size the embed's reserved space for a widget again, now that its shadow root
 * exists. Until a widget settles its tag keeps that space: reserve.css gives the tag's `::before`
 * a block size by container queries on the tag itself. Attaching the shadow root rebuilds the
 * tag's box, and WebKit then sizes that `::before` as if the tag were no container (no query
 * matches, `cqi` is the viewport's: 1,300 px for 618 px of event map at 1280 px), and keeps it
 * until the tag is restyled. A layout now (the rebuilt box), then the shadow root's styles set
 * again (the same sheets: its `:host` rules restyle the tag), sizes it right before the next paint.
 * Only while the reservation applies: a forced layout is not free.
 */
export function resizeReservedSpace(host: Element): void {
  const root = host.shadowRoot;
  if (!root?.adoptedStyleSheets || getComputedStyle(host, '::before').content === 'none') return;
  host.getBoundingClientRect();
  root.adoptedStyleSheets = [...root.adoptedStyleSheets];
}

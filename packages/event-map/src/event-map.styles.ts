import { css } from 'lit';

/** The widget's frame: the host, the shared button look, the status line and the two panes. */
export const styles = css`
  :host {
    --_land: var(--scn-event-map-land, var(--scn-color-border-subtle));
    --_sea: var(--scn-event-map-sea, var(--scn-color-surface-raised));
    --_coast: var(--scn-event-map-coast, var(--scn-color-surface));
    --_marker: var(--scn-event-map-marker, var(--scn-color-brand));
    --_on-marker: var(--scn-event-map-on-marker, var(--scn-color-on-brand));
    container-type: inline-size;
  }
  .base {
    display: grid;
    gap: var(--scn-space-3);
  }
  button,
  select {
    font: inherit;
    color: inherit;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    gap: var(--scn-space-2) var(--scn-space-4);
    font-size: var(--scn-font-size-s);
    color: var(--scn-color-text-muted);
  }
  .note {
    color: var(--scn-color-error);
  }
  .empty {
    margin: 0;
  }
  .clear,
  .more-items,
  .zoom button,
  .close {
    min-inline-size: var(--scn-size-target-min);
    min-block-size: var(--scn-size-target-min);
    padding: var(--scn-space-1) var(--scn-space-2);
    background: var(--scn-color-surface);
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-s);
    cursor: pointer;
  }
  .panes {
    display: grid;
    gap: var(--scn-space-4);
  }
  @container (min-width: 56em) {
    .panes {
      grid-template-columns: 2fr 1fr;
      align-items: start;
    }
  }
`;

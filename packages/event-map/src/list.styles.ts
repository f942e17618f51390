import { css } from 'lit';

/** The list of events beside or below the map, each a disclosure. */
export const listStyles = css`
  .list-title {
    margin: 0 0 var(--scn-space-2);
    font-weight: var(--scn-font-weight-bold);
  }
  /* the list scrolls, so what lies beyond its fold is not on screen; saying so (a box that clips)
     lets accessibility checkers such as axe, which follow overflow: hidden but not a scroller, check
     the text that shows rather than the text scrolled away below the page */
  .window {
    overflow: hidden;
  }
  .events {
    position: relative;
    list-style: none;
    margin: 0;
    padding: 0;
    max-block-size: var(--scn-event-map-list-height, calc(24 * var(--scn-rem)));
    overflow: auto;
    border-block-start: 1px solid var(--scn-color-border-subtle);
  }
  /* stacked under the map (100cqi wide, 62.5cqi high): map and list together stay within about 44
     rem units, the list never below 8; a list height the page sets wins (the iframe page sets a
     huge one so that its list runs its length and the frame grows with it) */
  @container not (min-width: 56em) {
    .events {
      max-block-size: clamp(
        min(calc(8 * var(--scn-rem)), var(--scn-event-map-list-height, calc(24 * var(--scn-rem)))),
        max(calc(44 * var(--scn-rem)) - 62.5cqi, var(--scn-event-map-list-height, 0px)),
        var(--scn-event-map-list-height, calc(24 * var(--scn-rem)))
      );
    }
  }
  .item {
    border-block-end: 1px solid var(--scn-color-border-subtle);
    border-inline-start: 4px solid transparent;
  }
  .item.selected {
    border-inline-start-color: var(--scn-color-accent);
    background: var(--scn-color-surface-raised);
  }
  .summary {
    display: grid;
    gap: var(--scn-space-1);
    inline-size: 100%;
    min-block-size: var(--scn-size-target-comfortable);
    padding: var(--scn-space-2) var(--scn-space-3);
    text-align: start;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .summary:focus-visible {
    outline-offset: -3px;
  }
  .item-title {
    font-weight: var(--scn-font-weight-medium);
  }
  .item-meta {
    font-size: var(--scn-font-size-s);
    color: var(--scn-color-text-muted);
  }
  .panel {
    padding: 0 var(--scn-space-3) var(--scn-space-2);
  }
  .more-items {
    margin-block-start: var(--scn-space-2);
  }
`;

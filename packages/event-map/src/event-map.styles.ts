import { css } from 'lit';

export const styles = css`
  :host {
    --_land: var(--scn-event-map-land, var(--scn-color-border-subtle));
    --_sea: var(--scn-event-map-sea, var(--scn-color-surface-raised));
    --_coast: var(--scn-event-map-coast, var(--scn-color-surface));
    --_marker: var(--scn-event-map-marker, var(--scn-color-brand));
    --_on-marker: var(--scn-event-map-on-marker, var(--scn-color-on-brand));
    /* The block size the embed reserves for the tag before the widget loads (packages/embed/scripts/
       widgets.js, tunable by partners with --scn-reserve-block-size). The map's height follows the
       widget's width, the reserve does not: the frame and the list below are capped so the widget
       never grows past it at any width, which would move the page (layout shift). */
    --_reserve: var(--scn-reserve-block-size, 55rem);
    /* filters, status, list title and the gaps between them, plus a margin for a wrapped filter row */
    --_chrome: 11rem;
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
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--scn-space-3);
    align-items: end;
  }
  .filters label {
    display: grid;
    gap: var(--scn-space-1);
    font-size: var(--scn-font-size-s);
    color: var(--scn-color-text-muted);
  }
  select {
    min-block-size: var(--scn-size-target-min);
    padding-block: var(--scn-space-1);
    padding-inline: var(--scn-space-2);
    color: var(--scn-color-text);
    background: var(--scn-color-surface);
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-s);
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
  @container (min-width: 56rem) {
    .panes {
      grid-template-columns: 2fr 1fr;
      align-items: start;
    }
  }

  /* the map: the frame keeps one aspect ratio (view.ts ASPECT) so markers sit where the land is */
  .frame {
    position: relative;
    aspect-ratio: 16 / 10;
    /* at most the reserve less the filters and status: capped through its width, so the ratio stays */
    max-inline-size: max(24rem, (var(--_reserve) - var(--_chrome)) * 16 / 10);
    overflow: hidden;
    background: var(--_sea);
    border: 1px solid var(--scn-color-border-subtle);
    border-radius: var(--scn-radius-m);
    cursor: grab;
    user-select: none;
  }
  .frame:active {
    cursor: grabbing;
  }
  .frame:focus-visible {
    outline-offset: -3px;
  }
  .land {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    display: block;
  }
  .land path {
    fill: var(--_land);
    stroke: var(--_coast);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  /* markers are physical positions on the map: the same in LTR and RTL */
  .marker {
    position: absolute;
    translate: -50% -50%;
    display: grid;
    place-items: center;
    min-inline-size: var(--scn-size-target-min);
    min-block-size: var(--scn-size-target-min);
    padding: 0 var(--scn-space-1);
    font-size: var(--scn-font-size-xs);
    font-weight: var(--scn-font-weight-bold);
    color: var(--_on-marker);
    background: var(--_marker);
    border: 2px solid var(--scn-color-surface);
    border-radius: var(--scn-radius-pill);
    box-shadow: var(--scn-shadow-s);
    cursor: pointer;
    transition: scale var(--scn-duration-fast) var(--scn-easing-standard);
  }
  .marker:not(.cluster) {
    inline-size: var(--scn-size-target-min);
    padding: 0;
  }
  .marker:not(.cluster)::after {
    content: '';
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: var(--scn-radius-pill);
    background: var(--_on-marker);
  }
  .marker.cluster {
    min-inline-size: 2rem;
    min-block-size: 2rem;
  }
  .marker:hover,
  .marker.selected {
    scale: 1.15;
    z-index: 1;
  }
  .marker.selected {
    outline: 3px solid var(--scn-color-accent);
    outline-offset: 1px;
  }
  .marker:focus-visible {
    z-index: 2;
    outline: var(--scn-size-focus-ring) solid var(--scn-color-focus);
  }
  .zoom {
    position: absolute;
    inset-block-start: var(--scn-space-2);
    inset-inline-end: var(--scn-space-2);
    display: grid;
    gap: var(--scn-space-1);
    z-index: 3;
  }
  .zoom button {
    display: grid;
    place-items: center;
    padding: var(--scn-space-1);
    box-shadow: var(--scn-shadow-s);
  }
  .zoom button:disabled {
    cursor: default;
    color: var(--scn-color-text-muted);
  }
  .wheel-hint {
    position: absolute;
    inset-block-end: var(--scn-space-3);
    inset-inline: var(--scn-space-3);
    z-index: 5;
    margin: 0;
    padding: var(--scn-space-2) var(--scn-space-3);
    text-align: center;
    color: var(--scn-color-on-brand);
    background: var(--scn-color-brand);
    border-radius: var(--scn-radius-m);
    pointer-events: none;
  }
  .popover {
    position: absolute;
    z-index: 4;
    inline-size: 22rem;
    display: flex;
    flex-direction: column;
    translate: 0.75rem 0.75rem;
    background: var(--scn-color-surface);
    color: var(--scn-color-text);
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-m);
    box-shadow: var(--scn-shadow-l);
    cursor: auto;
    user-select: text;
  }
  .popover.east {
    translate: calc(-100% - 0.75rem) 0.75rem;
  }
  .popover.south {
    translate: 0.75rem calc(-100% - 0.75rem);
  }
  .popover.east.south {
    translate: calc(-100% - 0.75rem) calc(-100% - 0.75rem);
  }
  .popover-head {
    display: flex;
    gap: var(--scn-space-2);
    align-items: start;
    justify-content: space-between;
    padding: var(--scn-space-3) var(--scn-space-3) 0;
  }
  .popover-body {
    overflow: auto;
    padding: 0 var(--scn-space-3) var(--scn-space-3);
  }
  .close {
    display: grid;
    place-items: center;
    padding: var(--scn-space-1);
    flex: none;
  }
  .title {
    margin: 0;
    font-weight: var(--scn-font-weight-bold);
    line-height: var(--scn-font-line-height-tight);
  }
  .group {
    list-style: none;
    margin: var(--scn-space-2) 0 0;
    padding: 0;
    display: grid;
    gap: var(--scn-space-3);
  }

  /* details: the same in the popover and the list */
  .details {
    display: grid;
    gap: var(--scn-space-1);
    margin: var(--scn-space-2) 0;
    font-size: var(--scn-font-size-s);
  }
  .details div {
    display: flex;
    gap: var(--scn-space-2);
  }
  .details dt {
    min-inline-size: 4.5rem;
    color: var(--scn-color-text-muted);
  }
  .details dd {
    margin: 0;
  }
  .type::first-letter {
    text-transform: uppercase;
  }
  .description {
    margin: var(--scn-space-2) 0;
    font-size: var(--scn-font-size-s);
  }
  .more {
    display: inline-flex;
    gap: var(--scn-space-1);
    align-items: center;
    min-block-size: var(--scn-size-target-min);
    color: var(--scn-color-link);
  }

  /* the list */
  .list-title {
    margin: 0 0 var(--scn-space-2);
    font-weight: var(--scn-font-weight-bold);
  }
  .events {
    position: relative;
    list-style: none;
    margin: 0;
    padding: 0;
    max-block-size: var(--scn-event-map-list-height, 24rem);
    overflow: auto;
    border-block-start: 1px solid var(--scn-color-border-subtle);
  }
  /* stacked under the map (100cqi wide, 62.5cqi high): the list scrolls within what the reserve
     leaves, never below 8rem */
  @container not (min-width: 56rem) {
    .events {
      max-block-size: clamp(
        min(8rem, var(--scn-event-map-list-height, 24rem)),
        var(--_reserve) - var(--_chrome) - 62.5cqi,
        var(--scn-event-map-list-height, 24rem)
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
  @media (prefers-reduced-motion: reduce) {
    .marker {
      transition: none;
    }
  }
`;

import { css } from 'lit';

/** The map frame: land, markers, zoom buttons and the wheel hint. */
export const mapStyles = css`
  /* the frame keeps one aspect ratio (view.ts ASPECT) so markers sit where the land is */
  .frame {
    position: relative;
    aspect-ratio: 16 / 10;
    /* capped through its width, so the ratio stays: about 44 rem units tall at most */
    max-inline-size: calc(70.4 * var(--scn-rem));
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
    inline-size: calc(0.5 * var(--scn-rem));
    block-size: calc(0.5 * var(--scn-rem));
    border-radius: var(--scn-radius-pill);
    background: var(--_on-marker);
  }
  .marker.cluster {
    min-inline-size: calc(2 * var(--scn-rem));
    min-block-size: calc(2 * var(--scn-rem));
  }
  /* the count is drawn, not text content: the name (aria-label) starts with the same count in the
     same digits, and checkers that compare a button's text with its name (axe's label in name) take
     one Arabic-Indic digit (٢) for a symbol and cannot match it */
  .marker.cluster::after {
    content: attr(data-count);
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
  @media (prefers-reduced-motion: reduce) {
    .marker {
      transition: none;
    }
  }
`;

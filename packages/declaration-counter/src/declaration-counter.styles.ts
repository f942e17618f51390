import { css } from 'lit';

// The disclosure's triangle points down/up, the same in both directions, and its CSS alt text
// ("/ ''") keeps it out of the summary's accessible name.
export const styles = css`
  :host {
    max-inline-size: calc(40 * var(--scn-rem));
  }
  .base {
    padding: var(--scn-space-5);
    background: var(--scn-color-surface);
    border: 1px solid var(--scn-color-border-subtle);
    border-radius: var(--scn-radius-l);
    overflow-wrap: anywhere;
  }
  p {
    margin: 0 0 var(--scn-space-3);
  }
  /* the number stands on its own line: as it counts up (and while "Loading…" holds its place)
     its width changes, and nothing beside it may move */
  .count {
    display: block;
    font: var(--scn-font-weight-bold) var(--scn-counter-size, var(--scn-font-size-xxl)) var(--scn-font-family-numeric);
    /* after the shorthand, which resets them: digits of one width, so the count does not jitter;
       a line height of its own, as "normal" is each engine's reading of the font (46 px in Chromium,
       48 in Firefox at 40 px): the reserved space is the same in every browser */
    font-variant-numeric: tabular-nums;
    line-height: 1.15;
    color: var(--scn-counter-color, var(--scn-color-brand));
  }
  /* counting up: the final number, invisible, holds the box; the current one grows from its left
     edge in both directions (digits run left to right in every script), so no edge of any box
     moves (a moved edge counts as layout shift) */
  .up {
    display: inline-grid;
  }
  .up>* {
    grid-area: 1/1;
    justify-self: left;
  }
  /* the final number */
  .up>:first-child {
    visibility: hidden;
  }
  .muted,
  .pending {
    color: var(--scn-color-text-muted);
  }
  /* "Loading…" sits inside the count's box, whose large font sets the line's height, so nothing
     below moves when the number arrives */
  .pending {
    font: var(--scn-font-weight-regular) var(--scn-font-size-m) var(--scn-font-family);
  }
  .track {
    block-size: var(--scn-space-3);
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-pill);
    overflow: hidden;
  }
  /* the bar */
  .track>* {
    display: block;
    block-size: 100%;
    background: var(--scn-counter-color, var(--scn-color-brand));
    forced-color-adjust: none;
  }
  a,
  summary {
    display: inline-block;
    min-block-size: var(--scn-size-target-min);
    color: var(--scn-color-link);
  }
  /* as the button it replaced looked: a bordered control, its own triangle instead of the marker */
  summary {
    cursor: default;
    padding: 1px 6px;
    border: 1px solid;
    border-radius: var(--scn-radius-m);
  }
  summary::before {
    content: '▾ ' / '';
  }
  [open] summary::before {
    content: '▴ ' / '';
  }
`;

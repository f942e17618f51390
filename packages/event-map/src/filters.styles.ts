import { css } from 'lit';

/** The filter row: type, year and date selects. */
export const filtersStyles = css`
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
    /* a height of its own: a select's line height is always "normal" and its height each engine's
       (28 px in Chromium, 27 in Firefox, 36 in WebKitGTK's theme, at 14 px text), so the reserved
       space could not match every browser; Chromium's, in the text's em */
    block-size: 2em;
    min-block-size: var(--scn-size-target-min);
    padding-block: var(--scn-space-1);
    padding-inline: var(--scn-space-2);
    color: var(--scn-color-text);
    background: var(--scn-color-surface);
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-s);
  }
`;

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
    min-block-size: var(--scn-size-target-min);
    padding-block: var(--scn-space-1);
    padding-inline: var(--scn-space-2);
    color: var(--scn-color-text);
    background: var(--scn-color-surface);
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-s);
  }
`;

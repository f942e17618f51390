import { css } from 'lit';

/** An event's details: the same in the popover and the list. */
export const detailsStyles = css`
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
    min-inline-size: calc(4.5 * var(--scn-rem));
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
`;

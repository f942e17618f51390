import { css } from 'lit';

/** The details popover beside a marker. */
export const popoverStyles = css`
  .popover {
    position: absolute;
    z-index: 4;
    inline-size: calc(22 * var(--scn-rem));
    display: flex;
    flex-direction: column;
    translate: calc(0.75 * var(--scn-rem)) calc(0.75 * var(--scn-rem));
    background: var(--scn-color-surface);
    color: var(--scn-color-text);
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-m);
    box-shadow: var(--scn-shadow-l);
    cursor: auto;
    user-select: text;
  }
  .popover.east {
    translate: calc(-100% - calc(0.75 * var(--scn-rem))) calc(0.75 * var(--scn-rem));
  }
  .popover.south {
    translate: calc(0.75 * var(--scn-rem)) calc(-100% - calc(0.75 * var(--scn-rem)));
  }
  .popover.east.south {
    translate: calc(-100% - calc(0.75 * var(--scn-rem))) calc(-100% - calc(0.75 * var(--scn-rem)));
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
`;

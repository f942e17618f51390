import { css } from 'lit';

/**
 * What every widget needs whatever page it lands on: inherited properties reset (a host page's
 * `text-transform` or `letter-spacing` must not leak in), tokens applied, a visible focus ring.
 */
export const baseStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--scn-font-family);
    font-size: var(--scn-font-size-m);
    line-height: var(--scn-font-line-height-normal);
    color: var(--scn-color-text);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--scn-size-focus-ring) solid var(--scn-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

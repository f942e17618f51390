import { css } from 'lit';

/**
 * What every widget needs whatever page it lands on: inherited properties reset (a host page's
 * `text-transform` or `letter-spacing` must not leak in), tokens applied, a visible focus ring.
 *
 * A page's rules on the host element itself (`* { font: inherit }`, `* { box-sizing: content-box
 * !important }`) beat `:host`'s normal declarations, so `all: initial` alone does not hold: the text
 * properties and box sizing are `!important`, where the shadow tree's `:host` wins over any page rule.
 * The host's font size is `medium`, the visitor's own default size, never the page's root size, and
 * `--scn-rem` (every size token's unit) is that size in pixels. Partners theme through the tokens.
 */
export const baseStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box !important;
    font-family: var(--scn-font-family) !important;
    font-size: medium !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: var(--scn-font-line-height-normal) !important;
    letter-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    --scn-rem: 1em;
    color: var(--scn-color-text);
    -webkit-text-size-adjust: 100%;
  }
  /* the body size token applies one level in (on the host it would depend on --scn-rem, itself 1em) */
  :host > * {
    font-size: var(--scn-font-size-m);
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

import { css } from 'lit';

export const styles = css`
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--scn-cta-gap, var(--scn-space-4));
    padding: var(--scn-cta-padding, var(--scn-space-5));
    background: var(--scn-cta-surface, var(--scn-color-surface-raised));
    border: 1px solid var(--scn-color-border-subtle);
    border-radius: var(--scn-cta-radius, var(--scn-radius-m));
  }
  .card {
    flex-direction: column;
    align-items: stretch;
    max-inline-size: var(--scn-cta-card-width, calc(22 * var(--scn-rem)));
    box-shadow: var(--scn-shadow-m);
  }
  /* in the card's column the text's flex basis would be a height: it is as tall as it is, no more */
  .card .text {
    flex: none;
  }
  .compact {
    padding: 0;
    border: 0;
    background: none;
  }
  /* the text grows beside the button while there is room, and wraps above it on narrow screens */
  .text {
    flex: 1 1 calc(18 * var(--scn-rem));
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  h2,
  ::slotted([slot='heading']) {
    margin: 0 0 var(--scn-space-2);
    font-size: var(--scn-font-size-l);
    font-weight: var(--scn-font-weight-bold);
    line-height: var(--scn-font-line-height-tight);
  }
  p,
  ::slotted([slot='body']) {
    margin: 0;
    color: var(--scn-color-text-muted);
  }
  [part='action'],
  ::slotted(a[slot='action']) {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-block-size: var(--scn-size-target-comfortable);
    max-inline-size: 100%;
    padding: var(--scn-space-2) var(--scn-space-5);
    border: 2px solid transparent;
    border-radius: var(--scn-radius-pill);
    background: var(--scn-color-brand);
    color: var(--scn-color-on-brand);
    font-weight: var(--scn-font-weight-bold);
    text-align: center;
    text-decoration: none;
    overflow-wrap: anywhere;
    transition: background-color var(--scn-duration-fast);
  }
  /* a host page's link colours outrank ::slotted: a partner link's colours must be !important */
  ::slotted(a[slot='action']) {
    background: var(--scn-color-brand) !important;
    color: var(--scn-color-on-brand) !important;
  }
  [part='action']:hover,
  ::slotted(a[slot='action']:hover) {
    background: var(--scn-color-brand-strong);
    text-decoration: underline;
  }
  ::slotted(a[slot='action']:focus-visible) {
    outline: var(--scn-size-focus-ring) solid var(--scn-color-focus);
    outline-offset: 2px;
  }
  /* the button's border is transparent until forced colours draw it, so it keeps an edge there */
  @media (forced-colors: active) {
    [part='action'],
    ::slotted(a[slot='action']) {
      border-color: LinkText;
    }
  }
`;

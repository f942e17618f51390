import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
    max-inline-size: 40rem;
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
  .statement {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--scn-space-1) var(--scn-space-3);
  }
  .count {
    font-family: var(--scn-font-family-numeric);
    font-size: var(--scn-counter-size, var(--scn-font-size-xxl));
    font-weight: var(--scn-font-weight-bold);
    line-height: var(--scn-font-line-height-tight);
    font-variant-numeric: tabular-nums;
    color: var(--scn-counter-color, var(--scn-color-brand));
  }
  .loading {
    font-size: var(--scn-font-size-l);
    color: var(--scn-color-text-muted);
  }
  .label {
    font-size: var(--scn-font-size-l);
    flex: 1 1 12rem;
  }
  .muted {
    color: var(--scn-color-text-muted);
    font-size: var(--scn-font-size-s);
  }
  .track {
    block-size: var(--scn-space-3);
    margin-block-end: var(--scn-space-1);
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-pill);
    background: var(--scn-color-surface-sunken);
    overflow: hidden;
  }
  .bar {
    block-size: 100%;
    background: var(--scn-counter-color, var(--scn-color-brand));
    transition: inline-size var(--scn-duration-slow);
    forced-color-adjust: none;
  }
  .link {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--scn-size-target-min);
    color: var(--scn-color-link);
    font-weight: var(--scn-font-weight-medium);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--scn-space-2);
    min-block-size: var(--scn-size-target-min);
    padding: var(--scn-space-1) var(--scn-space-3);
    font: inherit;
    color: var(--scn-color-text);
    background: var(--scn-color-surface-raised);
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-m);
    cursor: pointer;
  }
  /* a chevron drawn with borders: no icon request, follows currentColor and forced colours */
  .toggle::before {
    content: '';
    inline-size: 0.4em;
    block-size: 0.4em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
    transition: transform var(--scn-duration-fast);
  }
  :host([dir='rtl']) .toggle::before {
    transform: rotate(135deg);
  }
  .toggle[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  ul {
    margin: var(--scn-space-3) 0 0;
    padding-inline-start: var(--scn-space-5);
  }
  [role='status'] p {
    margin: var(--scn-space-3) 0 0;
  }
  @container (max-width: 20rem) {
    .base {
      padding: var(--scn-space-3);
    }
    .count {
      font-size: var(--scn-font-size-xl);
    }
  }
`;

import { css } from 'lit';

export const styles = css`
  /* sizes: the controls' side, from the size attribute (icons and labels keep the body size:
     the host's font size is the visitor's own, see core's base styles) */
  :host {
    --_size: calc(2.25 * var(--scn-rem));
    display: inline-block;
  }
  :host([size='s']) {
    --_size: var(--scn-size-target-min);
  }
  :host([size='l']) {
    --_size: var(--scn-size-target-comfortable);
  }

  /* the row, or a column in the vertical layout */
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--scn-share-gap, var(--scn-space-2));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host([layout='vertical']) ul {
    flex-direction: column;
  }

  /* each control; forced colours need no rule: every control keeps a real border, which the
     browser recolours */
  .control {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: var(--scn-space-2);
    inline-size: 100%;
    min-inline-size: var(--_size);
    min-block-size: var(--_size);
    padding: 0;
    border: 1px solid var(--scn-share-border, var(--scn-color-border));
    border-radius: var(--scn-share-radius, var(--scn-radius-pill));
    background: var(--scn-share-background, var(--scn-color-surface));
    color: var(--scn-share-color, var(--scn-color-text));
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  :host([labels]) .control {
    justify-content: start;
    padding-inline: var(--scn-space-3);
  }
  .control:hover {
    background: var(--scn-share-background-hover, var(--scn-color-brand));
    color: var(--scn-share-color-hover, var(--scn-color-on-brand));
  }
`;

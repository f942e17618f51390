import { css } from 'lit';

export const styles = css`
  /* the dropdown is positioned like the host: its menu is placed against it (see below) */
  :host,
  .dropdown {
    display: inline-block;
    position: relative;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* list and compact variants: the choices in a row */
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--scn-language-toggle-gap, var(--scn-space-1));
  }

  /* a choice (link or button), and the dropdown's trigger */
  [part='item'],
  .trigger {
    display: inline-flex;
    align-items: center;
    gap: var(--scn-space-1);
    min-inline-size: var(--scn-size-target-min);
    min-block-size: var(--scn-size-target-min);
    padding: var(--scn-space-1) var(--scn-space-2);
    border: 1px solid transparent;
    border-radius: var(--scn-radius-s);
    background: var(--scn-language-toggle-background, var(--scn-color-surface));
    color: var(--scn-color-link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .trigger {
    border-color: var(--scn-color-border);
    color: var(--scn-color-text);
    text-decoration: none;
  }
  [part='item'][aria-current] {
    color: var(--scn-language-toggle-current-color, var(--scn-color-text));
    border-color: var(--scn-color-border);
    font-weight: var(--scn-font-weight-bold);
    text-decoration: none;
  }

  /* dropdown variant: the menu under its trigger, as wide as its longest name (at least the
     trigger's width), whatever width the page gives the tag (the embed makes it a block) */
  .menu {
    position: absolute;
    z-index: 10;
    inset-block-start: 100%;
    inset-inline-start: 0;
    min-inline-size: 100%;
    inline-size: max-content;
    margin-block-start: var(--scn-space-1);
    padding: var(--scn-space-1);
    background: var(--scn-color-surface-raised);
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-m);
    box-shadow: var(--scn-shadow-m);
  }
  /* a closed menu has the hidden attribute: the browser's own [hidden] rule hides it (no rule here
     sets its display) */
  .menu li {
    display: flex;
  }
  .menu [part='item'] {
    flex: 1 1 auto;
    white-space: nowrap;
    background: none;
  }
  [role='menuitemradio'] {
    text-decoration: none;
  }
  /* after the menu's rule (same specificity), so a hovered menu item is shaded too */
  [part='item']:hover {
    background: var(--scn-color-surface-sunken);
  }

  /* forced colours: the current choice keeps a mark that is not colour */
  @media (forced-colors: active) {
    [part='item'][aria-current] {
      text-decoration: underline double;
    }
  }
`;

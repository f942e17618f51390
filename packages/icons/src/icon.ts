import { css, html, type SVGTemplateResult, type TemplateResult } from 'lit';

/** One icon: its name, its 24×24 outline paths, and whether it points somewhere (mirrored in RTL). */
export interface Icon {
  readonly name: string;
  readonly mirror: boolean;
  /** the paths, as a function so that unused icons are tree-shaken */
  readonly body: () => SVGTemplateResult;
}

/**
 * Renders an icon in `currentColor` at 1em. Decorative (`aria-hidden`) unless given a label,
 * in which case it is an image with that accessible name.
 */
export function renderIcon(icon: Icon, label?: string): TemplateResult {
  const cls = icon.mirror ? 'scn-icon scn-icon--mirror' : 'scn-icon';
  // decorative icons (most of them) bind their class only: the clone carries every other attribute
  return label
    ? html`<svg class=${cls} viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" role="img" aria-label=${label}>${icon.body()}</svg>`
    : html`<svg class=${cls} viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" aria-hidden="true">${icon.body()}</svg>`;
}

/** Icon styles for a shadow root: sizing, and mirroring of directional icons in RTL. */
export const iconStyles = css`
  .scn-icon {
    display: inline-block;
    flex: none;
    vertical-align: -0.125em;
  }
  :host(:dir(rtl)) .scn-icon--mirror {
    transform: scaleX(-1);
  }
`;

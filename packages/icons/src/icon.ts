import { css, html, type TemplateResult } from 'lit';

/** One icon: its 24×24 outline as one path's data, and whether it points somewhere (mirrored in RTL). */
export interface Icon {
  readonly mirror?: boolean;
  /** SVG path data, stroked 2 units wide with round caps and joins */
  readonly path: string;
}

/**
 * Renders an icon in `currentColor` at 1em. Decorative (`aria-hidden`) unless given a label,
 * in which case it is an image with that accessible name.
 */
export function renderIcon(icon: Icon, label?: string): TemplateResult {
  const cls = icon.mirror ? 'scn-icon scn-icon--mirror' : 'scn-icon';
  // one template for every icon, its path data bound: no nested template per icon, and decorative
  // icons (most of them) bind their class and path only, the clone carries every other attribute
  return label
    ? html`<svg class=${cls} viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" role="img" aria-label=${label}><path d=${icon.path}></path></svg>`
    : html`<svg class=${cls} viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" aria-hidden="true"><path d=${icon.path}></path></svg>`;
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

import { unsafeCSS } from 'lit';
import { hostCss } from './host-css.js';

export * from './tokens.js';
export { contrastRatio, luminance } from './contrast.js';
export { hostCssText, pageCssText } from './css-text.js';

/**
 * Every `--scn-*` token a widget can use on `:host` (the neutral palette is for host pages), light
 * by default, dark under `prefers-color-scheme: dark` unless the `theme` attribute chooses, system
 * colours in forced-colours mode; durations drop to 0 under `prefers-reduced-motion`.
 */
export const tokens = unsafeCSS(hostCss);

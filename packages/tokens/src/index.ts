import { unsafeCSS } from 'lit';
import { hostCssText } from './css-text.js';

export * from './tokens.js';
export { contrastRatio, luminance } from './contrast.js';
export { hostCssText, pageCssText } from './css-text.js';

/**
 * Every `--scn-*` token on `:host`, light by default, dark under `prefers-color-scheme: dark`
 * unless the `theme` attribute chooses; durations drop to 0 under `prefers-reduced-motion`.
 */
export const tokens = unsafeCSS(hostCssText());

import { hostCssText } from './css-text.js';

/**
 * The tokens' CSS text for a widget's shadow root. Our bundles (config/tokens-at-build.js) replace
 * this module with the string it evaluates to, so a partner page downloads the CSS, not the token
 * objects and the code that writes CSS from them.
 */
export const hostCss: string = hostCssText();

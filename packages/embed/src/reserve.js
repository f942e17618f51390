/* global CSSStyleSheet */
/**
 * Keeps each widget's space from before its code arrives: a constructed stylesheet, which a
 * strict CSP allows (no <style> element, no style attribute). Shared by loader.js and widgets.js
 * so a widget lays out the same whichever file defined it.
 * @param {string} css
 */
export function reserveSpace(css) {
  try {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // older browsers: the widgets still load, the page may shift once
  }
}

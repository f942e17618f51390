/* global CSSStyleSheet */
/**
 * Keeps each widget's space from before its code arrives: a constructed stylesheet, which a
 * strict CSP allows (no <style> element, no style attribute). Shared by loader.js and widgets.js
 * so a widget lays out the same whichever file defined it.
 * @param {string} css
 * @returns {CSSStyleSheet | undefined} the sheet, for releaseSpace
 */
export function reserveSpace(css) {
  try {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    // older browsers: the widgets still load, the page may shift once
  }
}

/**
 * Gives a tag's reserved space back when its code cannot load: the tag stays a block and is as
 * tall as the content the partner wrote inside it (its no-JS fallback), never a blank band.
 * @param {CSSStyleSheet | undefined} sheet
 * @param {string} tag
 */
export function releaseSpace(sheet, tag) {
  try {
    sheet.insertRule(':where(' + tag + '){min-block-size:auto;container-type:normal}', sheet.cssRules.length);
    // the measured reservation (reserve.css, or this sheet) is a float before the content
    sheet.insertRule(':where(' + tag + ')::before{content:none}', sheet.cssRules.length);
  } catch {
    // no sheet (older browsers): nothing was reserved
  }
}

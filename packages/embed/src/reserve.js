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
 * The rules that give the reserved space of `tags` (a selector list) back: each such tag is a
 * block as tall as the content the partner wrote inside it (its no-JS fallback), never a blank band.
 * The loader's flat sizes weigh nothing; reserve.css's rules for a waiting tag weigh one
 * pseudo-class (its float too), so the last rule weighs as much, and wins as it comes after every
 * stylesheet (an adopted sheet); a block, not a flow-root, so the fallback's margins meet the page's.
 * hold.js (scripts/hold.js) gives every tag's space back with them when the widgets' script itself
 * cannot load.
 * @param {string} tags
 * @returns {string[]}
 */
export function releaseRules(tags) {
  return [
    ':where(' + tags + '){min-block-size:auto;container-type:normal}',
    ':where(' + tags + ')::before{content:none}',
    ':where(' + tags + '):not(:state(settled)){min-block-size:auto;display:block;container-type:normal}',
  ];
}

/**
 * Gives a tag's reserved space back when its code cannot load (releaseRules).
 * @param {CSSStyleSheet | undefined} sheet
 * @param {string} tag
 */
export function releaseSpace(sheet, tag) {
  for (var rule of releaseRules(tag)) {
    try {
      sheet.insertRule(rule, sheet.cssRules.length);
    } catch {
      // no sheet (older browsers: nothing was reserved), or no custom states (reserve.css's rules
      // for a waiting tag do not apply either)
    }
  }
}

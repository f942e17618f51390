// The double-load guard. It runs before any Lit code (the loader imports nothing else first;
// widgets.js carries it as its IIFE intro), because a second copy of Lit throws under a strict
// CSP when it creates its Trusted Types policy "lit-html", which the first copy already made.

/**
 * Claims the page for this copy of the widgets. The first copy wins; later copies do nothing,
 * and a different version says so once.
 * @param {string} version  this copy's version
 * @param {string} file     loader.js or widgets.js, for the warning
 * @returns {boolean} true when this copy should start
 */
export function claim(version, file) {
  try {
    var key = Symbol.for('strong-cities.widgets');
    var mark = globalThis[key];
    if (!mark || typeof mark != 'object') {
      globalThis[key] = { version: version, file: file };
      return true;
    }
    if (mark.version !== version && !mark.warned) {
      mark.warned = true;
      console.warn(
        '[strong-cities] ' + file + ' ' + version + ' is not used: version ' + mark.version + ' (' + mark.file + ') is already on this page.',
      );
    }
  } catch {
    // a frozen or hostile global: stay out of the page rather than risk a second Lit
  }
  return false;
}

// The Drupal `*.libraries.yml` entry that attaches the loader from a theme: one place, used by the
// READMEs (snippets.js) and the embed builder (apps/embed-builder). Browser-safe: no Node imports.

/**
 * @param {string} base       the CDN folder's URL, ending with `/`
 * @param {string} integrity  loader.js's `sha384-…`
 * @param {string} [cssIntegrity]  reserve.css's, when the folder has it: the widgets' reserved space
 * @returns {string} the YAML, without a trailing newline
 */
export function drupalLibrary(base, integrity, cssIntegrity) {
  return [
    'strong-cities-widgets:',
    ...(cssIntegrity
      ? ['  css:', '    theme:', `      ${base}reserve.css: { type: external, minified: true, attributes: { crossorigin: anonymous, integrity: '${cssIntegrity}' } }`]
      : []),
    '  js:',
    `    ${base}loader.js:`,
    '      type: external',
    '      minified: true',
    `      attributes: { type: module, crossorigin: anonymous, integrity: '${integrity}' }`,
  ].join('\n');
}

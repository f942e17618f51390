// The Content-Security-Policy lines a page needs for the widgets, in one place: the READMEs, the
// self-hosting zip's README and the demo site (whose pages the end-to-end tests run under) use it.

/**
 * The directives for widgets served from `source`: a folder URL (best: the exact versioned
 * folder, since an npm CDN serves every package on npm from one origin), an origin, or `'self'`.
 * Constructed stylesheets and Trusted Types mean no 'unsafe-inline' and no 'unsafe-eval'.
 * @param {string} source
 * @returns {string[]}
 */
export function cspDirectives(source) {
  const also = source === "'self'" ? '' : ` ${source}`;
  return [
    `script-src ${source}`,
    `style-src 'self'${also}`,
    `connect-src 'self'${also}`,
    `img-src 'self' data:${also}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ];
}

/** One directive a line, each ending with `;`, as a webmaster copies them. */
export const cspLines = (source) => cspDirectives(source).map((d) => `${d};`);

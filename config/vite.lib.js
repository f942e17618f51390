// The one place for Vite library-build settings: every bundle we ship (the embed loader, the
// all-in-one classic script, and any package that bundles later) is built the same way.
import { defaultClientConditions } from 'vite';
import { minifyTemplates } from './minify-templates.js';
import { tokensAtBuild } from './tokens-at-build.js';
import { explicitMsgIds } from './explicit-msg-ids.js';
import { shortMsgIds } from './short-msg-ids.js';
import { licenceBanner, thirdPartyLicenses } from './third-party-licenses.js';

/**
 * A Vite config for one library entry.
 * @param {object} options
 * @param {string} options.root            the package folder (vite's root)
 * @param {Record<string, string>} options.entry  entry name → file
 * @param {'es' | 'iife'} options.format
 * @param {string} [options.name]          global name (iife only; required there by Vite)
 * @param {string} [options.outDir]        default `dist`
 * @param {boolean} [options.emptyOutDir]  default true
 * @param {import('vite').PluginOption[]} [options.plugins]
 * @param {import('rolldown').OutputOptions} [options.output]  extra Rolldown output options
 * @param {import('rolldown').InputOptions['preserveEntrySignatures']} [options.preserveEntrySignatures]
 *   Rolldown's default unless given (code-splitting groups that leave dependencies out need it looser)
 * @returns {import('vite').UserConfig}
 */
export function libConfig({ root, entry, format, name, outDir = 'dist', emptyOutDir = true, plugins = [], output = {}, preserveEntrySignatures }) {
  return {
    root,
    logLevel: 'warn',
    publicDir: false,
    plugins: [...plugins, tokensAtBuild(), explicitMsgIds(), shortMsgIds(), minifyTemplates(), asciiOnly(), thirdPartyLicenses()],
    resolve: {
      // workspace packages resolve to their TypeScript sources ("source" export condition),
      // so a bundle never depends on a stale dist/ of a sibling package
      conditions: ['source', ...defaultClientConditions],
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir,
      target: 'es2022',
      // library mode does not minify ES output unless told (see TOOLCHAIN.md). Two minifiers, each
      // where it measures smaller: Rolldown's own (output.minify below) mangles and strips, then
      // terser's compress pass (two passes: values it can evaluate, code nothing uses) takes
      // 750 B gzip more from widgets.js and 11–39 B from each chunk; terser's mangling or terser
      // alone measured larger (runtime +62 B, feed +43 B)
      minify: 'terser',
      terserOptions: { ecma: 2022, compress: { passes: 2 }, mangle: false, format: { ascii_only: true, comments: false } },
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      modulePreload: false,
      lib: { entry, name, formats: [format], fileName: (_format, entryName) => `${entryName}.js` },
      rolldownOptions: {
        ...(preserveEntrySignatures === undefined ? {} : { preserveEntrySignatures }),
        output: {
          chunkFileNames: '[name]-[hash].js',
          // a chunk's name is in every import line and in the loader's preload table: 8 hex digits
          // gzip smaller than 8 base-64 characters (loader.js -11 B) and still change with the content
          hashCharacters: 'hex',
          // host pages without <meta charset="utf-8"> must not garble accented text
          charset: 'ascii',
          // these files ship as they are (no consumer re-bundles them): minify whitespace too,
          // which Vite skips for ES libraries by default; licence comments go to one file beside
          // the bundles (third-party-licenses.js), which each entry script names
          minify: true,
          comments: { legal: false, annotation: false, jsdoc: false },
          postBanner: licenceBanner,
          ...output,
        },
      },
    },
  };
}

/**
 * Escapes what Rolldown's `charset: 'ascii'` leaves as is (tagged template literals such as Lit's
 * `html`/`css` and lit-localize's `str`, whose raw text it will not touch). Both tags read the
 * cooked strings, so `\uXXXX` means the same to them; a classic script then survives a host page
 * that lacks `<meta charset="utf-8">`.
 * @returns {import('vite').Plugin}
 */
export function asciiOnly() {
  return {
    name: 'scn-ascii-only',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        file.code = file.code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      }
    },
  };
}

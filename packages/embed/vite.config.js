// loader.js and its chunks: an ES module that imports only the widgets a page uses, all sharing
// one runtime chunk (lit, @lit/localize, and what of core, tokens and icons several widgets use)
// and, for the widgets that load feeds, a second shared chunk with the feed code.
import { fileURLToPath } from 'node:url';
import { libConfig } from '../../config/vite.lib.js';
import { discoverWidgets } from './scripts/widgets.js';
import { widgetsPlugin } from './scripts/widgets-plugin.js';

const FEED = /[\\/]packages[\\/]core[\\/]src[\\/](load-json|feed|feed-request|reserved-space|localized-text|style-props|intl|partial-date|plural)\.ts$/;
/** package folder → the chunk name its descriptor gives */
const chunkOf = new Map(discoverWidgets().map((w) => [w.folder, w.chunk]));
const RUNTIME = /[\\/](node_modules[\\/](lit|lit-html|lit-element|@lit|@lit-labs)[\\/]|packages[\\/](core|tokens|icons)[\\/])/;

export default libConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // frame.js: frame.html's script, beside loader.js so that it shares the widgets' runtime chunk
  // (one Lit, one locale runtime) instead of bundling its own
  entry: { loader: 'src/loader.js', frame: 'src/frame.js' },
  format: 'es',
  plugins: [widgetsPlugin()],
  // lets the feed group take its own modules without their dependencies (those stay in `runtime`);
  // loader.js still exports nothing: it imports no module a widget shares
  preserveEntrySignatures: 'allow-extension',
  output: {
    // a widget's chunk is named as its descriptor says (`chunk`): share-bar-<hash>.js; a module it
    // loads on demand after it too: share-bar-mastodon-<hash>.js
    chunkFileNames: (chunk) => {
      const [, folder, file] = /packages[\\/]([^\\/]+)[\\/]src[\\/]([^\\/]+)\.ts$/.exec(chunk.facadeModuleId ?? '') ?? [];
      const widget = folder && (chunkOf.get(folder) ?? folder);
      if (!widget) return '[name]-[hash].js';
      return `${file === 'define' ? widget : `${widget}-${file}`}-[hash].js`;
    },
    codeSplitting: {
      groups: [
        // what the feed-driven widgets (counter, map) share and no other widget uses: pages without
        // them never load it
        { name: 'runtime-feed', test: FEED, priority: 1, includeDependenciesRecursively: false },
        // what at least two widgets share; a module only one widget uses (one of its icons, say)
        // goes into that widget's chunk instead of every page's download; locale message modules
        // stay separate: a page loads only its language
        { name: 'runtime', test: (id) => RUNTIME.test(id) && !/generated[\\/]locales/.test(id), minShareCount: 2 },
      ],
    },
  },
});

// loader.js and its chunks: an ES module that imports only the widgets a page uses, all sharing
// one runtime chunk (lit, @lit/localize, core, tokens, icons).
import { fileURLToPath } from 'node:url';
import { libConfig } from '../../config/vite.lib.js';
import { widgetsPlugin } from './scripts/widgets-plugin.js';

const RUNTIME = /[\\/](node_modules[\\/](lit|lit-html|lit-element|@lit|@lit-labs)[\\/]|packages[\\/](core|tokens|icons)[\\/])/;

export default libConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  entry: { loader: 'src/loader.js' },
  format: 'es',
  plugins: [widgetsPlugin()],
  output: {
    // a widget's chunk is named after its package: share-bar-<hash>.js
    chunkFileNames: (chunk) => `${/packages[\\/]([^\\/]+)[\\/]src[\\/]define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`,
    codeSplitting: {
      groups: [
        // locale message modules stay separate: a page loads only its language
        { name: 'runtime', test: (id) => RUNTIME.test(id) && !/generated[\\/]locales/.test(id) },
      ],
    },
  },
});

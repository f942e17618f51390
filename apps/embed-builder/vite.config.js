// The builder is a static page: index.html and its bundle, with relative URLs (base './') so it
// works from any folder it is copied to (beside the static Storybook and the demo site).
// scripts/catalogue.js then writes what the page reads at run time into dist/.
import { fileURLToPath } from 'node:url';
import { defaultClientConditions } from 'vite';
import { explicitMsgIds } from '../../config/explicit-msg-ids.js';
import { tokensAtBuild } from '../../config/tokens-at-build.js';

export default {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  publicDir: false,
  plugins: [tokensAtBuild(), explicitMsgIds()],
  // workspace packages from their TypeScript sources, as every bundle here does (config/vite.lib.js)
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    modulePreload: false,
  },
};

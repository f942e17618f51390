// frame-resizer.js: the one classic script a host page adds to size its Strong Cities iframes to
// their content (src/frame-resizer.js). A separate build: it shares nothing with the widgets.
import { fileURLToPath } from 'node:url';
import { libConfig } from '../../config/vite.lib.js';

export default libConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  entry: { 'frame-resizer': 'src/frame-resizer.js' },
  format: 'iife',
  name: 'strongCitiesFrameResizer',
  emptyOutDir: false,
  output: { codeSplitting: false },
});

// widgets.js: one classic (IIFE) script with every widget, ASCII-only. Its very first statement
// is the double-load guard, before any Lit code runs.
import { fileURLToPath } from 'node:url';
import { libConfig } from '../../config/vite.lib.js';
import { eagerImports } from '../../config/eager-imports.js';
import { claim } from './src/guard.js';
import { embedVersion } from './scripts/widgets.js';
import { widgetsPlugin } from './scripts/widgets-plugin.js';

export default libConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  entry: { widgets: 'src/widgets.js' },
  format: 'iife',
  name: 'strongCitiesWidgets',
  emptyOutDir: false,
  // the widget list's `() => import(define)` (the loader's) and the modules our sources import on
  // demand: all are in this one file anyway
  plugins: [widgetsPlugin(), eagerImports({ include: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$|^\0virtual:scn-widgets$/ })],
  output: {
    codeSplitting: false,
    intro: `if (!(${claim.toString()})(${JSON.stringify(embedVersion())}, "widgets.js")) return;`,
  },
});

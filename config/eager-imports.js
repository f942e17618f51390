// For the one-file classic build (widgets.js), where every module is in the file anyway: turns
// `import('./x.js')` into a static import of the same module, resolved at once. Rolldown defers a
// dynamically imported module by wrapping it, and everything it imports, in a lazy initializer;
// the widget list the loader shares (`() => import(define)` for each widget) made that every
// widget, Lit and core: 118 wrappers, their calls and hoisted names, 1.6 kB gzip of widgets.js.
// The modules imported this way (the widgets' definitions, locale strings, the share bar's
// Mastodon prompt) run in the same order as before, each before the code that imports it, and
// only declare and define things, so nothing a visitor sees changes.
import { walk } from './estree-walk.js';

/**
 * @param {{ include?: RegExp }} [options] modules to touch (default: our packages' sources)
 * @returns {import('vite').Plugin}
 */
export function eagerImports({ include = /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ } = {}) {
  return {
    name: 'scn-eager-imports',
    enforce: 'post', // after TypeScript is stripped: the parser sees JavaScript
    transform(code, id) {
      if (!include.test(id) || !code.includes('import(')) return null;
      const edits = [];
      for (const node of walk(this.parse(code))) {
        if (node.type !== 'ImportExpression' || node.source.type !== 'Literal' || typeof node.source.value !== 'string') continue;
        edits.push({ start: node.start, end: node.end, specifier: node.source.value });
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const [i, { start, end }] of [...edits.entries()].sort((a, b) => b[1].start - a[1].start)) {
        out = `${out.slice(0, start)}Promise.resolve(__scnEager${i})${out.slice(end)}`;
      }
      const imports = edits.map(({ specifier }, i) => `import * as __scnEager${i} from ${JSON.stringify(specifier)};`).join('\n');
      return { code: `${imports}\n${out}`, map: null };
    },
  };
}

// Vite plugin: virtual modules generated from the widget list, so the loader and widgets.js
// always cover every widget package that exists.
import { discoverWidgets, documentedAttributes, embedVersion } from './widgets.js';

const LIST = 'virtual:scn-widgets';
const ALL = 'virtual:scn-all-widgets';
const FRAME = 'virtual:scn-frame';

/**
 * The reserve stylesheet: each tag is a block of its reserved size from the first frame, before
 * and after definition, so neither its arrival nor its first render moves the page. `:where()`
 * keeps it the weakest rule on the page: a partner's own CSS on the tag wins.
 */
export function reserveCss(widgets) {
  return widgets
    .map((w) => `:where(${w.tag}){display:block;min-block-size:var(--scn-reserve-block-size,${w.reservedBlockSize})}`)
    .join('');
}

export function widgetsPlugin() {
  const widgets = discoverWidgets();
  if (!widgets.length) throw new Error('embed: no widget package with a widget.json found under packages/');
  return {
    name: 'scn-widgets',
    resolveId(id) {
      if (id === LIST || id === ALL || id === FRAME) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${LIST}`) {
        const entries = widgets.map((w) => `  ${JSON.stringify(w.tag)}: () => import(${JSON.stringify(w.define)}),`);
        return [
          `export const version = ${JSON.stringify(embedVersion())};`,
          `export const reserve = ${JSON.stringify(reserveCss(widgets))};`,
          `export const widgets = {\n${entries.join('\n')}\n};`,
        ].join('\n');
      }
      if (id === `\0${FRAME}`) return `export const attributes = ${JSON.stringify(documentedAttributes(widgets))};`;
      if (id === `\0${ALL}`) return widgets.map((w) => `import ${JSON.stringify(w.define)};`).join('\n');
      return null;
    },
  };
}

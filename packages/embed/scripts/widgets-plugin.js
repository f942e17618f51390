// Vite plugin: virtual modules generated from the widget list, so the loader and widgets.js
// always cover every widget package that exists.
import { createHash } from 'node:crypto';
import { discoverWidgets, documentedAttributes, embedVersion } from './widgets.js';

const LIST = 'virtual:scn-widgets';
const ALL = 'virtual:scn-all-widgets';
const FRAME = 'virtual:scn-frame';
const FILES = '__SCN_PRELOAD_FILES__';

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
          // filled in once the chunks exist (generateBundle below); a global's name, which no
          // minifier inlines or renames (a string constant would be copied into its uses)
          `export const files = globalThis.${FILES};`,
        ].join('\n');
      }
      if (id === `\0${FRAME}`) return `export const attributes = ${JSON.stringify(documentedAttributes(widgets))};`;
      if (id === `\0${ALL}`) return widgets.map((w) => `import ${JSON.stringify(w.define)};`).join('\n');
      return null;
    },
    // after every other plugin has changed the chunks' code (asciiOnly): the integrity values the
    // loader writes into its <link rel=modulepreload> are those of the files as shipped
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const loader = bundle['loader.js'];
        if (!loader || loader.type !== 'chunk') return;
        const placeholder = `globalThis.${FILES}`;
        const uses = loader.code.split(placeholder).length - 1;
        if (uses !== 1) throw new Error(`embed: loader.js names its preload table ${uses} times (expected once)`);
        const table = JSON.stringify(preloadTable(bundle, widgets));
        loader.code = loader.code.replace(placeholder, () => table);
      },
    },
  };
}

// sha256 (not the manifest's sha384): as strong a check for a file named in a file already checked,
// and 21 fewer bytes per file in loader.js, which every page downloads
const integrity = (code) => `sha256-${createHash('sha256').update(code).digest('base64')}`;
const chunks = (bundle) => Object.values(bundle).filter((c) => c.type === 'chunk');

/**
 * What the loader preloads, from the bundle's import graph: `f`, the files as [name, integrity];
 * `w`, for each tag, every chunk its own chunk imports statically, transitively (what must arrive
 * before it can run; its own chunk the loader imports at the same moment), as indices into `f`;
 * `l`, each locale's chunk, as an index; `s`, the tags whose `src` feed the loader starts.
 * packages/embed/test/round-trips.test.js reads this table out of loader.js.
 * @returns {{ f: [string, string][], w: Record<string, number[]>, l: Record<string, number>, s: string[] }}
 */
export function preloadTable(bundle, widgets) {
  const all = chunks(bundle);
  const byModule = (re) => all.find((c) => c.isDynamicEntry && re.test(c.facadeModuleId ?? ''));
  const closure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const dep of bundle[file].imports) closure(dep, seen);
    return seen;
  };
  /** @type {string[]} */
  const names = [];
  const index = (file) => (names.includes(file) ? names : names.push(file) && names).indexOf(file);
  const w = {};
  for (const widget of widgets) {
    const chunk = byModule(new RegExp(`packages[\\\\/]${widget.folder}[\\\\/]src[\\\\/]define\\.ts$`));
    if (!chunk) throw new Error(`embed: no chunk for <${widget.tag}> (${widget.define})`);
    // not the chunk itself: the loader's import() asks for it at the same moment
    w[widget.tag] = [...closure(chunk.fileName)].filter((file) => file !== chunk.fileName).map(index);
  }
  const l = {};
  for (const chunk of all) {
    const locale = /generated[\\/]locales[\\/]([\w-]+)\.[jt]s$/.exec(chunk.facadeModuleId ?? '')?.[1];
    if (chunk.isDynamicEntry && locale) l[locale] = index(chunk.fileName);
  }
  // the tags whose `src` feed the loader starts itself
  const s = widgets.filter((widget) => widget.feed).map((widget) => widget.tag);
  return { f: names.map((file) => [file, integrity(bundle[file].code)]), w, l, s };
}

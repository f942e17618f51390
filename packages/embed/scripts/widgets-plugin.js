// Vite plugin: virtual modules generated from the widget list, so the loader and widgets.js
// always cover every widget package that exists.
import { createHash } from 'node:crypto';
import { discoverWidgets, documentedAttributes, embedVersion } from './widgets.js';

const LIST = 'virtual:scn-widgets';
const ALL = 'virtual:scn-all-widgets';
const FRAME = 'virtual:scn-frame';
const FILES = '__SCN_PRELOAD_FILES__';

/**
 * The reserve stylesheet: each tag is a block of its reserved size from the first frame until its
 * first render is in the DOM (the widget then sets its `:state(settled)`), so its arrival does not
 * move the page and, once rendered, its box is its content's: no blank band under it. `:where()`
 * keeps it the weakest rule on the page: a partner's own CSS on the tag wins. A browser without
 * custom states drops the release rule and keeps the reservation. `measured: false` leaves out the
 * tables by width and language (reserve.css has them): the loader keeps only the flat sizes, for
 * snippets written before reserve.css, within its byte budget.
 */
export function reserveCss(widgets, { measured = true } = {}) {
  return widgets
    .map((w) => `:where(${w.tag}){display:block;min-block-size:var(--scn-reserve-block-size,${w.reservedBlockSize})}:where(${w.tag}:state(settled)){min-block-size:auto}${measured ? measuredReserve(w) : ''}`)
    .join('');
}

/**
 * A measured reservation (widget.json `reservedBlockSizes`, and `reservedBlockSizesWithSrc` for a
 * tag with `src` where its feed changes its height) that follows the page's language and, where it
 * must, the tag's width, in em of `font-size: medium` (the widget's own unit: the page's root size
 * is not its). Only until the first render; a browser without custom states keeps
 * `reservedBlockSize`.
 */
function measuredReserve({ tag, reservedBlockSizes: withoutSrc, reservedBlockSizesWithSrc: withSrc }) {
  if (!withoutSrc) return '';
  const tables = withSrc ? [[withoutSrc, ':not([src])'], [withSrc, '[src]']] : [[withoutSrc, '']];
  const pieces = tables.flatMap(([sizes]) => languages(sizes).map((l) => sizes[l]));
  const followsWidth = pieces.some((p) => p.length > 1 || p[0][2]);
  // one pseudo-class of weight: it outranks the loader's flat sizes (its constructed sheet comes
  // after every stylesheet), which are for snippets without this file
  const waiting = `:where(${tag}):not(:state(settled))`;
  if (!followsWidth) {
    // one height per language: the tag's own min-block-size, with no generated box per instance
    // (a page of a thousand share bars would otherwise style and lay out a thousand more)
    const rules = [`${waiting}{display:flow-root;font-size:medium}`];
    for (const [sizes, which] of tables) {
      for (const [lang, scope] of scopedLanguages(sizes)) {
        rules.push(`:where(${tag}${scope}${which}):not(:state(settled)){min-block-size:max(var(--scn-reserve-block-size,0px),${sizes[lang][0][1]}em)}`);
      }
    }
    return rules.join('');
  }
  // a height that follows the width: a zero-width float as tall as the widget renders, chosen by
  // container queries on the tag itself (a container's own box cannot be), plus `cqi` where its
  // height grows with its width (the map's aspect ratio), so a column of any width gets its height,
  // not the nearest measured one's. An inline-size container does not take its content's width,
  // which a tag in a flex row (a toggle in a header) needs: only such tags are containers.
  const floating = `${tag}:not(:state(settled))`;
  const rules = [`${waiting}{min-block-size:var(--scn-reserve-block-size,0px);display:flow-root;container-type:inline-size;font-size:medium}`];
  rules.push(`:where(${floating})::before{content:"";float:left;inline-size:0}`);
  // the table without `src`, and where a feed changes its height, the one for a tag with `src`
  for (const [sizes, which] of tables) rules.push(...tableRules(sizes, `${floating}${which}`));
  return rules.join('');
}

/** A table's languages, the default first; `$comment` and such are not languages. */
const languages = (sizes) => Object.keys(sizes).filter((k) => !k.startsWith('$'));

/**
 * [language, selector scope] for the default language (unscoped) and each other one whose sizes
 * differ from it (`:lang(fr)`); the default's rules serve the rest.
 */
function scopedLanguages(sizes) {
  const [first, ...others] = languages(sizes);
  const same = JSON.stringify(sizes[first]);
  return [[first, ''], ...others.filter((lang) => JSON.stringify(sizes[lang]) !== same).map((lang) => [lang, `:lang(${lang})`])];
}

/** One table's rules: each language's pieces after the default's (unscoped) ones, so no default
 * piece of a wider column outranks another language's narrower one. */
function tableRules(sizes, waiting) {
  return scopedLanguages(sizes).flatMap(([lang, scope]) =>
    sizes[lang].map(([from, em, cqi]) => {
      const size = cqi ? `calc(${em}em + ${cqi}cqi)` : `${em}em`;
      const rule = `:where(${waiting}${scope})::before{block-size:${size}}`;
      return from > 0 ? `@container (min-width:${from}em){${rule}}` : rule;
    }),
  );
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
          `export const reserve = ${JSON.stringify(reserveCss(widgets, { measured: false }))};`,
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
 * The Intl kinds whose first use loads a locale's formatting data (~200 ms on a phone's CPU), which
 * a widget's first render then waits for. Not Intl.Locale, which only parses a tag, nor DisplayNames:
 * the language toggle names our locales from a table and asks Intl only for a language we do not
 * speak, which few pages offer; warming for it would spend that time on every page with a toggle.
 */
const FORMATS_WITH_INTL = /\bIntl\.(?:NumberFormat|DateTimeFormat|PluralRules|RelativeTimeFormat|ListFormat)\b/;

/**
 * What the loader preloads, from the bundle's import graph: `f`, the files as [name, integrity];
 * `w`, for each tag, every chunk its own chunk imports statically, transitively (what must arrive
 * before it can run; its own chunk the loader imports at the same moment), as indices into `f`;
 * `l`, each locale's chunk, as an index; `s`, the tags whose `src` feed the loader starts; `i`, the
 * tags whose code formats with Intl (FORMATS_WITH_INTL): the loader readies Intl for them while
 * their code downloads.
 * packages/embed/test/round-trips.test.js reads this table out of loader.js.
 * @returns {{ f: [string, string][], w: Record<string, number[]>, l: Record<string, number>, s: string[], i: string[] }}
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
  /** @type {string[]} */
  const i = [];
  for (const widget of widgets) {
    const chunk = byModule(new RegExp(`packages[\\\\/]${widget.folder}[\\\\/]src[\\\\/]define\\.ts$`));
    if (!chunk) throw new Error(`embed: no chunk for <${widget.tag}> (${widget.define})`);
    // not the chunk itself: the loader's import() asks for it at the same moment
    const needs = [...closure(chunk.fileName)];
    w[widget.tag] = needs.filter((file) => file !== chunk.fileName).map(index);
    // read from the code itself, so a widget that starts or stops formatting with Intl is listed as it does
    if (needs.some((file) => FORMATS_WITH_INTL.test(bundle[file].code))) i.push(widget.tag);
  }
  const l = {};
  for (const chunk of all) {
    const locale = /generated[\\/]locales[\\/]([\w-]+)\.[jt]s$/.exec(chunk.facadeModuleId ?? '')?.[1];
    if (chunk.isDynamicEntry && locale) l[locale] = index(chunk.fileName);
  }
  // the tags whose `src` feed the loader starts itself
  const s = widgets.filter((widget) => widget.feed).map((widget) => widget.tag);
  return { f: names.map((file) => [file, integrity(bundle[file].code)]), w, l, s, i };
}

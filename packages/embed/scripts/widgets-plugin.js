// Vite plugin: virtual modules generated from the widget list, so the loader and widgets.js
// always cover every widget package that exists.
import { discoverWidgets, documentedAttributes, embedVersion } from './widgets.js';

const LIST = 'virtual:scn-widgets';
const ALL = 'virtual:scn-all-widgets';
const FRAME = 'virtual:scn-frame';

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
 * A measured reservation (widget.json `reservedBlockSizes`) that follows the tag's width and the
 * page's language: a zero-width float as tall as the widget renders, chosen by container queries on
 * the tag itself, in em of `font-size: medium` (the widget's own unit: the page's root size is not
 * its). Only until the first render; a browser without custom states keeps `reservedBlockSize`.
 */
function measuredReserve({ tag, reservedBlockSizes: sizes }) {
  if (!sizes) return '';
  const waiting = `${tag}:not(:state(settled))`;
  const langs = Object.keys(sizes).filter((k) => k !== 'widths' && !k.startsWith('$'));
  // a container only when the size follows the width: an inline-size container does not take its
  // content's width, which a tag in a flex row (a toggle in a header) needs
  const container = sizes.widths.length > 1 ? 'container-type:inline-size;' : '';
  // one pseudo-class of weight: it outranks the loader's flat sizes (its constructed sheet comes
  // after every stylesheet), which are for snippets without this file
  const rules = [`:where(${tag}):not(:state(settled)){min-block-size:var(--scn-reserve-block-size,0px);display:flow-root;${container}font-size:medium}`];
  rules.push(`:where(${waiting})::before{content:"";float:left;inline-size:0}`);
  sizes.widths.forEach((from, i) => {
    const perLang = langs.map((lang, n) => `:where(${waiting}${n ? `:lang(${lang})` : ''})::before{block-size:${sizes[lang][i]}em}`).join('');
    rules.push(from > 0 ? `@container (min-width:${from}em){${perLang}}` : perLang);
  });
  return rules.join('');
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
        ].join('\n');
      }
      if (id === `\0${FRAME}`) return `export const attributes = ${JSON.stringify(documentedAttributes(widgets))};`;
      if (id === `\0${ALL}`) return widgets.map((w) => `import ${JSON.stringify(w.define)};`).join('\n');
      return null;
    },
  };
}

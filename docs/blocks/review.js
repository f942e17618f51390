// A review sheet for one widget: each of its main states in English and Arabic, light and dark, side
// by side, for a look before a release. The page has one locale at a time (the widgets follow the
// page's one active locale), so each cell is the story itself in a frame with its own globals.
import { createElement as h } from 'react';

const cells = [
  { locale: 'en', theme: 'light', label: 'English, light' },
  { locale: 'en', theme: 'dark', label: 'English, dark' },
  { locale: 'ar', theme: 'light', label: 'العربية، فاتح · Arabic, light' },
  { locale: 'ar', theme: 'dark', label: 'العربية، داكن · Arabic, dark' },
];

const css = `
.scn-review{display:grid;gap:2rem;margin-block:1.5rem}
.scn-review h3{margin:0 0 .5rem}
.scn-review .cells{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1rem}
.scn-review figure{margin:0}
.scn-review figcaption{font-size:.875rem;margin-block-end:.25rem}
.scn-review iframe{inline-size:100%;border:1px solid #c9ced6;border-radius:4px;background:#fff}
.scn-review .s{block-size:12rem}.scn-review .m{block-size:22rem}.scn-review .l{block-size:40rem}`;

/**
 * @param {{ states: { id: string, name: string, height?: 's' | 'm' | 'l' }[] }} props
 *   story ids (e.g. `widgets-share-bar--default`) and the names shown above them
 */
export function Review({ states }) {
  return h(
    'div',
    { className: 'scn-review' },
    h('style', null, css),
    states.map(({ id, name, height = 'm' }) =>
      h(
        'section',
        { key: id },
        h('h3', null, name),
        h(
          'div',
          { className: 'cells' },
          cells.map(({ locale, theme, label }) =>
            h(
              'figure',
              { key: `${locale}-${theme}` },
              h('figcaption', null, label),
              h('iframe', {
                className: height,
                title: `${name}: ${label}`,
                src: `iframe.html?id=${id}&viewMode=story&globals=locale:${locale};theme:${theme}`,
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

// STRESS PAGES, not the demo site: the demo city as a careless partner theme would render it, under
// /stress/hostile/…: Bootstrap, then a global reset that reaches every element (our host elements
// included: html{font-size:62.5%}, *{font:inherit; box-sizing:content-box}, button{all:unset},
// [hidden]{display:block}…), every widget on every page, fed by the site's own feeds. The end-to-end
// suites (packages/embed/test) open these pages so that the widgets are proven against the worst a
// host page does. The well-made demo city is ../render.js.
import { discoverWidgets, widgetByShort } from '../../../../packages/embed/scripts/widgets.js';
import { embedTags } from '../snippet.js';
import { locales, pages, text } from './hostile-content.js';

export { locales, pages };

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Where the stress copy of the demo city lives: `/stress/hostile/en/`, `/stress/hostile/ar/news/safer-together.html` */
export const STRESS_ROOT = '/stress/hostile';
export const pagePath = (locale, page) => `${STRESS_ROOT}/${locale}/${page === 'index' ? '' : `${page}.html`}`;

/**
 * A widget's tag as the demo city writes it: the attributes its descriptor gives (`demo`), and its
 * feed's URL as `src` when the server has one for it.
 */
function tagFor(short, feeds) {
  const { tag, demo } = widgetByShort(short, descriptors);
  const src = demo.feed ? feeds[demo.feed] : undefined;
  const attributes = Object.entries({ ...demo.attributes, ...(src ? { src } : {}) }).map(([k, v]) => ` ${k}="${escape(v)}"`);
  return `<${tag}${attributes.join('')}></${tag}>`;
}
const descriptors = discoverWidgets();

/** Per-page widget placements, by the widget's short key; each page carries every widget somewhere a real city site would. */
const widgets = {
  toggle: () => tagFor('toggle', {}),
  share: (t) => `<section class="share" aria-label="${escape(t.share)}"><h2 class="h6">${escape(t.share)}</h2>${tagFor('share', {})}</section>`,
  counter: (feeds) => tagFor('counter', feeds),
  cta: () => tagFor('cta', {}),
  map: (feeds) => tagFor('map', feeds),
};

function main(locale, page, feeds) {
  const t = text[locale][page];
  if (page === 'index') {
    return `<h1 class="display-5">${escape(t.title)}</h1>
      <p class="lead">${escape(t.lead)}</p>
      <div class="row g-4 my-2">
        <div class="col-lg-7"><h2>${escape(t.network)}</h2><p>${escape(t.networkText)}</p>${widgets.counter(feeds)}</div>
        <div class="col-lg-5">${widgets.cta()}</div>
      </div>
      <h2>${escape(t.events)}</h2>
      ${widgets.map(feeds)}
      ${widgets.share(t)}`;
  }
  if (page === 'events') {
    return `<h1>${escape(t.title)}</h1>
      <p class="lead">${escape(t.lead)}</p>
      ${widgets.map(feeds)}
      <div class="row g-4 my-2">
        <div class="col-md-6">${widgets.counter(feeds)}</div>
        <div class="col-md-6">${widgets.cta()}</div>
      </div>
      ${widgets.share(t)}`;
  }
  return `<article>
      <h1>${escape(t.title)}</h1>
      <p class="text-body-secondary"><time datetime="2026-11-03">${escape(t.date)}</time></p>
      ${widgets.share(t)}
      <p class="lead">${escape(t.lead)}</p>
      ${t.body.map((p) => `<p>${escape(p)}</p>`).join('\n      ')}
      <aside class="my-4">${widgets.cta()}</aside>
      ${widgets.counter(feeds)}
      ${widgets.map(feeds)}
    </article>`;
}

/**
 * One stress page.
 * @param {{ locale: string, page: string, origin: string, cdn: string, manifest: object,
 *   embed?: 'module' | 'classic' | 'none', feeds?: { events?: string, counter?: string } }} options
 */
export function renderPage({ locale, page, origin, cdn, manifest, embed = 'module', feeds = {} }) {
  const site = text[locale];
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const bootstrap = dir === 'rtl' ? 'bootstrap.rtl.min.css' : 'bootstrap.min.css';
  const alternates = locales
    .map((l) => `<link rel="alternate" hreflang="${l}" href="${origin}${pagePath(l, page)}">`)
    .concat(`<link rel="alternate" hreflang="x-default" href="${origin}${pagePath('en', page)}">`)
    .join('\n  ');
  const nav = pages
    .map((p) => {
      const current = p === page ? ' aria-current="page"' : '';
      return `<li class="nav-item"><a class="nav-link" href="${pagePath(locale, p)}"${current}>${escape(site.nav[p])}</a></li>`;
    })
    .join('');
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(site[page].title)} — ${escape(site.city)}</title>
  ${alternates}
  <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="${STRESS_ROOT}/assets/${bootstrap}">
  <link rel="stylesheet" href="${STRESS_ROOT}/assets/reset.css">
  <link rel="stylesheet" href="${STRESS_ROOT}/assets/hostile.css">
  ${embedTags(cdn, manifest, embed)}
</head>
<body>
  <header class="site-header">
    <a class="visually-hidden-focusable" href="#main">${escape(site.skip)}</a>
    <p class="stress-label" lang="en" dir="ltr">Stress page: the demo city under a deliberately hostile theme (global reset, 10 px rem, every widget on every page), for the widgets' end-to-end tests. The demo site itself is at <a href="/${locale}/">/${locale}/</a>.</p>
    <div class="utility-bar"><div class="container py-1">${widgets.toggle()}</div></div>
    <div class="container d-flex flex-wrap align-items-center justify-content-between gap-3 py-3">
      <a class="brand" href="${pagePath(locale, 'index')}">${escape(site.city)}<span class="tagline">${escape(site.tagline)}</span></a>
      <nav aria-label="${escape(site.menu)}"><ul class="nav">${nav}</ul></nav>
    </div>
  </header>
  <main id="main" class="container py-4">
    ${main(locale, page, feeds)}
  </main>
  <footer class="site-footer"><div class="container py-4"><p>${escape(site.footer)}</p></div></footer>
</body>
</html>
`;
}

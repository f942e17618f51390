// Renders Valmont, the demo member city, as a well-made municipal site: its own markup and
// stylesheet (assets/valmont.css), the snippet from the CDN folder's manifest in <head>, and each
// widget where a city would put it. The hostile stress copy of the site is stress/hostile.js.
import { discoverWidgets, widgetByShort } from '../../../packages/embed/scripts/widgets.js';
import { embedTags } from './snippet.js';
import { SOURCES, locales, pages, text } from './content.js';

export { embedTags };

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `/en/`, `/fr/events.html`, `/ar/news/safer-together.html` */
export const pagePath = (locale, page) => `/${locale}/${page === 'index' ? '' : `${page}.html`}`;

const descriptors = discoverWidgets();

/**
 * A widget's tag as the city writes it: the attributes its descriptor gives (`demo`), and its
 * feed's URL as `src` when the page is given one (a test's fault); with none, the widget shows the
 * network's own sourced data (its built-in events, the Hague declaration's count).
 */
function tagFor(short, feeds = {}) {
  const { tag, demo } = widgetByShort(short, descriptors);
  const src = demo.feed ? feeds[demo.feed] : undefined;
  const attributes = Object.entries({ ...demo.attributes, ...(src ? { src } : {}) }).map(([k, v]) => ` ${k}="${escape(v)}"`);
  return `<${tag}${attributes.join('')}></${tag}>`;
}

/** Which widgets each page carries (the toggle is in every page's header), by short key. */
export const widgetsOn = {
  index: ['toggle'],
  events: ['toggle', 'map', 'counter'],
  'news/safer-together': ['toggle', 'share'],
  join: ['toggle', 'cta'],
};

const pageHead = (t, extra = '') => `<div class="page-head"><div class="wrap">${extra}<h1>${escape(t.title)}</h1>
        <p class="lead">${escape(t.lead)}</p></div></div>`;

/** The pages an article's facts come from, named as they name themselves, in their language. */
const sourceList = (sources, label) =>
  `<footer class="sources"><p>${escape(label)}</p><ol>${sources.map(([key, lang, name]) => `<li><a href="${SOURCES[key]}" lang="${lang}">${escape(name)}</a></li>`).join('')}</ol></footer>`;

/** The article's sources: key in SOURCES, the page's language, its title. */
const ARTICLE_SOURCES = [
  ['transatlantic', 'en', 'Strong Cities Network: Transatlantic Dialogue Initiative'],
  ['transatlanticFr', 'fr', 'Réseau des villes fortes : Dialogue transatlantique'],
  ['findings2024', 'en', 'Transatlantic Dialogue Initiative: Ten Key Findings in 2024'],
];

/** Each page's <main>. */
const bodies = {
  index(locale) {
    const site = text[locale];
    const t = site.index;
    const cards = Object.entries(t.cards)
      .map(([page, blurb]) => `<li class="card"><h3 class="card__title"><a href="${pagePath(locale, page)}">${escape(site.nav[page])}</a></h3><p>${escape(blurb)}</p></li>`)
      .join('\n          ');
    const stats = t.stats.map(([figure, label]) => `<div class="stat"><dt>${escape(figure)}</dt><dd>${escape(label)}</dd></div>`).join('');
    return `<div class="hero"><div class="wrap">
        <h1>${escape(t.title)}</h1>
        <p class="lead">${escape(t.lead)}</p>
      </div></div>
      <div class="wrap stack">
        <section aria-labelledby="explore"><h2 id="explore">${escape(t.explore)}</h2>
          <ul class="cards" role="list">
          ${cards}
          </ul>
        </section>
        <section aria-labelledby="figures"><h2 id="figures">${escape(t.figures)}</h2>
          <dl class="stats">${stats}</dl>
        </section>
      </div>`;
  },
  events(locale, feeds) {
    const t = text[locale].events;
    return `${pageHead(t)}
      <div class="wrap stack">
        <section aria-labelledby="map"><h2 id="map">${escape(t.map)}</h2>
          <p>${escape(t.mapText)}</p>
          <div class="widget-slot">${tagFor('map', feeds)}</div>
        </section>
        <section class="split" aria-labelledby="commitment">
          <div><h2 id="commitment">${escape(t.commitment)}</h2><p>${escape(t.commitmentText)}</p></div>
          <div class="widget-slot">${tagFor('counter', feeds)}</div>
        </section>
      </div>`;
  },
  'news/safer-together'(locale) {
    const t = text[locale]['news/safer-together'];
    const sections = t.sections.map(([h, p]) => `<h2>${escape(h)}</h2>\n        <p>${escape(p)}</p>`).join('\n        ');
    return `<article class="article wrap">
        <header class="article__head">
          <p class="kicker">${escape(t.kicker)}</p>
          <h1>${escape(t.title)}</h1>
          <section class="share" aria-label="${escape(t.share)}"><h2 class="share__title">${escape(t.share)}</h2>${tagFor('share')}</section>
        </header>
        <p class="lead">${escape(t.lead)}</p>
        ${sections}
        ${sourceList(ARTICLE_SOURCES, t.sources)}
      </article>`;
  },
  join(locale) {
    const t = text[locale].join;
    const sections = t.sections.map(([h, p]) => `<h2>${escape(h)}</h2>\n            <p>${escape(p)}</p>`).join('\n            ');
    return `${pageHead(t)}
      <div class="wrap split split--aside">
        <div class="prose">
            ${sections}
        </div>
        <aside aria-labelledby="cta"><h2 id="cta">${escape(t.cta)}</h2><div class="widget-slot">${tagFor('cta')}</div></aside>
      </div>`;
  },
};

/**
 * One page of the site.
 * @param {{ locale: string, page: string, origin: string, cdn: string, manifest: object,
 *   embed?: 'module' | 'classic' | 'none', feeds?: { events?: string, counter?: string } }} options
 *   `feeds` are used only when a test passes one (`?events=…`); the site's own pages use none
 */
export function renderPage({ locale, page, origin, cdn, manifest, embed = 'module', feeds = {} }) {
  const site = text[locale];
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const title = page === 'index' ? `${site.city} — ${site.tagline}` : `${site[page].title} — ${site.city}`;
  const alternates = locales
    .map((l) => `<link rel="alternate" hreflang="${l}" href="${origin}${pagePath(l, page)}">`)
    .concat(`<link rel="alternate" hreflang="x-default" href="${origin}${pagePath('en', page)}">`)
    .join('\n  ');
  const link = (p, cls = '') => `<a${cls ? ` class="${cls}"` : ''} href="${pagePath(locale, p)}"${p === page ? ' aria-current="page"' : ''}>${escape(site.nav[p])}</a>`;
  const nav = pages.map((p) => `<li>${link(p)}</li>`).join('');
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(title)}</title>
  <meta name="description" content="${escape(site.demoNote)}">
  ${alternates}
  <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/assets/valmont.css">
  ${embedTags(cdn, manifest, embed)}
</head>
<body>
  <header class="masthead">
    <a class="skip-link" href="#main">${escape(site.skip)}</a>
    <div class="topbar"><div class="wrap topbar__inner">
      <p class="demo-note"><strong class="badge">${escape(site.demo)}</strong> <span>${escape(site.demoNote)}</span></p>
      <div class="topbar__lang">${tagFor('toggle')}</div>
    </div></div>
    <div class="wrap masthead__inner">
      <a class="brand" href="${pagePath(locale, 'index')}"><img class="brand__crest" src="/assets/crest.svg" alt="" width="48" height="48"><span class="brand__text"><span class="brand__name">${escape(site.city)}</span><span class="brand__tagline">${escape(site.tagline)}</span></span></a>
      <nav class="mainnav" aria-label="${escape(site.menu)}"><ul role="list">${nav}</ul></nav>
    </div>
  </header>
  <main id="main" tabindex="-1">
    ${bodies[page](locale, feeds)}
  </main>
  <footer class="site-footer"><div class="wrap site-footer__inner">
    <div><p class="site-footer__title">${escape(site.footer.title)}</p><p>${escape(site.footer.text)}</p></div>
    <nav aria-label="${escape(site.footer.pages)}"><p class="site-footer__title">${escape(site.footer.pages)}</p><ul role="list">${pages.map((p) => `<li>${link(p)}</li>`).join('')}<li><a href="${SOURCES.about}">${escape(site.footer.network)}</a></li></ul></nav>
  </div></footer>
</body>
</html>
`;
}

export { locales, pages };

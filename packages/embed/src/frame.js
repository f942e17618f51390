/* global ResizeObserver, CSSStyleSheet */
// frame.html's script: renders the one widget its address names (frame.html#<tag>&<attribute>=…),
// for sites that accept an iframe but no script. loader.js (loaded just before this, by the same
// page) defines the widget once its tag is in the document; this builds the tag from the address
// and keeps the host informed of the frame's height.
//
// Nothing from the address is ever parsed as HTML: the tag must be one of the widgets, each name
// must be one of that widget's documented attributes (baked in at build time from its
// custom-elements.json), and each value is set with setAttribute, where the widget validates it
// exactly as on a page (fallback and one warning).
import { applyPageLocale, frameTitles, frameUnavailable, localeDir, toLocale, warnOnce } from '@strong-cities/core';
import { attributes as documented } from 'virtual:scn-frame';
import { FRAME_MESSAGE_SOURCE, parseFrameHash } from './frame-url.js';

/** Parameters of the frame itself rather than of its widget. */
const LANG = 'lang';
/** `alternate-fr=https://city.example/fr/`: a translation of the host page, for the language toggle. */
const ALTERNATE = /^alternate-([a-z]{2,3}(?:-[a-z0-9]{2,8})*)$/;
const TOGGLE = 'scn-language-toggle';
const SHARE_BAR = 'scn-share-bar';
/** What a share bar in a frame shares when it is given no usable `url`: never the frame's own address. */
const NETWORK_HOME = 'https://strongcitiesnetwork.org/';

const { tag, attributes, secret: givenSecret } = parseFrameHash(location.hash);
/** WordPress's per-frame secret: from the address, or from its `ready` message when that came first. */
let secret = givenSecret;
const short = (text) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

sheet(
  // The frame is as tall as what it shows: no margins, and none of the space a page keeps for a
  // widget before it loads (there, so the text below does not jump; here nothing is below). That
  // reserve also caps the map's list so a page never moves; in a frame the list runs its length
  // and the frame grows with it (a resizer follows; without one the frame scrolls).
  'html{--scn-reserve-block-size:100000px;--scn-event-map-list-height:100000px}body{margin:0}body>*{min-block-size:0}' +
    '.scn-frame-unavailable{margin:0;padding:1rem;font:1rem/1.5 system-ui,sans-serif}',
);
const locale = language(attributes);
document.documentElement.lang = locale;
document.documentElement.dir = localeDir(locale);

if (Object.hasOwn(documented, tag)) render(tag);
else unavailable();
startSizing();

/** The frame's locale: `lang` when it is one the widgets speak, else the visitor's browser's. */
function language(list) {
  const given = list.findLast(([name]) => name.toLowerCase() === LANG)?.[1];
  const known = toLocale(given);
  if (given !== undefined && !known) warnOnce(`frame.html: lang=${short(given)} is not one of en, fr, es, ar; using the browser's language.`);
  return known ?? navigator.languages.map(toLocale).find(Boolean) ?? 'en';
}

function render(name) {
  const allowed = new Set(documented[name]);
  const element = document.createElement(name);
  const ignored = [];
  for (const [raw, value] of attributes) {
    const key = raw.toLowerCase();
    if (allowed.has(key)) element.setAttribute(key, value);
    else if (key === LANG) continue;
    else if (name === TOGGLE && ALTERNATE.test(key)) alternate(key, value, ignored);
    else ignored.push(short(raw));
  }
  if (ignored.length) {
    warnOnce(`frame.html: ignored ${ignored.join(', ').slice(0, 300)} (<${name}>'s attributes: ${[...allowed].join(', ')}).`);
  }
  // links: the toggle's go to the host page's translation, in the page's place (sandbox:
  // allow-top-navigation-by-user-activation, so on a click only); every other link opens a new tab
  const base = document.createElement('base');
  base.target = name === TOGGLE ? '_top' : '_blank';
  document.head.append(base);
  if (name === TOGGLE && !document.querySelector('link[rel=alternate]')) {
    // in a frame, switching the widgets' language would switch this frame alone
    warnOnce(`frame.html: <${name}> needs the page's translations, as alternate-<language>=<address> (e.g. alternate-fr=https://city.example/fr/); without them it can switch only its own frame's language.`);
  }
  if (name === SHARE_BAR) {
    // the share bar's default is its page's canonical address: in a frame, the network's site
    // rather than frame.html; a bad `url` falls back to it too, with the bar's own warning
    if (!element.hasAttribute('url')) warnOnce(`frame.html: <${name}> was given no url=; sharing ${NETWORK_HOME} (give url=<your page's address>).`);
    link('canonical', NETWORK_HOME);
  }
  document.body.append(element);
  // the widget joins the locale runtime started here, in the frame's language
  applyPageLocale()
    .then(() => (document.title = frameTitles[name]?.() ?? document.title))
    .catch(() => {});
}

/** A translation of the host page, as the toggle reads translations: `<link rel=alternate hreflang>`. */
function alternate(key, value, ignored) {
  const code = ALTERNATE.exec(key)?.[1] ?? '';
  if (/^https?:\/\//i.test(value.trim())) link('alternate', value.trim(), code);
  else ignored.push(`${key} (not an http(s) address)`);
}

function link(rel, href, hreflang) {
  const element = document.createElement('link');
  element.rel = rel;
  if (hreflang) element.hreflang = hreflang;
  element.href = href;
  document.head.append(element);
}

function unavailable() {
  warnOnce(`frame.html: ${short(tag || '(no tag)')} is not a widget (known: ${Object.keys(documented).join(', ')}); nothing to show.`);
  const note = document.createElement('p');
  note.className = 'scn-frame-unavailable';
  note.setAttribute('role', 'status');
  document.body.append(note);
  // the locale runtime starts with the first widget; here there is none
  applyPageLocale()
    .then(() => {
      note.textContent = frameUnavailable();
    })
    .catch(() => {});
}

/** A constructed stylesheet: allowed under the frame's CSP, which allows no inline style. */
function sheet(css) {
  try {
    const style = new CSSStyleSheet();
    style.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];
  } catch {
    // older browsers: default margins, nothing worse
  }
}

/**
 * Tells the host the frame's height whenever it changes, three ways, each optional for the host:
 * our message (frame-resizer.js), WordPress's embed message (when WordPress gave a secret), and
 * the browser's own responsive iframes (`frame-sizing: content-height` on the host's iframe).
 */
function startSizing() {
  if (window.parent === window) return;
  let sent = -1;
  const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
  const send = (force = false) => {
    const now = height();
    if (now === sent && !force) return;
    sent = now;
    window.parent.postMessage({ source: FRAME_MESSAGE_SOURCE, type: 'resize', height: now }, '*');
    if (secret) window.parent.postMessage({ message: 'height', value: now, secret }, '*');
    // Chromium 154+, with <meta name="responsive-embedded-sizing"> in frame.html; a browser that
    // has the method but not the feature turned on refuses it
    try {
      /** @type {any} */ (window).requestResize?.();
    } catch {
      // the host's iframe keeps the height the other two ways give it
    }
  };
  new ResizeObserver(() => send()).observe(document.documentElement);
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const data = event.data;
    if (!data || typeof data !== 'object') return;
    // frame-resizer.js loaded after our first report
    if (data.source === FRAME_MESSAGE_SOURCE && data.type === 'ready') send(true);
    // WordPress's embed script: it adds `#?secret=…` to the address, then says ready with it
    if (data.message === 'ready' && typeof data.secret === 'string' && /^[a-zA-Z0-9]{1,64}$/.test(data.secret)) {
      secret ??= parseFrameHash(location.hash).secret ?? data.secret;
      if (data.secret === secret) send(true);
    }
  });
  window.addEventListener('hashchange', () => {
    secret ??= parseFrameHash(location.hash).secret;
    if (secret) send(true);
  });
}

/* global requestAnimationFrame, IntersectionObserver, innerHeight, scrollY, scrollBy, scrollTo */
// The bench pages: a plain article page with our widgets (loader.js from the CDN folder) or with
// a peer in their place. Each page carries a probe that resolves `window.__benchReady` with the
// time (ms since navigation) at which every widget on it is rendered and a frame has followed.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snippets } from '../packages/embed/scripts/manifest.js';
import { discoverWidgets } from '../packages/embed/scripts/widgets.js';
import { distDir, root } from './cdn-folder.js';
import { mapEvents, peers } from './peers.js';
import { writeTiles } from './tiles.js';

/**
 * Runs in the page. `spec.tags`: our custom elements (rendered when their shadow root holds
 * content; read without touching `updateComplete`, which would make a waiting widget render);
 * `spec.checks`: peers, ready when each check passes (polled each frame). Our widgets render
 * when they come near the viewport, so once the first viewport shows, the probe sets
 * `window.__benchLoaded` (the bench may read the heap of the page as loaded), waits for
 * `window.__benchGo()`, then scrolls through the page a viewport per frame until every
 * instance has rendered. Resolves { t, rendered, expected, viewportT, runtimeEnd, pause,
 * scrollMs, moved, markersT } — rendered counts instances that show something; t excludes the pause;
 * markersT: on a Leaflet page, when its markers showed, before the tiles in view had loaded;
 * pause: [from, to] while the bench read the heap (its garbage collections are no task of the page's);
 * moved: instances whose height changed from the first viewport's frame to the end (a reservation
 * that did not match its render).
 */
function probe(spec) {
  const w = window;
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const parsed = new Promise((r) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', r, { once: true }) : r()));
  // shareon gives every network link its href; copy-url only gets a click handler
  const markers = () => document.querySelectorAll('.leaflet-marker-icon').length;
  const shareonShown = (c) => [...c.children].every((a) => a.matches('.copy-url, .print, .web-share') || a.hasAttribute('href'));
  const checks = {
    shareon: () => [...document.querySelectorAll('.shareon')].filter(shareonShown).length,
    shariff: () => [...document.querySelectorAll('.shariff')].filter((c) => c.querySelectorAll('li a').length > 0).length,
    countup: () => [...document.querySelectorAll('.countup')].filter((c) => c.dataset.started === 'yes').length,
    // a Leaflet map shows when the tiles in view have loaded, as ours when its land is drawn (its
    // markers alone are pins on a grey box); until then none of its markers counts
    leaflet: () => (document.querySelector('.leaflet-bench[data-tiles="loaded"]') ? markers() : 0),
  };
  const shown = (el) => (el.matches('.shareon') ? shareonShown(el) : Boolean(el.shadowRoot && el.shadowRoot.childElementCount > 0));
  const ours = () => (spec.tags ?? []).flatMap((tag) => [...document.querySelectorAll(tag)]);
  const count = () => {
    let n = ours().filter(shown).length;
    for (const [name, want] of Object.entries(spec.checks ?? {})) n += Math.min(checks[name](), want);
    return n;
  };
  // the instances in the first viewport (ours chosen once a tag is defined: the loader has reserved
  // every tag's space by then; shareon's bars), and the first frame at which all of them show
  const viewport = (async () => {
    await parsed;
    const items = spec.tags?.length ? (await Promise.race(spec.tags.map((tag) => customElements.whenDefined(tag))), ours()) : spec.checks?.shareon ? [...document.querySelectorAll('.shareon')] : [];
    if (!items.length) return undefined;
    // from an observer's first report: measuring 1,100 boxes here would force a layout inside the
    // page's own tasks and lengthen the long tasks the bench reports
    const inView = await new Promise((resolve) => {
      const io = new IntersectionObserver((entries) => {
        io.disconnect();
        resolve(entries.filter((e) => e.isIntersecting).map((e) => e.target));
      });
      for (const el of items) io.observe(el);
    });
    const until = performance.now() + 30_000;
    while (!inView.every(shown) && performance.now() < until) await frame();
    return inView.every(shown) ? performance.now() : undefined;
  })();
  return (async () => {
    await parsed;
    for (const tag of spec.tags ?? []) await customElements.whenDefined(tag);
    await viewport;
    // peers render everything at once: their pause comes once all is rendered
    // a Leaflet page: when its markers alone showed, before its tiles (reported beside the ratio)
    let markersT;
    if (!spec.tags?.length) {
      const deadline = performance.now() + 30_000;
      for (;;) {
        if (markersT === undefined && spec.checks?.leaflet && markers() >= spec.checks.leaflet) markersT = performance.now();
        if (count() >= spec.expected || performance.now() >= deadline) break;
        await frame();
      }
    }
    await frame();
    const paused = performance.now();
    const heights = new Map(ours().map((el) => [el, el.getBoundingClientRect().height]));
    await new Promise((go) => {
      w.__benchGo = go;
      w.__benchLoaded = true;
    });
    const pause = [paused, performance.now()];
    const pausedMs = pause[1] - pause[0];
    let scrollMs;
    let moved;
    if (spec.tags?.length) {
      const from = performance.now();
      const deadline = from + 30_000;
      while (count() < spec.expected && performance.now() < deadline) {
        if (scrollY + innerHeight < document.documentElement.scrollHeight) scrollBy(0, innerHeight);
        await frame();
      }
      scrollMs = performance.now() - from;
      await frame();
      moved = [...heights].filter(([el, h]) => Math.abs(el.getBoundingClientRect().height - h) > 1).length;
      scrollTo(0, 0);
    }
    const deadline = performance.now() + 30_000;
    while (count() < spec.expected && performance.now() < deadline) await frame();
    await frame();
    const runtime = performance.getEntriesByType('resource').find((e) => /\/runtime-[\w-]{8}\.js$/.test(e.name));
    return { t: performance.now() - pausedMs, rendered: count(), expected: spec.expected, viewportT: await viewport, runtimeEnd: runtime?.responseEnd, pause, scrollMs, moved, markersT };
  })();
}

const ARTICLE = `<p>Strong Cities Network members share what works in preventing hate, extremism and polarisation.
This paragraph stands for a partner city's article text around the widgets, so that any layout shift
moves real content.</p>`;

/** A page: head links, body content, scripts at the end, then the probe. */
function page({ title, head = '', body, scripts = '', spec, lang = 'en' }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem}</style>
${head}
</head>
<body>
<h1>${title}</h1>
${ARTICLE}
${body}
${ARTICLE}
${scripts}
<script>window.__benchReady = (${probe.toString()})(${JSON.stringify(spec)});</script>
</body>
</html>
`;
}

/**
 * The snippet a partner pastes (the manifest's, with its integrity values), pointing at /cdn: the
 * stylesheet that reserves every widget's space, the empty script that holds the parser until it
 * applies, and loader.js, in <head>. Without reserve.css the loader reserves flat sizes only (for
 * snippets written before it), and the page shifts when a widget renders smaller.
 */
function partnerSnippet() {
  const { files } = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8'));
  return snippets(files, '/cdn/').module;
}
const repeat = (n, html) => Array.from({ length: n }, () => html).join('\n');

// Peers' markup: the same seven share targets as our default where they have them.
const SHAREON = '<div class="shareon"><a class="facebook"></a><a class="linkedin"></a><a class="twitter"></a><a class="bluesky"></a><a class="whatsapp"></a><a class="email"></a><a class="copy-url"></a></div>';
const SHAREON_ASSETS = {
  head: '<link rel="stylesheet" href="/peers/shareon/shareon.min.css">',
  scripts: '<script src="/peers/shareon/shareon.iife.js" defer init></script>',
};
// shariff 3.3.0 has no Bluesky; its share counts need a backend, which we leave off (no requests)
const SHARIFF = `<div class="shariff" data-services='["facebook","linkedin","twitter","whatsapp","mail","clipboard"]' data-mail-url="mailto:" data-lang="en"></div>`;
const COUNTUP = '<p><span class="countup" data-value="57">0</span> cities endorsed the declaration</p>';
const COUNTUP_SCRIPT = `<script type="module">
import { CountUp } from '/peers/countup/countUp.min.js';
for (const el of document.querySelectorAll('.countup')) { new CountUp(el, Number(el.dataset.value)).start(); el.dataset.started = 'yes'; }
</script>`;

function leafletAssets(events) {
  return {
    head: '<link rel="stylesheet" href="/peers/leaflet/leaflet.css">',
    body: '<div id="leaflet-map" class="leaflet-bench"></div><style>.leaflet-bench{height:480px}</style>',
    // tiles come from this server (tiles.js writes them, 15–25 kB each): nothing leaves the machine
    scripts: `<script src="/peers/leaflet/leaflet.js"></script>
<script>
const map = L.map('leaflet-map').setView([48, -20], 2);
L.tileLayer('/tiles/{z}/{x}/{y}.png', { maxZoom: 18 }).on('load', () => { map.getContainer().dataset.tiles = 'loaded'; }).addTo(map);
for (const e of ${JSON.stringify(events)}) L.marker([e.lat, e.lon], { title: e.title, alt: e.title }).bindPopup(e.title).addTo(map);
</script>`,
  };
}

/**
 * @typedef {object} BenchPage
 * @property {string} id     file name without .html
 * @property {string} title
 * @property {string} html
 */

/** @returns {BenchPage[]} */
export function benchPages() {
  const events = mapEvents();
  const leaflet = leafletAssets(events);
  const widgets = discoverWidgets();
  /** tag by the widget's short key (share, counter, map…), from the widget descriptors */
  const tags = Object.fromEntries(widgets.map((w) => [w.short, w.tag]));
  const all = widgets.map((w) => w.tag);
  const SNIPPET = partnerSnippet();
  const list = [];
  const add = (id, title, parts) => list.push({ id, title, html: page({ title, ...parts }) });

  // one widget, ours and peers
  for (const n of [1, 200, 1000]) {
    add(`ours-share-${n}`, `${n} × scn-share-bar`, { body: repeat(n, `<${tags.share}></${tags.share}>`), head: SNIPPET, spec: { tags: [tags.share], expected: n } });
    add(`shareon-share-${n}`, `${n} × shareon`, { ...SHAREON_ASSETS, body: repeat(n, SHAREON), spec: { checks: { shareon: n }, expected: n } });
  }
  add('shariff-share-1', 'shariff', {
    head: '<link rel="stylesheet" href="/peers/shariff/shariff.complete.css">',
    body: SHARIFF,
    scripts: '<script src="/peers/shariff/shariff.complete.js"></script>',
    spec: { checks: { shariff: 1 }, expected: 1 },
  });
  add('ours-counter-1', 'scn-declaration-counter', { body: `<${tags.counter}></${tags.counter}>`, head: SNIPPET, spec: { tags: [tags.counter], expected: 1 } });
  add('countup-counter-1', 'countup.js', { body: COUNTUP, scripts: COUNTUP_SCRIPT, spec: { checks: { countup: 1 }, expected: 1 } });
  add('ours-map-1', 'scn-event-map', { body: `<${tags.map}></${tags.map}>`, head: SNIPPET, spec: { tags: [tags.map], expected: 1 } });
  add('leaflet-map-1', `Leaflet, ${events.length} markers`, { head: leaflet.head, body: leaflet.body, scripts: leaflet.scripts, spec: { checks: { leaflet: events.length }, expected: events.length } });

  // all five widgets; the peers' page has static stand-ins for the two widgets no peer replaces
  const five = all.map((t) => `<${t}></${t}>`).join('\n');
  add('ours-all-5', 'all five widgets', { body: five, head: SNIPPET, spec: { tags: all, expected: all.length } });
  add('ours-all-5-ar', 'all five widgets, Arabic', { body: five, head: SNIPPET, spec: { tags: all, expected: all.length }, lang: 'ar' });
  add('peers-all-5', 'peers: shareon, countup.js, Leaflet (+ plain HTML for toggle and CTA)', {
    head: `${SHAREON_ASSETS.head}\n${leaflet.head}`,
    body: `${SHAREON}\n${COUNTUP}\n${leaflet.body}\n<nav><a href="?lang=fr">Français</a></nav>\n<p><a href="https://example.org/join">Join the network</a></p>`,
    scripts: `${SHAREON_ASSETS.scripts}\n${COUNTUP_SCRIPT}\n${leaflet.scripts}`,
    spec: { checks: { shareon: 1, countup: 1, leaflet: events.length }, expected: 2 + events.length },
  });

  // the pages of issue 18, each in English and Arabic, against the peers' equivalents: an article
  // page (share bar, language toggle, membership CTA) and an events page (map, counter, toggle)
  const TOGGLE_PLAIN = '<nav><a href="?lang=fr">Fran\u00e7ais</a> <a href="?lang=ar">\u0627\u0644\u0639\u0631\u0628\u064a\u0629</a></nav>';
  const CTA_PLAIN = '<p><a href="https://example.org/join">Join the network</a></p>';
  const article = [tags.share, tags.toggle, tags.cta];
  const eventsPage = [tags.map, tags.counter, tags.toggle];
  for (const lang of ['en', 'ar']) {
    const suffix = lang === 'en' ? '' : '-ar';
    add(`ours-article${suffix}`, `article page (share bar, toggle, CTA)${lang === 'ar' ? ', Arabic' : ''}`, {
      body: article.map((t) => `<${t}></${t}>`).join('\n'), head: SNIPPET, spec: { tags: article, expected: article.length }, lang,
    });
    add(`ours-events${suffix}`, `events page (map, counter, toggle)${lang === 'ar' ? ', Arabic' : ''}`, {
      body: eventsPage.map((t) => `<${t}></${t}>`).join('\n'), head: SNIPPET, spec: { tags: eventsPage, expected: eventsPage.length }, lang,
    });
  }
  add('peers-article', 'peers: shareon (+ plain HTML for toggle and CTA)', {
    ...SHAREON_ASSETS,
    body: `${SHAREON}\n${TOGGLE_PLAIN}\n${CTA_PLAIN}`,
    spec: { checks: { shareon: 1 }, expected: 1 },
  });
  add('peers-events', `peers: Leaflet with ${events.length} markers, countup.js (+ plain HTML for the toggle)`, {
    head: leaflet.head,
    body: `${leaflet.body}\n${COUNTUP}\n${TOGGLE_PLAIN}`,
    scripts: `${COUNTUP_SCRIPT}\n${leaflet.scripts}`,
    spec: { checks: { countup: 1, leaflet: events.length }, expected: 1 + events.length },
  });

  // heap per 1,000 of each widget type (issue 18); maps are big: 20 of them, scaled
  for (const [short, n] of [['counter', 1000], ['toggle', 1000], ['cta', 1000], ['map', 20]]) {
    add(`ours-${short}-${n}`, `${n} × ${tags[short]}`, { body: repeat(n, `<${tags[short]}></${tags[short]}>`), head: SNIPPET, spec: { tags: [tags[short]], expected: n } });
  }

  // the stress page
  // widgets render as they come near the viewport, each in the space its measured reservation
  // (reserve.css) kept: the probe counts any whose height changed
  add('ours-share-1000-counter-100', '1,000 share bars + 100 counters', {
    body: `${repeat(1000, `<${tags.share}></${tags.share}>`)}\n${repeat(100, `<${tags.counter}></${tags.counter}>`)}`,
    head: SNIPPET,
    spec: { tags: [tags.share, tags.counter], expected: 1100 },
  });
  return list;
}

/**
 * Writes the site into `dir`: /cdn (a snapshot of packages/embed/dist, so a rebuild during the run
 * cannot change it), /peers/<name>, and one HTML file per page.
 * @returns {{ pages: BenchPage[], events: number }}
 */
export function writeSite(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'peers'), { recursive: true });
  cpSync(distDir, join(dir, 'cdn'), { recursive: true });
  for (const [name, p] of Object.entries(peers)) {
    const from = join(root, 'node_modules', p.pkg, p.from);
    if (!existsSync(from)) throw new Error(`peer ${p.pkg} is not installed (node_modules/${p.pkg}/${p.from}); run npm ci`);
    const wanted = readdirSync(from).filter((f) => p.files.some((w) => (typeof w === 'string' ? w === f : w.test(f))));
    for (const f of wanted) cpSync(join(from, f), join(dir, 'peers', name, f), { recursive: true });
  }
  writeTiles(join(dir, 'tiles'));
  const pages = benchPages();
  for (const p of pages) writeFileSync(join(dir, `${p.id}.html`), p.html);
  return { pages, events: mapEvents().length };
}

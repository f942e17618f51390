/* global CSSStyleSheet, MutationObserver, innerWidth */
// layout.test.js's checks (test-support/layout-probes.js) in Firefox and WebKit, through the
// engine-neutral driver: no holes and no jumps on the plain stress page, and host CSS that cannot
// reach into the widgets. Chromium runs the full matrix in layout.test.js; here each engine runs a
// subset chosen to cover each kind of failure once (CI time): the snippet in <head> in English and
// pasted in the body in Arabic, at 390 and 1280 px, and without feeds (what the counter and the map
// have built in: reserve.css has a table for each) in French; five hostile stylesheets at 1280 px.
// Firefox and WebKit have no layout-shift API: the movement sampler (installed before the page's
// own scripts by the test server, as WebDriver classic has no init scripts) measures it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start } from '../../../apps/demo-city/server.js';
import { faultsOf, launchEngine, recorder, selectedEngines } from '../test-support/engines.js';
import { brief, tags } from '../test-support/helpers.js';
import { differences, movementReport, startMovementSampler, typeScale, widgetBoxes } from '../test-support/layout-probes.js';

// Chromium only when asked for by name (SCN_ENGINES=chromium), to compare the driver's figures with layout.test.js
const ENGINES = process.env.SCN_ENGINES ? selectedEngines() : ['firefox', 'webkit'];
const BOX_CASES = [
  { at: 'head', lang: 'en', builtIn: false },
  { at: 'body', lang: 'ar', builtIn: false },
  { at: 'head', lang: 'fr', builtIn: true },
];
const WIDTHS = [390, 1280];
const HOSTILE = ['root-62-5', 'content-box', 'font-inherit', 'bootstrap', 'wordpress-2023'];
// The box cases' counter and map read the site's own feeds through the test server's feed
// endpoint, answered this long after they are asked for: each widget is defined, and waits, before
// its data arrives, every run (a partner's feed on a slow host), so the reservation that holds its
// place while it waits is measured too
const FEED_DELAY_MS = 2500;
const LATE = { 'scn-event-map': ['events', 'events.json'], 'scn-declaration-counter': ['counter', 'declaration.json'] };
const lateFeeds = Object.entries(LATE)
  .map(([tag, [param, file]]) => {
    const body = readFileSync(new URL(`../../../apps/demo-city/site/feeds/${file}`, import.meta.url), 'utf8');
    return `&${param}=${encodeURIComponent(`/__feed?${new URLSearchParams({ delay: String(FEED_DELAY_MS), for: tag, body })}`)}`;
  })
  .join('');
// the recorder, the movement sampler and when each late-fed widget's code defined it
const headScript = {
  path: '/__scn-test-recorder.js',
  source: `(${recorder})();\nwindow.__scnSamplerStart = performance.now();\n(${startMovementSampler})('#below');\nwindow.__scnDefinedAt = {};\nfor (const t of ${JSON.stringify(Object.keys(LATE))}) customElements.whenDefined(t).then(() => (window.__scnDefinedAt[t] = performance.now()));\n`,
};
/** Each late-fed widget's feed that did not arrive after its code: [tag, defined at, feed's response end] (page times, ms). */
const earlyFeeds = (tags) =>
  tags
    .map((t) => [t, /** @type {any} */ (window).__scnDefinedAt[t], performance.getEntriesByType('resource').find((e) => e.name.includes(`for=${t}&`))?.responseEnd])
    .filter(([, defined, feedEnd]) => !(defined < feedEnd));

/** Every widget settled (feeds, locale chunks, count-ups done) and its fonts loaded. */
const settled = (list) =>
  document.fonts.status === 'loaded' && list.every((t) => {
    const els = [...document.querySelectorAll(t)];
    return els.length > 0 && els.every((e) => e.matches(':state(settled)'));
  });
/** The text below the widgets has held still for a second (the sampler records every move). */
const stillForASecond = () => {
  const w = /** @type {any} */ (window);
  const last = (w.__scnMovement ?? []).at(-1);
  return Boolean(last) && performance.now() - (w.__scnSamplerStart + last.t) > 1000;
};

/** Records when anything last changed inside a widget (a count-up ticking, a list filling in). */
function watchWidgets(list) {
  const w = /** @type {any} */ (window);
  w.__scnLastChange = performance.now();
  const seen = new MutationObserver(() => (w.__scnLastChange = performance.now()));
  for (const t of list) {
    for (const el of document.querySelectorAll(t)) {
      if (el.shadowRoot) seen.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
    }
  }
  return true;
}
/** Nothing inside the widgets has changed for a second. */
const quietForASecond = () => performance.now() - /** @type {any} */ (window).__scnLastChange > 1000;


for (const engineName of ENGINES) {
  describe(`${engineName}: layout on the stress pages`, () => {
    /** @type {import('../test-support/engines.js').Engine} */
    let engine;
    /** @type {Awaited<ReturnType<typeof start>>} */
    let server;
    before(async () => {
      server = await start({ headScript });
      // framed: WebKit's window is never as narrow as a phone's (see launchEngine)
      engine = await launchEngine(engineName, { framed: true });
    });
    after(async () => {
      await engine?.close();
      await server?.close();
    });

    /** Opens a stress page at `width` and waits until the widgets settled and the text below held still. */
    async function open(path, width) {
      // as tall as layout.test.js's: every widget in view from the start, as on a long article page
      const page = await engine.newPage({ width, height: 3000 });
      try {
        await page.open(`${server.siteUrl}${path}`);
        await page.waitFor(settled, tags, { what: `every widget settled on ${path} at ${width} px` });
        await page.waitFor(stillForASecond, undefined, { what: `the text below the widgets to hold still on ${path}` });
        await page.evaluate(watchWidgets, tags);
        await page.waitFor(quietForASecond, undefined, { what: `the widgets to stop changing on ${path} (a count-up done)` });
        const f = await faultsOf(page);
        assert.deepEqual([...f.errors, ...f.csp], [], `${engineName}: errors or CSP violations on ${path}: ${brief([...f.errors, ...f.csp])}`);
      } catch (error) {
        await page.close();
        throw error;
      }
      return page;
    }

    for (const { at, lang, builtIn } of BOX_CASES) {
      // pasted in <body>, Firefox paints what follows a stylesheet before it has loaded: the snippet's
      // hold.js (a classic script after it) keeps the parser from reaching the widgets until it applies
      test(`${engineName}, snippet in <${at}>, ${lang}${builtIn ? ', built-in feeds' : ''}: each widget's box is its content's at ${WIDTHS.join(' and ')} px and nothing below moves while they load`, async () => {
        const problems = [];
        for (const width of WIDTHS) {
          const page = await open(`stress/host-css/plain?lang=${lang}&at=${at}${builtIn ? '&feeds=built-in' : lateFeeds}`, width);
          try {
            // the viewport the page had is the one asked for (WebKit's window has a minimum width)
            const viewport = await page.evaluate(() => innerWidth);
            if (viewport !== width) problems.push(`${width} px: the page had a ${viewport} px viewport`);
            if (!builtIn) for (const [tag, defined, feedEnd] of await page.evaluate(earlyFeeds, Object.keys(LATE))) problems.push(`${width} px ${tag}: its feed did not arrive after its code (defined at ${defined} ms, feed at ${feedEnd} ms)`);
            for (const b of await page.evaluate(widgetBoxes, tags)) {
              if (!(b.content > 0) || Math.abs(b.box - b.content) > 8) problems.push(`${width} px ${b.tag}: box ${b.box.toFixed(0)} px for ${b.content.toFixed(0)} px of content`);
            }
            const { moved, samples } = await page.evaluate(movementReport);
            if (moved > 1) problems.push(`${width} px: the text below moved ${moved.toFixed(0)} px (${samples.map((s) => `${s.t} ms: ${s.top.toFixed(0)}`).join(', ')})`);
          } finally {
            await page.close();
          }
        }
        assert.deepEqual(problems, [], `${engineName}: ${brief(problems, 12)}`);
      });
    }

    test(`${engineName}, 1280 px: on ${HOSTILE.join(', ')} each widget's type scale, spacing and boxes are the plain page's (±2 px)`, async () => {
      const scalesAt = async (path) => {
        const page = await open(path, 1280);
        try {
          // the widgets in a column of the same width on every page, whatever margins the page's
          // own stylesheet gives its body (as layout.test.js does)
          await page.evaluate((w) => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(`.scn-slot{box-sizing:border-box!important;inline-size:${w}px!important;margin:0!important;padding:0!important;border:0!important}`);
            document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
          }, 1240);
          await page.waitFor(() => document.querySelector('.scn-slot')?.getBoundingClientRect().width === 1240, undefined, { what: 'the column to take its width' });
          const out = {};
          for (const t of tags) out[t] = await page.evaluate(typeScale, t);
          return out;
        } finally {
          await page.close();
        }
      };
      const plain = await scalesAt('stress/host-css/plain?lang=en');
      for (const t of tags) assert.ok(plain[t].length > 0, `${engineName}: ${t} rendered nothing on the plain page`);
      const problems = [];
      for (const name of HOSTILE) {
        const scales = await scalesAt(`stress/host-css/${name}?lang=en`);
        for (const t of tags) for (const d of differences(plain[t], scales[t])) problems.push(`${name}: ${d}`);
      }
      assert.deepEqual(problems, [], `${engineName}: ${brief(problems, 12)}`);
    });
  });
}

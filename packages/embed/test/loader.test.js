/* global getComputedStyle, requestIdleCallback */
// The loader's own promises: only the widgets in use are fetched, tags added later are defined,
// and space is reserved with a constructed stylesheet (no <style>, no style attribute).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, harnessPage, openRecorded, tags, useHarness, widgets } from '../test-support/helpers.js';
// the demo city's stress copy (/stress/hostile/…): every widget on every page, under a hostile theme
import { pagePath } from '../../../apps/demo-city/site/stress/hostile.js';

const harness = useHarness({
  routes: {
    '/__one': (_req, url, { cdn }) => ({
      body: harnessPage({
        head: `<script type="module" src="${cdn}/loader.js" crossorigin="anonymous"></script>`,
        body: url.searchParams.get('tag') ? `<${url.searchParams.get('tag')}></${url.searchParams.get('tag')}>` : '<p>No widget yet.</p>',
      }),
    }),
    // a counter with a feed and a share bar, in Arabic: what a page needs beyond the widgets' chunks
    '/__early': (_req, _url, { cdn }) => ({
      body: harnessPage({
        lang: 'ar',
        head: `<script type="module" src="${cdn}/loader.js" crossorigin="anonymous"></script>`,
        body: `<scn-declaration-counter src="/__feed?body=${encodeURIComponent('{"count":120}')}"></scn-declaration-counter><scn-share-bar></scn-share-bar>`,
      }),
    }),
    // a counter two viewports and more below the fold (a spacer needs a style attribute: no CSP)
    '/__far': (_req, _url, { cdn }) => ({
      csp: false,
      body: harnessPage({
        head: `<script type="module" src="${cdn}/loader.js" crossorigin="anonymous"></script>`,
        body: `<div style="height: 400vh"></div><scn-declaration-counter value="57"></scn-declaration-counter>`,
      }),
    }),
    // a map in view, a counter far below it (a counter comes first in the loader's list)
    '/__map-near': (_req, _url, { cdn }) => ({
      csp: false,
      body: harnessPage({
        head: `<script type="module" src="${cdn}/loader.js" crossorigin="anonymous"></script>`,
        body: `<scn-event-map></scn-event-map><div style="height: 400vh"></div><scn-declaration-counter value="57"></scn-declaration-counter>`,
      }),
    }),
    // an inline module right after the loader runs as soon as it has, in the same task in Chromium
    // (deferred scripts run in order, as parsing ends): what had the loader done by then?
    '/__parse-end': (_req, _url, { cdn }) => ({
      csp: false,
      body: harnessPage({
        head: `<script type="module" src="${cdn}/loader.js" crossorigin="anonymous"></script>
<script type="module">window.__afterLoader = {
  preloads: document.querySelectorAll('link[rel=modulepreload]').length,
  sheets: document.adoptedStyleSheets.length,
  unit: getComputedStyle(document.documentElement).getPropertyValue('--scn-rem').trim(),
};</script>`,
        body: '<scn-share-bar></scn-share-bar><scn-membership-cta></scn-membership-cta>',
      }),
    }),
  },
});

/** The URL of a widget's own chunk, named as its descriptor says (`chunk`). */
const chunkOf = (tag) => new RegExp(`/${widgets.find((w) => w.tag === tag)?.chunk}-[\\w-]{8}\\.js$`);

test('a page with one widget fetches the loader, the runtime and that widget only', async () => {
  const context = await harness.browser.newContext();
  for (const { tag } of widgets) {
    const { page, log } = await openRecorded(context, `${harness.server.siteUrl}__one?tag=${tag}`, { waitFor: [tag] });
    const scripts = log.requests.filter((u) => u.startsWith(harness.server.cdnUrl) && u.endsWith('.js'));
    assert.ok(scripts.some((u) => chunkOf(tag).test(u)), `${tag}: its chunk was not fetched: ${brief(scripts)}`);
    const others = scripts.filter((u) => tags.some((t) => t !== tag && chunkOf(t).test(u)));
    assert.equal(others.length, 0, `${tag}: chunks of widgets not on the page were fetched: ${brief(others)}`);
    assert.equal(scripts.filter((u) => /\/runtime-[\w-]{8}\.js$/.test(u)).length, 1, `${tag}: one runtime chunk: ${brief(scripts)}`);
    // feed code only for the widgets that load feeds
    const feed = scripts.filter((u) => /\/runtime-feed-[\w-]{8}\.js$/.test(u)).length;
    assert.equal(feed, tag === 'scn-declaration-counter' || tag === 'scn-event-map' ? 1 : 0, `${tag}: feed chunk: ${brief(scripts)}`);
    await page.close();
  }
  await context.close();
});

test('tags added after load are defined, and nothing is fetched before a widget appears', async () => {
  const context = await harness.browser.newContext();
  const { page, log } = await openRecorded(context, `${harness.server.siteUrl}__one`, { waitFor: [] });
  await page.waitForTimeout(200);
  const early = log.requests.filter((u) => u.startsWith(harness.server.cdnUrl) && !u.endsWith('/loader.js'));
  assert.equal(early.length, 0, `fetched before any widget was on the page: ${brief(early)}`);
  await page.evaluate((list) => {
    // a CMS inserting a fragment late (innerHTML is closed by the page's Trusted Types policy)
    const box = document.createElement('div');
    box.append(...list.map((t) => document.createElement(t)));
    document.body.append(box);
  }, tags);
  await page.waitForFunction((list) => list.every((t) => customElements.get(t)), tags, { timeout: 10_000, polling: 100 });
  assert.equal(log.pageErrors.length, 0, brief(log.pageErrors));
  await context.close();
});

test('the widgets\' size unit (--scn-rem) is registered by the loader, before any widget\'s code runs', async () => {
  // registered after the page's first layout, a custom property restyles the whole document: on a
  // page of 1,100 widgets that was a long task when the first widget's code defined it
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  await page.route(/-[\w-]{8}\.js$/, () => {});
  await page.goto(`${harness.server.siteUrl}__one?tag=scn-share-bar`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.adoptedStyleSheets.length > 0, undefined, { polling: 100 });
  const seen = await page.evaluate(() => ({
    unit: getComputedStyle(document.documentElement).getPropertyValue('--scn-rem').trim(),
    defined: Boolean(customElements.get('scn-share-bar')),
  }));
  assert.deepEqual(seen, { unit: '16px', defined: false });
  await context.close();
});

test('as parsing ends the loader only registers the unit and reserves space; its requests start in a task of their own', async () => {
  // Chromium styles and lays out the whole page in that task: on a page of 1,100 widgets, the
  // loader's requests and scans in it too made one task of 56–88 ms (issue 18)
  const context = await harness.browser.newContext();
  const { page, log } = await openRecorded(context, `${harness.server.siteUrl}__parse-end`, { waitFor: ['scn-share-bar', 'scn-membership-cta'] });
  const seen = await page.evaluate(() => ({
    then: /** @type {any} */ (window).__afterLoader,
    preloads: document.querySelectorAll('link[rel=modulepreload]').length,
  }));
  assert.deepEqual(seen.then, { preloads: 0, sheets: 1, unit: '16px' });
  assert.ok(seen.preloads >= 1, `the loader preloaded nothing afterwards: ${seen.preloads}`);
  assert.equal(log.pageErrors.length, 0, brief(log.pageErrors));
  await context.close();
});

test('space is reserved by a constructed stylesheet, before definition, without <style> or style attributes', async () => {
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  // hold every widget chunk so the tags stay undefined while we look
  await page.route(/-[\w-]{8}\.js$/, () => {});
  await page.goto(`${harness.server.siteUrl.slice(0, -1)}${pagePath('en', 'index')}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.adoptedStyleSheets.length > 0, undefined, { polling: 100 });
  const seen = await page.evaluate((list) => ({
    rules: document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
    styles: document.querySelectorAll('style').length,
    styleAttrs: document.querySelectorAll('[style]').length,
    undefinedHeights: list.map((t) => {
      const el = document.querySelector(t);
      return { tag: t, defined: el?.matches(':defined'), height: el?.getBoundingClientRect().height ?? 0 };
    }),
  }), tags);
  for (const tag of tags) assert.match(seen.rules, new RegExp(`${tag}.*min-block-size`), `no reservation for ${tag}`);
  assert.equal(seen.styles, 0, 'a <style> element was added');
  assert.equal(seen.styleAttrs, 0, 'a style attribute was added');
  for (const w of seen.undefinedHeights) {
    assert.equal(w.defined, false, `${w.tag} should still be undefined`);
    assert.ok(w.height > 0, `${w.tag} has no reserved height before definition`);
  }
  await context.close();
});

test('the loader asks for the shared chunks, the page\'s locale and the feed at once, not after the widget\'s chunk', async () => {
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  // the widgets' own chunks answer late: whatever waited for them to arrive starts after they did
  await page.route(/\/(declaration-counter|share-bar)-[\w-]{8}\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await page.goto(`${harness.server.siteUrl}__early`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('scn-declaration-counter') && customElements.get('scn-share-bar'), undefined, { polling: 100, timeout: 10_000 });
  await page.waitForFunction(() => /120|\u0661\u0662\u0660/.test(document.querySelector('scn-declaration-counter')?.shadowRoot?.textContent ?? ''), undefined, { polling: 100, timeout: 10_000 });
  const seen = await page.evaluate(() => ({
    entries: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd })),
    links: [...document.querySelectorAll('link[rel=modulepreload]')].map((l) => ({ href: l.href, integrity: l.integrity })),
  }));
  const entry = (re) => seen.entries.find((e) => re.test(e.name));
  const counter = entry(chunkOf('scn-declaration-counter'));
  const wanted = { runtime: /\/runtime-[\w-]{8}\.js$/, 'feed code': /\/runtime-feed-[\w-]{8}\.js$/, 'Arabic strings': /\/ar-[\w-]{8}\.js$/, feed: /\/__feed\?/ };
  assert.ok(counter, `the counter's chunk was not fetched: ${brief(seen.entries.map((e) => e.name))}`);
  for (const [what, re] of Object.entries(wanted)) {
    const found = entry(re);
    assert.ok(found, `${what} was not fetched: ${brief(seen.entries.map((e) => e.name))}`);
    assert.ok(found.start < counter.end, `${what} started at ${found.start.toFixed(0)} ms, after the counter's chunk arrived (${counter.end.toFixed(0)} ms)`);
  }
  // the widget took up the request the loader started: one request for its feed
  assert.equal(seen.entries.filter((e) => wanted.feed.test(e.name)).length, 1, 'the feed was requested twice');
  assert.ok(seen.links.length >= 3, `modulepreload links: ${JSON.stringify(seen.links)}`);
  for (const link of seen.links) {
    assert.ok(link.href.startsWith(harness.server.cdnUrl), `${link.href}: preloads stay in the CDN folder`);
    assert.match(link.integrity, /^sha256-[\w+/]{43}=$/, `${link.href} has no integrity`);
  }
  await context.close();
});

// Records every Intl object the page makes, and whether each widget was defined by then.
const recordIntl = () => {
  const made = [];
  Object.defineProperty(window, '__scnIntlMade', { value: made });
  for (const kind of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'DisplayNames', 'Locale']) {
    const real = Intl[kind];
    Intl[kind] = new Proxy(real, {
      construct(target, args, newTarget) {
        const defined = ['scn-declaration-counter', 'scn-event-map', 'scn-language-toggle', 'scn-share-bar', 'scn-membership-cta'].filter((t) => customElements.get(t));
        made.push({ kind, defined });
        return Reflect.construct(target, args, newTarget === Intl[kind] ? target : newTarget);
      },
    });
  }
};

test("the loader readies Intl while the code of a widget that formats with it downloads, and only then", async () => {
  const expected = { 'scn-declaration-counter': true, 'scn-event-map': true, 'scn-language-toggle': false, 'scn-share-bar': false, 'scn-membership-cta': false };
  assert.deepEqual(Object.keys(expected).sort(), [...tags].sort(), 'every widget is listed here');
  for (const [tag, usesIntl] of Object.entries(expected)) {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(recordIntl);
    // the widget's own chunk answers late, as on a phone: whatever Intl work happens before it is defined
    // happened while it downloaded
    await page.route(chunkOf(tag), async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await page.goto(`${harness.server.siteUrl}__one?tag=${tag}`, { waitUntil: 'load' });
    await page.waitForFunction((t) => customElements.get(t) && document.querySelector(t)?.matches(':state(settled)'), tag, { polling: 100, timeout: 10_000 });
    const made = await page.evaluate(() => window.__scnIntlMade);
    const early = made.filter((m) => !m.defined.includes(tag));
    if (usesIntl) {
      assert.equal(early.length, 1, `${tag}: Intl objects made before it was defined: ${JSON.stringify(early)}`);
      assert.equal(early[0].kind, 'NumberFormat');
    } else {
      assert.deepEqual(made, [], `${tag} formats nothing with Intl, yet the page made ${JSON.stringify(made)}`);
    }
    await context.close();
  }
});

test('a counter far below the fold makes no Intl object while the page loads; near the viewport it counts', async () => {
  // a page's first Intl object is a long task on its own (tens of ms): on a page of a thousand
  // widgets it was one while loading, for a counter nobody could see yet (issue 18)
  const context = await harness.browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  await page.addInitScript(recordIntl);
  await page.goto(`${harness.server.siteUrl}__far`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('scn-declaration-counter'), undefined, { polling: 100, timeout: 10_000 });
  // idle time for the loader's warm-up, had it been asked for
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 300))));
  assert.deepEqual(await page.evaluate(() => window.__scnIntlMade), [], 'Intl objects made with the counter far below');
  await page.locator('scn-declaration-counter').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => /57/.test(document.querySelector('scn-declaration-counter')?.shadowRoot?.textContent ?? ''), undefined, { polling: 100, timeout: 10_000 });
  const made = await page.evaluate(() => window.__scnIntlMade);
  assert.ok(made.length >= 1 && made.every((m) => m.defined.includes('scn-declaration-counter')), `Intl objects: ${JSON.stringify(made)}`);
  await context.close();
});

test('a map in view gets Intl readied while its code downloads, even with a counter far below', async () => {
  // the loader watches every widget that formats: the far counter must not hold back the map's warm-up
  const context = await harness.browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  await page.addInitScript(recordIntl);
  await page.route(chunkOf('scn-event-map'), async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await page.goto(`${harness.server.siteUrl}__map-near`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('scn-event-map'), undefined, { polling: 100, timeout: 10_000 });
  const made = await page.evaluate(() => window.__scnIntlMade);
  const early = made.filter((m) => !m.defined.includes('scn-event-map'));
  assert.equal(early.length, 1, `Intl objects made before the map was defined: ${JSON.stringify(made)}`);
  await context.close();
});

// Attribute fuzz: ≥ 1,000 seeded random values per attribute per widget, under the demo's CSP.
// Nothing may throw, and no href in any shadow root may ever be a javascript: or data: URL.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, harnessPage, openRecorded, tags, useHarness } from '../test-support/helpers.js';

const VALUES = 1000;
const BATCH = 250;
let context;
let page;
let log;

const harness = useHarness({
  routes: {
    '/__fuzz': (_req, _url, { cdn }) => ({
      body: harnessPage({ head: `<script type="module" src="${cdn}/loader.js" crossorigin="anonymous"></script>`, body: '<div id="stage"></div>' }),
    }),
  },
}, async () => {
  context = await harness.browser.newContext();
  // fuzzed src values must never reach the network beyond the two local servers
  await context.route(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/])/, (route) => route.abort());
  await context.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__fuzzErrors = [];
    window.addEventListener('error', (e) => w.__fuzzErrors.push(`error: ${e.message}`));
    window.addEventListener('unhandledrejection', (e) => w.__fuzzErrors.push(`rejection: ${e.reason?.stack ?? e.reason}`));
  });
  ({ page, log } = await openRecorded(context, `${harness.server.siteUrl}__fuzz`, { waitFor: [] }));
  // define every widget: add one of each and wait
  await page.evaluate((list) => list.forEach((t) => document.getElementById('stage')?.append(document.createElement(t))), tags);
  await page.waitForFunction((list) => list.every((t) => customElements.get(t)), tags, { timeout: 15_000, polling: 100 });
  // first renders are pages.test.js's business; from here on, violations come from fuzzed values
  await page.waitForTimeout(300);
  await page.evaluate(() => /** @type {any} */ (window).__scn.csp.splice(0));
});

/** In the page: set `count` seeded values on one attribute, rendering each; report what broke. */
function fuzzBatch({ tag, attr, seed, from, count }) {
  // mulberry32: small, seeded, good enough to reproduce a failure from its seed
  let a = (seed + from * 0x9e3779b9) >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const hostile = [
    'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', '\u0000javascript:alert(1)', 'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>', 'DATA:image/svg+xml;base64,PHN2Zz4=', 'vbscript:msgbox(1)', 'blob:null/x', 'file:///etc/passwd',
    '//evil.example/x', 'http://', 'https://', 'https://example.org/feed.json', 'mailto:a@b.c', 'http://[::1', '/relative/x.json', '?q=1', '#top',
    '', ' ', '\n', 'undefined', 'null', 'NaN', 'Infinity', '-Infinity', '-1', '0', '1', '1e309', '-0', '3.5', '007', '0x10', '1,000', '١٢٣',
    'true', 'false', '[]', '{}', '{"a":1}', '[1,2,3]', '"', "'", '<img src=x onerror=alert(1)>', '</script>', '<svg onload=alert(1)>',
    '${x}', '{{x}}', '%00', '%', '\\', '\u202e\u0645\u0631\u062d\u0628\u0627', '🏙️👩🏽‍💼', 'ar', 'fr', 'xx-YY', 'en-US', 'light', 'dark', 'brand',
    'horizontal', 'vertical', 'dropdown', 'list', 'compact', 'card', 'banner', 'inline', 'compact short long', 'email linkedin x mastodon copy',
    '2026-11-25', '2026-02-30', '9999-99-99', 'past', 'upcoming', 'all', 'x'.repeat(5000),
  ];
  const charset = 'abcXYZ019 -_:/.?#&=%@;,\'"<>()[]{}\\\t\n\u00e9\u0627\u202e\ud83c\udfd9';
  const randomText = () => Array.from({ length: Math.floor(rand() * 40) }, () => charset[Math.floor(rand() * charset.length)]).join('');
  const value = () => {
    const r = rand();
    if (r < 0.45) return pick(hostile);
    if (r < 0.6) return String(Math.floor((rand() - 0.5) * 10 ** Math.floor(rand() * 12)));
    if (r < 0.7) return `${pick(hostile)}${randomText()}`;
    return randomText();
  };
  const w = /** @type {any} */ (window);
  const stage = document.getElementById('stage');
  const el = /** @type {any} */ (stage?.querySelector(tag));
  const unsafe = [];
  const thrown = [];
  const hrefs = (root) =>
    [...root.querySelectorAll('[href], [*|href], [formaction], [action]')].flatMap((n) =>
      ['href', 'xlink:href', 'formaction', 'action'].map((name) => n.getAttribute(name)).filter((v) => v !== null),
    );
  return (async () => {
    for (let i = 0; i < count; i++) {
      const v = value();
      try {
        el.setAttribute(attr, v);
        await el.updateComplete;
      } catch (error) {
        thrown.push(`${attr}=${JSON.stringify(v).slice(0, 80)}: ${error}`);
      }
      const roots = [el.shadowRoot, ...[...(el.shadowRoot?.querySelectorAll('*') ?? [])].map((n) => n.shadowRoot).filter(Boolean)];
      for (const href of roots.flatMap(hrefs)) {
        let protocol = '';
        try {
          protocol = new URL(href, location.href).protocol;
        } catch {
          continue; // not a URL: a browser will not follow it either
        }
        if (protocol === 'javascript:' || protocol === 'data:') unsafe.push(`${attr}=${JSON.stringify(v).slice(0, 80)} → href ${href.slice(0, 80)}`);
      }
    }
    el.removeAttribute(attr);
    await el.updateComplete.catch(() => {});
    const text = (el.shadowRoot?.textContent ?? '').trim();
    return { thrown, unsafe, uncaught: w.__fuzzErrors.splice(0), rendered: text.length > 0 };
  })();
}

describe('attribute fuzz', () => {
  test('every widget has attributes to fuzz', async () => {
    const attrs = await page.evaluate((list) => list.map((t) => /** @type {any} */ (customElements.get(t)).observedAttributes), tags);
    for (const [i, list] of attrs.entries()) assert.ok(list.length > 0, `${tags[i]} observes no attributes`);
  });
  for (const tag of tags) {
    test(`${tag}: ${VALUES} seeded values per attribute, no exception, no javascript:/data: href`, async () => {
      const attrs = await page.evaluate((t) => /** @type {any} */ (customElements.get(t)).observedAttributes, tag);
      const problems = { thrown: [], unsafe: [], uncaught: [] };
      let tried = 0;
      for (const attr of attrs) {
        const seed = [...`${tag}:${attr}`].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
        for (let from = 0; from < VALUES; from += BATCH) {
          const out = await page.evaluate(fuzzBatch, { tag, attr, seed, from, count: BATCH });
          tried += BATCH;
          for (const key of Object.keys(problems)) problems[key].push(...out[key].map((p) => `[seed ${seed}] ${p}`));
          assert.ok(out.rendered, `${tag} is blank after fuzzing ${attr} (seed ${seed})`);
        }
      }
      assert.ok(tried >= VALUES * attrs.length);
      assert.equal(problems.thrown.length, 0, `${tag}: exceptions: ${brief(problems.thrown)}`);
      assert.equal(problems.uncaught.length, 0, `${tag}: uncaught errors: ${brief(problems.uncaught)}`);
      assert.equal(problems.unsafe.length, 0, `${tag}: javascript:/data: URLs in hrefs: ${brief(problems.unsafe)}`);
      assert.equal(log.pageErrors.length, 0, `${tag}: page errors: ${brief(log.pageErrors.splice(0))}`);
      // the harness page sends the demo's CSP: fuzzed values must not make a widget break it either
      // (connect-src refusing a fuzzed feed URL on another host is the policy working, not a fault)
      const csp = (await page.evaluate(() => /** @type {any} */ (window).__scn.csp.splice(0))).filter((v) => !v.startsWith('connect-src'));
      assert.equal(csp.length, 0, `${tag}: CSP violations while fuzzing (a style attribute written, e.g. by Lit's styleMap on first render): ${brief(csp, 2)}`);
    });
  }
});

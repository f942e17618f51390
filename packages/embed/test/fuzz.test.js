/* global NodeFilter */
// Attribute fuzz: ≥ 1,000 seeded random values per attribute per widget, under the demo's CSP.
// Nothing may throw, and no href in any shadow root may ever be a javascript: or data: URL. After
// each value the widget's text (and the names and values it gives assistive technology) must not
// show NaN, undefined, Invalid Date, [object …] or a date the value did not give, and the value
// must cause at most one console warning.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROKEN_TEXT, brief, emptyBox, harnessPage, openRecorded, tags, useHarness } from '../test-support/helpers.js';

const VALUES = 1000;
/**
 * Valid attributes kept on a widget while its others are fuzzed: some attributes show only beside
 * another (a counter's `updated`, `goal` and `label` belong to its own `value`; without one it shows
 * its built-in declaration, and they would never be seen).
 */
const CONTEXT = { 'scn-declaration-counter': { value: '57' } };
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
    // our warnings, counted per value; and feed requests in flight, so that a warning about a
    // fuzzed src arrives before the next value is set (and is not blamed on it)
    w.__warnings = [];
    const warn = console.warn;
    console.warn = (...args) => {
      if (String(args[0]).startsWith('[strong-cities]')) w.__warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
    w.__fetching = 0;
    const fetch = window.fetch;
    window.fetch = (...args) => {
      w.__fetching += 1;
      const answer = fetch.apply(window, args);
      answer.then(() => undefined, () => undefined).then(() => setTimeout(() => (w.__fetching -= 1)));
      return answer;
    };
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
function fuzzBatch({ tag, attr, seed, from, count, brokenText, context }) {
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
  const broken = [];
  const badDates = [];
  const chatty = [];
  const broke = new RegExp(brokenText.source, brokenText.flags);
  const show = (v) => JSON.stringify(v).slice(0, 80);
  // what the widget says: its text, and the names and values assistive technology reads
  const said = () => {
    const parts = [];
    const walk = (root) => {
      const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = texts.nextNode(); n; n = texts.nextNode()) if (n.parentElement?.localName !== 'style') parts.push(n.textContent);
      for (const e of root.querySelectorAll('*')) {
        for (const a of ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder']) if (e.hasAttribute(a)) parts.push(e.getAttribute(a));
        if (e.shadowRoot) walk(e.shadowRoot);
      }
    };
    if (el.shadowRoot) walk(el.shadowRoot);
    return parts.join(' ').replace(/\s+/g, ' ');
  };
  // an English date the widget shows ("November 2026", "March 15, 2024", "15 March 2024"): it must
  // be one shown without the attribute, or the very date the value gives (a real one)
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const DATES = new RegExp(`\\b(?:(\\d{1,2}) )?(${MONTHS.join('|')})(?: (\\d{1,2}),)? (-?\\d+)\\b`, 'g');
  const given = (shown, value) => {
    const [, day1, month, day2, year] = shown;
    const day = day1 ?? day2;
    return [...value.matchAll(/\b(\d{4})-(\d{2})(?:-(\d{2}))?/g)].some(
      ([, y, m, d]) => Number(y) === Number(year) && Number(m) === MONTHS.indexOf(month) + 1 && (day === undefined || Number(d) === Number(day)),
    );
  };
  const settle = async () => {
    await el.updateComplete;
    for (let i = 0; i < 500 && w.__fetching > 0; i++) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
  };
  const hrefs = (root) =>
    [...root.querySelectorAll('[href], [*|href], [formaction], [action]')].flatMap((n) =>
      ['href', 'xlink:href', 'formaction', 'action'].map((name) => n.getAttribute(name)).filter((v) => v !== null),
    );
  return (async () => {
    for (const [name, v] of Object.entries(context)) if (name !== attr) el.setAttribute(name, v);
    // what the widget shows without the attribute: the dates in it need no explaining
    el.removeAttribute(attr);
    await settle();
    const baseline = said();
    for (let i = 0; i < count; i++) {
      const v = value();
      const warned = w.__warnings.length;
      try {
        el.setAttribute(attr, v);
        await settle();
      } catch (error) {
        thrown.push(`${attr}=${show(v)}: ${error}`);
      }
      const warnings = w.__warnings.slice(warned);
      if (warnings.length > 1) chatty.push(`${attr}=${show(v)}: ${warnings.length} warnings: ${warnings.map((x) => x.slice(0, 120)).join(' | ')}`);
      const text = said();
      // a word the value itself holds is the partner's own text (label="undefined"), not a fault
      const words = [...text.matchAll(new RegExp(broke.source, 'g'))].map((m) => m[0]).filter((word) => !v.includes(word.trim()));
      if (words.length) broken.push(`${attr}=${show(v)} → "${words[0]}" in "${text.slice(Math.max(0, text.indexOf(words[0]) - 40), text.indexOf(words[0]) + 40)}"`);
      for (const date of text.matchAll(DATES)) {
        if (!baseline.includes(date[0]) && !given(date, v)) badDates.push(`${attr}=${show(v)} → "${date[0]}" (no warning: ${warnings.length === 0})`);
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
    for (const name of Object.keys(context)) el.removeAttribute(name);
    await settle().catch(() => {});
    return { thrown, unsafe, broken, badDates, chatty, uncaught: w.__fuzzErrors.splice(0), visible: w.__scnVisible(el) };
  })();
}

describe('attribute fuzz', () => {
  test('every widget has attributes to fuzz', async () => {
    const attrs = await page.evaluate((list) => list.map((t) => /** @type {any} */ (customElements.get(t)).observedAttributes), tags);
    for (const [i, list] of attrs.entries()) assert.ok(list.length > 0, `${tags[i]} observes no attributes`);
  });
  for (const tag of tags) {
    test(`${tag}: ${VALUES} seeded values per attribute, no exception, no javascript:/data: href, no broken text or made-up date, at most one warning each`, async () => {
      const attrs = await page.evaluate((t) => /** @type {any} */ (customElements.get(t)).observedAttributes, tag);
      const problems = { thrown: [], unsafe: [], uncaught: [], broken: [], badDates: [], chatty: [] };
      let tried = 0;
      for (const attr of attrs) {
        const seed = [...`${tag}:${attr}`].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
        for (let from = 0; from < VALUES; from += BATCH) {
          const out = await page.evaluate(fuzzBatch, { tag, attr, seed, from, count: BATCH, brokenText: { source: BROKEN_TEXT.source, flags: BROKEN_TEXT.flags }, context: CONTEXT[tag] ?? {} });
          tried += BATCH;
          for (const key of Object.keys(problems)) problems[key].push(...out[key].map((p) => `[seed ${seed}] ${p}`));
          const empty = emptyBox(out);
          assert.equal(empty, '', `${tag} is an empty box after fuzzing ${attr} (seed ${seed}): it ${empty}`);
        }
      }
      assert.ok(tried >= VALUES * attrs.length);
      // the harness page sends the demo's CSP: fuzzed values must not make a widget break it either
      // (connect-src refusing a fuzzed feed URL on another host is the policy working, not a fault)
      const csp = (await page.evaluate(() => /** @type {any} */ (window).__scn.csp.splice(0))).filter((v) => !v.startsWith('connect-src'));
      // every kind of fault in one message, so one run names them all
      const kinds = {
        thrown: 'exceptions',
        uncaught: 'uncaught errors',
        unsafe: 'javascript:/data: URLs in hrefs',
        broken: 'broken text',
        badDates: 'dates no value gave',
        chatty: 'more than one warning for one value',
      };
      // which attributes: "dates no value gave (updated: 151)"
      const tally = (list) => {
        const counts = new Map();
        for (const p of list) {
          const a = /\] ([\w-]+)=/.exec(p)?.[1] ?? '?';
          counts.set(a, (counts.get(a) ?? 0) + 1);
        }
        return [...counts].map(([a, n]) => `${a}: ${n}`).join(', ');
      };
      const faults = Object.entries(kinds).filter(([k]) => problems[k].length).map(([k, what]) => `${what} (${tally(problems[k])}): ${brief(problems[k], 4)}`);
      if (log.pageErrors.length) faults.push(`page errors: ${brief(log.pageErrors.splice(0))}`);
      if (csp.length) faults.push(`CSP violations while fuzzing (a style attribute written, e.g. by Lit's styleMap on first render): ${brief(csp, 2)}`);
      assert.deepEqual(faults, [], `${tag}:\n  - ${faults.join('\n  - ')}`);
    });
  }
});

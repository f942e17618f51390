// Broken feeds never blank a widget: every widget that loads a feed keeps a visible fallback,
// fires scn-error, and nothing throws.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROKEN_TEXT, brief, emptyBox, harnessPage, inspectWidgets, nonCspErrors, openRecorded, useHarness, widgets } from '../test-support/helpers.js';

const TIMEOUT = 1000; // ms, given to widgets that take a timeout attribute
const faults = {
  '404': 'status=404',
  '500': 'status=500',
  'slower than the timeout': `delay=${TIMEOUT + 1500}`,
  'invalid JSON': `body=${encodeURIComponent('{"events": [1, 2,')}`,
  'wrong shape': `body=${encodeURIComponent('{"unexpected":[{"a":1}],"count":"many"}')}`,
  '5 MB': 'bytes=5000000',
};

// the widgets that load a feed: their descriptors name its schema (checked against the real
// elements below: each has a `src` property)
const feedTags = widgets.filter((w) => w.feed).map((w) => w.tag);
let srcTags = [];
const harness = useHarness({
  routes: {
    '/__fault': (_req, url, { cdn }) => {
      const feed = `/__feed?${url.searchParams.get('fault')}&n=`;
      const wanted = url.searchParams.get('tags').split(',');
      return {
        body: harnessPage({
          head: `<script type="module" src="${cdn}/loader.js" crossorigin="anonymous"></script>`,
          body: wanted.map((t, i) => `<${t} src="${feed}${i}" timeout="${TIMEOUT}"></${t}>`).join('\n'),
        }),
      };
    },
  },
}, async () => {
  const context = await harness.browser.newContext();
  const { page } = await openRecorded(context, `${harness.server.siteUrl}__fault?fault=status%3D404&tags=${feedTags.join(',')}`);
  // the loader defines each widget when its chunk arrives: wait for them
  srcTags = await page.evaluate(async (list) => {
    await Promise.all(list.map((t) => customElements.whenDefined(t)));
    return list.filter((t) => /** @type {any} */ (customElements.get(t))?.elementProperties?.has('src'));
  }, feedTags);
  await context.close();
});

describe('feed faults', () => {
  test('some widgets load feeds, each with a src property', () => {
    assert.ok(feedTags.length > 0, 'no widget descriptor names a feed');
    assert.deepEqual(srcTags, feedTags, 'a widget whose descriptor names a feed has no src property');
  });
  for (const [name, query] of Object.entries(faults)) {
    test(`${name}: every feed widget shows its fallback, reports scn-error, throws nothing`, async () => {
      assert.ok(feedTags.length > 0);
      const context = await harness.browser.newContext();
      await context.addInitScript(() => {
        const w = /** @type {any} */ (window);
        w.__scnErrors = [];
        document.addEventListener('scn-error', (e) => w.__scnErrors.push(/** @type {Element} */ (e.composedPath()[0]).localName));
      });
      const url = `${harness.server.siteUrl}__fault?fault=${encodeURIComponent(query)}&tags=${feedTags.join(',')}`;
      const { page, log } = await openRecorded(context, url, { waitFor: feedTags });
      try {
        await page.waitForFunction((n) => /** @type {any} */ (window).__scnErrors.length >= n, feedTags.length, { timeout: 15_000, polling: 100 })
          .catch(() => {});
        const reported = await page.evaluate(() => /** @type {any} */ (window).__scnErrors);
        for (const tag of feedTags) assert.ok(reported.includes(tag), `${tag} did not fire scn-error for "${name}" (fired: ${brief(reported)})`);
        for (const w of await inspectWidgets(page, feedTags)) {
          // what a visitor sees, not the host's height: the loader reserves that before anything renders
          assert.equal(emptyBox(w), '', `${w.tag} is an empty box after "${name}"`);
          assert.ok(w.visible.text.length > 0, `${w.tag} shows no fallback text after "${name}"`);
          assert.doesNotMatch(w.text, BROKEN_TEXT, `${w.tag} shows broken text after "${name}": ${w.text.slice(0, 200)}`);
        }
        assert.equal(log.pageErrors.length, 0, `uncaught errors after "${name}": ${brief(log.pageErrors)}`);
        // the browser itself logs a failed HTTP status; anything else is ours
        const errors = nonCspErrors(log.errors).filter((e) => !/Failed to load resource/.test(e));
        assert.equal(errors.length, 0, `console errors after "${name}": ${brief(errors)}`);
        const warned = log.warnings.filter((w) => w.includes('[strong-cities]'));
        assert.ok(warned.length >= 1, `no console warning after "${name}"`);
      } finally {
        await context.close();
      }
    });
  }
});

describe('chunk faults', () => {
  test('the Mastodon prompt cannot load: one warning, scn-error, the browser asks instead, the share opens', async () => {
    const context = await harness.browser.newContext();
    // the CDN fails this one chunk; the visitor answers the browser's prompt
    await context.route(/\/share-bar-mastodon-[\w-]{8}\.js$/, (route) => route.abort());
    await context.addInitScript(() => {
      const w = /** @type {any} */ (window);
      Object.assign(w, { __asked: [], __opened: [], __scnErrors: [] });
      w.prompt = (message) => (w.__asked.push(message), ' mastodon.example ');
      w.open = (address) => (w.__opened.push(String(address)), null);
      document.addEventListener('scn-error', (e) => w.__scnErrors.push(/** @type {any} */ (e).source));
    });
    try {
      const url = `${harness.server.siteUrl}__fault?fault=none&tags=scn-share-bar`;
      const { page, log } = await openRecorded(context, url, { waitFor: ['scn-share-bar'] });
      await page.evaluate(() => document.querySelector('scn-share-bar')?.setAttribute('networks', 'mastodon'));
      await page.locator('scn-share-bar').getByRole('button', { name: /Mastodon/ }).click();
      await page.waitForFunction(() => /** @type {any} */ (window).__opened.length > 0, null, { timeout: 5000 });
      const { asked, opened, errors } = await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        return { asked: w.__asked, opened: w.__opened, errors: w.__scnErrors };
      });
      assert.deepEqual(asked, ['Your Mastodon server']);
      assert.equal(opened.length, 1);
      assert.match(opened[0], /^https:\/\/mastodon\.example\/share\?text=/);
      assert.deepEqual(errors, ['mastodon-prompt']);
      assert.equal(log.warnings.filter((w) => w.includes('[strong-cities]')).length, 1, brief(log.warnings));
      assert.equal(log.pageErrors.length, 0, brief(log.pageErrors));
    } finally {
      await context.close();
    }
  });
});

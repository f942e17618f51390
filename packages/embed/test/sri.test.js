// The snippet from manifest.json, integrity and all, is what partners paste: the browser checks
// SRI, so it must load as is, and a tampered value must be refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { allTags, brief, harnessPage, openRecorded, tags, useHarness } from '../test-support/helpers.js';

let manifest;

const harness = useHarness({
  routes: {
    '/__snippet': (_req, url, { cdn, manifest: m }) => {
      let snippet = (url.searchParams.get('kind') === 'classic' ? m.snippetClassic : m.snippet).replaceAll(m.base, `${cdn}/`);
      // every file of the snippet (reserve.css, hold.js and the widgets' script) tampered
      if (url.searchParams.get('tamper')) snippet = snippet.replace(/sha384-(.)/g, (_, c) => `sha384-${c === 'A' ? 'B' : 'A'}`);
      return { body: harnessPage({ head: snippet, body: allTags() }) };
    },
  },
}, async () => {
  manifest = harness.server.manifest();
});

test('manifest integrity values match the files the CDN serves', async () => {
  for (const f of manifest.files) {
    const body = Buffer.from(await (await fetch(`${harness.server.cdnUrl}${f.file}`)).arrayBuffer());
    assert.equal(body.length, f.bytes, `${f.file} bytes`);
    assert.equal(`sha384-${createHash('sha384').update(body).digest('base64')}`, f.integrity, `${f.file} integrity`);
  }
});

for (const kind of ['module', 'classic']) {
  test(`the ${kind} snippet with its integrity loads every widget from another origin`, async () => {
    const context = await harness.browser.newContext();
    const { page, log } = await openRecorded(context, `${harness.server.siteUrl}__snippet?kind=${kind}`);
    const defined = await page.evaluate((list) => list.filter((t) => customElements.get(t)), tags);
    assert.deepEqual(defined, tags);
    assert.equal(log.pageErrors.length, 0, brief(log.pageErrors));
    await context.close();
  });

  test(`the ${kind} snippet with a tampered integrity is refused`, async () => {
    const context = await harness.browser.newContext();
    const { page, log } = await openRecorded(context, `${harness.server.siteUrl}__snippet?kind=${kind}&tamper=1`, { waitFor: [] });
    await page.waitForTimeout(500);
    const defined = await page.evaluate((list) => list.filter((t) => customElements.get(t)), tags);
    assert.deepEqual(defined, [], 'a script with a wrong integrity ran');
    const applied = await page.evaluate(() => [...document.styleSheets].some((s) => /reserve\.css$/.test(s.href ?? '')));
    assert.equal(applied, false, 'a stylesheet with a wrong integrity applied');
    assert.ok(log.errors.some((e) => /integrity/i.test(e)), `no integrity error was logged: ${brief(log.errors)}`);
    // hold.js's refusal shows only in the console
    assert.ok(log.errors.some((e) => /integrity/i.test(e) && /hold\.js/.test(e)), `hold.js was not refused: ${brief(log.errors)}`);
    await context.close();
  });
}

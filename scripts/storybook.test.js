// Opens every story of the static Storybook build in Chromium, in English and Arabic: it must
// render, log no error, put widgets in the right direction, and axe must report no violation.
// One page per locale switches stories through Storybook's channel (scripts/storybook-page.js).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeLaunchOptions } from '../config/chrome.js';
import { serveStatic } from '../config/static-server.js';
import { axeViolations, loadPreview, root, showStory, shownGlobals, staticDir, storiesInBuild } from './storybook-page.js';

const stories = storiesInBuild();
const axeSource = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');

/**
 * Stories of broken feeds request addresses that fail on purpose: fixture paths start with `/__`
 * (`/__feed?status=404` of the test responder, `/__storybook/<widget>/missing.json`). Not the favicon either.
 */
function expectedToFail(url) {
  const path = new URL(url, 'http://x').pathname;
  return path.startsWith('/__') || path === '/favicon.ico';
}

let server;
let browser;
before(async () => {
  server = await serveStatic(staticDir);
  browser = await chromium.launch(chromeLaunchOptions());
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const locale of ['en', 'ar']) {
  describe(`stories in ${locale}`, () => {
    let page;
    const errors = [];
    before(async () => {
      page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        // the browser's own line for a failed fixture request (see below) is not the story's error
        if (m.text().startsWith('Failed to load resource') && expectedToFail(m.location().url)) return;
        errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('response', (r) => {
        if (r.status() >= 400 && !expectedToFail(r.url())) errors.push(`HTTP ${r.status()} ${r.url()}`);
      });
      await loadPreview(page, server.url, { locale });
      await page.addScriptTag({ content: axeSource });
    });
    after(() => page?.close());

    for (const story of stories) {
      it(`${story.title} / ${story.name}`, async () => {
        errors.length = 0;
        const { verdict, detail } = await showStory(page, story.id);
        assert.equal(verdict, 'rendered', `Storybook says ${verdict}: ${detail}`);
        await page.waitForTimeout(100); // locale modules and feeds settle
        const rendered = await page.evaluate(() => (document.querySelector('#storybook-root')?.innerHTML.length ?? 0) > 0);
        assert.ok(rendered, 'story rendered nothing');
        // a story may pin its own locale (globals: { locale: 'fr' }); its widgets follow that one
        const shown = (await shownGlobals(page)).locale;
        const widgets = await page.evaluate(() =>
          [...document.querySelectorAll('#storybook-root *')]
            .filter((e) => e.localName.startsWith('scn-') && e.shadowRoot)
            .map((e) => ({ tag: e.localName, dir: e.getAttribute('dir'), empty: e.shadowRoot.childNodes.length === 0 })),
        );
        for (const w of widgets) {
          assert.equal(w.dir, shown === 'ar' ? 'rtl' : 'ltr', `<${w.tag}> direction in ${shown}`);
          assert.equal(w.empty, false, `<${w.tag}> rendered an empty shadow root`);
        }
        assert.deepEqual(await axeViolations(page), [], 'axe violations');
        assert.deepEqual(errors, [], 'console errors');
      });
    }
  });
}

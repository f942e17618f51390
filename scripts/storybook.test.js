// Opens every story of the static Storybook build in Chromium, in English and Arabic: it must
// render, log no error, put widgets in the right direction, and axe must report no violation.
// One page per locale switches stories through Storybook's channel (a reload per story is ~20× slower).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../config/chrome.js';
import { serveStatic } from '../config/static-server.js';

const root = new URL('..', import.meta.url).pathname;
const staticDir = `${root}storybook-static`;
const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const axeSource = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');

let server;
let browser;
before(async () => {
  server = await serveStatic(staticDir);
  browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Renders one story in the open preview and resolves with Storybook's verdict. */
function showStory(page, storyId) {
  return page.evaluate(
    (id) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const done = (verdict) => (detail) => {
          for (const [name, fn] of handlers) channel.off(name, fn);
          resolve({ verdict, detail: detail ? String(detail.message ?? detail.title ?? detail) : '' });
        };
        const handlers = [
          ['storyRendered', done('rendered')],
          ['storyErrored', done('errored')],
          ['storyThrewException', done('threw')],
          ['storyMissing', done('missing')],
        ];
        for (const [name, fn] of handlers) channel.on(name, fn);
        setTimeout(done('timed out'), 15_000);
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    storyId,
  );
}

async function axeViolations(page) {
  // the a11y addon may be running axe on the same page: wait for it rather than fail
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      return await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#storybook-root') ?? document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
    } catch (error) {
      if (!String(error).includes('already running')) throw error;
      await page.waitForTimeout(100);
    }
  }
  throw new Error('axe never became free');
}

for (const locale of ['en', 'ar']) {
  describe(`stories in ${locale}`, () => {
    let page;
    const errors = [];
    before(async () => {
      page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().includes('/__feed') && !r.url().endsWith('favicon.ico')) errors.push(`HTTP ${r.status()} ${r.url()}`);
      });
      // start on a story id that does not exist, so that every real story is a switch that reports back
      await page.goto(`${server.url}/iframe.html?id=none--none&viewMode=story&globals=locale:${locale};a11y.manual:!true`);
      await page.waitForFunction(() => document.body.classList.length > 0 && Boolean(window.__STORYBOOK_ADDONS_CHANNEL__));
      await page.waitForTimeout(200);
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
        const widgets = await page.evaluate(() =>
          [...document.querySelectorAll('#storybook-root *')]
            .filter((e) => e.localName.startsWith('scn-') && e.shadowRoot)
            .map((e) => ({ tag: e.localName, dir: e.getAttribute('dir'), empty: e.shadowRoot.childNodes.length === 0 })),
        );
        for (const w of widgets) {
          assert.equal(w.dir, locale === 'ar' ? 'rtl' : 'ltr', `<${w.tag}> direction in ${locale}`);
          assert.equal(w.empty, false, `<${w.tag}> rendered an empty shadow root`);
        }
        assert.deepEqual(await axeViolations(page), [], 'axe violations');
        assert.deepEqual(errors, [], 'console errors');
      });
    }
  });
}

// The demo city, as visitors see it: every page in every language, loader and classic script.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { locales, pages } from '../../../apps/demo-city/site/content.js';
import { pagePath } from '../../../apps/demo-city/site/render.js';
import { BROKEN_TEXT, brief, clsOf, cspOf, foreignRequests, inspectWidgets, launch, openRecorded, start, tags } from '../test-support/helpers.js';

let browser;
let server;
let context;

before(async () => {
  browser = await launch();
  server = await start();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const origins = () => [server.siteUrl.slice(0, -1), server.cdnUrl.slice(0, -1)];

for (const embed of ['module', 'classic']) {
  describe(`demo city with ${embed === 'module' ? 'loader.js' : 'widgets.js'}`, () => {
    for (const locale of locales) {
      for (const page of pages) {
        // the classic script is checked on one page per locale; the loader on all of them
        if (embed === 'classic' && page !== 'index') continue;
        test(`${locale} ${page}: every widget renders, no errors, no CSP violations, no foreign requests, no layout shift`, async () => {
          const url = `${server.siteUrl.slice(0, -1)}${pagePath(locale, page)}${embed === 'classic' ? '?embed=classic' : ''}`;
          const { page: tab, log } = await openRecorded(context, url);
          try {
            const seen = await inspectWidgets(tab);
            for (const tag of tags) {
              const mine = seen.filter((w) => w.tag === tag);
              assert.ok(mine.length > 0, `${tag} is not on ${url}`);
              for (const w of mine) {
                assert.ok(w.defined && w.rendered && w.elements > 0, `${tag} did not render on ${url}`);
                assert.ok(w.height > 0 && w.width > 0, `${tag} has no size on ${url}`);
                assert.ok(w.text.length > 0, `${tag} shows no text on ${url}`);
                assert.doesNotMatch(w.text, BROKEN_TEXT, `${tag} shows broken text on ${url}: ${w.text.slice(0, 200)}`);
                assert.equal(w.lang, locale, `${tag} renders in ${w.lang}, not ${locale}`);
                assert.equal(w.dir, locale === 'ar' ? 'rtl' : 'ltr', `${tag} direction on ${url}`);
              }
            }
            // a feed, a locale chunk, a late layout: give the page a moment to settle before counting
            await tab.waitForTimeout(300);
            assert.equal(log.pageErrors.length, 0, `uncaught errors on ${url}: ${brief(log.pageErrors)}`);
            const csp = await cspOf(tab);
            assert.equal(csp.length, 0, `CSP violations on ${url} (a widget writes a style attribute or injects a script): ${brief(csp)}`);
            assert.equal(log.errors.length, 0, `console errors on ${url}: ${brief(log.errors)}`);
            const foreign = foreignRequests(log.requests, origins());
            assert.equal(foreign.length, 0, `requests to other hosts before any click on ${url}: ${brief(foreign)}`);
            const { cls, shifts } = await clsOf(tab);
            assert.equal(cls, 0, `cumulative layout shift ${cls.toFixed(5)} while widgets load on ${url}: ${brief(shifts.flatMap((x) => x.nodes))}`);
          } finally {
            await tab.close();
          }
        });
      }
    }
  });
}

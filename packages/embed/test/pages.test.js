// The demo city, as visitors see it: every page in every language, loader and classic script.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
// the demo city's stress copy (/stress/hostile/…): every widget on every page, under a hostile theme
import { locales, pages, pagePath } from '../../../apps/demo-city/site/stress/hostile.js';
import { BROKEN_TEXT, brief, clsOf, cspOf, emptyBox, foreignHints, foreignRequests, harnessPage, inspectWidgets, openRecorded, tags, useHarness } from '../test-support/helpers.js';

let context;

// Resource hints to another host, in each place a page or a widget could put one: the privacy check
// below must see them all (a preconnect sends no request a test could catch, but it does tell the host)
const HINTS = {
  head: '<link rel="preconnect" href="https://fonts.example.org"><link rel="dns-prefetch" href="//stats.example.net">',
  header: '<https://cdn.example.com/x.js>; rel=preload; as=script',
  shadow: 'https://www.facebook.example/',
};
const harness = useHarness({
  routes: {
    '/__hints': () => ({
      headers: { link: HINTS.header },
      body: harnessPage({
        head: HINTS.head,
        body: `<div id="host"></div>`,
      }),
    }),
  },
}, async () => {
  context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
});

const origins = () => [harness.server.siteUrl.slice(0, -1), harness.server.cdnUrl.slice(0, -1)];

for (const embed of ['module', 'classic']) {
  describe(`demo city with ${embed === 'module' ? 'loader.js' : 'widgets.js'}`, () => {
    for (const locale of locales) {
      for (const page of pages) {
        // the classic script is checked on one page per locale; the loader on all of them
        if (embed === 'classic' && page !== 'index') continue;
        test(`${locale} ${page}: every widget renders, no errors, no CSP violations, no foreign requests, no layout shift`, async () => {
          const url = `${harness.server.siteUrl.slice(0, -1)}${pagePath(locale, page)}${embed === 'classic' ? '?embed=classic' : ''}`;
          const { page: tab, log } = await openRecorded(context, url);
          try {
            // every problem on the page is collected, so one run names them all
            const problems = [];
            const check = (ok, message) => ok || problems.push(message);
            // a widget may paint once in English while its locale module loads (the layout shift
            // check below catches that flash); what it settles on must be the page's language
            await tab
              .waitForFunction((l) => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('scn-')).every((e) => e.getAttribute('lang') === l), locale, { timeout: 5000, polling: 100 })
              .catch(() => {});
            const seen = await inspectWidgets(tab);
            for (const tag of tags) {
              const mine = seen.filter((w) => w.tag === tag);
              check(mine.length > 0, `${tag} is not on the page`);
              for (const w of mine) {
                check(w.defined && w.rendered && w.elements > 0, `${tag} did not render`);
                // not its height: the loader reserves that before anything renders
                const empty = emptyBox(w);
                check(!empty, `${tag} is an empty box: it ${empty}`);
                check(!BROKEN_TEXT.test(w.text), `${tag} shows broken text: ${w.text.slice(0, 160)}`);
                check(w.lang === locale, `${tag} renders in ${w.lang}, not ${locale}`);
                check(w.dir === (locale === 'ar' ? 'rtl' : 'ltr'), `${tag} direction is ${w.dir}`);
              }
            }
            // a feed, a locale chunk, a count-up: give the page a moment to settle before counting
            await tab.waitForTimeout(1500);
            check(log.pageErrors.length === 0, `uncaught errors: ${brief(log.pageErrors)}`);
            const csp = await cspOf(tab);
            check(csp.length === 0, `CSP violations (a widget writes a style attribute or injects a script): ${brief(csp, 2)}`);
            const errors = log.errors.filter((e) => !/Content Security Policy/.test(e)); // reported just above
            check(errors.length === 0, `console errors: ${brief(errors)}`);
            const foreign = foreignRequests(log.requests, origins());
            check(foreign.length === 0, `requests to other hosts before any click: ${brief(foreign)}`);
            const hints = await foreignHints(tab, log, origins());
            check(hints.length === 0, `resource hints to other hosts (they reach the host before any click): ${brief(hints)}`);
            const { cls, shifts } = await clsOf(tab);
            check(cls === 0, `cumulative layout shift ${cls.toFixed(5)} while widgets load: ${brief(shifts.flatMap((x) => x.nodes))}`);
            assert.equal(problems.length, 0, `${url}:\n  - ${problems.join('\n  - ')}`);
          } finally {
            await tab.close();
          }
        });
      }
    }
  });
}

describe('the privacy check', () => {
  test('sees resource hints to other hosts in the head, in a Link header and in a shadow root', async () => {
    const { page: tab, log } = await openRecorded(context, `${harness.server.siteUrl}__hints`, { waitFor: [] });
    try {
      // as a widget would: a hint added to its shadow root after the page loaded
      await tab.evaluate((href) => {
        const root = document.getElementById('host')?.attachShadow({ mode: 'open' });
        const link = document.createElement('link');
        link.rel = 'preconnect';
        link.href = href;
        root?.append(link);
      }, HINTS.shadow);
      const hints = await foreignHints(tab, log, origins());
      assert.deepEqual(hints.sort(), [
        'rel=dns-prefetch http://stats.example.net/ (document)',
        'rel=preconnect https://fonts.example.org/ (document)',
        'rel=preconnect https://www.facebook.example/ (div)',
        `rel=preload https://cdn.example.com/x.js (Link header of ${harness.server.siteUrl}__hints)`,
      ]);
    } finally {
      await tab.close();
    }
  });
});

/* global CSSStyleSheet, getComputedStyle */
// Reserved space on a bare partner page (the bench pages' layout: 16 px root font, system-ui, a
// 60rem column, article text around the widgets) rather than the demo city's 10 px rem and grid:
// every widget must render inside the block size the loader reserved for it, at phone, tablet and
// desktop widths and in every language, so the page never moves (cumulative layout shift 0).
// The loader is embedded as documented: in <head> with blocking="render" (a script at the end of
// <body> cannot reserve anything before the first paint; see the embed README).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allTags, brief, clsOf, openRecorded, tags, useHarness } from '../test-support/helpers.js';

const ARTICLE = '<p>Strong Cities Network members share what works in preventing hate, extremism and polarisation. This paragraph stands for a partner city\'s article text around the widgets, so that any layout shift moves real content.</p>';

const harness = useHarness({
  routes: {
    // the bench pages send no policy and carry an inline <style>: so does this one
    '/__bare': (_req, url, { cdn }) => {
      const lang = url.searchParams.get('lang') ?? 'en';
      return {
        csp: false,
        body: `<!doctype html><html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Bare page</title><link rel="icon" href="data:,">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem}</style>
<script type="module" src="${cdn}/loader.js" crossorigin="anonymous" blocking="render"></script></head>
<body><h1>Bare page</h1>${ARTICLE}${allTags()}${ARTICLE}</body></html>`,
      };
    },
  },
});

for (const lang of ['en', 'fr', 'es', 'ar']) {
  for (const width of [390, 768, 1280]) {
    test(`${lang}, ${width} px wide: every widget renders inside its reserved space, no layout shift`, async () => {
      // tall enough that everything below every widget is in view: any growth is a visible shift
      const context = await harness.browser.newContext({ viewport: { width, height: 3200 } });
      try {
        const { page, log } = await openRecorded(context, `${harness.server.siteUrl}__bare?lang=${lang}`);
        await page.waitForFunction((l) => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('scn-')).every((e) => e.getAttribute('lang') === l), lang, { timeout: 5000, polling: 100 }).catch(() => {});
        // a feed, a locale chunk, a count-up: let the page settle
        await page.waitForTimeout(1500);
        assert.equal(log.pageErrors.length, 0, `uncaught errors: ${brief(log.pageErrors)}`);
        // read before the measurement below, which lifts the reservation for a moment
        const { cls, shifts } = await clsOf(page);
        // the rendered content, measured without the reservation, must fit in it
        const sizes = await page.evaluate((list) => {
          const reserved = list.map((t) => parseFloat(getComputedStyle(document.querySelector(t)).minBlockSize));
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(list.map((t) => `${t}{min-block-size:0 !important}`).join(''));
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
          const rendered = list.map((t) => document.querySelector(t).getBoundingClientRect().height);
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
          return list.map((tag, i) => ({ tag, reserved: reserved[i], rendered: rendered[i] }));
        }, tags);
        const over = sizes.filter((s) => !(s.rendered > 0) || s.rendered > s.reserved + 0.5);
        assert.equal(cls, 0, `cumulative layout shift ${cls.toFixed(5)}: ${brief(shifts.flatMap((x) => x.nodes))}`);
        assert.deepEqual(over, [], `rendered outside the reservation (px): ${brief(over.map((s) => `${s.tag} ${s.rendered.toFixed(1)} > ${s.reserved.toFixed(1)}`))}`);
      } finally {
        await context.close();
      }
    });
  }
}

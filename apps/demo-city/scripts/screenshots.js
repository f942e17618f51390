#!/usr/bin/env node
/* global innerHeight, scrollTo, requestAnimationFrame */
// `npm run screenshots`: the demo city's pages as a partner first sees them, for the guide
// (docs/demo-site.md): every page in English and Arabic at 390 and 1280 px wide, full length,
// in the system's Chromium with the repository's pinned fonts (config/chrome.js). Needs a build of
// packages/embed (the CDN folder). Writes docs/demo-site/<page>-<locale>-<width>.png.
//   node apps/demo-city/scripts/screenshots.js [--pages index,events] [--locales en] [--widths 390]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeLaunchOptions } from '../../../config/chrome.js';
import { pollUntil } from '../../../config/poll-until.js';
import { start } from '../server.js';
import { pages } from '../site/content.js';
import { pagePath, widgetsOn } from '../site/render.js';
import { widgetByShort } from '../../../packages/embed/scripts/widgets.js';

export const SHOT_LOCALES = ['en', 'ar'];
export const SHOT_WIDTHS = [390, 1280];
export const shotsDir = fileURLToPath(new URL('../../../docs/demo-site/', import.meta.url));
/** `news/safer-together` → `news-safer-together-ar-390.png` */
export const shotName = (page, locale, width) => `${page.replace(/\//g, '-')}-${locale}-${width}.png`;

const { values } = parseArgs({ options: { pages: { type: 'string' }, locales: { type: 'string' }, widths: { type: 'string' } } });
const list = (v, all) => (v ? v.split(',') : all);

const browser = await chromium.launch(chromeLaunchOptions());
const server = await start();
mkdirSync(shotsDir, { recursive: true });
try {
  for (const width of list(values.widths, SHOT_WIDTHS).map(Number)) {
    // reduced motion: the counter shows its figure at once, so a still shows what a reader reads
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    for (const locale of list(values.locales, SHOT_LOCALES)) {
      for (const page of list(values.pages, pages)) {
        const tab = await context.newPage();
        await tab.goto(`${server.siteUrl.slice(0, -1)}${pagePath(locale, page)}`, { waitUntil: 'load' });
        const tags = widgetsOn[page].map((short) => widgetByShort(short).tag);
        // every widget defined, rendered in the page's language, and its fonts loaded
        await pollUntil(
          tab,
          async ({ tags: wanted, locale: l }) => {
            const els = wanted.flatMap((t) => [...document.querySelectorAll(t)]);
            if (!els.length || !els.every((e) => customElements.get(e.localName) && e.getAttribute('lang') === l)) return false;
            await Promise.all(els.map((e) => /** @type {any} */ (e).updateComplete));
            await document.fonts.ready;
            return true;
          },
          { tags, locale },
          { timeout: 15_000, polling: 100 },
        );
        // scroll through once, as a reader would (anything that waits to be seen shows), then back
        await tab.evaluate(async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
            scrollTo(0, y);
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          }
          scrollTo(0, 0);
        });
        await tab.waitForTimeout(800);
        const file = join(shotsDir, shotName(page, locale, width));
        await tab.screenshot({ path: file, fullPage: true });
        console.log(file.slice(file.indexOf('docs/')));
        await tab.close();
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

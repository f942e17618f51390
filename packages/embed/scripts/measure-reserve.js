// Measures how tall each widget renders at phone, tablet and desktop widths in every language and
// writes it into its widget.json (`reservedBlockSizes`), the table the loader reserves from, so the
// tag keeps exactly its rendered height until it renders. Run after a build, then build again:
//   node packages/embed/scripts/measure-reserve.js          (writes)
//   node packages/embed/scripts/measure-reserve.js --check  (exits 1 when a table is off by > 2 px)
// The page is the plain host-CSS stress page (a 8 px body margin): tag widths 304, 374, 752, 1264 px.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeLaunchOptions } from '../../../config/chrome.js';
import { start } from '../../../apps/demo-city/server.js';
import { widgetBoxes } from '../test-support/layout-probes.js';
import { discoverWidgets } from './widgets.js';

const VIEWPORTS = [320, 390, 768, 1280];
const LANGS = ['en', 'fr', 'es', 'ar'];
// sized with its content's width: no container query, one size
const INLINE = new Set(['scn-language-toggle', 'scn-share-bar']);
const check = process.argv.includes('--check');

const widgets = discoverWidgets();
const browser = await chromium.launch(chromeLaunchOptions());
const server = await start();
/** tag → lang → [height px at each viewport], and the tag's width at each viewport */
const heights = {};
const tagWidths = [];
try {
  for (const lang of LANGS) {
    for (const [i, width] of VIEWPORTS.entries()) {
      const context = await browser.newContext({ viewport: { width, height: 2400 } });
      const page = await context.newPage();
      await page.goto(`${server.siteUrl}stress/host-css/plain?lang=${lang}`);
      await page.waitForFunction((list) => list.every((t) => document.querySelector(t)?.matches(':state(settled)')), widgets.map((w) => w.tag), { timeout: 10_000 });
      await page.waitForTimeout(500);
      for (const box of await page.evaluate(widgetBoxes, widgets.map((w) => w.tag))) {
        ((heights[box.tag] ??= {})[lang] ??= [])[i] = box.content;
        if (!INLINE.has(box.tag) && box.tag === 'scn-event-map') tagWidths[i] = box.width;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
// each column applies from halfway between two measured widths
const widths = tagWidths.map((w, i) => (i === 0 ? 0 : Math.round(((tagWidths[i - 1] + w) / 2 / 16) * 100) / 100));
const em = (px) => Math.round((px / 16) * 1000) / 1000;
let stale = 0;
for (const w of widgets) {
  const path = join(w.dir, 'widget.json');
  const descriptor = JSON.parse(readFileSync(path, 'utf8'));
  const inline = INLINE.has(w.tag);
  const table = {
    $comment: `measured by packages/embed/scripts/measure-reserve.js on the plain stress page at ${VIEWPORTS.join(', ')} px wide${inline ? ' (sized by its content: the largest)' : ''}`,
    widths: inline ? [0] : widths,
    ...Object.fromEntries(LANGS.map((l) => [l, inline ? [em(Math.max(...heights[w.tag][l]))] : heights[w.tag][l].map(em)])),
  };
  const old = descriptor.reservedBlockSizes;
  const off = !old || LANGS.some((l) => table[l].some((v, i) => Math.abs((old[l]?.[i] ?? 0) - v) * 16 > 2));
  if (check) {
    if (off) {
      stale += 1;
      console.error(`${w.tag}: reservedBlockSizes differ from what it renders: ${JSON.stringify(table)}`);
    }
    continue;
  }
  descriptor.reservedBlockSizes = table;
  writeFileSync(path, `${JSON.stringify(descriptor, null, 2)}\n`);
  console.log(`${w.tag}: ${LANGS.map((l) => `${l} ${table[l].join('/')}`).join(', ')}`);
}
if (stale) process.exit(1);

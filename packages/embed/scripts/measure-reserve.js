/* global requestAnimationFrame */
// Measures how tall each widget renders at every width from a phone's to a wide desktop's, in every
// language, and writes it into its widget.json, the tables reserve.css reserves from, so the tag
// keeps exactly its rendered height until it renders, whatever its column's width:
// `reservedBlockSizes` for the tag without `src` (showing what it has built in) and, for a widget
// whose feed changes its height, `reservedBlockSizesWithSrc` with the demo's feed in `src`. Both
// with the demo's attributes (the toggle's `variant="dropdown"`).
// Run after a build, then build again:
//   node packages/embed/scripts/measure-reserve.js          (writes)
//   node packages/embed/scripts/measure-reserve.js --check  (exits 1 when a table is off by > 2 px)
// A table that still holds (within 2 px) is left as it is.
// The page is the plain host-CSS stress page (a 8 px body margin); the window is widened a few pixels at
// a time (STEP), so every line-wrap step and every proportional part (the map's aspect ratio, on either side
// of its two-column switch) is seen: the table is a list of pieces, each a size that is constant or
// grows linearly with the tag's width (CSS: em + cqi), from the width (em) it applies from.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeLaunchOptions } from '../../../config/chrome.js';
import { start } from '../../../apps/demo-city/server.js';
import { widgetBoxes } from '../test-support/layout-probes.js';
import { discoverWidgets } from './widgets.js';

const FROM = 296; // tag 280 px wide
const TO = 1440; // tag 1424 px wide; past it, the last piece goes on
const STEP = 4; // px: a line-wrap step is placed within it
const LANGS = ['en', 'fr', 'es', 'ar'];
// sized with its content's width: no container query, one size, the largest from a 320 px phone's
// column up (narrower, the share bar wraps to two rows; a size for that would leave a band elsewhere)
const INLINE_FROM = 304;
const INLINE = new Set(['scn-language-toggle', 'scn-share-bar']);
// how far a measured height may sit from its piece's line: under a device pixel
const TOLERANCE = 0.4;
const check = process.argv.includes('--check');

const widgets = discoverWidgets();
const tags = widgets.map((w) => w.tag);
// without `src` (as the snippet's example writes the tags: the counter and the map show what they
// have built in), then with the demo's feed in `src`, for the widgets that have one
const VARIANTS = [
  { key: 'reservedBlockSizes', query: '&feeds=built-in', of: () => true },
  { key: 'reservedBlockSizesWithSrc', query: '', of: (w) => Boolean(w.demo?.feed) },
];
const browser = await chromium.launch(chromeLaunchOptions());
const server = await start();
/** variant key → tag → lang → [[tag width px, height px]] */
const samples = {};
try {
  for (const variant of VARIANTS) for (const lang of LANGS) {
    const context = await browser.newContext({ viewport: { width: FROM, height: 2400 } });
    const page = await context.newPage();
    await page.goto(`${server.siteUrl}stress/host-css/plain?lang=${lang}${variant.query}`);
    await page.waitForFunction((list) => list.every((t) => document.querySelector(t)?.matches(':state(settled)')), tags, { timeout: 10_000 });
    await page.waitForTimeout(500);
    for (let width = FROM; width <= TO; width += STEP) {
      await page.setViewportSize({ width, height: 2400 });
      // a widget that follows its width (ResizeObserver) renders in the frame after the resize
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      for (const box of await page.evaluate(widgetBoxes, tags)) {
        (((samples[variant.key] ??= {})[box.tag] ??= {})[lang] ??= []).push([box.width, box.content]);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const round = (n, places) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * The fewest pieces that follow the heights within TOLERANCE: [from em, size em, cqi per 1 cqi].
 * @param {[number, number][]} points  [width px, height px], widening
 */
function pieces(points) {
  const byWidth = new Map(points.map(([w, h]) => [round(w, 2), h]));
  const pts = [...byWidth].sort((a, b) => a[0] - b[0]);
  const out = [];
  let s = 0;
  while (s < pts.length) {
    let e = s;
    const fits = (end) => {
      const [w0, h0] = pts[s];
      const [w1, h1] = pts[end];
      const slope = (h1 - h0) / (w1 - w0);
      for (let k = s + 1; k < end; k += 1) if (Math.abs(h0 + slope * (pts[k][0] - w0) - pts[k][1]) > TOLERANCE) return false;
      return true;
    };
    while (e + 1 < pts.length && fits(e + 1)) e += 1;
    // a lone point between two steps is a flat piece
    const slope = e > s ? (pts[e][1] - pts[s][1]) / (pts[e][0] - pts[s][0]) : 0;
    const flat = Math.abs(slope * (pts[e][0] - pts[s][0])) < TOLERANCE;
    const base = flat ? Math.max(...pts.slice(s, e + 1).map((p) => p[1])) : pts[s][1] - slope * pts[s][0];
    out.push([out.length ? round(pts[s][0] / 16, 3) : 0, round(base / 16, 3), flat ? 0 : round(slope * 100, 4)]);
    s = e + 1;
  }
  return out;
}

/** The height a table reserves at a width (px), as the stylesheet applies it. */
export function reservedAt(table, width) {
  let piece = table[0];
  for (const p of table) if (p[0] * 16 <= width) piece = p;
  return piece[1] * 16 + (piece[2] * width) / 100;
}

let stale = 0;
for (const w of widgets) {
  const path = join(w.dir, 'widget.json');
  const descriptor = JSON.parse(readFileSync(path, 'utf8'));
  const inline = INLINE.has(w.tag);
  // the widths a table is held to (an inline widget: from a phone's column up)
  const held = (points) => points.filter(([width]) => !inline || width >= INLINE_FROM);
  /** the table for these samples: pieces, or one height for a content-sized widget */
  const tableOf = (measured) => ({
    $comment: `measured by packages/embed/scripts/measure-reserve.js on the plain stress page, ${FROM}–${TO} px wide, every ${STEP} px${inline ? ' (sized by its content: the largest)' : ''}: per language, [from inline size em, block size em, + cqi]`,
    ...Object.fromEntries(LANGS.map((l) => [l, inline ? [[0, round(Math.max(...held(measured[l]).map((p) => p[1])) / 16, 3), 0]] : pieces(measured[l])])),
  });
  /** whether a table (the descriptor's) still holds these samples within 2 px */
  const fits = (table, measured) => Boolean(table) && LANGS.every((l) => Array.isArray(table[l]?.[0]) && held(measured[l]).every(([width, h]) => Math.abs(reservedAt(table[l], width) - (inline ? Math.max(...held(measured[l]).map((p) => p[1])) : h)) <= 2));
  const changes = [];
  for (const variant of VARIANTS) {
    const measured = variant.of(w) ? samples[variant.key]?.[w.tag] : undefined;
    // with `src`: a table of its own only where the feed changes the height (the base table misfits)
    const [base] = VARIANTS;
    const wanted = measured && !(variant !== base && fits(descriptor[base.key], measured)) ? tableOf(measured) : undefined;
    const ok = wanted ? fits(descriptor[variant.key], measured) : descriptor[variant.key] === undefined;
    if (ok) continue;
    changes.push(variant.key);
    if (check) console.error(`${w.tag}: ${variant.key} differ from what it renders: ${JSON.stringify(wanted ?? null)}`);
    else if (wanted) descriptor[variant.key] = wanted;
    else delete descriptor[variant.key];
  }
  if (!changes.length) continue;
  stale += 1;
  if (check) continue;
  writeFileSync(path, `${JSON.stringify(descriptor, null, 2)}\n`);
  console.log(`${w.tag}: ${changes.join(', ')} written`);
}
if (check && stale) process.exit(1);

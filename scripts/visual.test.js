// Visual regression: every story of the static Storybook build, in en and ar, light and dark, is
// screenshotted and compared with its baseline in visual-baselines/<story-id>--<locale>--<theme>.png.
// A changed look fails with the path of a diff image (test-results/visual/); so does a missing baseline.
//
// After a deliberate change of look, review the diffs, then update the baselines and commit them:
//   UPDATE_BASELINES=1 node --test scripts/visual.test.js        (npm run test:visual:update)
// STORY_FILTER=membership narrows the run to story ids containing it (baselines are then only added
// or replaced, never pruned). STORYBOOK_STATIC=/path tests another build.
//
// Deterministic by construction: fixed viewport and device scale, reduced motion (duration tokens drop
// to 0), CSS animations finished and caret hidden at capture, a fixed clock, time zone and Math.random
// seed, no request in flight, fonts and locale modules loaded before capture. A story that still cannot be still can say so:
//   parameters: { visual: { mask: ['scn-x >>> .clock'] } }   masked areas are painted over
//   parameters: { visual: { disable: true } }                 not screenshotted
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../config/chrome.js';
import { serveStatic } from '../config/static-server.js';
import { loadPreview, root, settle, showStory, shownGlobals, staticDir, storiesInBuild } from './storybook-page.js';

const baselineDir = process.env.VISUAL_BASELINES ?? join(root, 'visual-baselines');
const resultDir = join(root, 'test-results', 'visual');
const update = process.env.UPDATE_BASELINES === '1';
const updateCommand = 'UPDATE_BASELINES=1 node --test scripts/visual.test.js (npm run test:visual:update)';
/** Colour distance per pixel (pixelmatch's 0..1) and how many differing pixels are still "the same". */
const THRESHOLD = 0.1;
const MAX_DIFF_PIXELS = 20;
const VIEWPORT = { width: 1024, height: 768 };
const FIXED_TIME = new Date('2026-11-25T12:00:00Z');

const stories = storiesInBuild();
const combos = ['en', 'ar'].flatMap((locale) => ['light', 'dark'].map((theme) => ({ locale, theme })));
/** Screenshots taken in this run, by file name: a story that pins its own globals is shot once. */
const taken = new Set();

let server;
let browser;
before(async () => {
  mkdirSync(resultDir, { recursive: true });
  mkdirSync(baselineDir, { recursive: true });
  server = await serveStatic(staticDir);
  browser = await chromium.launch({ executablePath: chromePath(), args: [...chromeArgs, '--font-render-hinting=none', '--force-color-profile=srgb'], headless: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
  // baselines of stories that no longer exist go away when all of them were updated
  if (update && !process.env.STORY_FILTER && taken.size > 0) {
    for (const file of readdirSync(baselineDir)) if (file.endsWith('.png') && !taken.has(file)) rmSync(join(baselineDir, file));
  }
});

const relative = (path) => (path.startsWith(root) ? path.slice(root.length) : path);

/** Compares a screenshot with its baseline; returns a failure message or '' when they match. */
function compare(name, actualPng) {
  const baselinePath = join(baselineDir, name);
  const actualPath = join(resultDir, name.replace(/\.png$/, '.actual.png'));
  const diffPath = join(resultDir, name.replace(/\.png$/, '.diff.png'));
  rmSync(actualPath, { force: true });
  rmSync(diffPath, { force: true });
  if (!existsSync(baselinePath)) {
    if (update) {
      writeFileSync(baselinePath, actualPng);
      return '';
    }
    writeFileSync(actualPath, actualPng);
    return `no baseline ${relative(baselinePath)} (screenshot: ${actualPath}). If this is a new story, create it with ${updateCommand} and commit it.`;
  }
  const baselinePng = readFileSync(baselinePath);
  if (baselinePng.equals(actualPng)) return ''; // Chromium encodes the same pixels to the same bytes
  const expected = PNG.sync.read(baselinePng);
  const actual = PNG.sync.read(actualPng);
  let differing;
  if (expected.width !== actual.width || expected.height !== actual.height) {
    differing = `size ${actual.width}×${actual.height} instead of ${expected.width}×${expected.height}`;
  } else {
    const diff = new PNG({ width: actual.width, height: actual.height });
    const count = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD });
    if (count <= MAX_DIFF_PIXELS) return '';
    writeFileSync(diffPath, PNG.sync.write(diff));
    differing = `${count} pixels differ (diff: ${diffPath})`;
  }
  if (update) {
    writeFileSync(baselinePath, actualPng);
    return '';
  }
  writeFileSync(actualPath, actualPng);
  return `looks different from ${relative(baselinePath)}: ${differing}; now: ${actualPath}. If the change is deliberate, update with ${updateCommand} and commit.`;
}

/** Math.random from a fixed seed (mulberry32): random ids and Lit's template markers repeat run to run. */
function seededRandom() {
  let seed = 0x5eed;
  Math.random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Finishes what still moves (finite animations end, endless ones stop), also inside shadow roots. */
function stillFrame(page) {
  return page.evaluate(() => {
    for (const animation of document.getAnimations()) {
      try {
        animation.finish();
      } catch {
        animation.cancel(); // an endless animation cannot finish
      }
    }
  });
}

// Locale/theme pages run side by side (VISUAL_CONCURRENCY, default 4): most of a shot is waiting.
describe('visual regression', { concurrency: Number(process.env.VISUAL_CONCURRENCY ?? 4) }, () => {
  for (const { locale, theme } of combos) {
    // one page shows one story at a time: its stories run in turn (the inner default would inherit 2)
    describe(`screenshots in ${locale}, ${theme}`, { concurrency: 1 }, () => {
      let context;
      let page;
      let inFlight = 0;
      before(async () => {
        context = await browser.newContext({
          viewport: VIEWPORT,
          deviceScaleFactor: 1,
          reducedMotion: 'reduce',
          colorScheme: theme,
          timezoneId: 'UTC',
          locale: 'en-GB',
        });
        page = await context.newPage();
        page.on('request', () => (inFlight += 1));
        page.on('requestfinished', () => (inFlight -= 1));
        page.on('requestfailed', () => (inFlight -= 1));
        await page.clock.setFixedTime(FIXED_TIME);
        await page.addInitScript(seededRandom);
        await loadPreview(page, server.url, { locale, theme });
      });
      after(() => context?.close());

      /** No request open (feeds, locale modules, fonts) for a moment, or 5 s passed. */
      async function networkQuiet() {
        const deadline = Date.now() + 5_000;
        for (let quietSince = Date.now(); Date.now() < deadline; await page.waitForTimeout(25)) {
          if (inFlight > 0) quietSince = Date.now();
          else if (Date.now() - quietSince >= 75) return;
        }
      }

      for (const story of stories) {
        it(`${story.title} / ${story.name}`, async (t) => {
          const { verdict, detail } = await showStory(page, story.id);
          assert.equal(verdict, 'rendered', `Storybook says ${verdict}: ${detail}`);
          const visual = await page.evaluate(() => window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.visual ?? {});
          if (visual.disable) {
            t.skip('parameters.visual.disable');
            return;
          }
          await networkQuiet();
          await settle(page);
          // a story may pin its own locale or theme: name the shot after what is shown, and take it once
          const shown = await shownGlobals(page);
          const name = `${story.id}--${shown.locale}--${shown.theme}.png`;
          if (taken.has(name)) {
            t.skip(`pins ${shown.locale}, ${shown.theme}: compared once`);
            return;
          }
          taken.add(name);
          await stillFrame(page);
          const box = await page.locator('#storybook-root').boundingBox();
          assert.ok(box && box.width > 0 && box.height > 0, 'the story shows nothing to compare');
          const png = await page.screenshot({
            clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.ceil(box.y + box.height) },
            fullPage: true,
            caret: 'hide',
            scale: 'css',
            mask: (visual.mask ?? []).map((selector) => page.locator(selector)),
          });
          const failure = compare(name, png);
          assert.equal(failure, '', failure);
        });
      }
    });
  }
});

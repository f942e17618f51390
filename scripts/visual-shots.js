// How visual regression takes a screenshot of a story and decides whether two screenshots look the
// same. Shared by the suite (scripts/visual.test.js) and the test that plants colour changes and
// expects them to be seen (scripts/visual-sensitivity.test.js): both go through exactly this path.
//
// Deterministic by construction: the fonts of config/fonts.conf only (config/chrome.js), fixed
// viewport and device scale, reduced motion (duration tokens drop to 0), CSS animations finished and
// caret hidden at capture, a fixed clock, time zone and Math.random seed, no request in flight, fonts
// and locale modules loaded before capture.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { chromeLaunchOptions } from '../config/chrome.js';
import { loadPreview, settle, showStory, shownGlobals } from './storybook-page.js';

/**
 * pixelmatch's per-pixel colour distance (0..1, on its YIQ scale). 0.1 let whole-surface token
 * changes through: white → #ececec is 0.072, #131820 → #212833 0.060, #0f4a86 → #1a5ea8 0.077,
 * #666 → #7f7f7f 0.095. At 0.03 a grey step of 8 (of 255) or more counts. Run to run, with the
 * repository's fonts, a shot differs from the last by at most 2 levels per channel (a few shots
 * in a hundred, in raster rounding; 0 pixels counted even at 0.01): the rest of the margin is for
 * the anti-aliasing another CPU may round differently.
 */
export const THRESHOLD = 0.03;
/**
 * Differing pixels still called "the same". Pixels pixelmatch takes for anti-aliasing are never
 * counted; this is for a stray pixel or two of rounding, not for any real change, which differs
 * in hundreds (see the sensitivity test's figures).
 */
export const MAX_DIFF_PIXELS = 20;
export const VIEWPORT = { width: 1024, height: 768 };
const FIXED_TIME = new Date('2026-11-25T12:00:00Z');

/**
 * Counts the pixels that differ between two PNG screenshots.
 * @param {Buffer} expectedPng
 * @param {Buffer} actualPng
 * @returns {{ same: boolean, count: number, sizeMismatch: string, diffPng: Buffer | null }}
 *   `same` when the images match within THRESHOLD and MAX_DIFF_PIXELS; `sizeMismatch` says how
 *   the sizes differ ('' when they do not); `diffPng` marks differing pixels in red
 */
export function comparePngs(expectedPng, actualPng) {
  // Chromium encodes the same pixels to the same bytes
  if (expectedPng.equals(actualPng)) return { same: true, count: 0, sizeMismatch: '', diffPng: null };
  const expected = PNG.sync.read(expectedPng);
  const actual = PNG.sync.read(actualPng);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    const sizeMismatch = `size ${actual.width}×${actual.height} instead of ${expected.width}×${expected.height}`;
    return { same: false, count: Number.NaN, sizeMismatch, diffPng: null };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const count = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD });
  return { same: count <= MAX_DIFF_PIXELS, count, sizeMismatch: '', diffPng: PNG.sync.write(diff) };
}

/** The browser screenshots are taken in: config/chrome.js's, with the repository's fonts. */
export function launchBrowser() {
  return chromium.launch(chromeLaunchOptions());
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

/**
 * A Storybook preview page in one locale and theme that shows one story at a time.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the static Storybook server's URL
 * @param {{ locale: string, theme: 'light' | 'dark' }} globals
 */
export async function openPreview(browser, url, { locale, theme }) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: theme,
    timezoneId: 'UTC',
    locale: 'en-GB',
  });
  const page = await context.newPage();
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  await page.clock.setFixedTime(FIXED_TIME);
  await page.addInitScript(seededRandom);
  await loadPreview(page, url, { locale, theme });

  /** No request open (feeds, locale modules, fonts) for a moment, or 5 s passed. */
  async function networkQuiet() {
    const deadline = Date.now() + 5_000;
    for (let quietSince = Date.now(); Date.now() < deadline; await page.waitForTimeout(25)) {
      if (inFlight > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= 75) return;
    }
  }

  /**
   * Renders a story and screenshots it once it is still.
   * @param {string} storyId
   * @param {{ skipShot?: (name: string, shown: { locale: string, theme: string }) => string }} [options]
   *   skipShot: a reason not to take this shot (e.g. the same name was already taken), or ''
   * @returns {Promise<{ verdict: string, detail: string, skip?: string, name?: string, png?: Buffer }>}
   *   `name` is `<story-id>--<locale>--<theme>.png` after what is really shown (a story may pin its
   *   own globals); `skip` when the story asks not to be screenshotted
   */
  async function shoot(storyId, { skipShot = () => '' } = {}) {
    const { verdict, detail } = await showStory(page, storyId);
    if (verdict !== 'rendered') return { verdict, detail };
    const visual = await page.evaluate(() => window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.visual ?? {});
    if (visual.disable) return { verdict, detail, skip: 'parameters.visual.disable' };
    await networkQuiet();
    await settle(page);
    const shown = await shownGlobals(page);
    const name = `${storyId}--${shown.locale}--${shown.theme}.png`;
    const skip = skipShot(name, shown);
    if (skip) return { verdict, detail, skip, name };
    await stillFrame(page);
    const box = await page.locator('#storybook-root').boundingBox();
    if (!box || box.width <= 0 || box.height <= 0) return { verdict: 'empty', detail: 'the story shows nothing to compare' };
    const png = await page.screenshot({
      clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.ceil(box.y + box.height) },
      fullPage: true,
      caret: 'hide',
      scale: 'css',
      mask: (visual.mask ?? []).map((selector) => page.locator(selector)),
    });
    return { verdict, detail, name, png };
  }

  return { page, shoot, close: () => context.close() };
}

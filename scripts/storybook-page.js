// Driving the static Storybook build from Playwright, shared by the story checks
// (scripts/storybook.test.js) and visual regression (scripts/visual.test.js): one preview page per
// locale/theme that switches stories through Storybook's channel (a reload per story is ~20× slower).
import { readFileSync } from 'node:fs';

export const root = new URL('..', import.meta.url).pathname;
/** The static build to test; STORYBOOK_STATIC points elsewhere (e.g. a build in /tmp). */
export const staticDir = process.env.STORYBOOK_STATIC ?? `${root}storybook-static`;

/** Every story (not docs page) of the build, in sidebar order; STORY_FILTER keeps ids containing it. */
export function storiesInBuild(dir = staticDir) {
  const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
  const filter = process.env.STORY_FILTER;
  return Object.values(index.entries).filter((e) => e.type === 'story' && (!filter || e.id.includes(filter)));
}

/**
 * Opens the preview iframe in `page` with the toolbar's globals set, on a story id that does not
 * exist, so that every real story is a switch that reports back. The a11y addon's own runs are off.
 * @param {import('playwright-core').Page} page
 * @param {string} url the static server's URL
 * @param {Record<string, string>} globals e.g. { locale: 'ar', theme: 'dark' }
 */
export async function loadPreview(page, url, globals) {
  const list = [...Object.entries(globals).map(([k, v]) => `${k}:${v}`), 'a11y.manual:!true'].join(';');
  await page.goto(`${url}/iframe.html?id=none--none&viewMode=story&globals=${list}`);
  await page.waitForFunction(() => document.body.classList.length > 0 && Boolean(window.__STORYBOOK_ADDONS_CHANNEL__));
  await page.waitForTimeout(200);
}

/** Renders one story in the open preview and resolves with Storybook's verdict. */
export function showStory(page, storyId) {
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

/**
 * The locale and theme the story really shows: the preview's decorator writes them on <html>, and a
 * story may pin its own (`globals: { locale: 'ar' }`) over the toolbar's.
 */
export function shownGlobals(page) {
  return page.evaluate(() => ({
    locale: document.documentElement.lang || 'en',
    theme: document.documentElement.getAttribute('data-scn-theme') ?? 'light',
  }));
}

/**
 * Waits until what is on screen will not change by itself: fonts loaded, every widget (also inside
 * other widgets' shadow roots) finished updating in the shown locale and theme, two frames painted.
 */
export async function settle(page, { timeout = 5_000 } = {}) {
  await page.evaluate(async (limit) => {
    const deadline = performance.now() + limit;
    const widgets = () => {
      const found = [];
      const walk = (rootNode) => {
        for (const el of rootNode.querySelectorAll('*')) {
          if (el.localName.startsWith('scn-')) found.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document.querySelector('#storybook-root') ?? document);
      return found;
    };
    const frame = () => new Promise((r) => window.requestAnimationFrame(() => r()));
    await document.fonts.ready;
    for (;;) {
      const all = widgets();
      await Promise.all(all.map((el) => el.updateComplete).filter(Boolean));
      const lang = document.documentElement.lang;
      const inLocale = all.every((el) => !el.shadowRoot || !lang || el.lang === lang || el.getAttribute('lang') === null);
      const pending = all.some((el) => el.isUpdatePending);
      // the preview gives every widget in the story the toolbar's theme a frame (and 50 ms) after rendering
      const themed = [...document.querySelectorAll('#storybook-root *')].every((el) => !el.localName.startsWith('scn-') || el.hasAttribute('theme'));
      if ((inLocale && !pending && themed) || performance.now() > deadline) break;
      await frame();
    }
    await document.fonts.ready;
    await frame();
    await frame();
  }, timeout);
}

/** axe-core's violations in the story root, as "rule: targets" lines (axe must be injected first). */
export async function axeViolations(page) {
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

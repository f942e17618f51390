// Driving the static Storybook build from Playwright, shared by the story checks
// (scripts/storybook.test.js) and visual regression (scripts/visual.test.js): one preview page per
// locale/theme that switches stories through Storybook's channel (a reload per story is ~20× slower).
import { readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeLaunchOptions } from '../config/chrome.js';
import { serveStatic } from '../config/static-server.js';

export const root = new URL('..', import.meta.url).pathname;
/** The static build to test; STORYBOOK_STATIC points elsewhere (e.g. a build in /tmp). */
export const staticDir = process.env.STORYBOOK_STATIC ?? `${root}storybook-static`;

/** The toolbar's locales and themes: every story is checked and screenshotted in each pair. */
export const LOCALES = ['en', 'fr', 'es', 'ar'];
export const THEMES = ['light', 'dark'];

/** Every locale × theme pair; LOCALES=en,ar (and THEMES=dark) narrow a run while iterating. */
export function globalsCombos() {
  const pick = (name, all) => (process.env[name] ? process.env[name].split(',').filter((v) => all.includes(v)) : all);
  return pick('LOCALES', LOCALES).flatMap((locale) => pick('THEMES', THEMES).map((theme) => ({ locale, theme })));
}

/**
 * Console lines that say the Storybook set-up is wrong rather than a widget: two copies of Lit, Lit's
 * development build in the published Storybook, the manager waiting in vain for a store's leader.
 */
export function setupWarning(text) {
  return /Multiple versions of Lit loaded|Lit is in dev mode|UniversalStore|No story files found/.test(text);
}

/**
 * Fixture addresses that fail on purpose: the stories of broken feeds request paths starting with `/__`
 * (`/__feed?status=404` of the test responder, `/__storybook/<widget>/missing.json`); nor the favicon.
 */
export function expectedToFail(url) {
  const path = new URL(url, 'http://x').pathname;
  return path.startsWith('/__') || path === '/favicon.ico';
}

/**
 * The static build served on 127.0.0.1 and one Chromium, for the test file that calls this at its top
 * level: started before its tests, closed after them. Tests read `harness.server.url` and `harness.browser`.
 * @param {{ launch?: () => Promise<import('playwright-core').Browser>, setup?: () => void | Promise<void>, teardown?: () => void | Promise<void> }} [options]
 *   `launch` replaces the default Chromium (visual checks pin more); `setup`/`teardown` run first/last
 */
export function useStaticStorybook({ launch = () => chromium.launch(chromeLaunchOptions()), setup, teardown } = {}) {
  const harness = /** @type {{ server: Awaited<ReturnType<typeof serveStatic>>, browser: import('playwright-core').Browser }} */ ({});
  before(async () => {
    await setup?.();
    harness.server = await serveStatic(staticDir);
    harness.browser = await launch();
  });
  after(async () => {
    await harness.browser?.close();
    await harness.server?.close();
    await teardown?.();
  });
  return harness;
}

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

/**
 * What the a11y panel reports for the story shown, as "rule: targets" lines: axe over the preview's
 * body without Storybook's own elements, the `region` rule off (the addon's defaults), violations
 * and the items axe could not decide ("to review"), which the panel counts as findings too.
 * axe must be injected first.
 */
export async function a11yFindings(page) {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      return await page.evaluate(async () => {
        window.axe.configure({ rules: [{ id: 'region', enabled: false }] });
        const context = { include: document.body, exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'] };
        const result = await window.axe.run(context, { resultTypes: ['violations', 'incomplete'] });
        const lines = (kind, items) => items.map((v) => `${kind} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        return [...lines('violation', result.violations), ...lines('to review', result.incomplete)];
      });
    } catch (error) {
      if (!String(error).includes('already running')) throw error;
      await page.waitForTimeout(100);
    }
  }
  throw new Error('axe never became free');
}

// Docs pages of the static Storybook build: every widget on a page (each story's inline canvas, and
// the review pages' frames) renders in the locale and theme it stands for, and neither the docs nor
// the manager around them log Storybook's or Lit's set-up warnings (two Lits, Lit's development
// build, UniversalStore time-outs) or an error.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expectedToFail, root, setupWarning, staticDir, useStaticStorybook } from './storybook-page.js';

const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8'));
const filter = process.env.STORY_FILTER;
const docsPages = Object.values(index.entries).filter((e) => e.type === 'docs' && (!filter || e.id.includes(filter)));
// the default and its opposite in both respects: a page stuck in English or light shows in one of them
const combos = [
  { locale: 'en', theme: 'light' },
  { locale: 'ar', theme: 'dark' },
];

const harness = useStaticStorybook();

/** Collects errors and set-up warnings of a page and all its frames. */
function watch(page) {
  const problems = [];
  page.on('console', (m) => {
    const text = m.text();
    if (setupWarning(text)) problems.push(text);
    else if (m.type() === 'error' && !(text.startsWith('Failed to load resource') && expectedToFail(m.location().url))) problems.push(text);
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  return problems;
}

/**
 * Every Strong Cities widget in a frame with its lang, dir and theme, once all of them have updated.
 * `toolbarTheme`: whether the preview gave it the toolbar's theme (a story may set `theme` itself, e.g. brand).
 */
async function widgetsIn(frame) {
  return frame.evaluate(async () => {
    // every defined widget, rendered or not: one far from the viewport has no shadow root until it
    // comes near, and awaiting its updateComplete renders it now
    const all = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('scn-') && customElements.get(e.localName));
    await Promise.all(all.map((e) => e.updateComplete));
    return all.map((e) => ({
      tag: e.localName,
      lang: e.getAttribute('lang'),
      dir: e.getAttribute('dir'),
      theme: e.getAttribute('theme'),
      toolbarTheme: e.hasAttribute('data-theme-from-toolbar'),
    }));
  });
}

/** Waits until the docs page has rendered and the preview has themed its widgets. */
async function docsReady(page) {
  await page.waitForFunction(() => document.querySelector('#storybook-docs .sbdocs-content') !== null, null, { timeout: 30_000 });
  await page.waitForFunction(
    () => [...document.querySelectorAll('#storybook-docs *')].every((e) => !e.localName.startsWith('scn-') || e.hasAttribute('theme')),
    null,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(300);
}

describe('docs pages', { concurrency: 2 }, () => {
  for (const { locale, theme } of combos) {
    describe(`docs in ${locale}, ${theme}`, { concurrency: 1 }, () => {
      for (const entry of docsPages) {
        it(`${entry.title} / ${entry.name}`, async () => {
          const page = await harness.browser.newPage({ viewport: { width: 1200, height: 900 } });
          try {
            const problems = watch(page);
            await page.goto(`${harness.server.url}/iframe.html?id=${entry.id}&viewMode=docs&globals=locale:${locale};theme:${theme};a11y.manual:!true`);
            await docsReady(page);
            const widgets = await widgetsIn(page.mainFrame());
            for (const w of widgets) {
              assert.equal(w.lang, locale, `<${w.tag}> lang on the docs page`);
              assert.equal(w.dir, locale === 'ar' ? 'rtl' : 'ltr', `<${w.tag}> dir on the docs page`);
              if (w.toolbarTheme) assert.equal(w.theme, theme, `<${w.tag}> theme on the docs page`);
            }
            // review pages show states side by side in frames, each in its own locale and theme
            for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
              const globals = new URL(frame.url()).searchParams.get('globals') ?? '';
              const own = Object.fromEntries(globals.split(';').map((pair) => pair.split(':')));
              await frame.waitForFunction(
                () => {
                  const shown = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('scn-'));
                  return shown.length > 0 && shown.every((e) => e.hasAttribute('theme'));
                },
                null,
                // frames below the fold get no animation frames: poll by time
                { timeout: 120_000, polling: 250 },
              );
              const inFrame = await widgetsIn(frame);
              assert.ok(inFrame.length > 0, `the frame ${frame.url()} shows a widget`);
              for (const w of inFrame) {
                assert.equal(w.lang, own.locale, `<${w.tag}> lang in ${frame.url()}`);
                if (w.toolbarTheme) assert.equal(w.theme, own.theme, `<${w.tag}> theme in ${frame.url()}`);
              }
            }
            assert.deepEqual(problems, [], 'console errors and set-up warnings');
          } finally {
            await page.close();
          }
        });
      }
    });
  }
});

describe('the manager', () => {
  it('opens a docs page and a story with no error or set-up warning (UniversalStore time-outs included)', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const problems = watch(page);
      for (const path of ['/?path=/docs/introduction--docs', '/?path=/story/widgets-share-bar--default']) {
        await page.goto(`${harness.server.url}${path}`);
        const preview = page.frameLocator('#storybook-preview-iframe');
        await preview.locator('#storybook-docs .sbdocs-content, #storybook-root > *').first().waitFor({ timeout: 60_000 });
        // a follower gives up on its store's leader after 1 s: wait past that
        await page.waitForTimeout(2_000);
      }
      assert.deepEqual(problems, [], 'console errors and set-up warnings');
    } finally {
      await page.close();
    }
  });

  it('finds a story file for every pattern in .storybook/main.ts (else "No story files found" at start)', async () => {
    const main = readFileSync(`${root}.storybook/main.ts`, 'utf8');
    const patterns = [...(/stories:\s*\[([^\]]*)\]/.exec(main)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
    assert.ok(patterns.length > 0, 'main.ts lists story patterns');
    const imported = Object.values(index.entries).map((e) => e.importPath);
    for (const pattern of patterns) {
      const regex = new RegExp(
        `^${pattern
          .replace(/^\.\.\//, './')
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*\*\//g, '(?:.*/)?')
          .replace(/\*/g, '[^/]*')}$`,
      );
      assert.ok(imported.some((path) => regex.test(path)), `no story file matches ${pattern}`);
    }
  });
});

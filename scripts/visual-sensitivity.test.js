// Visual regression must see a change of colour, not only of shape. Each case renders one story
// twice with a colour token at its old value and once at a new one (the token changes of issue 14,
// which passed the old comparison with 0 differing pixels), through the suite's own capture and
// comparison (scripts/visual-shots.js): the two old renders must match, the new one must not.
// The token is planted by a stylesheet on the page that sets it on every element, as a changed
// tokens.ts would set it on the page (tokens.css) and in every widget (:host) alike.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { serveStatic } from '../config/static-server.js';
import { staticDir, storiesInBuild } from './storybook-page.js';
import { comparePngs, launchBrowser, MAX_DIFF_PIXELS, openPreview } from './visual-shots.js';

/** The declaration counter paints all four: its box (surface), number and bar (brand), label (muted text). */
const cases = [
  { story: 'widgets-declaration-counter--default', theme: 'light', token: 'color-surface', from: '#ffffff', to: '#ececec', what: 'surface white → #ececec' },
  { story: 'widgets-declaration-counter--default', theme: 'dark', token: 'color-surface', from: '#131820', to: '#212833', what: 'dark surface #131820 → #212833' },
  { story: 'widgets-declaration-counter--default', theme: 'light', token: 'color-brand', from: '#0f4a86', to: '#1a5ea8', what: 'brand #0f4a86 → #1a5ea8' },
  { story: 'widgets-declaration-counter--default', theme: 'light', token: 'color-text-muted', from: '#666666', to: '#7f7f7f', what: 'grey text #666 → #7f7f7f (contrast 5.74 → 4.00)' },
];
/** Shown between two renders of the same story, so the second is a fresh render, not the same frame. */
const OTHER_STORY = 'widgets-declaration-counter--compact';

const inBuild = new Set(storiesInBuild().map((s) => s.id));

let server;
let browser;
before(async () => {
  server = await serveStatic(staticDir);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('visual regression sees colour', { concurrency: 1 }, () => {
  // locale and theme are the toolbar's (Storybook globals), as for every story
  for (const { story, theme, token, from, to, what } of cases) {
    it(`fails on ${what}`, async (t) => {
      assert.ok(inBuild.has(story) && inBuild.has(OTHER_STORY), `story ${story} or ${OTHER_STORY} is not in the Storybook build`);
      const preview = await openPreview(browser, server.url, { locale: 'en', theme });
      try {
        /** Sets the token on every element of the page (widget hosts included), then renders the story. */
        const shootWith = async (value) => {
          await preview.page.evaluate(
            ({ name, value }) => {
              const style = document.getElementById('planted-token') ?? document.head.appendChild(document.createElement('style'));
              style.id = 'planted-token';
              style.textContent = `*{--scn-${name}:${value} !important}`;
            },
            { name: token, value },
          );
          await preview.shoot(OTHER_STORY);
          const shot = await preview.shoot(story);
          assert.equal(shot.verdict, 'rendered', `${story} did not render (${shot.verdict}): ${shot.detail}`);
          assert.ok(shot.png, `${story} was not screenshotted`);
          return shot.png;
        };
        const before = await shootWith(from);
        const again = await shootWith(from);
        const changed = await shootWith(to);

        const noise = comparePngs(before, again);
        const change = comparePngs(before, changed);
        t.diagnostic(`${what}: ${change.count} differing pixels; the same token rendered twice: ${noise.count}`);
        assert.ok(noise.same, `two renders of ${story} with the same tokens differ in ${noise.count} pixels`);
        assert.equal(change.sizeMismatch, '', 'a colour change must not change the size');
        assert.equal(change.same, false, `--scn-${token} ${from} → ${to} went unseen: ${change.count} differing pixels (at most ${MAX_DIFF_PIXELS} count as the same)`);
      } finally {
        await preview.close();
      }
    });
  }
});

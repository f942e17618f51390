/* global getComputedStyle */
// Colour schemes as the built bundle ships them (its tokens are CSS written at build time,
// config/tokens-at-build.js): each `theme`, the visitor's preferred scheme, and forced colours,
// where every theme must give way to the system's colours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schemes } from '@strong-cities/tokens';
import { openRecorded, useHarness } from '../test-support/helpers.js';

const THEMES = ['light', 'dark', 'brand', ''];
const TAG = 'scn-membership-cta';

const harness = useHarness({
  routes: {
    '/__themes': (_req, _url, { cdn }) => ({
      csp: false,
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Themes</title><link rel="icon" href="data:,">
<script type="module" src="${cdn}/loader.js" crossorigin="anonymous"></script></head>
<body>${THEMES.map((t) => `<${TAG}${t ? ` theme="${t}"` : ''}></${TAG}>`).join('')}</body></html>`,
    }),
  },
});

/** Each widget's value of some tokens, by theme ('' for none). */
async function tokensIn(emulated, names) {
  const context = await harness.browser.newContext();
  try {
    const { page, log } = await openRecorded(context, `${harness.server.siteUrl}__themes`, { waitFor: [TAG] });
    await page.emulateMedia(emulated);
    assert.deepEqual(log.pageErrors, []);
    return await page.evaluate(
      ({ tag, names }) =>
        [...document.querySelectorAll(tag)].map((el) => {
          const style = getComputedStyle(el);
          return [el.getAttribute('theme') ?? '', Object.fromEntries(names.map((n) => [n, style.getPropertyValue(n).trim()]))];
        }),
      { tag: TAG, names },
    ).then(Object.fromEntries);
  } finally {
    await context.close();
  }
}

test('each theme gives its scheme; no theme follows the visitor’s preference', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const got = await tokensIn({ colorScheme, forcedColors: 'none' }, ['--scn-color-surface', '--scn-color-text']);
    for (const theme of THEMES) {
      const scheme = schemes[theme || colorScheme];
      assert.deepEqual(got[theme], { '--scn-color-surface': scheme.surface, '--scn-color-text': scheme.text }, `theme "${theme}" when the visitor prefers ${colorScheme}`);
    }
  }
});

test('in forced colours every theme, and none, gives way to the system colours', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const got = await tokensIn({ colorScheme, forcedColors: 'active' }, ['--scn-color-surface', '--scn-color-text', '--scn-color-focus']);
    for (const theme of THEMES) {
      assert.deepEqual(got[theme], { '--scn-color-surface': 'Canvas', '--scn-color-text': 'CanvasText', '--scn-color-focus': 'Highlight' }, `theme "${theme}", ${colorScheme} preferred`);
    }
  }
});

test('a widget carries the tokens it can use, not the host page’s neutral palette', async () => {
  const got = await tokensIn({ colorScheme: 'light' }, ['--scn-neutral-500', '--scn-space-4', '--scn-radius-pill']);
  // sizes are in the visitor's default font size (--scn-rem, 16 px here), never the page's rem
  assert.deepEqual(got[''], { '--scn-neutral-500': '', '--scn-space-4': 'calc(1*16px)', '--scn-radius-pill': '999px' });
});

/* global getComputedStyle, CSSStyleSheet */
// Layout on partner pages, measured in the browser (issue 17): no holes, no jumps, host CSS cannot
// reach in. The pages are the demo server's stress pages (apps/demo-city/site/stress/host-css.js); the
// in-page measuring code is test-support/layout-probes.js, which the other engines' runs reuse.
//  - after a widget renders, its box is its content's box (within 8 px) at 320, 390, 768 and 1280 px
//    in en/fr/es/ar, and nothing below the widgets moves while they load, with the snippet in <head>
//    and pasted in <body>, with the demo's feeds and without (what the widgets have built in);
//  - on each hostile page every widget's type scale, spacing and box sizes equal the plain page's
//    (within 2 px), theming through --scn-* and ::part() still works, and a 20 px browser default
//    font size scales them;
//  - the defects seen in issue 17 stay fixed (the CTA card's dead space, the language menu's strip,
//    the counter's "0+" in a capture).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, tags, useHarness, widgets } from '../test-support/helpers.js';
import { differences, movementReport, shadowText, startMovementSampler, typeScale, widgetBoxes } from '../test-support/layout-probes.js';
import { hostCssCases } from '../../../apps/demo-city/site/stress/host-css.js';

const harness = useHarness({
  routes: {
    // one widget on a plain page, for the defects' regression tests
    '/__one': (_req, url, { cdn, manifest }) => {
      const lang = url.searchParams.get('lang') ?? 'en';
      const snippet = manifest.snippet.replaceAll(manifest.base, `${cdn}${new URL(manifest.base, cdn).pathname}`);
      return {
        body: `<!doctype html><html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>One widget</title><link rel="icon" href="data:,">${snippet}</head>
<body>${url.searchParams.get('html')}</body></html>`,
        // the counter's test pushes it out of view with a style attribute
        csp: false,
      };
    },
  },
});

const settled = (page, list = tags) =>
  page.waitForFunction((l) => l.every((t) => [...document.querySelectorAll(t)].every((e) => e.matches(':state(settled)'))), list, { timeout: 10_000, polling: 50 });

/** Opens a stress page and lets feeds, locale chunks and count-ups settle. */
async function open(context, path, { sampler = false } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (sampler) await page.addInitScript(startMovementSampler, '#below');
  await page.goto(`${harness.server.siteUrl}${path}`);
  await settled(page);
  await page.waitForTimeout(1500);
  assert.deepEqual(errors, [], `uncaught errors on ${path}`);
  return page;
}

const LANGS = ['en', 'fr', 'es', 'ar'];
const WIDTHS = [320, 390, 768, 1280];

// with the demo's feeds in `src`, and without (the counter and the map then show what they have
// built in, and reserve.css has a table for each)
const CASES = [
  { at: 'head', feeds: 'demo' },
  { at: 'body', feeds: 'demo' },
  { at: 'head', feeds: 'built-in' },
];

for (const { at, feeds } of CASES) {
  for (const lang of LANGS) {
    const tagsAre = feeds === 'built-in' ? ', built-in feeds' : '';
    test(`snippet in <${at}>, ${lang}${tagsAre}: each widget's box is its content's at ${WIDTHS.join(', ')} px and nothing below moves while they load`, async () => {
      const problems = [];
      for (const width of WIDTHS) {
        const context = await harness.browser.newContext({ viewport: { width, height: 3000 } });
        try {
          const query = `lang=${lang}&at=${at}${feeds === 'built-in' ? '&feeds=built-in' : ''}`;
          const page = await open(context, `stress/host-css/plain?${query}`, { sampler: true });
          for (const b of await page.evaluate(widgetBoxes, tags)) {
            if (!(b.content > 0) || Math.abs(b.box - b.content) > 8) problems.push(`${width} px ${b.tag}: box ${b.box.toFixed(0)} px for ${b.content.toFixed(0)} px of content`);
          }
          const { moved, samples } = await page.evaluate(movementReport);
          if (moved > 1) problems.push(`${width} px: the text below moved ${moved.toFixed(0)} px (${samples.map((s) => `${s.t} ms: ${s.top.toFixed(0)}`).join(', ')})`);
        } finally {
          await context.close();
        }
      }
      assert.deepEqual(problems, [], brief(problems, 12));
    });
  }
}


/** Every widget's type scale in a column of `width` px, whatever margins and paddings the page has. */
async function scalesOf(page, width) {
  await page.evaluate((w) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`.scn-slot{box-sizing:border-box!important;inline-size:${w}px!important;margin:0!important;padding:0!important;border:0!important}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, width);
  return Object.fromEntries(await Promise.all(tags.map(async (t) => [t, await page.evaluate(typeScale, t)])));
}

for (const width of [390, 1280]) {
  test(`${width} px: on every hostile page each widget's type scale, spacing and boxes are the plain page's (±2 px)`, async () => {
    // no count-up: the counter shows its final figure at once
    const context = await harness.browser.newContext({ viewport: { width, height: 3000 }, reducedMotion: 'reduce' });
    const column = width - 40;
    try {
      const plain = await scalesOf(await open(context, 'stress/host-css/plain?lang=en'), column);
      for (const t of tags) assert.ok(plain[t].length > 0, `${t} rendered nothing on the plain page`);
      const problems = [];
      for (const name of Object.keys(hostCssCases).filter((c) => c !== 'plain')) {
        const page = await open(context, `stress/host-css/${name}?lang=en`);
        const scales = await scalesOf(page, column);
        for (const t of tags) for (const d of differences(plain[t], scales[t])) problems.push(`${name}: ${d}`);
        await page.close();
      }
      assert.deepEqual(problems, [], brief(problems, 12));
    } finally {
      await context.close();
    }
  });
}

test('a 20 px browser default font size scales every widget (and the page\'s root size does not)', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 3000 }, reducedMotion: 'reduce' });
  try {
    const plain = await scalesOf(await open(context, 'stress/host-css/root-62-5?lang=en'), 1200);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
    await page.goto(`${harness.server.siteUrl}stress/host-css/root-62-5?lang=en`);
    await settled(page);
    const big = await scalesOf(page, 1200);
    const problems = [];
    for (const t of tags) {
      const before = plain[t].map((e) => e.font);
      const after = big[t].map((e) => e.font);
      if (before.length !== after.length || before.some((f, i) => Math.abs(f * 1.25 - after[i]) > 0.5)) {
        problems.push(`${t}: ${[...new Set(before)].join('/')} px became ${[...new Set(after)].join('/')} px, not 1.25 times`);
      }
    }
    assert.deepEqual(problems, [], brief(problems));
  } finally {
    await context.close();
  }
});

test('theming through --scn-* tokens and ::part() still reaches the widgets on a hostile page', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 3000 } });
  try {
    const page = await open(context, 'stress/host-css/font-inherit?lang=en');
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('scn-membership-cta{--scn-font-size-l:30px;--scn-color-brand:rgb(1, 2, 3)}scn-membership-cta::part(action){letter-spacing:3px}');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    // the button's colours have a transition
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => {
      const root = document.querySelector('scn-membership-cta').shadowRoot;
      const heading = getComputedStyle(root.querySelector('h2'));
      const action = getComputedStyle(root.querySelector('[part=action]'));
      return { heading: heading.fontSize, background: action.backgroundColor, spacing: action.letterSpacing };
    });
    assert.deepEqual(seen, { heading: '30px', background: 'rgb(1, 2, 3)', spacing: '3px' });
  } finally {
    await context.close();
  }
});

const one = (html, extra = '') => `__one?html=${encodeURIComponent(html)}${extra}`;

for (const theme of ['light', 'dark', 'brand']) {
  test(`CTA card, ${theme} theme: no dead space between its text and its button at 390 and 1280 px`, async () => {
    for (const width of [390, 1280]) {
      const context = await harness.browser.newContext({ viewport: { width, height: 1200 } });
      try {
        const page = await open(context, one(`<scn-membership-cta variant="card" theme="${theme}"></scn-membership-cta>`));
        const gap = await page.evaluate(() => {
          const root = document.querySelector('scn-membership-cta').shadowRoot;
          const text = [...root.querySelectorAll('.text h2, .text p')].map((e) => e.getBoundingClientRect());
          const button = root.querySelector('[part=action]').getBoundingClientRect();
          const gapToken = parseFloat(getComputedStyle(root.querySelector('[part=base]')).rowGap);
          return { between: button.top - Math.max(...text.map((r) => r.bottom)), gapToken };
        });
        assert.ok(gap.between <= gap.gapToken + 1, `${width} px: ${gap.between.toFixed(0)} px between the text and the button (the gap is ${gap.gapToken} px)`);
      } finally {
        await context.close();
      }
    }
  });
}

for (const lang of ['en', 'ar']) {
  test(`language toggle dropdown, ${lang}: the menu is menu-sized, under its button, its items aligned with it`, async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 1200 } });
    try {
      const page = await open(context, one('<scn-language-toggle variant="dropdown"></scn-language-toggle>', `&lang=${lang}`));
      await page.locator('scn-language-toggle button[part=button]').click();
      const m = await page.evaluate(() => {
        const root = document.querySelector('scn-language-toggle').shadowRoot;
        const menu = root.querySelector('[part=menu]');
        const style = getComputedStyle(menu);
        const box = menu.getBoundingClientRect();
        const inner = { left: box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight) };
        const button = root.querySelector('[part=button]').getBoundingClientRect();
        const items = [...menu.querySelectorAll('[part=item]')].map((i) => i.getBoundingClientRect());
        return { width: box.width, top: box.top, left: box.left, right: box.right, button: { left: button.left, right: button.right, bottom: button.bottom }, inner, items: items.map((r) => ({ left: r.left, right: r.right })) };
      });
      assert.ok(m.width < 320, `the menu is ${m.width.toFixed(0)} px wide`);
      assert.ok(m.top >= m.button.bottom && m.top - m.button.bottom < 12, `the menu opens ${(m.top - m.button.bottom).toFixed(0)} px below its button`);
      const edge = lang === 'ar' ? Math.abs(m.right - m.button.right) : Math.abs(m.left - m.button.left);
      assert.ok(edge < 1, `the menu's start edge is ${edge.toFixed(1)} px from its button's`);
      for (const r of m.items) assert.ok(Math.abs(r.left - m.inner.left) < 1 && Math.abs(r.right - m.inner.right) < 1, `an item spans ${r.left.toFixed(1)}–${r.right.toFixed(1)}, the menu's inside ${m.inner.left.toFixed(1)}–${m.inner.right.toFixed(1)}`);
    } finally {
      await context.close();
    }
  });
}

test('the counter shows its real figure without being scrolled into view (print, PDF, full-page captures)', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 700 } });
  try {
    const page = await context.newPage();
    const feed = `${harness.server.siteUrl}assets/declaration.json`;
    const expected = (await (await fetch(feed)).json()).count;
    // one below the fold, within a viewport of it (rendered ahead of the scroll), one far below
    await page.goto(`${harness.server.siteUrl}${one(`<div style="height:1000px"></div><scn-declaration-counter id="near" src="${feed}"></scn-declaration-counter><div style="height:4000px"></div><scn-declaration-counter id="far" src="${feed}"></scn-declaration-counter>`)}`);
    await page.waitForFunction(() => document.querySelector('#near').matches(':state(settled)'), null, { timeout: 10_000 });
    const text = await page.evaluate(shadowText, '#near');
    assert.match(text, new RegExp(`^${expected}\\b`), `out of view it reads "${text.slice(0, 60)}"`);
    // far below, it has not rendered yet: its reserved space holds, unsettled
    assert.deepEqual(await page.evaluate(() => { const far = document.querySelector('#far'); return { shadow: Boolean(far.shadowRoot), settled: far.matches(':state(settled)') }; }), { shadow: false, settled: false });
    // printed, every widget renders, the counter with its real figure
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => document.querySelector('#far').matches(':state(settled)'), null, { timeout: 10_000 });
    for (const id of ['#near', '#far']) assert.match(await page.evaluate(shadowText, id), new RegExp(`^${expected}\\b`), id);
  } finally {
    await context.close();
  }
});

// issue 18: on a page of a thousand share bars, a generated box per bar for its reservation was a
// thousand more boxes to style and lay out in the page's first layout (one task of 50–90 ms with the
// loader's); a widget whose height does not follow the width reserves it on its own tag instead
test('a widget whose reserved height does not follow the width reserves it without a generated box, in each language', async () => {
  const sizes = (w) => Object.entries(w.reservedBlockSizes ?? {}).filter(([k]) => !k.startsWith('$'));
  const fixed = widgets.filter((w) => sizes(w).length && !w.reservedBlockSizesWithSrc && sizes(w).every(([, pieces]) => pieces.length === 1 && !pieces[0][2]));
  const floating = widgets.filter((w) => !fixed.includes(w) && sizes(w).length);
  assert.ok(fixed.length && floating.length, 'both kinds of reservation are exercised');
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 700 } });
  try {
    const page = await context.newPage();
    for (const lang of LANGS) {
      // far below the viewport, each waits unrendered: its reservation holds
      await page.goto(`${harness.server.siteUrl}${one(`<div style="height:5000px"></div>${widgets.map((w) => `<${w.tag}></${w.tag}>`).join('')}`, `&lang=${lang}`)}`);
      await page.waitForFunction((t) => t.every((tag) => customElements.get(tag)), tags, { timeout: 10_000 });
      const seen = await page.evaluate((t) => t.map((tag) => {
        const el = document.querySelector(tag);
        return { tag, settled: el.matches(':state(settled)'), before: getComputedStyle(el, '::before').content, height: el.getBoundingClientRect().height, em: parseFloat(getComputedStyle(el).fontSize) };
      }), tags);
      for (const w of fixed) {
        const at = seen.find((s) => s.tag === w.tag);
        const [[, [[, em]]]] = [sizes(w).find(([l]) => l === lang) ?? sizes(w)[0]];
        assert.equal(at.settled, false, `${lang}: <${w.tag}> far below has not rendered`);
        assert.equal(at.before, 'none', `${lang}: <${w.tag}> has a generated box`);
        assert.ok(Math.abs(at.height - em * at.em) <= 1, `${lang}: <${w.tag}> reserves ${at.height} px, measured ${em * at.em} px`);
      }
      // the others still follow the width with their float
      for (const w of floating) assert.equal(seen.find((s) => s.tag === w.tag).before, '""', `${lang}: <${w.tag}> lost its reservation`);
    }
  } finally {
    await context.close();
  }
});

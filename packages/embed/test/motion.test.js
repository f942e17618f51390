/* global getComputedStyle, matchMedia, requestAnimationFrame */
// Reduced motion, in the built bundle on the demo city: with `prefers-reduced-motion: reduce`, no
// transition or animation longer than 0.01 s runs anywhere on the page, widgets and their shadow
// roots included, in every state a visitor can reach (hovered controls, the map's popover and zoom,
// the toggle's menu, the Mastodon dialog, the signatory list), and the counter shows its final
// number without counting up. Read from computed styles and the page's running animations.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
// the demo city's stress copy (/stress/hostile/…): every widget on every page, under a hostile theme
import { pagePath } from '../../../apps/demo-city/site/stress/hostile.js';
import { brief, openRecorded, useHarness } from '../test-support/helpers.js';

/** Longest transition or animation allowed under reduced motion, in seconds. */
const LONGEST = 0.01;

/** A counter feed with signatories, served by the demo site, so the disclosure can be opened. */
const counterFeed = `/__feed?body=${encodeURIComponent(JSON.stringify({ count: 1200, signatories: [{ name: 'Valmont', country: 'France' }, { name: 'Lakeside' }] }))}`;

let context;
const harness = useHarness(undefined, async () => {
  context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  // every frame from the first: did any counter show a number on its way up (its `.up` pair)?
  await context.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__countedUp = [];
    const look = () => {
      for (const el of document.querySelectorAll('scn-declaration-counter')) {
        const up = el.shadowRoot?.querySelector('.up');
        if (up) w.__countedUp.push(up.textContent);
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
});

/** In the page: every transition and animation longer than `longest` seconds, and what runs. */
function moving(longest) {
  const seconds = (list) => list.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t)));
  const name = (el) => `<${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}>`;
  const found = [];
  const check = (el, pseudo, where) => {
    const style = getComputedStyle(el, pseudo);
    const slow = (durations) => seconds(durations).some((d) => d > longest);
    if (style.transitionProperty !== 'none' && slow(style.transitionDuration)) {
      found.push(`${where} ${name(el)}${pseudo ?? ''}: transition ${style.transitionProperty} ${style.transitionDuration}`);
    }
    if (style.animationName !== 'none' && slow(style.animationDuration)) {
      found.push(`${where} ${name(el)}${pseudo ?? ''}: animation ${style.animationName} ${style.animationDuration}`);
    }
  };
  const walk = (root, where) => {
    for (const a of root.getAnimations()) {
      const timing = a.effect?.getComputedTiming();
      if (a.playState === 'running' && Number(timing?.activeDuration ?? 0) > longest * 1000) {
        const target = /** @type {any} */ (a.effect)?.target;
        found.push(`${where} ${target ? name(target) : '?'}: running ${a.constructor.name} ${/** @type {any} */ (a).animationName ?? /** @type {any} */ (a).transitionProperty ?? ''} for ${timing?.activeDuration} ms`);
      }
    }
    for (const el of root.querySelectorAll('*')) {
      check(el, null, where);
      check(el, '::before', where);
      check(el, '::after', where);
      if (el.localName === 'dialog') check(el, '::backdrop', where);
      if (el.shadowRoot) walk(el.shadowRoot, `<${el.localName}>`);
    }
  };
  walk(document, 'page');
  return found;
}

for (const [locale, embed] of [['en', 'module'], ['ar', 'classic']]) {
  describe(`${locale}, ${embed === 'module' ? 'loader.js' : 'widgets.js'}, prefers-reduced-motion: reduce`, () => {
    test(`nothing moves for longer than ${LONGEST} s, in any state a visitor reaches, and the counter does not count up`, async () => {
      const url = `${harness.server.siteUrl.slice(0, -1)}${pagePath(locale, 'index')}?counter=${encodeURIComponent(counterFeed)}${embed === 'classic' ? '&embed=classic' : ''}`;
      const { page, log } = await openRecorded(context, url);
      try {
        assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true, 'the page does not prefer reduced motion');
        const found = new Map(); // what moved → the first state it was seen in
        const look = async (state) => {
          for (const f of await page.evaluate(moving, LONGEST)) if (!found.has(f)) found.set(f, state);
        };
        const map = page.locator('scn-event-map');
        const states = [
          ['loaded', async () => {}],
          ['a map marker hovered', () => map.locator('.marker').first().hover()],
          ['the map popover open', () => map.locator('.marker[data-key="valmont-2027"]').click()],
          ['the map zoomed in', () => map.locator('button.zoom-in').click()],
          ['the map dragged', async () => {
            const box = await map.locator('.frame').boundingBox();
            if (!box) throw new Error('no map frame');
            await page.mouse.move(box.x + 30, box.y + box.height - 30);
            await page.mouse.down();
            await page.mouse.move(box.x + 90, box.y + box.height - 60, { steps: 3 });
            await page.mouse.up();
          }],
          ['the membership link hovered', () => page.locator('scn-membership-cta').locator('a').first().hover()],
          ['the language menu open', () => page.locator('scn-language-toggle').locator('[part=button]').click()],
          ['a language hovered', () => page.locator('scn-language-toggle').locator('[part=menu] [part=item]').nth(1).hover()],
          ['the signatory list open', async () => {
            await page.keyboard.press('Escape');
            await page.locator('scn-declaration-counter').locator('summary').click();
          }],
          ['a share link hovered', () => page.locator('scn-share-bar').locator('[part~=control]').first().hover()],
          ['the Mastodon dialog open', async () => {
            await page.evaluate(() => document.querySelector('scn-share-bar')?.setAttribute('networks', 'mastodon email copy'));
            await page.locator('scn-share-bar').locator('[part~="control-mastodon"]').click();
            await page.locator('scn-share-bar').locator('dialog').waitFor({ state: 'visible', timeout: 5000 });
          }],
        ];
        for (const [state, act] of states) {
          await act();
          await look(state);
        }
        const moved = [...found].map(([f, state]) => `${f} (${state})`);
        const counted = await page.evaluate(() => /** @type {any} */ (window).__countedUp);
        if (counted.length) moved.push(`<scn-declaration-counter> counted up, showing ${brief([...new Set(counted)], 8)}`);
        assert.deepEqual(moved, [], `under reduced motion, these still move:\n  ${moved.join('\n  ')}`);
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await page.close();
      }
    });
  });
}

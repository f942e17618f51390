/* global getComputedStyle */
// The built CDN folder on the demo city's hostile stress pages (/stress/hostile/: every widget on every page, under a reset that reaches in) in Chromium, Firefox and WebKit (Debian's own
// builds, driven through test-support/engines.js): every widget shows its content in English and
// in Arabic (right to left, layout mirrored), from loader.js and from the classic widgets.js; the
// keyboard paths a visitor takes work; nothing logs an error or breaks the site's strict CSP.
// One test per engine and case, so the total counts each engine. SCN_ENGINES=webkit runs one.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { start } from '../../../apps/demo-city/server.js';
import { pagePath } from '../../../apps/demo-city/site/stress/hostile.js';
import { faultsOf, launchEngine, recorderScript, selectedEngines } from '../test-support/engines.js';
import { BROKEN_TEXT, brief, tags } from '../test-support/helpers.js';

const DESKTOP = { width: 1280, height: 900 };

/** Every widget on the page is defined and has rendered (Lit's updateComplete settled). */
const allRendered = async (wanted) => {
  const present = wanted.filter((t) => document.querySelector(t));
  if (present.length !== wanted.length || !present.every((t) => customElements.get(t))) return false;
  const els = present.flatMap((t) => [...document.querySelectorAll(t)]);
  await Promise.all(els.map((el) => /** @type {any} */ (el).updateComplete));
  return els.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && el.getAttribute('lang') === document.documentElement.lang);
};

/** What a visitor sees of each widget (test-support/visible.js, which the recorder script brings). */
const seen = (wanted) => wanted.map((tag) => ({ tag, .../** @type {any} */ (window).__scnVisible(document.querySelector(tag)) }));

/** The element that has focus, through shadow roots: `<tag>` of its widget (or 'document'), and what it is. */
function focused() {
  let el = document.activeElement;
  let widget = 'document';
  while (el?.shadowRoot?.activeElement) {
    if (el.localName.startsWith('scn-')) widget = el.localName;
    el = el.shadowRoot.activeElement;
  }
  if (el && el.localName.startsWith('scn-')) widget = el.localName;
  return {
    widget,
    id: el?.id ?? '',
    part: el?.getAttribute('part') ?? '',
    role: el?.getAttribute('role') ?? '',
    key: el?.getAttribute('data-key') ?? '',
    label: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
  };
}

/** Puts a focusable button just before and just after a widget, and focuses the one before. */
function fence(tag) {
  const host = document.querySelector(tag);
  if (!host) throw new Error(`no ${tag}`);
  for (const [id, where] of [['fence-before', 'before'], ['fence-after', 'after']]) {
    document.getElementById(id)?.remove();
    const b = document.createElement('button');
    b.id = id;
    b.textContent = id;
    host[where](b);
  }
  document.getElementById('fence-before')?.focus();
  return document.activeElement?.id === 'fence-before';
}

/** The share bar's controls as drawn: their left edges, in DOM order, and the widget's direction. */
function shareControls() {
  const host = document.querySelector('scn-share-bar');
  const controls = [...(host?.shadowRoot?.querySelectorAll('.control') ?? [])].filter((c) => c.getClientRects().length > 0);
  return { dir: host ? getComputedStyle(host).direction : '', lefts: controls.map((c) => c.getBoundingClientRect().left), count: controls.length };
}

for (const engineName of selectedEngines()) {
  describe(`${engineName}: the built widgets on the hostile stress pages`, () => {
    /** @type {import('../test-support/engines.js').Engine} */
    let engine;
    /** @type {Awaited<ReturnType<typeof start>>} */
    let server;
    before(async () => {
      server = await start({ headScript: recorderScript });
      engine = await launchEngine(engineName);
    });
    after(async () => {
      await engine?.close();
      await server?.close();
    });

    /** Opens a demo page and waits until every widget has rendered in the page's language. */
    async function open(locale, { embed = 'module', page: name = 'index', viewport = DESKTOP } = {}) {
      const page = await engine.newPage(viewport);
      const url = `${server.siteUrl.slice(0, -1)}${pagePath(locale, name)}${embed === 'classic' ? '?embed=classic' : ''}`;
      try {
        await page.open(url);
        await page.waitFor(allRendered, tags, { what: `every widget rendered in ${locale} on ${url}` });
      } catch (error) {
        await page.close();
        throw error;
      }
      return page;
    }

    /** Fails naming every error, console error or CSP violation the page recorded. */
    async function assertNoFaults(page) {
      const f = await faultsOf(page);
      assert.deepEqual(f.csp, [], `CSP violations in ${engineName}: ${brief(f.csp)}`);
      assert.deepEqual(f.errors, [], `errors in ${engineName}: ${brief(f.errors)}`);
    }

    for (const [locale, embed, script] of [['en', 'module', 'loader.js'], ['ar', 'module', 'loader.js'], ['es', 'classic', 'widgets.js']]) {
      test(`${engineName}, ${locale}, ${script}: every widget shows its content, with no error and no CSP violation`, async () => {
        const page = await open(locale, { embed });
        try {
          const widgets = await page.evaluate(seen, tags);
          for (const w of widgets) {
            assert.ok(w.text.length > 0 || w.graphics > 0, `${engineName}: <${w.tag}> shows no text and no icon`);
            assert.doesNotMatch(w.text, BROKEN_TEXT, `${engineName}: <${w.tag}> shows broken text: ${w.text.slice(0, 120)}`);
            assert.ok(w.links + w.controls > 0, `${engineName}: <${w.tag}> shows no link or button (text: ${w.text.slice(0, 80)})`);
            assert.equal(w.dir, locale === 'ar' ? 'rtl' : 'ltr', `${engineName}: <${w.tag}> direction`);
            // the words a visitor reads are in the page's script
            if (locale === 'ar') assert.match(`${w.text} ${w.names}`, /[\u0600-\u06FF]/, `${engineName}: <${w.tag}> shows no Arabic: ${w.text.slice(0, 80)}`);
          }
          if (locale === 'ar') {
            // mirrored: the share bar's first control is its rightmost, and each next one sits to its left
            const bar = await page.evaluate(shareControls);
            assert.ok(bar.count >= 2, `${engineName}: the share bar shows ${bar.count} controls`);
            assert.deepEqual(bar.lefts, [...bar.lefts].sort((a, b) => b - a), `${engineName}: share controls are not laid out right to left: ${bar.lefts.map(Math.round).join(', ')}`);
          }
          await assertNoFaults(page);
        } finally {
          await page.close();
        }
      });
    }

    test(`${engineName}: the language toggle names each language as this engine's Intl.DisplayNames does (ours come from a table)`, async () => {
      const page = await open('en');
      try {
        const names = await page.evaluate(() => [...(document.querySelector('scn-language-toggle')?.shadowRoot?.querySelectorAll('[part=item]') ?? [])].map((item) => {
          const code = item.getAttribute('lang') ?? '';
          const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
          return { code, shown: item.textContent?.trim(), intl: name.charAt(0).toLocaleUpperCase(code) + name.slice(1) };
        }));
        assert.ok(names.length >= 2, `${engineName}: the toggle offers ${names.length} languages`);
        for (const n of names) assert.equal(n.shown, n.intl, `${engineName}: ${n.code}`);
      } finally {
        await page.close();
      }
    });

    test(`${engineName}: the recorder sees an uncaught error, a rejection, a console error and a CSP violation (so their absence above means something)`, async () => {
      const page = await open('en');
      try {
        await page.evaluate(() => {
          setTimeout(() => {
            throw new Error('planted error');
          });
          void Promise.reject(new Error('planted rejection'));
          console.error('planted console error');
          // a style attribute: the site's policy has no 'unsafe-inline' for styles
          document.body.setAttribute('style', 'outline: 1px solid');
        });
        await page.waitFor(() => {
          const f = /** @type {any} */ (window).__scnFaults;
          return f.errors.length >= 3 && f.csp.length >= 1;
        }, undefined, { what: 'the planted faults to be recorded' });
        const f = await faultsOf(page);
        assert.ok(f.errors.some((e) => /planted error/.test(e)), `${engineName}: uncaught error not recorded: ${brief(f.errors)}`);
        assert.ok(f.errors.some((e) => /planted rejection/.test(e)), `${engineName}: rejection not recorded: ${brief(f.errors)}`);
        assert.ok(f.errors.some((e) => /console\.error: planted console error/.test(e)), `${engineName}: console error not recorded: ${brief(f.errors)}`);
        assert.ok(f.csp.some((e) => /style-src/.test(e)), `${engineName}: CSP violation not recorded: ${brief(f.csp)}`);
      } finally {
        await page.close();
      }
    });

    test(`${engineName}: Tab goes through every share control in order and on past the bar; Shift+Tab comes back`, async () => {
      const page = await open('en');
      try {
        await page.waitFor(fence, 'scn-share-bar', { what: 'focus before the share bar' });
        const bar = await page.evaluate(shareControls);
        const stops = [];
        for (let i = 0; i < bar.count + 3; i += 1) {
          await page.press('Tab');
          const at = await page.evaluate(focused);
          if (at.id === 'fence-after') break;
          stops.push(at);
        }
        assert.ok(stops.every((s) => s.widget === 'scn-share-bar' && /\bcontrol\b/.test(s.part)), `${engineName}: Tab left the share bar's controls: ${brief(stops.map((s) => `${s.widget} ${s.part} ${s.label}`), 8)}`);
        assert.equal(stops.length, bar.count, `${engineName}: ${stops.length} tab stops for ${bar.count} visible controls`);
        assert.equal(new Set(stops.map((s) => s.part)).size, bar.count, `${engineName}: a control was visited twice`);
        assert.equal((await page.evaluate(focused)).id, 'fence-after', `${engineName}: Tab did not go on past the share bar`);
        for (let i = 0; i < bar.count + 1; i += 1) await page.press('Shift+Tab');
        assert.equal((await page.evaluate(focused)).id, 'fence-before', `${engineName}: Shift+Tab did not come back before the bar`);
        await assertNoFaults(page);
      } finally {
        await page.close();
      }
    });

    test(`${engineName}: the language menu opens with Enter and the arrows, moves with them, closes with Escape, focus back on its button`, async () => {
      const page = await open('en');
      const menuOpen = () => {
        const menu = document.querySelector('scn-language-toggle')?.shadowRoot?.querySelector('[part=menu]');
        return Boolean(menu && menu.getClientRects().length > 0 && getComputedStyle(menu).visibility !== 'hidden');
      };
      const menuClosed = () => !document.querySelector('scn-language-toggle')?.shadowRoot?.querySelector('[part=menu]')?.getClientRects().length;
      try {
        await page.waitFor(fence, 'scn-language-toggle', { what: 'focus before the toggle' });
        await page.press('Tab');
        assert.equal((await page.evaluate(focused)).part, 'button', `${engineName}: Tab does not reach the toggle's button`);
        await page.press('Enter');
        await page.waitFor(menuOpen, undefined, { what: 'the menu to open on Enter' });
        // the demo's languages are links (a disclosure): Enter leaves focus on the button, the arrows go in
        await page.press('ArrowDown');
        await page.waitFor(() => document.querySelector('scn-language-toggle')?.shadowRoot?.activeElement?.getAttribute('part') === 'item', undefined, { what: 'ArrowDown to focus a language' });
        const first = await page.evaluate(focused);
        await page.press('ArrowDown');
        const second = await page.evaluate(focused);
        assert.notEqual(second.label, first.label, `${engineName}: ArrowDown did not move to the next language (still ${first.label})`);
        assert.equal(second.part, 'item', `${engineName}: ArrowDown left the menu`);
        await page.press('Escape');
        await page.waitFor(menuClosed, undefined, { what: 'the menu to close on Escape' });
        assert.equal((await page.evaluate(focused)).part, 'button', `${engineName}: Escape did not return focus to the button`);
        // an arrow on the closed button opens the menu too (APG menu button)
        await page.press('ArrowDown');
        await page.waitFor(menuOpen, undefined, { what: 'the menu to open on ArrowDown' });
        await page.press('Escape');
        await page.waitFor(menuClosed, undefined, { what: 'the menu to close again' });
        assert.equal((await page.evaluate(focused)).part, 'button', `${engineName}: focus not back on the button`);
        await assertNoFaults(page);
      } finally {
        await page.close();
      }
    });

    test(`${engineName}: Tab reaches the map's markers and the arrows move between them`, async () => {
      const page = await open('en');
      try {
        await page.waitFor(fence, 'scn-event-map', { what: 'focus before the map' });
        let at = await page.evaluate(focused);
        for (let i = 0; i < 30 && !at.key; i += 1) {
          await page.press('Tab');
          at = await page.evaluate(focused);
          assert.notEqual(at.id, 'fence-after', `${engineName}: Tab went through the map without reaching a marker`);
        }
        assert.ok(at.key, `${engineName}: no marker reached with Tab (at ${at.widget} ${at.part} ${at.label})`);
        const visited = new Set([at.key]);
        for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
          await page.press(key);
          const now = await page.evaluate(focused);
          assert.equal(now.widget, 'scn-event-map', `${engineName}: ${key} moved focus out of the map`);
          if (now.key) visited.add(now.key);
        }
        assert.ok(visited.size >= 2, `${engineName}: the arrows never moved focus to another marker (${[...visited].join(', ')})`);
        await assertNoFaults(page);
      } finally {
        await page.close();
      }
    });

    test(`${engineName}: the counter and the membership card keep no focus trapped (Tab and Shift+Tab pass through)`, async () => {
      const page = await open('en');
      try {
        for (const tag of ['scn-declaration-counter', 'scn-membership-cta']) {
          await page.waitFor(fence, tag, { what: `focus before <${tag}>` });
          const inside = [];
          for (let i = 0; i < 12; i += 1) {
            await page.press('Tab');
            const at = await page.evaluate(focused);
            if (at.id === 'fence-after') break;
            inside.push(at);
          }
          assert.equal((await page.evaluate(focused)).id, 'fence-after', `${engineName}: Tab is trapped in <${tag}>: ${brief(inside.map((s) => `${s.widget} ${s.part} ${s.label}`))}`);
          assert.ok(inside.every((s) => s.widget === tag), `${engineName}: Tab left <${tag}> for ${brief(inside.map((s) => s.widget))}`);
          for (let i = 0; i <= inside.length; i += 1) await page.press('Shift+Tab');
          assert.equal((await page.evaluate(focused)).id, 'fence-before', `${engineName}: Shift+Tab is trapped in <${tag}>`);
        }
        await assertNoFaults(page);
      } finally {
        await page.close();
      }
    });
  });
}

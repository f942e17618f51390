/* global getComputedStyle, innerWidth, innerHeight */
// What a visitor opens, under the demo city's strict Content-Security-Policy, in the built bundle:
// the map's details popover, the language toggle's menu, the Mastodon dialog, the signatory
// disclosure, and the map's zoom and drag. Each must open with no CSP violation and where it
// belongs. A surface drawn with a `style="…"` attribute (Lit's `styleMap` writes one on first
// render) is blocked by the policy: the popover lands in the map's corner, a marker drawn after a
// zoom sits at the top left. Page loads are checked in pages.test.js; this file checks what opens.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// the demo city's stress copy (/stress/hostile/…): every widget on every page, under a hostile theme
import { pagePath } from '../../../apps/demo-city/site/stress/hostile.js';
import { project } from '../../event-map/dist/projection.js';
import { brief, cspOf, openRecorded, useHarness } from '../test-support/helpers.js';

/** The demo's own events feed: where each event's marker must sit on the land. */
const events = JSON.parse(readFileSync(new URL('../../../apps/demo-city/site/feeds/events.json', import.meta.url), 'utf8')).events;
const world = Object.fromEntries(events.map((e) => [e.id, project(e.lon, e.lat)]));

/** A counter feed with signatories (the demo's own has none), served by the demo site. */
const counterFeed = `/__feed?body=${encodeURIComponent(JSON.stringify({
  count: 3,
  updated: '2026-11',
  title: { en: 'the Valmont test declaration', fr: 'la déclaration d’essai de Valmont', es: 'la declaración de prueba de Valmont', ar: 'إعلان فالمون التجريبي' },
  signatories: [{ name: 'Valmont', country: 'France' }, { name: 'Lakeside' }, { name: 'Hillport', country: 'Canada' }],
}))}`;

let context;
const harness = useHarness(undefined, async () => {
  context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
});

/** The demo city's home page (every widget is on it), with the signatories feed. */
async function openHome(locale, embed) {
  const url = `${harness.server.siteUrl.slice(0, -1)}${pagePath(locale, 'index')}?counter=${encodeURIComponent(counterFeed)}${embed === 'classic' ? '&embed=classic' : ''}`;
  const opened = await openRecorded(context, url);
  // a locale chunk may still be on its way: what opens must be in the page's language
  await opened.page.waitForFunction((l) => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('scn-')).every((e) => e.getAttribute('lang') === l), locale, { timeout: 10_000, polling: 100 });
  return opened;
}

/** Every CSP violation and uncaught error since the page loaded, as one failure message (or ''). */
async function faults({ page, log }) {
  const csp = await cspOf(page);
  return [
    ...(csp.length ? [`CSP violations (a style attribute, e.g. from Lit's styleMap, or an inline script): ${brief(csp, 3)}`] : []),
    ...(log.pageErrors.length ? [`uncaught errors: ${brief(log.pageErrors)}`] : []),
  ].join('\n');
}

const rectOf = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height });
/** Distance from a point to a box (0 inside it). */
const distance = (p, r) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
const inside = (inner, outer, slack = 1) =>
  inner.left >= outer.left - slack && inner.top >= outer.top - slack && inner.right <= outer.right + slack && inner.bottom <= outer.bottom + slack;

/** The map as drawn: its land's box and view (the SVG's viewBox), and where each marker sits. */
function mapState(page) {
  return page.evaluate(() => {
    const root = document.querySelector('scn-event-map')?.shadowRoot;
    const land = root?.querySelector('svg.land');
    const frame = root?.querySelector('.frame');
    if (!root || !land || !frame) throw new Error('no map');
    const box = land.getBoundingClientRect();
    const [x, y, w, h] = (land.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
    const markers = [...root.querySelectorAll('.marker')].map((m) => {
      const r = m.getBoundingClientRect();
      return { key: m.getAttribute('data-key') ?? '', label: m.getAttribute('aria-label') ?? '', x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    const f = frame.getBoundingClientRect();
    return {
      land: { left: box.left, top: box.top, width: box.width, height: box.height },
      frame: { left: f.left, top: f.top, right: f.right, bottom: f.bottom },
      view: { x, y, w, h },
      markers,
    };
  });
}

/**
 * Markers that are not on their place on the land: each single event's marker must sit where its
 * longitude and latitude fall in the drawn view (within 1.5 px), every cluster inside the frame.
 */
function misplaced(state) {
  const { land, view, frame, markers } = state;
  const wrong = [];
  for (const m of markers) {
    const p = world[m.key];
    if (!p) {
      if (!(m.x >= frame.left && m.x <= frame.right && m.y >= frame.top && m.y <= frame.bottom)) wrong.push(`${m.label} at ${m.x.toFixed(0)},${m.y.toFixed(0)} is outside the map`);
      continue;
    }
    const want = { x: land.left + ((p.x - view.x) / view.w) * land.width, y: land.top + ((p.y - view.y) / view.h) * land.height };
    if (Math.hypot(m.x - want.x, m.y - want.y) > 1.5) {
      wrong.push(`${m.label} at ${m.x.toFixed(1)},${m.y.toFixed(1)}, its place is ${want.x.toFixed(1)},${want.y.toFixed(1)}`);
    }
  }
  return wrong;
}

for (const [locale, embed] of [['en', 'module'], ['ar', 'module'], ['es', 'classic']]) {
  const file = embed === 'module' ? 'loader.js' : 'widgets.js';
  describe(`${locale}, ${file}: what opens, under the strict CSP`, () => {
    test('the map’s details popover opens beside its marker, inside the map, and Escape returns focus to the marker', async () => {
      const opened = await openHome(locale, embed);
      const { page } = opened;
      try {
        const map = page.locator('scn-event-map');
        // the Valmont workshop: away from the map's top-left corner, where a blocked position puts a popover
        const marker = map.locator('.marker[data-key="valmont-2027"]');
        await marker.click();
        await map.locator('.popover').waitFor({ state: 'visible', timeout: 5000 });
        const got = await page.evaluate(() => {
          const root = document.querySelector('scn-event-map')?.shadowRoot;
          const at = (sel) => root?.querySelector(sel)?.getBoundingClientRect();
          const m = at('.marker[data-key="valmont-2027"]');
          const p = at('.popover');
          const f = at('.frame');
          if (!m || !p || !f) throw new Error('no marker, popover or frame');
          return { marker: { x: m.left + m.width / 2, y: m.top + m.height / 2 }, popover: p.toJSON(), frame: f.toJSON(), focus: root?.activeElement?.className ?? '', title: root?.querySelector('.popover .title')?.textContent?.trim() };
        });
        assert.ok(Math.hypot(got.marker.x - got.frame.left, got.marker.y - got.frame.top) > 80, 'the marker is too close to the corner to tell');
        const gap = distance(got.marker, rectOf(got.popover));
        assert.ok(gap <= 24, `the popover is ${gap.toFixed(0)} px from its marker (popover at ${got.popover.left.toFixed(0)},${got.popover.top.toFixed(0)}, marker at ${got.marker.x.toFixed(0)},${got.marker.y.toFixed(0)}, map at ${got.frame.left.toFixed(0)},${got.frame.top.toFixed(0)})`);
        assert.ok(inside(rectOf(got.popover), rectOf(got.frame)), `the popover spills out of the map: ${JSON.stringify(rectOf(got.popover))} in ${JSON.stringify(rectOf(got.frame))}`);
        assert.equal(got.title, events.find((e) => e.id === 'valmont-2027').title[locale], 'the popover shows the event, in the page’s language');
        assert.match(got.focus, /\bpopover\b/, 'focus moves into the popover');
        await page.keyboard.press('Escape');
        await map.locator('.popover').waitFor({ state: 'detached', timeout: 5000 });
        const back = await page.evaluate(() => document.querySelector('scn-event-map')?.shadowRoot?.activeElement?.getAttribute('data-key'));
        assert.equal(back, 'valmont-2027', 'Escape returns focus to the marker');
        assert.equal(await faults(opened), '');
      } finally {
        await page.close();
      }
    });

    test('the map zooms (buttons, keys, Ctrl+wheel) and drags with every marker on its place on the land', async () => {
      const opened = await openHome(locale, embed);
      const { page } = opened;
      try {
        const map = page.locator('scn-event-map');
        /** Checks every marker after a step; `needMarkers` where some must be in view for the step to mean anything. */
        const check = async (what, needMarkers = true) => {
          const state = await mapState(page);
          const wrong = misplaced(state);
          assert.deepEqual(wrong, [], `after ${what}: ${wrong.join('; ')}`);
          if (needMarkers) assert.ok(state.markers.length > 0, `after ${what}: no marker in view`);
          return state;
        };
        const first = await check('loading');
        // the fitted view's centre is the ocean: zooming in there leaves no marker in view, and
        // zooming out draws every marker afresh (a first render, where a style attribute is blocked)
        await map.locator('button.zoom-in').click();
        const zoomed = await check('“Zoom in”', false);
        assert.ok(zoomed.view.w < first.view.w * 0.8, `“Zoom in” did not zoom: ${first.view.w} → ${zoomed.view.w}`);
        await map.locator('button.zoom-out').click();
        await check('“Zoom out”');
        await map.locator('.frame').focus();
        await page.keyboard.press('+');
        const keyed = await check('the + key', false);
        assert.ok(keyed.view.w < first.view.w * 0.8, `+ did not zoom: ${first.view.w} → ${keyed.view.w}`);
        await page.keyboard.press('0');
        await check('the 0 key (show all)');
        // Ctrl+wheel zooms about the pointer: over Montréal, Montréal stays in view
        const montreal = await map.locator('.marker[data-key="dialogue-2026"]').boundingBox();
        if (!montreal) throw new Error('no Montréal marker');
        await page.mouse.move(montreal.x + montreal.width / 2, montreal.y + montreal.height / 2);
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, -100);
        await page.keyboard.up('Control');
        const wheeled = await check('Ctrl+wheel');
        assert.ok(wheeled.view.w < first.view.w * 0.8, `Ctrl+wheel did not zoom: ${first.view.w} → ${wheeled.view.w}`);
        // drag from a spot with no marker or button under it
        const start = await page.evaluate(() => {
          const root = document.querySelector('scn-event-map')?.shadowRoot;
          const f = root?.querySelector('.frame')?.getBoundingClientRect();
          if (!root || !f) throw new Error('no frame');
          for (let y = f.top + f.height * 0.3; y < f.bottom - 20; y += 17) {
            for (let x = f.left + 20; x < f.right - 80; x += 23) {
              const hit = root.elementFromPoint(x, y);
              if (hit && !hit.closest('button, .popover, a')) return { x, y };
            }
          }
          throw new Error('nowhere free to drag from');
        });
        const [dx, dy] = [-90, 45];
        await page.mouse.move(start.x, start.y);
        await page.mouse.down();
        await page.mouse.move(start.x + dx / 2, start.y + dy / 2, { steps: 3 });
        await page.mouse.move(start.x + dx, start.y + dy, { steps: 3 });
        await page.mouse.up();
        const dragged = await check('a drag');
        const moved = { x: ((wheeled.view.x - dragged.view.x) / wheeled.view.w) * wheeled.land.width, y: ((wheeled.view.y - dragged.view.y) / wheeled.view.h) * wheeled.land.height };
        assert.ok(Math.abs(moved.x - dx) < 2 && Math.abs(moved.y - dy) < 2, `the land moved ${moved.x.toFixed(1)},${moved.y.toFixed(1)} px for a drag of ${dx},${dy}`);
        assert.equal(await faults(opened), '');
      } finally {
        await page.close();
      }
    });

    test('the language toggle’s menu opens under its button, on top of the page, and Escape closes it', async () => {
      const opened = await openHome(locale, embed);
      const { page } = opened;
      try {
        const toggle = page.locator('scn-language-toggle');
        await toggle.locator('[part=button]').click();
        await toggle.locator('[part=menu]').waitFor({ state: 'visible', timeout: 5000 });
        const got = await page.evaluate(() => {
          const host = document.querySelector('scn-language-toggle');
          const root = host?.shadowRoot;
          const b = root?.querySelector('[part=button]')?.getBoundingClientRect();
          const m = root?.querySelector('[part=menu]')?.getBoundingClientRect();
          if (!host || !b || !m) throw new Error('no button or menu');
          const items = [...(root?.querySelectorAll('[part=menu] [part=item]') ?? [])].map((i) => {
            const r = i.getBoundingClientRect();
            // what a visitor clicking there would hit: the toggle, not page content drawn over it
            return { text: i.textContent?.trim(), onTop: document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === host, width: r.width, height: r.height };
          });
          return { button: b.toJSON(), menu: m.toJSON(), items, viewport: innerWidth, dir: getComputedStyle(host).direction };
        });
        const { button, menu } = got;
        const gap = menu.top - button.bottom;
        assert.ok(gap >= 0 && gap <= 12, `the menu is ${gap.toFixed(0)} px below its button (menu at ${menu.left.toFixed(0)},${menu.top.toFixed(0)}, button at ${button.left.toFixed(0)},${button.top.toFixed(0)})`);
        const edge = got.dir === 'rtl' ? Math.abs(menu.right - button.right) : Math.abs(menu.left - button.left);
        assert.ok(edge <= 1, `the menu is not aligned with its button’s ${got.dir === 'rtl' ? 'right' : 'left'} edge (${edge.toFixed(1)} px off)`);
        assert.ok(menu.left >= 0 && menu.right <= got.viewport, `the menu leaves the viewport: ${menu.left.toFixed(0)}–${menu.right.toFixed(0)}`);
        assert.equal(got.items.length, 4, `four languages: ${brief(got.items.map((i) => i.text))}`);
        for (const i of got.items) {
          assert.ok(i.width >= 24 && i.height >= 24, `${i.text} is ${i.width}×${i.height} px, under the 24 px target`);
          assert.ok(i.onTop, `${i.text} is covered by the page`);
        }
        await page.keyboard.press('Escape');
        await toggle.locator('[part=menu]').waitFor({ state: 'hidden', timeout: 5000 });
        const focus = await page.evaluate(() => document.querySelector('scn-language-toggle')?.shadowRoot?.activeElement?.getAttribute('part'));
        assert.equal(focus, 'button', 'Escape returns focus to the button');
        assert.equal(await faults(opened), '');
      } finally {
        await page.close();
      }
    });

    test('the Mastodon dialog opens modal, in the middle of the window, with focus in it, and Escape returns focus', async () => {
      const opened = await openHome(locale, embed);
      const { page } = opened;
      try {
        const bar = page.locator('scn-share-bar');
        await page.evaluate(() => document.querySelector('scn-share-bar')?.setAttribute('networks', 'mastodon linkedin email copy'));
        const button = bar.locator('[part~="control-mastodon"]');
        await button.click();
        await bar.locator('dialog').waitFor({ state: 'visible', timeout: 5000 });
        const got = await page.evaluate(() => {
          const root = document.querySelector('scn-share-bar')?.shadowRoot;
          const dialog = root?.querySelector('dialog');
          if (!root || !dialog) throw new Error('no dialog');
          const r = dialog.getBoundingClientRect();
          const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return { rect: r.toJSON(), modal: dialog.matches(':modal'), onTop: Boolean(hit && dialog.contains(hit)), focus: root.activeElement?.localName, viewport: { w: innerWidth, h: innerHeight }, heading: root.querySelector('#prompt-title')?.textContent?.trim() };
        });
        assert.equal(got.modal, true, 'the dialog is modal');
        assert.ok(got.onTop, 'the dialog is covered');
        const cx = got.rect.left + got.rect.width / 2;
        const cy = got.rect.top + got.rect.height / 2;
        assert.ok(Math.abs(cx - got.viewport.w / 2) <= 2 && Math.abs(cy - got.viewport.h / 2) <= 2, `the dialog is centred at ${cx.toFixed(0)},${cy.toFixed(0)}, not in the middle of ${got.viewport.w}×${got.viewport.h}`);
        assert.ok(got.rect.width >= 200 && got.rect.width <= got.viewport.w, `the dialog is ${got.rect.width} px wide`);
        assert.equal(got.focus, 'input', 'focus moves to the server field');
        assert.ok(got.heading, 'the dialog has a heading');
        await page.keyboard.press('Escape');
        await bar.locator('dialog').waitFor({ state: 'hidden', timeout: 5000 });
        const focus = await page.evaluate(() => document.querySelector('scn-share-bar')?.shadowRoot?.activeElement?.getAttribute('part'));
        assert.match(focus ?? '', /control-mastodon/, 'focus returns to the Mastodon button');
        assert.equal(await faults(opened), '');
      } finally {
        await page.close();
      }
    });

    test('the signatory disclosure opens its list below its summary, inside the widget, pushing the page down', async () => {
      const opened = await openHome(locale, embed);
      const { page } = opened;
      try {
        const counter = page.locator('scn-declaration-counter');
        const summary = counter.locator('summary');
        await summary.waitFor({ state: 'visible', timeout: 10_000 });
        const before = await page.evaluate(() => document.querySelector('scn-declaration-counter')?.getBoundingClientRect().height ?? 0);
        await summary.click();
        await counter.locator('[part=signatories]').waitFor({ state: 'visible', timeout: 5000 });
        const got = await page.evaluate(() => {
          const host = document.querySelector('scn-declaration-counter');
          const root = host?.shadowRoot;
          const s = root?.querySelector('summary')?.getBoundingClientRect();
          const list = root?.querySelector('[part=signatories]');
          const l = list?.getBoundingClientRect();
          if (!host || !s || !l || !list) throw new Error('no summary or list');
          const items = [...list.querySelectorAll('li')].map((li) => {
            const r = li.getBoundingClientRect();
            return { text: li.textContent?.trim(), onTop: document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2) === host };
          });
          return { summary: s.toJSON(), list: l.toJSON(), host: host.getBoundingClientRect().toJSON(), items, expanded: root?.querySelector('details')?.open };
        });
        assert.equal(got.expanded, true);
        assert.ok(got.list.top >= got.summary.bottom - 1, `the list (top ${got.list.top}) is not below its summary (bottom ${got.summary.bottom})`);
        assert.ok(inside(rectOf(got.list), rectOf(got.host)), `the list spills out of the widget: ${JSON.stringify(rectOf(got.list))} in ${JSON.stringify(rectOf(got.host))}`);
        assert.ok(got.host.height > before, 'the widget did not grow to hold the list');
        assert.deepEqual(got.items.map((i) => i.text), ['Valmont (France)', 'Lakeside', 'Hillport (Canada)']);
        for (const i of got.items) assert.ok(i.onTop, `${i.text} is covered by the page`);
        await page.keyboard.press('Enter'); // the summary keeps focus: Enter closes it again
        await counter.locator('[part=signatories]').waitFor({ state: 'hidden', timeout: 5000 });
        assert.equal(await faults(opened), '');
      } finally {
        await page.close();
      }
    });
  });
}

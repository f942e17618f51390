// The embed builder end to end, built, in Chromium: every widget's every attribute set through its
// control reaches the preview's element and the copied snippet; the copied snippet and CSP lines
// make the widget render on a fresh strict-CSP host page; the feed checker's verdicts on local
// feeds; a widget manifest with a new attribute gets a control with no builder change; axe.
// Servers on 127.0.0.1, free ports, started and stopped here. Needs `npm run build` first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeLaunchOptions } from '../../../config/chrome.js';
import { widgetModels } from '../../wordpress-plugin/scripts/model.js';
import { start, defaultCdnDir } from '../server.js';

const embedManifest = JSON.parse(readFileSync(join(defaultCdnDir, 'manifest.json'), 'utf8'));
const widgets = widgetModels();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const demoEvents = JSON.parse(readFileSync(fileURLToPath(new URL('../../demo-city/site/feeds/events.json', import.meta.url)), 'utf8'));

let builder;
let feeds;
let browser;
let context;

/** Local feeds: each path answers as its name says. */
function startFeeds() {
  const cors = { 'access-control-allow-origin': '*' };
  // the demo's events and one more, whose latitude is a word
  const wrongEvents = { events: [...demoEvents.events, { ...demoEvents.events[0], id: 'fourth', lat: 'north' }] };
  const routes = {
    '/counter.json': [200, cors, JSON.stringify({ count: 12, updated: '2026-11' })],
    '/not-json.json': [200, cors, '{ "count": 12, '],
    '/wrong-shape.json': [200, cors, JSON.stringify({ count: 'forty', signatories: [{ name: 'Valmont' }, { country: 'FR' }] })],
    '/events-wrong.json': [200, cors, JSON.stringify(wrongEvents)],
    '/no-cors.json': [200, {}, JSON.stringify({ count: 12 })],
  };
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (!route) return res.writeHead(404, { 'content-type': 'text/plain', ...cors }).end('not found');
    const [status, headers, body] = route;
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r(undefined)); }) });
    }),
  );
}

before(async () => {
  assert.ok(existsSync(fileURLToPath(new URL('../dist/catalogue.json', import.meta.url))), 'build the builder first (npm run build)');
  builder = await start();
  feeds = await startFeeds();
  browser = await chromium.launch(chromeLaunchOptions());
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: builder.url.slice(0, -1) });
  // the snippets name the pinned npm CDN folder: answer for it with the same files, built here
  await context.route(`${embedManifest.base}**`, async (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const path = join(defaultCdnDir, file);
    if (!existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*' },
      body: readFileSync(path),
    });
  });
});

after(async () => {
  await browser?.close();
  await builder?.close();
  await feeds?.close();
});

async function openBuilder(hash = '') {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${builder.url}${hash}`);
  await page.locator('input[name="widget"]').first().waitFor();
  return { page, errors };
}

/** The preview frame's widget element, once it has `name` as expected (the frame reloads on each change). */
async function previewAttribute(page, tag, name, expected) {
  const deadline = Date.now() + 10_000;
  let last;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f !== page.mainFrame());
    try {
      last = await frame?.evaluate(([t, n]) => {
        const element = document.querySelector(t);
        return element && customElements.get(t) ? element.getAttribute(n) : undefined;
      }, [tag, name]);
      if (last === expected) return last;
    } catch {
      // the frame navigated while we asked
    }
    await page.waitForTimeout(100);
  }
  return last;
}

/** Copies the output of one tab and reads the clipboard back. */
async function copyOutput(page, tabName) {
  await page.locator(`#tab-${tabName}`).click();
  await page.locator('button.copy').click();
  await page.locator('p.status').filter({ hasText: /\S/ }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** A value for an attribute the test can recognise, and how the tag writes it. */
function valueFor(attribute) {
  switch (attribute.kind) {
    case 'enum': {
      const value = attribute.values.find((v) => v !== attribute.default) ?? attribute.values[0];
      return { set: (l) => l.selectOption(value), value, written: `${attribute.name}="${value}"` };
    }
    case 'boolean':
      return { set: (l) => l.check(), value: '', written: attribute.name };
    case 'number':
      return { set: (l) => l.fill('42').then(() => l.press('Tab')), value: '42', written: `${attribute.name}="42"` };
    case 'url': {
      const value = attribute.name === 'src' ? `${feeds.url}counter.json` : `https://example.org/${attribute.name}`;
      return { set: (l) => l.fill(value).then(() => l.press('Tab')), value, written: `${attribute.name}="${value}"` };
    }
    default: {
      const value = `test-${attribute.name}`;
      return { set: (l) => l.fill(value).then(() => l.press('Tab')), value, written: `${attribute.name}="${value}"` };
    }
  }
}

/** A fresh host page under the strict CSP (the lines the builder gave), with the copied snippet. */
async function hostPage(snippet, csp) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': `default-src 'self'; ${csp.replace(/\n/g, ' ')}` });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner page</title></head><body>\n${snippet}\n</body></html>`);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r(undefined)); }) };
}

describe('every attribute of every widget, through its control', () => {
  for (const widget of widgets) {
    test(`${widget.tag}: each control reaches the preview and the copied snippet; the snippet renders on a strict-CSP page`, async () => {
      const { page, errors } = await openBuilder(`#widget=${widget.tag}`);
      const written = [];
      for (const attribute of widget.attributes) {
        const control = page.locator(`#f-${attribute.name}`);
        assert.equal(await control.count(), 1, `<${widget.tag}> ${attribute.name} has a control`);
        const { set, value, written: text } = valueFor(attribute);
        await set(control);
        written.push(text);
        assert.equal(await previewAttribute(page, widget.tag, attribute.name, value), value, `preview <${widget.tag}> has ${attribute.name}`);
        const copied = await copyOutput(page, 'module');
        assert.equal(copied, `${embedManifest.snippet}\n\n<${widget.tag} ${written.join(' ')}></${widget.tag}>`, `copied snippet after ${attribute.name}`);
      }
      // the address holds the configuration: a fresh tab with it shows the same
      const again = await openBuilder(new URL(page.url()).hash);
      for (const attribute of widget.attributes) {
        const { value } = valueFor(attribute);
        assert.equal(await previewAttribute(again.page, widget.tag, attribute.name, value), value, `shared link keeps ${attribute.name}`);
      }
      await again.page.close();

      const snippet = await copyOutput(page, 'module');
      const csp = await copyOutput(page, 'csp');
      if (widget.attributes.some((a) => a.name === 'src')) assert.match(csp, new RegExp(`connect-src [^;]*${feeds.url.slice(0, -1).replace(/[.]/g, '\\.')}`), 'the feed origin is in connect-src');
      const host = await hostPage(snippet, csp);
      const partner = await context.newPage();
      const violations = [];
      partner.on('console', (m) => { if (/Content Security Policy|Trusted Type/i.test(m.text())) violations.push(m.text()); });
      await partner.goto(host.url);
      await partner.waitForFunction((t) => {
        const element = document.querySelector(t);
        return !!customElements.get(t) && !!element?.shadowRoot && (element.shadowRoot.textContent ?? '').trim().length > 0;
      }, widget.tag, { timeout: 10_000 });
      for (const attribute of widget.attributes) {
        assert.equal(await partner.locator(widget.tag).getAttribute(attribute.name), valueFor(attribute).value, `host page <${widget.tag}> ${attribute.name}`);
      }
      assert.deepEqual(violations, [], 'no CSP violation on the host page');
      await partner.close();
      await host.close();
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('the other outputs', () => {
  test('iframe, WordPress, Drupal: each names the configured widget and value', async () => {
    const widget = widgets.find((w) => w.attributes.some((a) => a.kind === 'enum'));
    assert.ok(widget);
    const attribute = widget.attributes.find((a) => a.kind === 'enum');
    const { value } = valueFor(attribute);
    const { page } = await openBuilder(`#widget=${widget.tag}&set.${attribute.name}=${value}`);
    assert.match(await copyOutput(page, 'iframe'), new RegExp(`^<iframe src="${embedManifest.base.replace(/[.]/g, '\\.')}frame\\.html#${widget.tag}&amp;${attribute.name}=${value}" title="[^"]+" sandbox="allow-scripts[^"]*"[^>]* height="\\d+"`));
    assert.equal(await copyOutput(page, 'shortcode'), `[${widget.shortcode} ${attribute.name}="${value}"]`);
    assert.equal(await copyOutput(page, 'block'), `<!-- wp:${widget.block} {"${attribute.name}":"${value}"} /-->`);
    const loader = embedManifest.files.find((f) => f.file === 'loader.js');
    const drupal = await copyOutput(page, 'drupal');
    assert.ok(drupal.includes(`${embedManifest.base}loader.js:`) && drupal.includes(loader.integrity), drupal);
    assert.ok(drupal.endsWith(`<${widget.tag} ${attribute.name}="${value}"></${widget.tag}>`), drupal);
    assert.match(await page.locator('p.status').textContent(), /Copied: Drupal/);
    await page.close();
  });
});

describe('feed checker', () => {
  const cases = [
    ['scn-declaration-counter', 'counter.json', /The feed is valid/, []],
    ['scn-declaration-counter', 'not-json.json', /not with JSON/, []],
    ['scn-declaration-counter', 'wrong-shape.json', /does not match the widget's format/, ['count: must be a number', 'signatories[1].name: is missing (required)']],
    ['scn-event-map', 'events-wrong.json', /does not match the widget's format/, ['events[3].lat: must be a number']],
    ['scn-declaration-counter', 'missing.json', /error 404/, []],
    ['scn-declaration-counter', 'no-cors.json', /does not let other websites read the feed/, []],
  ];
  for (const [tag, file, verdict, problems] of cases) {
    test(`${tag} ${file}`, async () => {
      const { page } = await openBuilder(`#widget=${tag}&set.src=${encodeURIComponent(feeds.url + file)}`);
      await page.getByRole('button', { name: 'Check the feed' }).click();
      const result = page.locator('.check-result .check');
      await result.waitFor({ timeout: 10_000 });
      assert.match(await result.textContent(), verdict);
      assert.deepEqual(await page.locator('.check-result li').allTextContents(), problems);
      if (file === 'no-cors.json') assert.match(await result.textContent(), /Access-Control-Allow-Origin: \*/);
      await page.close();
    });
  }
});

describe('generated, not written by hand', () => {
  test('an attribute added to a widget manifest gets its control, help and default, and reaches the snippet', async () => {
    const widget = widgets[0];
    const cem = JSON.parse(readFileSync(fileURLToPath(new URL(`../dist/widgets/${widget.slug}/custom-elements.json`, import.meta.url)), 'utf8'));
    const declaration = cem.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === widget.tag);
    declaration.attributes.push({
      name: 'accent',
      type: { text: "'warm' | 'cool' | 'plain'" },
      default: "'plain'",
      description: 'Fixture: the accent colour family.',
      fieldName: 'accent',
    });
    const page = await context.newPage();
    await page.route(`**/widgets/${widget.slug}/custom-elements.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(cem) }));
    await page.goto(`${builder.url}#widget=${widget.tag}`);
    const control = page.locator('#f-accent');
    await control.waitFor();
    assert.deepEqual(await control.locator('option').evaluateAll((o) => o.map((x) => x.value)), ['warm', 'cool', 'plain']);
    assert.equal(await control.inputValue(), 'plain', 'the default is selected');
    assert.match(await page.locator('[data-attribute="accent"]').textContent(), /Fixture: the accent colour family\.[\s\S]*Default: Plain/);
    await control.selectOption('cool');
    assert.equal(await copyOutput(page, 'module'), `${embedManifest.snippet}\n\n<${widget.tag} accent="cool"></${widget.tag}>`);
    assert.equal(await copyOutput(page, 'shortcode'), `[${widget.shortcode} accent="cool"]`);
    await page.close();
  });
});

describe('accessibility', () => {
  for (const ui of ['en', 'ar']) {
    test(`axe: no violations, ${ui}`, async () => {
      const { page } = await openBuilder(`#widget=scn-declaration-counter&set.src=${encodeURIComponent(`${feeds.url}wrong-shape.json`)}&ui=${ui}`);
      await page.waitForFunction((l) => document.documentElement.lang === l, ui);
      if (ui === 'ar') {
        assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
        assert.notEqual(await page.locator('h1').textContent(), 'Embed a Strong Cities widget', 'the title is translated');
        assert.notEqual(await page.title(), 'Embed a Strong Cities widget', 'the document title is translated');
      }
      for (const tab of ['module', 'iframe', 'csp']) {
        await page.locator(`#tab-${tab}`).click();
        const words = (await page.locator('p.note, h1, h2, label, .help').allTextContents()).join('\n');
        assert.doesNotMatch(words, /&(lt|gt|amp|quot);/, `no escaped markup in the page's words (${tab} tab)`);
      }
      await page.locator('#f-src').locator('xpath=..').locator('button').click();
      await page.locator('.check-result li').first().waitFor();
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const result = await /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
      await page.close();
    });
  }

  test('keyboard: the output tabs follow the arrow keys, Home and End', async () => {
    const { page } = await openBuilder('#widget=scn-share-bar');
    await page.locator('#tab-module').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.querySelector('scn-embed-builder')?.shadowRoot?.activeElement?.id), 'tab-classic');
    assert.equal(await page.locator('#tab-classic').getAttribute('aria-selected'), 'true');
    await page.keyboard.press('End');
    assert.equal(await page.locator('#tab-csp').getAttribute('aria-selected'), 'true');
    await page.keyboard.press('Home');
    assert.equal(await page.locator('#tab-module').getAttribute('aria-selected'), 'true');
    await page.close();
  });

  test('a URL the widget would refuse is flagged and kept out of the code', async () => {
    const widget = widgets.find((w) => w.attributes.some((a) => a.kind === 'url'));
    const attribute = widget.attributes.find((a) => a.kind === 'url');
    const { page } = await openBuilder(`#widget=${widget.tag}`);
    await page.locator(`#f-${attribute.name}`).fill('javascript:alert(1)');
    await page.locator(`#f-${attribute.name}`).press('Tab');
    assert.equal(await page.locator(`#f-${attribute.name}`).getAttribute('aria-invalid'), 'true');
    assert.equal(await copyOutput(page, 'module'), `${embedManifest.snippet}\n\n<${widget.tag}></${widget.tag}>`);
    await page.close();
  });
});

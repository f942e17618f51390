// The public site (scripts/build-site.js) served by a plain static server from a sub-path, as a
// project page on any static host: Storybook, the demo city and (when built) the embed builder load,
// their links to one another resolve, nothing they request is missing, and the widgets render.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeLaunchOptions } from '../config/chrome.js';
import { serveStatic } from '../config/static-server.js';
import { buildSite } from './build-site.js';
import { widgetsOn } from '../apps/demo-city/site/render.js';
import { widgetByShort } from '../packages/embed/scripts/widgets.js';

const SUB = '/projects/strong-cities/';
let host;
let server;
let browser;
let site;
before(async () => {
  host = mkdtempSync(join(tmpdir(), 'scn-site-'));
  site = buildSite(join(host, 'built'));
  mkdirSync(join(host, 'www/projects'), { recursive: true });
  symlinkSync(site.out, join(host, 'www/projects/strong-cities'));
  server = await serveStatic(join(host, 'www'));
  browser = await chromium.launch(chromeLaunchOptions());
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (host) rmSync(host, { recursive: true, force: true });
});

/** A page that records every response of 400 or more and every error. */
async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico') && !new URL(r.url()).pathname.startsWith('/__')) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`${server.url}${path}`);
  return { page, problems };
}

const status = async (url) => (await fetch(url)).status;

describe('public site under a sub-path', () => {
  it('Introduction links to the demo city (and the builder when built) with relative links that resolve', async () => {
    const { page, problems } = await open(`${SUB}iframe.html?id=introduction--docs&viewMode=docs`);
    try {
      await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: 60_000 });
      const links = await page.$$eval('#storybook-docs a[target="_top"]', (as) => as.map((a) => ({ raw: a.getAttribute('href'), href: a.href })));
      const demo = links.find((l) => l.raw === 'demo/en/');
      assert.ok(demo, 'a relative link to demo/en/');
      assert.equal(await status(demo.href), 200, demo.href);
      const builder = links.find((l) => l.raw === 'builder/');
      assert.ok(builder, 'a relative link to builder/');
      if (site.builder) assert.equal(await status(builder.href), 200, builder.href);
      for (const l of links) assert.ok(!l.raw.startsWith('/') && !/^https?:/.test(l.raw), `relative: ${l.raw}`);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  it('the Storybook manager loads a story from the sub-path', async () => {
    const { page, problems } = await open(`${SUB}?path=/story/widgets-share-bar--default`);
    try {
      await page.frameLocator('#storybook-preview-iframe').locator('scn-share-bar').waitFor({ timeout: 60_000 });
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  // every widget is on one of these pages (each where a city would put it: apps/demo-city/site/render.js)
  for (const [path, key] of [['demo/en/', 'index'], ['demo/ar/events.html', 'events'], ['demo/fr/news/safer-together.html', 'news/safer-together'], ['demo/es/join.html', 'join']]) {
    const expected = widgetsOn[key].map((short) => widgetByShort(short).tag).sort();
    it(`${path}: its widgets (${expected.join(', ')}) render from the copied CDN folder, nothing is missing, links resolve`, async () => {
      const { page, problems } = await open(`${SUB}${path}`);
      try {
        await page.waitForFunction(
          (count) => {
            const widgets = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('scn-'));
            return widgets.length >= count && widgets.every((e) => e.shadowRoot && e.shadowRoot.childNodes.length > 0);
          },
          expected.length,
          { timeout: 30_000 },
        );
        const tags = await page.$$eval('*', (els) => [...new Set(els.map((e) => e.localName).filter((n) => n.startsWith('scn-')))].sort());
        assert.deepEqual(tags, expected);
        const hrefs = await page.$$eval('a[href], link[href]', (els) => els.map((e) => ({ raw: e.getAttribute('href'), href: e.href })));
        for (const { raw, href } of hrefs) {
          if (!href.startsWith(server.url)) continue; // the widgets' own links to the network
          assert.ok(!raw.startsWith('/'), `relative link: ${raw}`);
          const url = new URL(href);
          url.hash = '';
          assert.equal(await status(url.href), 200, `${raw} → ${url.href}`);
        }
        assert.ok(hrefs.some((l) => l.href === `${server.url}${SUB}`), 'a link back to Storybook');
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }
});

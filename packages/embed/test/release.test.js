// The published package, as an npm CDN serves it: `npm pack` the embed package, unpack the
// tarball behind a server with jsDelivr's path layout (/npm/@strong-cities/embed@<version>/dist/…,
// CORS *), and paste the manifest's exact snippet (only the origin swapped) into a partner page on
// another origin, under the strict CSP of DESIGN.md. Everything runs on 127.0.0.1.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brief, launch, openRecorded, tags } from '../test-support/helpers.js';
import { assertCleanPage, assertFallbacks, assertRendered, fallbacks, folder, origin, partnerPage, sendHtml } from '../test-support/origins.js';
import { cspDirectives } from '../scripts/csp.js';
import { PACKAGE, npmCdnBase } from '../scripts/manifest.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const NPM_CDN = 'https://cdn.jsdelivr.net';
const LOCALES = ['en', 'fr', 'es', 'ar'];

let work = '';
let unpacked = '';
/** dist/manifest.json as published */
let manifest;
/** @type {import('playwright-core').Browser} */
let browser;
const closers = [];

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'scn-release-'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', work]);
  unpacked = join(work, 'package');
  manifest = JSON.parse(readFileSync(join(unpacked, 'dist/manifest.json'), 'utf8'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all(closers.map((close) => close()));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The npm CDN stand-in: the tarball's files at /npm/<name>@<version>/…, with CORS as jsDelivr sends it. */
async function npmCdn(options = {}) {
  const o = await origin(folder(`/npm/${PACKAGE}@${manifest.version}/`, unpacked, {
    ...options,
    headers: { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin', ...options.headers },
  }));
  closers.push(o.close);
  return o.origin;
}

/** A partner site whose pages paste `snippet` as given and every tag with its fallback. */
async function partnerSite(cdn, snippetOf) {
  const folderUrl = `${cdn}${new URL(manifest.base).pathname}`;
  const policy = ["default-src 'self'", ...cspDirectives(folderUrl)].join('; ');
  const body = manifest.example.slice(manifest.snippet.length).trim();
  const o = await origin((_req, res, url) => {
    const [, lang, kind] = /^\/(en|fr|es|ar)\/(classic)?$/.exec(url.pathname) ?? [];
    if (!lang) return false;
    return sendHtml(res, partnerPage({ lang, head: snippetOf(kind ? manifest.snippetClassic : manifest.snippet), body }), policy);
  });
  closers.push(o.close);
  return o.origin;
}

/** The manifest's snippet with only its origin swapped for the stand-in's. */
const swapOrigin = (cdn) => (snippet) => {
  const swapped = snippet.replaceAll(NPM_CDN, cdn);
  assert.equal(swapped.replaceAll(cdn, NPM_CDN), snippet);
  return swapped;
};

describe('the published package', () => {
  test('its manifest points at this exact version on the npm CDN, with the integrity of the bytes in the tarball', () => {
    assert.equal(manifest.base, npmCdnBase(manifest.version));
    assert.equal(manifest.base, `${NPM_CDN}/npm/@strong-cities/embed@${manifest.version}/dist/`);
    for (const [snippet, file] of [[manifest.snippet, 'loader.js'], [manifest.snippetClassic, 'widgets.js'], [manifest.snippet, 'reserve.css'], [manifest.snippetClassic, 'reserve.css'], [manifest.snippet, 'hold.js'], [manifest.snippetClassic, 'hold.js']]) {
      const bytes = readFileSync(join(unpacked, 'dist', file));
      const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
      const attr = file.endsWith('.css') ? 'href' : 'src';
      assert.ok(snippet.includes(`${attr}="${manifest.base}${file}" integrity="${sri}" crossorigin="anonymous"`), `${file}: ${snippet}`);
    }
    assert.ok(manifest.example.startsWith(`${manifest.snippet}\n\n`));
    for (const tag of tags) assert.ok(manifest.example.includes(`<${tag}>`), `the example lacks <${tag}>`);
  });
});

describe('pasted from the manifest, served by an npm CDN (jsDelivr\'s layout, CORS *), strict CSP', () => {
  let cdn = '';
  let site = '';
  before(async () => {
    cdn = await npmCdn();
    site = await partnerSite(cdn, (s) => swapOrigin(cdn)(s));
  });

  for (const locale of LOCALES) {
    test(`${locale}: every widget renders; SRI checked; 0 console errors, 0 CSP violations, 0 requests elsewhere`, async () => {
      const context = await browser.newContext();
      const { page, log } = await openRecorded(context, `${site}/${locale}/`);
      await assertRendered(assert, page, locale);
      const script = await page.evaluate(() => {
        const s = /** @type {HTMLScriptElement} */ (document.querySelector('script[src$="/loader.js"]'));
        return { src: s.src, integrity: s.integrity, crossOrigin: s.crossOrigin };
      });
      assert.equal(script.src, `${cdn}/npm/@strong-cities/embed@${manifest.version}/dist/loader.js`);
      assert.match(script.integrity, /^sha384-/);
      assert.equal(script.crossOrigin, 'anonymous');
      await assertCleanPage(assert, { page, log }, [`${site}/`, `${cdn}/npm/@strong-cities/embed@${manifest.version}/dist/`]);
      await context.close();
    });
  }

  test('the classic snippet too', async () => {
    const context = await browser.newContext();
    const { page, log } = await openRecorded(context, `${site}/ar/classic`);
    await assertRendered(assert, page, 'ar');
    await assertCleanPage(assert, { page, log }, [`${site}/`, `${cdn}/`]);
    await context.close();
  });
});

// with its script refused, reserve.css would keep every tag's space empty: hold.js gives it back
for (const [kind, file] of [['', 'loader.js'], ['classic', 'widgets.js']]) {
  test(`the browser refuses a ${file} that is not the published one (SRI): fallbacks show, at their own height`, async () => {
    const cdn = await npmCdn({
      override: (f) => (f === `dist/${file}` ? { body: `${readFileSync(join(unpacked, `dist/${file}`), 'utf8')}\n;` } : undefined),
    });
    const site = await partnerSite(cdn, (s) => swapOrigin(cdn)(s));
    const context = await browser.newContext();
    const { page, log } = await openRecorded(context, `${site}/en/${kind}`, { waitFor: [] });
    for (let i = 0; i < 50 && !log.errors.some((e) => /integrity/i.test(e)); i++) await page.waitForTimeout(100);
    assert.ok(log.errors.some((e) => /integrity/i.test(e) && e.includes(file)), `no integrity error: ${brief(log.errors)}`);
    assert.equal(await page.evaluate(() => [...document.styleSheets].find((s) => /reserve\.css$/.test(s.href ?? ''))?.cssRules.length ?? 0) > 0, true, 'reserve.css did not apply');
    assertFallbacks(assert, await fallbacks(page), `tampered ${file}`);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}

// The self-hosting zip, unpacked on a city's own site, works with no CORS header and no request
// to anyone else; the same folder on another origin without CORS, or with a chunk that cannot
// load, leaves every tag showing its fallback, with one message in the console that says why.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { brief, launch, openRecorded, tags } from '../test-support/helpers.js';
import { assertCleanPage, assertFallbacks, assertRendered, fallbacks, folder, origin, partnerPage, sendHtml } from '../test-support/origins.js';
import { cspDirectives } from '../scripts/csp.js';
import { tagsWithFallbacks } from '../scripts/widgets.js';
import { releaseDir, zipName } from '../scripts/self-host.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const built = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
const version = built.version;
const PATH = `/assets/scn/${version}/`;
const LOCALES = ['en', 'fr', 'es', 'ar'];
const policy = (source) => ["default-src 'self'", ...cspDirectives(source)].join('; ');
const runtimeFile = built.files.map((f) => f.file).find((f) => /^runtime-[\w-]{8}\.js$/.test(f));
const literal = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** the URL of one of the folder's chunks, as the loader's message names it */
const chunkUrl = (cdn, file) => new RegExp(`${literal(`${cdn}${PATH}`)}${file ? literal(file) : '[\\w-]+\\.js'}`);

/** @type {Record<string, Uint8Array>} */
let entries = {};
let unpacked = '';
/** the zip's own manifest: snippets for a path on the city's site */
let own;
/** @type {import('playwright-core').Browser} */
let browser;
const closers = [];

before(async () => {
  entries = unzipSync(readFileSync(join(releaseDir, `${zipName(version)}.zip`)));
  unpacked = mkdtempSync(join(tmpdir(), 'scn-self-host-'));
  for (const [name, bytes] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(unpacked, name)), { recursive: true });
    writeFileSync(join(unpacked, name), bytes);
  }
  own = JSON.parse(readFileSync(join(unpacked, zipName(version), 'manifest.json'), 'utf8'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all(closers.map((close) => close()));
  if (unpacked) rmSync(unpacked, { recursive: true, force: true });
});

/** Starts an origin for this file's tests; closed after them. */
async function serve(handle) {
  const o = await origin(handle);
  closers.push(o.close);
  return o.origin;
}
const folderDir = () => join(unpacked, zipName(version));

describe('the self-hosting zip', () => {
  test('holds one folder: every file of the CDN folder, a README, the licences', () => {
    const names = Object.keys(entries).sort();
    const top = `${zipName(version)}/`;
    assert.ok(names.every((n) => n.startsWith(top)), `entries outside ${top}: ${brief(names.filter((n) => !n.startsWith(top)))}`);
    const expected = [...built.files.map((f) => f.file), 'manifest.json', 'README.txt', 'LICENSE.txt'].map((f) => top + f).sort();
    assert.deepEqual(names, expected);
    for (const f of built.files) {
      assert.ok(Buffer.from(entries[top + f.file]).equals(readFileSync(join(dist, f.file))), `${f.file} differs from dist/`);
    }
    assert.match(Buffer.from(entries[`${top}LICENSE.txt`]).toString(), /^MIT License/);
    assert.match(Buffer.from(entries[`${top}THIRD-PARTY-LICENSES.txt`]).toString(), /lit-html/);
  });

  test('its manifest and README give the snippet for a path on the city\'s own site, with the published integrity', () => {
    assert.equal(own.base, PATH);
    const integrity = (name) => built.files.find((f) => f.file === name).integrity;
    assert.equal(own.snippet, `<link rel="stylesheet" href="${PATH}reserve.css" integrity="${integrity('reserve.css')}" crossorigin="anonymous">\n<script src="${PATH}hold.js" integrity="${integrity('hold.js')}" crossorigin="anonymous"></script>\n<script type="module" src="${PATH}loader.js" integrity="${integrity('loader.js')}" crossorigin="anonymous" blocking="render"></script>`);
    assert.equal(own.snippetClassic, built.snippetClassic.replaceAll(built.base, PATH));
    assert.deepEqual(own.files, built.files);
    const readme = Buffer.from(entries[`${zipName(version)}/README.txt`]).toString();
    assert.ok(readme.includes(own.snippet), 'README.txt lacks the module snippet');
    assert.ok(readme.includes(own.snippetClassic), 'README.txt lacks the classic snippet');
    for (const line of cspDirectives("'self'")) assert.ok(readme.includes(`${line};`), `README.txt lacks the CSP line "${line};"`);
    assert.match(readme, /Upload every file of this folder/);
  });
});

describe('unpacked under /assets/scn/<version>/ on the site\'s own origin, no CORS header', () => {
  let site = '';
  before(async () => {
    const files = folder(PATH, folderDir());
    site = await serve((req, res, url) => {
      const [, lang, kind] = /^\/(en|fr|es|ar)\/(classic)?$/.exec(url.pathname) ?? [];
      if (lang) return sendHtml(res, partnerPage({ lang, head: kind ? own.snippetClassic : own.snippet, body: tagsWithFallbacks() }), policy("'self'"));
      return files(req, res, url);
    });
  });

  for (const locale of LOCALES) {
    test(`${locale}: every widget renders, 0 console errors, 0 CSP violations, 0 requests elsewhere`, async () => {
      const context = await browser.newContext();
      const { page, log } = await openRecorded(context, `${site}/${locale}/`);
      await assertRendered(assert, page, locale);
      await assertCleanPage(assert, { page, log }, [`${site}/`]);
      assert.ok(log.requests.some((u) => u === `${site}${PATH}loader.js`), 'loader.js was not requested from the site');
      await context.close();
    });
  }

  test('the classic snippet too', async () => {
    const context = await browser.newContext();
    const { page, log } = await openRecorded(context, `${site}/fr/classic`);
    await assertRendered(assert, page, 'fr');
    await assertCleanPage(assert, { page, log }, [`${site}/`]);
    await context.close();
  });
});

/**
 * A page on one origin with the folder on another (the snippet's path, another origin), served as
 * `options` say; the page's CSP allows the folder unless `csp` says otherwise.
 */
async function crossOrigin(options, csp) {
  const files = folder(PATH, folderDir(), options);
  const cdn = await serve(files);
  const snippet = own.snippet.replaceAll(`src="${PATH}`, `src="${cdn}${PATH}`).replace(`href="${PATH}`, `href="${cdn}${PATH}`);
  const site = await serve((_req, res, url) => {
    if (url.pathname !== '/') return false;
    return sendHtml(res, partnerPage({ lang: 'en', head: snippet, body: tagsWithFallbacks() }), policy(csp?.(cdn) ?? `${cdn}${PATH}`));
  });
  return { site, cdn };
}

/** Opens the page and waits until the loader's own message (if it speaks) has had time to come. */
async function openBroken(url, { waitForLoader = true } = {}) {
  const context = await browser.newContext();
  const { page, log } = await openRecorded(context, url, { waitFor: [] });
  const ours = () => log.warnings.filter((w) => w.startsWith('[strong-cities]'));
  if (waitForLoader) {
    for (let i = 0; i < 100 && ours().length === 0; i++) await page.waitForTimeout(100);
  }
  // whatever else might still arrive (a second message, a late definition)
  await page.waitForTimeout(500);
  return { context, page, log, ours: ours() };
}

describe('when the code cannot load, every tag shows its fallback and the console says why once', () => {
  test('the folder on another origin without a CORS header: the browser refuses reserve.css, hold.js and loader.js, one message each', async () => {
    const { site } = await crossOrigin({});
    const { context, page, log } = await openBroken(`${site}/`, { waitForLoader: false });
    assertFallbacks(assert, await fallbacks(page), 'no CORS');
    assert.deepEqual(log.pageErrors, [], 'an uncaught error');
    const cors = [...log.errors, ...log.warnings].filter((m) => /CORS|Access-Control-Allow-Origin/.test(m));
    assert.equal(cors.length, 3, `messages about CORS: ${brief(cors)}`);
    for (const file of [/reserve\.css/, /hold\.js/, /loader\.js/]) assert.ok(cors.some((m) => file.test(m)), `no message names ${file}: ${brief(cors)}`);
    assert.deepEqual(await page.evaluate((list) => list.filter((t) => customElements.get(t)), tags), []);
    await context.close();
  });

  const faults = [
    {
      name: 'a chunk is missing (404)',
      options: { override: (file) => (file === runtimeFile ? { status: 404 } : undefined), headers: { 'access-control-allow-origin': '*' } },
      says: (cdn) => [chunkUrl(cdn, runtimeFile), /answered 404/, /upload every file/i],
    },
    {
      name: 'a chunk is served with the wrong MIME type',
      options: { override: (file) => (file === runtimeFile ? { type: 'text/plain' } : undefined), headers: { 'access-control-allow-origin': '*' } },
      says: (cdn) => [chunkUrl(cdn, runtimeFile), /served as "text\/plain"/, /serve \.js files as "text\/javascript"/],
    },
    {
      name: 'the page\'s CSP allows loader.js only',
      options: { headers: { 'access-control-allow-origin': '*' } },
      csp: (cdn) => `${cdn}${PATH}loader.js`,
      says: (cdn) => [chunkUrl(cdn), /blocked by this page's Content-Security-Policy/, new RegExp(`allow ${literal(`${cdn}${PATH}`)} in script-src`)],
    },
    {
      name: 'only loader.js has a CORS header',
      options: { override: (file) => (file === 'loader.js' ? { headers: { 'access-control-allow-origin': '*' } } : undefined) },
      says: (cdn) => [chunkUrl(cdn), /no "Access-Control-Allow-Origin" header/, /Access-Control-Allow-Origin: \*/],
    },
  ];
  for (const fault of faults) {
    test(`${fault.name}: one message naming the file, the cause and the fix; fallbacks, no blank band`, async () => {
      const { site, cdn } = await crossOrigin(fault.options, fault.csp);
      const { context, page, log, ours } = await openBroken(`${site}/`);
      assert.equal(ours.length, 1, `loader messages: ${brief(ours)}; other warnings: ${brief(log.warnings)}; errors: ${brief(log.errors)}`);
      for (const re of fault.says(cdn)) assert.match(ours[0], re);
      assert.match(ours[0], /^\[strong-cities\] A widget's code could not load \(<scn-[a-z-]+> first\): each such tag shows the content written inside it instead\. /);
      assertFallbacks(assert, await fallbacks(page), fault.name);
      assert.deepEqual(log.pageErrors, [], 'an uncaught error');
      await context.close();
    });
  }
});

describe('a build-time base (SCN_CDN_BASE) for a city\'s own folder', () => {
  test('writes the manifest\'s snippets, the zip\'s manifest and README for that folder', async () => {
    const { describeFiles, manifestFor, snippetBase } = await import('../scripts/manifest.js');
    const { zipEntries } = await import('../scripts/self-host.js');
    const base = snippetBase({ SCN_CDN_BASE: 'https://www.city.example/assets/scn/1.0.0' });
    assert.equal(base, 'https://www.city.example/assets/scn/1.0.0/');
    const manifest = manifestFor(describeFiles(), base);
    assert.equal(manifest.snippet, built.snippet.replaceAll(built.base, base));
    assert.equal(manifest.snippetClassic, built.snippetClassic.replaceAll(built.base, base));
    const zip = zipEntries(manifest);
    const inZip = JSON.parse(Buffer.from(zip[`${zipName(version)}/manifest.json`]).toString());
    assert.equal(inZip.snippet, manifest.snippet);
    const readme = Buffer.from(zip[`${zipName(version)}/README.txt`]).toString();
    assert.ok(readme.includes(manifest.snippet));
    assert.ok(readme.includes('script-src https://www.city.example/assets/scn/1.0.0/;'), 'the CSP lines do not name the folder');
    assert.equal(snippetBase({ SCN_CDN_BASE: '/assets/scn/1.0.0/' }), '/assets/scn/1.0.0/');
    assert.equal(snippetBase({}), built.base);
    for (const bad of ['javascript:alert(1)', 'www.city.example/scn/', 'https://x/"><script>']) {
      assert.throws(() => snippetBase({ SCN_CDN_BASE: bad }), /SCN_CDN_BASE must be/, bad);
    }
  });
});

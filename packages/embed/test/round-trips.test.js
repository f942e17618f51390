// How many round trips after the HTML before a widget can render (issue 18): on a phone each one
// costs ~150 ms. Computed from the build itself, for every widget in every locale: the import graph
// of the chunks in dist/ and what loader.js starts at once (the widget's chunk by import(), the
// files its preload table names with their integrity, the page's locale chunk, a `src` feed).
// A file nobody starts early is requested only when the file that imports it has arrived.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverWidgets } from '../scripts/widgets.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const MAX_ROUND_TRIPS = 2;
const LOCALES = ['en', 'fr', 'es', 'ar'];

/** A chunk's static and dynamic imports of files beside it, from its minified code. */
export function importsOf(code) {
  const names = (re) => [...code.matchAll(re)].map((m) => m[1]);
  return {
    // `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`
    static: names(/(?:\bimport|\bfrom)\s*["'`]\.\/([^"'`]+\.js)["'`]/g),
    dynamic: names(/\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g),
  };
}

/** The preload table the build wrote into loader.js (widgets-plugin.js, preloadTable). */
export function preloadTableOf(loader) {
  const start = loader.indexOf('{"f":');
  assert.notEqual(start, -1, 'loader.js has no preload table');
  let depth = 0;
  for (let i = start; i < loader.length; i++) {
    if (loader[i] === '{') depth++;
    else if (loader[i] === '}' && --depth === 0) return JSON.parse(loader.slice(start, i + 1));
  }
  throw new Error('loader.js: the preload table does not end');
}

/** tag → the chunk loader.js imports for it: `"scn-x":()=>import("./x-hash.js")`. */
export function widgetImportsOf(loader) {
  return Object.fromEntries([...loader.matchAll(/"(scn-[\w-]+)":\(\)=>import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) => [m[1], m[2]]));
}

/**
 * Round trips after the HTML until everything `tag` needs in `locale` has arrived: loader.js is
 * the first; what it starts at once arrives in the second; a file nobody started arrives one round
 * trip after the file that imports it. Returns the depth and the longest chain, for the message.
 * @param {object} build
 * @param {Record<string, string[]>} build.graph   file → files it imports statically
 * @param {Record<string, string[]>} build.dynamic file → files it imports on demand (the runtime its locales)
 * @param {Record<string, string>} build.chunks     tag → its chunk
 * @param {{ f: [string, string][], w: Record<string, number[]>, l: Record<string, number>, s: string[], i: string[] }} build.table
 * @param {string} tag
 * @param {string} locale
 * @param {boolean} hasFeed  the widget is given a `src` feed
 */
export function roundTrips({ graph, dynamic, chunks, table }, tag, locale, hasFeed) {
  const loaderTrip = 1;
  /** file → [round trip it arrives in, chain] */
  const arrives = new Map();
  const started = [chunks[tag], ...(table.w[tag] ?? []).map((i) => table.f[i][0])];
  if (table.l[locale] !== undefined) started.push(table.f[table.l[locale]][0]);
  for (const file of started) arrives.set(file, [loaderTrip + 1, ['loader.js', file]]);
  // what must arrive before the widget renders: its chunk and what it imports, then the page's
  // locale chunk (asked for by the code that imports it on demand, once that has arrived and run,
  // unless the loader started it) and what that imports
  const queue = [chunks[tag]];
  const walk = () => {
    for (let i = 0; i < queue.length; i++) {
      const file = queue[i];
      if (!arrives.has(file)) throw new Error(`${file} is needed but nothing requests it`);
      const [trip, chain] = arrives.get(file);
      for (const dep of graph[file] ?? []) {
        if (!arrives.has(dep)) arrives.set(dep, [trip + 1, [...chain, dep]]);
        if (!queue.includes(dep)) queue.push(dep);
      }
    }
  };
  walk();
  // the widget's code can run (and ask for its feed) once all of it has arrived
  const codeRuns = Math.max(...queue.map((f) => arrives.get(f)[0]));
  const lastCode = queue.find((f) => arrives.get(f)[0] === codeRuns) ?? chunks[tag];
  if (locale !== 'en') {
    const isLocale = (f) => new RegExp(`^${locale}-[\\w-]{8}\\.js$`).test(f);
    const importer = queue.find((f) => dynamic[f]?.some(isLocale));
    const preloaded = table.l[locale] === undefined ? undefined : table.f[table.l[locale]][0];
    const file = preloaded ?? dynamic[importer ?? '']?.find(isLocale) ?? `${locale} locale chunk (missing)`;
    if (!arrives.has(file) && importer) arrives.set(file, [arrives.get(importer)[0] + 1, [...arrives.get(importer)[1], file]]);
    queue.push(file);
    walk();
  }
  let worst = [0, []];
  for (const file of queue) if (arrives.get(file)[0] > worst[0]) worst = arrives.get(file);
  if (hasFeed) {
    // the feed is requested by the loader, or else by the widget once its chunk has run
    const feed = table.s.includes(tag) ? [loaderTrip + 1, ['loader.js', 'feed']] : [codeRuns + 1, [...arrives.get(lastCode)[1], 'feed']];
    if (feed[0] > worst[0]) worst = feed;
  }
  return { depth: worst[0], chain: worst[1] };
}

function readBuild() {
  const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
  const code = Object.fromEntries(files.map((f) => [f, readFileSync(join(dist, f), 'utf8')]));
  const graph = Object.fromEntries(files.map((f) => [f, importsOf(code[f]).static]));
  const dynamic = Object.fromEntries(files.map((f) => [f, importsOf(code[f]).dynamic]));
  return { code, graph, dynamic, chunks: widgetImportsOf(code['loader.js']), table: preloadTableOf(code['loader.js']) };
}

const widgets = discoverWidgets();

test('loader.js imports a chunk for every widget and preloads only files of its own folder', () => {
  const { code, chunks, table } = readBuild();
  assert.deepEqual(Object.keys(chunks).sort(), widgets.map((w) => w.tag).sort());
  for (const [file, integrity] of table.f) {
    assert.ok(/^[\w-]+\.js$/.test(file), `${file}: a file beside loader.js`);
    assert.ok(code[file], `${file} is preloaded but not in dist/`);
    const hash = createHash('sha256').update(readFileSync(join(dist, file))).digest('base64');
    assert.equal(integrity, `sha256-${hash}`, `${file}: the integrity loader.js gives is the file's`);
  }
  assert.deepEqual(Object.keys(table.l).sort(), LOCALES.filter((l) => l !== 'en').sort(), 'a chunk for every locale but the source');
  assert.deepEqual(table.s.sort(), widgets.filter((w) => w.feed).map((w) => w.tag).sort(), 'the feed of every widget that has one starts early');
});

for (const widget of widgets) {
  for (const locale of LOCALES) {
    test(`<${widget.tag}> in ${locale}: at most ${MAX_ROUND_TRIPS} round trips after the HTML`, () => {
      const { depth, chain } = roundTrips(readBuild(), widget.tag, locale, Boolean(widget.feed));
      assert.ok(depth <= MAX_ROUND_TRIPS, `${depth} sequential round trips: ${chain.join(' → ')}`);
    });
  }
}

test('the count sees a chain the loader does not shorten', () => {
  // the same build with nothing preloaded (the loader as it was): each chunk waits for the one that
  // names it, and the locale for the runtime that asks for it
  const build = readBuild();
  const bare = { ...build, table: { ...build.table, w: {}, s: [], l: {} } };
  for (const widget of widgets) {
    const { depth, chain } = roundTrips(bare, widget.tag, 'ar', Boolean(widget.feed));
    assert.ok(depth >= 4, `<${widget.tag}> in ar without preloads: ${depth} (${chain.join(' → ')})`);
    assert.match(chain.join(' → '), /^loader\.js → [\w-]+\.js → runtime-[\w-]{8}\.js → (ar-[\w-]{8}\.js|feed)$/);
  }
  const { depth } = roundTrips(bare, widgets[0].tag, 'en', false);
  assert.equal(depth, 3, 'in English, without preloads: the loader, the widget, the runtime');
});

test('importsOf reads minified static and dynamic imports', () => {
  const found = importsOf('import{a as b}from"./runtime-AbC_12-x.js";import"./side-x1234567.js";const f=()=>import(`./fr-Zz9_aaaa.js`)');
  assert.deepEqual(found, { static: ['runtime-AbC_12-x.js', 'side-x1234567.js'], dynamic: ['fr-Zz9_aaaa.js'] });
});

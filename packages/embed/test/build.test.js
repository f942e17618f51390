// The CDN folder itself: what npm run build promises in DESIGN.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { tags, widgets } from '../test-support/helpers.js';
import { LOADER_BUDGET } from '../scripts/write-manifest.js';
import { sharedChunks } from '../scripts/shared-chunks.js';
import { shortIds } from '../../../config/short-msg-ids.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const read = (f) => readFileSync(new URL(f, `file://${dist}`));
const manifest = JSON.parse(read('manifest.json').toString());

test('manifest.json lists every file with bytes, gzip bytes and sha384 integrity, and the snippets', () => {
  const files = readdirSync(dist).filter((f) => f !== 'manifest.json').sort();
  assert.deepEqual(manifest.files.map((f) => f.file), files);
  for (const f of manifest.files) {
    assert.equal(f.bytes, read(f.file).length, `${f.file} bytes`);
    assert.equal(f.gzip, gzipSync(read(f.file), { level: 9 }).length, `${f.file} gzip`);
    assert.match(f.integrity, /^sha384-[A-Za-z0-9+/]{64}$/, `${f.file} integrity`);
  }
  // the render-blocking stylesheet first: every widget's space before the first paint (issue 17)
  // then hold.js, a classic script (no async, defer or type): the parser waits for it and it for the
  // stylesheet, so nothing below the snippet is painted before the space is reserved (Firefox in <body>)
  for (const snippet of [manifest.snippet, manifest.snippetClassic]) assert.match(snippet, /^<link rel="stylesheet" href="[^"]+\/reserve\.css" integrity="sha384-[^"]+" crossorigin="anonymous">\n<script src="[^"]+\/hold\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>\n/);
  // a comment line, then one function of its own: nothing global but its error listener
  assert.match(read('hold.js').toString(), /^\/\/ [^\n]+\n!function\(e\)\{[^\n]+\}\(document\.currentScript\);\n$/);
  assert.match(manifest.snippet, /<script type="module" src="[^"]+\/loader\.js" integrity="sha384-[^"]+" crossorigin="anonymous"/);
  assert.match(manifest.snippetClassic, /<script src="[^"]+\/widgets\.js" integrity="sha384-[^"]+" crossorigin="anonymous" defer[^>]*>/);
  assert.deepEqual(manifest.widgets, tags);
});

test('loader.js is at most 3 kB gzip and imports its chunks relative to itself', () => {
  const loader = read('loader.js').toString();
  assert.ok(gzipSync(loader, { level: 9 }).length <= LOADER_BUDGET, `loader.js over ${LOADER_BUDGET} B gzip`);
  const imports = [...loader.matchAll(/import\(\s*[`'"]([^`'"]+)[`'"]\s*\)/g)].map((m) => m[1]);
  assert.equal(imports.length, tags.length, `one dynamic import per widget: ${imports}`);
  for (const spec of imports) assert.match(spec, /^\.\/[\w-]+-[\w-]{8}\.js$/, `${spec} is not a relative, content-hashed chunk`);
});

test('one shared runtime chunk, one content-hashed chunk per widget', () => {
  const files = manifest.files.map((f) => f.file);
  assert.equal(files.filter((f) => /^runtime-[\w-]{8}\.js$/.test(f)).length, 1, `runtime chunks: ${files}`);
  // feed code is shared by the widgets that load feeds only, in a chunk of its own
  const feed = files.filter((f) => /^runtime-feed-[\w-]{8}\.js$/.test(f));
  assert.equal(feed.length, 1, `feed chunks: ${files}`);
  // a widget whose descriptor names a feed (widget.json `feed`) imports it; no other does
  for (const { tag, chunk: name, feed: loads } of widgets) {
    const chunk = read(files.find((f) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(f))).toString();
    const loadsFeeds = loads !== undefined;
    assert.equal(chunk.includes(`./${feed[0]}`), loadsFeeds, `${tag} ${loadsFeeds ? 'does not import' : 'imports'} the feed chunk`);
  }
  for (const { tag, chunk: name } of widgets) {
    assert.equal(files.filter((f) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(f)).length, 1, `${tag} chunk`);
    // a widget's chunk carries no Lit of its own: it imports the runtime
    const chunk = read(files.find((f) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(f))).toString();
    assert.match(chunk, /from\s*["'`]\.\/runtime-[\w-]{8}\.js["'`]/, `${tag} chunk does not import the runtime`);
    assert.doesNotMatch(chunk, /lit-html/, `${tag} chunk carries its own Lit`);
    // what it loads on demand (share-bar-mastodon-<hash>.js) carries no Lit either
    for (const part of files.filter((f) => new RegExp(`^${name}-[a-z]+-[\\w-]{8}\\.js$`).test(f))) {
      assert.doesNotMatch(read(part).toString(), /lit-html/, `${part} carries its own Lit`);
    }
  }
});

test('widgets.js is one classic, ASCII-only script whose first statement is the double-load guard', () => {
  const code = read('widgets.js');
  assert.equal(code.findIndex((b) => b > 0x7f), -1, 'non-ASCII byte');
  const text = code.toString();
  assert.doesNotMatch(text, /^\s*(import|export)\s/m, 'module syntax in a classic script');
  const guard = text.indexOf('Symbol.for(`strong-cities.widgets`)') + 1 || text.indexOf('Symbol.for("strong-cities.widgets")') + 1;
  assert.ok(guard > 0 && guard < 200, 'the guard is not at the top');
  assert.ok(text.indexOf('trustedTypes') > guard, 'Lit code runs before the guard');
});

test('the licences of everything bundled ship beside it in one file, not as comments inside it', () => {
  const licences = read('THIRD-PARTY-LICENSES.txt').toString();
  for (const [name, notice] of [
    ['lit', /Copyright \(c\) 2017 Google LLC/],
    ['lit-html', /Copyright \(c\) 2017 Google LLC/],
    ['lit-element', /BSD 3-Clause/],
    ['@lit/reactive-element', /BSD 3-Clause/],
    ['@lit/localize', /Copyright \(c\) 2020 Google LLC/],
    ['@tabler/icons', /Pawe\u0142 Kuna/],
    ['world-atlas', /Copyright 2013-\d+ Michael Bostock/],
  ]) {
    const at = licences.search(new RegExp(`^${name.replace(/[/.]/g, '\\$&')} \\d+\\.\\d+\\.\\d+ \\(`, 'm'));
    assert.ok(at >= 0, `${name} is not listed`);
    assert.match(licences.slice(at), notice, `${name}: its licence text is missing`);
  }
  for (const file of manifest.files.map((f) => f.file).filter((f) => f.endsWith('.js'))) {
    const code = read(file).toString();
    assert.doesNotMatch(code, /@license|SPDX-License-Identifier/, `${file} still carries licence comments`);
    if (file === 'loader.js' || file === 'widgets.js') assert.match(code, /^\/\*! [^*]*THIRD-PARTY-LICENSES\.txt \*\//, `${file} does not name the licences file`);
  }
});

test('each chunk only some widgets share is imported by two or more widgets, and by no other', () => {
  const files = manifest.files.map((f) => f.file);
  const own = (name) => read(files.find((f) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(f))).toString();
  for (const { name, users } of sharedChunks) {
    const chunk = files.filter((f) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(f));
    assert.equal(chunk.length, 1, `${name} chunks: ${files}`);
    const importers = widgets.filter((w) => own(w.chunk).includes(`./${chunk[0]}`)).map((w) => w.tag);
    // one user would make it that widget's own code: a request more for nothing
    assert.ok(importers.length >= 2, `${name} (${users}) is imported by ${importers.join(', ') || 'no widget'}`);
    // the runtime every page loads does not pull it in: only the pages with its widgets load it
    assert.doesNotMatch(read(files.find((f) => /^runtime-[\w-]{8}\.js$/.test(f))).toString(), new RegExp(`\\./${name}-`), `the runtime imports ${name}`);
  }
  // periods ("15–16 November 2022") are the map's alone: the counter's feed chunk does not carry them
  assert.doesNotMatch(read(files.find((f) => /^runtime-feed-[\w-]{8}\.js$/.test(f))).toString(), /formatRange/);
  assert.match(own('event-map'), /formatRange/);
  // the share bar draws icons but moves no focus between items: it loads the icons, not roving focus
  const shareBar = own('share-bar');
  assert.match(shareBar, /\.\/runtime-icons-[\w-]{8}\.js/);
  assert.doesNotMatch(shareBar, /runtime-roving/);
});

test('messages ship under short keys: every one in every locale chunk and asked for by one, no long id left', () => {
  const keys = shortIds();
  const chunks = manifest.files.filter((f) => f.file.endsWith('.js')).map((f) => [f.file, read(f.file).toString()]);
  for (const [file, code] of chunks) {
    const left = [...keys.keys()].filter((long) => code.includes(long));
    assert.deepEqual(left, [], `${file} still names messages by their long ids`);
  }
  for (const locale of ['fr', 'es', 'ar']) {
    const [file, code] = chunks.find(([name]) => name.startsWith(`${locale}-`)) ?? [];
    assert.ok(code, `no ${locale} chunk`);
    const found = new Set([...code.matchAll(/[{,]"?([0-9a-z]{1,3})"?:/g)].map((m) => m[1]));
    assert.deepEqual([...found].sort(), [...keys.values()].sort(), `${file}: its keys are not the messages' short keys`);
  }
  // every message the locale chunks translate is asked for by its short key (frame.js's own among them)
  const asked = chunks.map(([, code]) => code).join('\n');
  for (const [long, key] of keys) assert.ok(asked.includes(`id:\`${key}\``), `no chunk asks for ${key} (${long})`);
});

// Reads the CDN folder (packages/embed/dist) and says which file is what: the loader, the classic
// widgets.js, the shared runtime chunk, each locale chunk, and each widget with every chunk only
// it pulls in to render (static imports), and apart from those, what it loads on demand (dynamic
// imports, e.g. the share bar's Mastodon prompt: not every page needs it). Chunk names come from the
// embed build: `<chunk>-<hash>.js` per widget (its descriptor's `chunk`), `runtime-<hash>.js` (every page),
// `runtime-feed-<hash>.js` and the other chunks only some widgets share (packages/embed/scripts/
// shared-chunks.js), `<locale>-<hash>.js`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { discoverWidgets } from '../packages/embed/scripts/widgets.js';
import { sharedChunks } from '../packages/embed/scripts/shared-chunks.js';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const distDir = join(root, 'packages/embed/dist');

/** Widget chunk names, as their descriptors give them (packages/<widget>/widget.json, `chunk`). */
export const widgetChunks = () => discoverWidgets().map((w) => w.chunk).sort();

/** Target locales (each has its own chunk). */
export function targetLocales() {
  return JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8')).targetLocales;
}

export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;
export const brotliSize = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length;

/** `share-bar-C1K2d3QW.js` → `share-bar` for a known name; hashes are 8 url-safe characters. */
const chunkName = (file, names) => names.find((n) => new RegExp(`^${n}-[\\w-]{8}\\.js$`).test(file));

/** Relative chunk imports in a built file: `from"./x.js"`, `import"./x.js"`, `import("./x.js")`. */
export function importsOf(code) {
  const found = new Set();
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]\.\/([^"'`]+\.js)["'`]/g)) found.add(m[1]);
  return [...found];
}

/** The chunks a built file loads with `import("./x.js")`, on demand rather than before it runs. */
export function dynamicImportsOf(code) {
  return [...code.matchAll(/\bimport\s*\(\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) => m[1]);
}

/**
 * @param {string} [dir] the CDN folder
 * @returns {{
 *   files: { file: string, bytes: number, gzip: number, brotli: number }[],
 *   loader?: string, classic?: string, frame: string[], runtime: string[], shared: Record<string, string[]>, locales: Record<string, string>,
 *   widgets: Record<string, string[]>, onDemand: Record<string, string[]>, unassigned: string[], missing: string[],
 * }}
 */
export function describeCdnFolder(dir = distDir) {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run \`npm run build\` first`);
  const names = readdirSync(dir).filter((f) => !f.startsWith('.')).sort();
  const files = names.map((file) => {
    const buf = readFileSync(join(dir, file));
    return { file, bytes: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf) };
  });
  const js = names.filter((f) => f.endsWith('.js'));
  const chunks = widgetChunks();
  const localeNames = targetLocales();
  const missing = [];
  const find = (n) => js.filter((f) => chunkName(f, [n]));

  const runtime = find('runtime');
  if (!runtime.length) missing.push('runtime-<hash>.js');
  // shared like the runtime, but only by some widgets (feed code, icons, …): not part of their own
  // bytes; each has a budget of its own
  /** @type {Record<string, string[]>} */
  const shared = Object.fromEntries(sharedChunks.map(({ name }) => [name, find(name)]));
  /** @type {Record<string, string>} */
  const locales = {};
  for (const l of localeNames) {
    const [f] = find(l);
    if (f) locales[l] = f;
    else missing.push(`${l}-<hash>.js`);
  }
  // the iframe embed's page script and the host's resizer: not part of any widget's bytes
  const frame = ['frame.js', 'frame-resizer.js'].filter((f) => js.includes(f));
  // the snippet's classic script (hold.js): budgeted by name, as reserve.css is
  const snippet = ['hold.js'].filter((f) => js.includes(f));
  const known = new Set(['loader.js', 'widgets.js', ...snippet, ...frame, ...runtime, ...Object.values(shared).flat(), ...Object.values(locales)]);
  const graph = new Map(
    js.map((f) => {
      const code = readFileSync(join(dir, f), 'utf8');
      const later = new Set(dynamicImportsOf(code));
      const all = importsOf(code).filter((i) => js.includes(i));
      return [f, { now: all.filter((i) => !later.has(i)), later: all.filter((i) => later.has(i)) }];
    }),
  );
  /** `from` and every chunk they reach through `kinds` of imports, shared runtime and locales aside */
  const reach = (from, seen, kinds) => {
    const queue = [...from];
    while (queue.length) {
      const edges = graph.get(queue.shift());
      for (const next of kinds.flatMap((k) => edges?.[k] ?? [])) {
        if (seen.has(next) || known.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    return seen;
  };

  /** @type {Record<string, string[]>} */
  const widgets = {};
  /** @type {Record<string, string[]>} */
  const onDemand = {};
  for (const w of chunks) {
    const own = find(w);
    if (!own.length) {
      missing.push(`${w}-<hash>.js`);
      continue;
    }
    // the widget's chunk and what it needs to render, shared runtime and locales aside
    const now = reach(own, new Set(own), ['now']);
    widgets[w] = [...now].sort();
    // then what it loads on demand, and all that reaches
    const lazy = [...now].flatMap((f) => graph.get(f)?.later ?? []).filter((f) => !now.has(f) && !known.has(f));
    const later = reach(lazy, new Set(lazy), ['now', 'later']);
    for (const f of now) later.delete(f);
    if (later.size) onDemand[w] = [...later].sort();
  }
  const assigned = new Set([...known, ...Object.values(widgets).flat(), ...Object.values(onDemand).flat()]);
  return {
    files,
    loader: js.includes('loader.js') ? 'loader.js' : (missing.push('loader.js'), undefined),
    classic: js.includes('widgets.js') ? 'widgets.js' : (missing.push('widgets.js'), undefined),
    frame,
    runtime,
    shared,
    locales,
    widgets,
    onDemand,
    unassigned: js.filter((f) => !assigned.has(f)),
    missing,
  };
}

/** The manifest the embed build writes, when present (its gzip figures are checked against ours). */
export function readManifest(dir = distDir) {
  const file = join(dir, 'manifest.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

export const fileName = (p) => basename(p);

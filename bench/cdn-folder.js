// Reads the CDN folder (packages/embed/dist) and says which file is what: the loader, the classic
// widgets.js, the shared runtime chunk, each locale chunk, and each widget with every chunk only
// it pulls in (static or dynamic imports, e.g. the event map's geometry). Chunk names come from the
// embed build: `<package folder>-<hash>.js` per widget, `runtime-<hash>.js` (every page),
// `runtime-feed-<hash>.js` (shared by the widgets that load feeds), `<locale>-<hash>.js`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const distDir = join(root, 'packages/embed/dist');

/** Widget package folders: every package with src/define.ts (the embed build's own rule). */
export function widgetFolders() {
  const packages = join(root, 'packages');
  return readdirSync(packages, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(packages, d.name, 'src/define.ts')))
    .map((d) => d.name)
    .sort();
}

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

/**
 * @param {string} [dir] the CDN folder
 * @returns {{
 *   files: { file: string, bytes: number, gzip: number, brotli: number }[],
 *   loader?: string, classic?: string, runtime: string[], feed: string[], locales: Record<string, string>,
 *   widgets: Record<string, string[]>, unassigned: string[], missing: string[],
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
  const folders = widgetFolders();
  const localeNames = targetLocales();
  const missing = [];
  const find = (n) => js.filter((f) => chunkName(f, [n]));

  const runtime = find('runtime');
  if (!runtime.length) missing.push('runtime-<hash>.js');
  // shared like the runtime, but only by the widgets that load feeds: not part of their own bytes
  const feed = find('runtime-feed');
  /** @type {Record<string, string>} */
  const locales = {};
  for (const l of localeNames) {
    const [f] = find(l);
    if (f) locales[l] = f;
    else missing.push(`${l}-<hash>.js`);
  }
  const known = new Set(['loader.js', 'widgets.js', ...runtime, ...feed, ...Object.values(locales)]);
  const graph = new Map(js.map((f) => [f, importsOf(readFileSync(join(dir, f), 'utf8')).filter((i) => js.includes(i))]));

  /** @type {Record<string, string[]>} */
  const widgets = {};
  for (const w of folders) {
    const own = find(w);
    if (!own.length) {
      missing.push(`${w}-<hash>.js`);
      continue;
    }
    // the widget's chunk and everything it reaches that is not shared runtime or a locale
    const seen = new Set(own);
    const queue = [...own];
    while (queue.length) {
      for (const next of graph.get(queue.shift()) ?? []) {
        if (seen.has(next) || known.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    widgets[w] = [...seen].sort();
  }
  const assigned = new Set([...known, ...Object.values(widgets).flat()]);
  return {
    files,
    loader: js.includes('loader.js') ? 'loader.js' : (missing.push('loader.js'), undefined),
    classic: js.includes('widgets.js') ? 'widgets.js' : (missing.push('widgets.js'), undefined),
    runtime,
    feed,
    locales,
    widgets,
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

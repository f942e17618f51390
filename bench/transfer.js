// What a page fetched before any interaction, in bytes as a CDN would send them: every response
// body (the page's own HTML excluded) raw, gzip -9 and brotli q11, from the served files (fonts
// and images as they are). Tile requests (Leaflet's, answered by our server with 15–25 kB tiles,
// tiles.js) are counted apart too; anything not on 127.0.0.1 is never fetched and listed apart.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliSize, gzipSize } from './cdn-folder.js';

const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const buf = readFileSync(file);
    sizes.set(file, { raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf) });
  }
  return sizes.get(file);
}

const kindOf = (path) => {
  const ext = extname(path);
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (/\.(woff2?|ttf|eot|otf)$/.test(ext)) return 'font';
  if (/\.(png|svg|jpe?g|gif|webp)$/.test(ext)) return 'image';
  return 'other';
};

/**
 * @param {{ url: string, status: number, type: string }[]} requests
 * @param {string} siteDir  the served folder
 * @param {string} origin   http://127.0.0.1:port
 */
export function transferOf(requests, siteDir, origin) {
  const empty = () => ({ raw: 0, gzip: 0, brotli: 0 });
  const total = empty();
  /** @type {Record<string, { raw: number, gzip: number, brotli: number }>} */
  const byKind = {};
  const files = [];
  let tiles = 0;
  const foreign = [];
  const failed = [];
  for (const r of requests) {
    if (!r.url.startsWith(`${origin}/`)) {
      if (!r.url.startsWith('data:')) foreign.push(r.url);
      continue;
    }
    const path = decodeURIComponent(new URL(r.url).pathname);
    // Leaflet's map tiles: counted apart, and their bytes with the images
    if (path.startsWith('/tiles/')) tiles += 1;
    if (r.type === 'document') continue;
    const file = normalize(join(siteDir, path));
    if (r.status !== 200 || !file.startsWith(siteDir) || !existsSync(file) || !statSync(file).isFile()) {
      failed.push(`${r.status} ${path}`);
      continue;
    }
    const kind = kindOf(path);
    // fonts and images are compressed formats already: a CDN sends them as they are
    const s = kind === 'font' || kind === 'image' ? { ...sizeOf(file), gzip: sizeOf(file).raw, brotli: sizeOf(file).raw } : sizeOf(file);
    byKind[kind] ??= empty();
    for (const k of ['raw', 'gzip', 'brotli']) {
      total[k] += s[k];
      byKind[kind][k] += s[k];
    }
    files.push({ path, ...s });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { total, byKind, files, requests: files.length, tiles, foreign, failed };
}

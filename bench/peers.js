// The peers we compare with, as partner pages would embed them: pinned devDependencies, files
// served from our own 127.0.0.1 server (never a CDN). Sizes of what each page fetches are counted
// by the benchmark from the requests the page actually makes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './cdn-folder.js';

/** Folder in node_modules → folder under the served site, and the files a page needs. */
export const peers = {
  shareon: { pkg: 'shareon', from: 'dist', files: ['shareon.iife.js', 'shareon.min.css'] },
  // the "complete" build carries jQuery and Font Awesome (its fonts load from the CSS); no backend
  shariff: { pkg: 'shariff', from: 'dist', files: ['shariff.complete.js', 'shariff.complete.css', /^fa-.*\.woff2$/] },
  countup: { pkg: 'countup.js', from: 'dist', files: ['countUp.min.js'] },
  leaflet: { pkg: 'leaflet', from: 'dist', files: ['leaflet.js', 'leaflet.css', 'images'] },
};

export const peerVersion = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;

/**
 * The event map's built-in events (its default-events.ts), for Leaflet's markers: id, English
 * title, lat, lon. Read from the source text so the comparison follows the widget's own data.
 * @returns {{ id: string, title: string, lat: number, lon: number }[]}
 */
export function mapEvents() {
  const source = readFileSync(join(root, 'packages/event-map/src/default-events.ts'), 'utf8');
  return source
    .split(/\bid:\s*'/)
    .slice(1)
    .map((block) => ({
      id: block.slice(0, block.indexOf("'")),
      title: /\ben:\s*'((?:[^'\\]|\\.)*)'/.exec(block)?.[1] ?? '',
      lat: Number(/\blat:\s*(-?[\d.]+)/.exec(block)?.[1]),
      lon: Number(/\blon:\s*(-?[\d.]+)/.exec(block)?.[1]),
    }))
    .filter((e) => Number.isFinite(e.lat) && Number.isFinite(e.lon));
}

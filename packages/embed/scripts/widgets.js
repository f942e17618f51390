// The one list of widgets the CDN folder ships: every workspace package with src/define.ts.
// Build, demo site and end-to-end tests all read it, so a new widget is covered everywhere.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fallbackOf } from './jsdoc.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const packagesDir = join(repoRoot, 'packages');

/**
 * Block size each widget's tag keeps from before its code arrives, so the page never jumps
 * (cumulative layout shift 0): the largest height measured on the demo city in en/fr/es/ar at
 * 390–1280 px wide (under its 10 px rem). A widget renders inside it and never grows past it;
 * a partner can tune it per placement with `--scn-reserve-block-size` on the tag.
 */
const reservedBlockSize = {
  'scn-share-bar': '2.6rem',
  'scn-language-toggle': '3.2rem',
  // the bare tag names the declaration in full ("The Hague Mayoral Declaration on Preventing Hate, …"):
  // 300 px tall at 390 px wide in French, up to 307 px in Spanish (was 17rem)
  'scn-declaration-counter': '19.2rem',
  'scn-membership-cta': '24.5rem',
  'scn-event-map': '55rem',
};
const DEFAULT_RESERVE = '3rem';

/**
 * @typedef {object} Widget
 * @property {string} tag        e.g. scn-share-bar
 * @property {string} name       package name, e.g. @strong-cities/share-bar
 * @property {string} dir        package folder
 * @property {string} define     import specifier of its registration module
 * @property {string} reserve    block size kept before definition
 * @property {{ note: string, html: string } | undefined} fallback  what its tag shows without its
 *   script (`@fallback` in the class JSDoc): what the partner writes inside it
 */

/** @returns {Widget[]} sorted by tag */
export function discoverWidgets() {
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(packagesDir, d.name, 'src/define.ts')))
    .map((d) => {
      const dir = join(packagesDir, d.name);
      const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const source = readFileSync(join(dir, 'src/define.ts'), 'utf8');
      const tag = /defineElement\(\s*['"`](scn-[a-z0-9-]+)['"`]/.exec(source)?.[1] ?? `scn-${d.name}`;
      const base = tag.replace(/^scn-/, '');
      const cls = join(dir, 'src', `${base}.ts`);
      const fallback = existsSync(cls) ? fallbackOf(readFileSync(cls, 'utf8')) : undefined;
      return { tag, name, dir, define: `${name}/define.js`, reserve: reservedBlockSize[tag] ?? DEFAULT_RESERVE, fallback };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * Each widget's documented attributes, from the custom-elements.json its build writes: the only
 * names frame.html sets on a widget (baked into the frame's script, never fetched at run time).
 * @returns {Record<string, string[]>} tag → attribute names, sorted
 */
export function documentedAttributes(list = discoverWidgets()) {
  return Object.fromEntries(list.map((w) => {
    const file = join(w.dir, 'custom-elements.json');
    if (!existsSync(file)) throw new Error(`embed: ${file} is missing; build ${w.name} first (turbo builds it before embed)`);
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === w.tag);
    if (!declaration) throw new Error(`embed: ${file} does not declare <${w.tag}>`);
    return [w.tag, [...new Set((declaration.attributes ?? []).map((a) => a.name))].sort()];
  }));
}

/**
 * Default height, in CSS pixels, of each widget's iframe before (or without) a resizer: the
 * tallest each rendered in frame.html in en/fr/es/ar at 320–1280 px wide, so it shows whole with
 * no resizer at all (test/frame.test.js checks it at 1024 px, and that a narrower frame scrolls
 * rather than clips). The map is the exception: in a frame its list runs its full length (about
 * 2,000 px), so its default shows the map and the first events, and the frame scrolls.
 */
const frameHeights = {
  'scn-declaration-counter': 330, // 324 in French and Spanish at 320 px
  'scn-event-map': 590, // the map and its first events at 390 px (the map alone is about 300 px there)
  'scn-language-toggle': 76, // two rows at 320 px
  'scn-membership-cta': 340, // 334 in French and Spanish at 320 px
  'scn-share-bar': 40, // 36 in every locale
};
export const frameHeight = (tag) => frameHeights[tag] ?? 400;

/** The embed package's version: the CDN folder's version and the double-load marker's. */
export function embedVersion() {
  return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
}

/** Every widget's tag with the fallback its JSDoc documents inside, one after the other. */
export function tagsWithFallbacks(indent = '') {
  return discoverWidgets()
    .map((w) => (w.fallback ? `${indent}<${w.tag}>\n${indent}  ${w.fallback.html}\n${indent}</${w.tag}>` : `${indent}<${w.tag}></${w.tag}>`))
    .join('\n');
}

// The one reader of the widget descriptors (packages/<widget>/widget.json, described by
// config/widget.schema.json): every widget package has one, and the embed build, the size budgets,
// the demo city, the benchmark, the WordPress plugin and the tests all read it through here, so a
// new widget is one folder with one descriptor and is covered everywhere.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const packagesDir = join(repoRoot, 'packages');
const schema = JSON.parse(readFileSync(join(repoRoot, 'config/widget.schema.json'), 'utf8'));

/**
 * @typedef {object} Widget  a descriptor's fields (config/widget.schema.json says what each means)
 *   and where the package is
 * @property {string} tag                e.g. scn-share-bar
 * @property {string} title              e.g. Share bar
 * @property {string} short              e.g. share: its key in the demo layout and benchmark ids
 * @property {string} chunk              e.g. share-bar: share-bar-<hash>.js in the CDN folder
 * @property {string} reservedBlockSize  e.g. 2.6rem
 * @property {Record<string, [number, number, number][]> | undefined} [reservedBlockSizes]  measured
 *   heights of the tag without `src` by the page's language: pieces [from inline size em, block size em, + cqi]
 *   (scripts/measure-reserve.js)
 * @property {Record<string, [number, number, number][]> | undefined} [reservedBlockSizesWithSrc]  the
 *   same with the demo's feed in `src`, where the feed changes its height (the event map)
 * @property {{ px: number }} frameHeight  its iframe's default height
 * @property {{ gzip: number, label?: string, onDemand?: { gzip: number, label: string } }} budget
 * @property {{ schema: string } | undefined} feed  schema path from the package folder
 * @property {{ attributes?: Record<string, string>, feed?: string }} demo
 * @property {{ icon?: string }} [wordpress]
 * @property {string} name     package name, e.g. @strong-cities/share-bar
 * @property {string} folder   package folder name, e.g. share-bar
 * @property {string} dir      package folder, absolute
 * @property {string} define   import specifier of its registration module
 */

/** Fails by name when a descriptor lacks a field the schema requires or names another tag. */
function check(descriptor, path, defineSource) {
  const missing = (required, object, at) => required.filter((k) => object?.[k] === undefined).map((k) => `${at}${k}`);
  const problems = [
    ...missing(schema.required, descriptor, ''),
    ...missing(schema.properties.budget.required, descriptor.budget, 'budget.'),
    ...Object.keys(descriptor).filter((k) => !(k in schema.properties)).map((k) => `${k} (not in config/widget.schema.json)`),
  ];
  if (problems.length) throw new Error(`${path}: ${problems.join(', ')}`);
  if (!new RegExp(`defineElement\\(\\s*['"\`]${descriptor.tag}['"\`]`).test(defineSource)) {
    throw new Error(`${path}: src/define.ts does not register <${descriptor.tag}>`);
  }
}

/** @returns {Widget[]} every package with a widget.json, sorted by tag */
export function discoverWidgets() {
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(packagesDir, d.name, 'widget.json')))
    .map((d) => {
      const dir = join(packagesDir, d.name);
      const path = join(dir, 'widget.json');
      // `$schema` and `$comment` are for editors and readers only
      const descriptor = Object.fromEntries(Object.entries(JSON.parse(readFileSync(path, 'utf8'))).filter(([k]) => !k.startsWith('$')));
      check(descriptor, path, readFileSync(join(dir, 'src/define.ts'), 'utf8'));
      const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { ...descriptor, name, folder: d.name, dir, define: `${name}/define.js` };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The widget whose `short` key is given (`share`, `map`…); throws for an unknown one. */
export function widgetByShort(short, widgets = discoverWidgets()) {
  const widget = widgets.find((w) => w.short === short);
  if (!widget) throw new Error(`no widget descriptor has short: "${short}" (known: ${widgets.map((w) => w.short).join(', ')})`);
  return widget;
}

/**
 * Each widget's documented attributes, from the custom-elements.json its build writes: the only
 * names frame.html sets on a widget (baked into the frame's script, never fetched at run time).
 * @returns {Record<string, string[]>} tag → attribute names, sorted
 */
export function documentedAttributes(list = discoverWidgets()) {
  return Object.fromEntries(list.map((w) => [w.tag, [...new Set((elementManifest(w).attributes ?? []).map((a) => a.name))].sort()]));
}

/** The embed package's version: the CDN folder's version and the double-load marker's. */
export function embedVersion() {
  return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
}

/**
 * A widget's element entry in its custom-elements.json (written by its build from its JSDoc).
 * @param {Widget} widget
 */
export function elementManifest(widget) {
  const path = join(widget.dir, 'custom-elements.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build the widget packages first (npx turbo run build)`);
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === widget.tag);
  if (!element) throw new Error(`${path} does not declare <${widget.tag}>`);
  return element;
}

/**
 * What a widget's tag shows without its script (`@fallback` in its class JSDoc, which
 * custom-elements.json carries): a note, and an example of the HTML a partner writes inside it.
 * @returns {{ note: string, html: string } | undefined}
 */
export const fallbackOf = (widget) => elementManifest(widget).fallback;

/** Every widget's tag with the fallback its JSDoc documents inside, one after the other. */
export function tagsWithFallbacks(indent = '') {
  return discoverWidgets()
    .map((w) => {
      const fallback = fallbackOf(w);
      return fallback ? `${indent}<${w.tag}>\n${indent}  ${fallback.html}\n${indent}</${w.tag}>` : `${indent}<${w.tag}></${w.tag}>`;
    })
    .join('\n');
}

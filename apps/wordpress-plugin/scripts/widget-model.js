// The plugin's view of one widget, from its custom-elements.json: block and shortcode names, each
// attribute's kind (the control it gets, the check it passes), fixed values, default and help; and
// how a block or shortcode is written for it. Browser-safe (no Node imports): the embed builder
// (apps/embed-builder) derives its controls and its WordPress snippets from this same code, so the
// two never disagree about a widget. scripts/model.js reads the files for the plugin's build.
import { capitalise, labels, urlAttributes, valueLabels } from './presentation.js';

export const TEXT_DOMAIN = 'strong-cities-widgets';
export const BLOCK_NAMESPACE = 'strong-cities';

/**
 * @typedef {'enum' | 'boolean' | 'number' | 'url' | 'text'} Kind
 * @typedef {object} Attribute
 * @property {string} name      the HTML attribute, also the block attribute and shortcode attribute
 * @property {Kind} kind
 * @property {string[]} [values] the fixed values of an `enum`
 * @property {string} [default]  the widget's default value of an `enum`, when it has one
 * @property {string} label
 * @property {string} help       the attribute's description, as plain text
 * @typedef {object} Widget
 * @property {string} tag        scn-share-bar
 * @property {string} slug       share-bar
 * @property {string} block      strong-cities/share-bar
 * @property {string} shortcode  scn_share_bar
 * @property {string} title
 * @property {string} description
 * @property {string} icon       a dashicon name
 * @property {Attribute[]} attributes
 */

/** Markdown-ish JSDoc as one line of plain text: no backticks, no line breaks. */
export const plain = (text = '') => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();

/** @returns {Kind} */
function kindOf(attribute, literals, parts) {
  if (literals.length > 0 && literals.length === parts.length) return 'enum';
  if (parts.length === 1 && parts[0] === 'boolean') return 'boolean';
  if (parts.length === 1 && parts[0] === 'number') return 'number';
  if (urlAttributes.has(attribute.name)) return 'url';
  return 'text';
}

/**
 * @param {{ name: string, type?: { text?: string }, default?: string, description?: string }} attribute
 *   one entry of a declaration's `attributes` in custom-elements.json
 * @returns {Attribute}
 */
export function attributeModel(attribute) {
  const parts = (attribute.type?.text ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  const literals = parts.filter((p) => /^'[^']*'$/.test(p)).map((p) => p.slice(1, -1));
  const kind = kindOf(attribute, literals, parts);
  const model = { name: attribute.name, kind, label: labels[attribute.name] ?? capitalise(attribute.name), help: plain(attribute.description) };
  if (kind !== 'enum') return model;
  const fallback = /^'([^']*)'$/.exec(attribute.default ?? '')?.[1];
  return { ...model, values: literals, ...(fallback !== undefined && literals.includes(fallback) ? { default: fallback } : {}) };
}

/** The label an editor sees for a fixed value. */
export const valueLabel = (value) => valueLabels[value] ?? capitalise(value);

/**
 * @typedef {object} Identity  what the widget's descriptor (widget.json) says of it
 * @property {string} tag
 * @property {string} [title]  its name in words; else the tag's own words
 * @property {string} [icon]   a dashicon name; else a generic one
 * @typedef {{ summary?: string, description?: string, attributes?: { name: string, default?: string, type?: { text?: string }, description?: string }[] }} Element
 *   its declaration in custom-elements.json
 */

/**
 * One widget's model from its element declaration in custom-elements.json and its descriptor.
 * @param {Element} element
 * @param {Identity} identity
 * @returns {Widget}
 */
export function widgetModel(element, { tag, title, icon }) {
  const slug = tag.replace(/^scn-/, '');
  return {
    tag,
    slug,
    block: `${BLOCK_NAMESPACE}/${slug}`,
    shortcode: tag.replace(/-/g, '_'),
    title: title ?? capitalise(slug),
    description: plain(element.summary ?? element.description),
    icon: icon ?? 'admin-site-alt3',
    attributes: (element.attributes ?? []).map(attributeModel),
  };
}

/**
 * A widget's element declaration in a parsed custom-elements.json.
 * @param {{ modules?: { declarations?: ({ tagName?: string } & Element)[] }[] }} manifest
 * @param {string} tag
 * @param {string} [where] the manifest's path or URL, for the error message
 * @returns {Element}
 */
export function declarationOf(manifest, tag, where = 'custom-elements.json') {
  const element = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!element) throw new Error(`${where} does not declare <${tag}>`);
  return element;
}

/**
 * A block's comment delimiter, its attributes serialised as the block editor does (so `--`, `<`,
 * `>`, `&` and quotes inside a value cannot end the comment or the JSON).
 * @param {string} name  e.g. strong-cities/share-bar
 * @param {Record<string, string | number | boolean>} [attributes]
 */
export function blockComment(name, attributes = {}) {
  if (Object.keys(attributes).length === 0) return `<!-- wp:${name} /-->`;
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:${name} ${json} /-->`;
}

/**
 * A widget's block with values typed as its block.json declares them (booleans and numbers as
 * JSON booleans and numbers, everything else as strings); a boolean that is off is left out.
 * @param {Widget} widget
 * @param {Record<string, string | boolean>} values  attribute name → value
 */
export function widgetBlock(widget, values) {
  /** @type {Record<string, string | number | boolean>} */
  const attributes = {};
  for (const a of widget.attributes) {
    const value = values[a.name];
    if (value === undefined || value === false || value === '') continue;
    if (a.kind === 'boolean') attributes[a.name] = true;
    else if (a.kind === 'number' && Number.isFinite(Number(value))) attributes[a.name] = Number(value);
    else attributes[a.name] = String(value);
  }
  return blockComment(widget.block, attributes);
}

/** A shortcode attribute value: WordPress ends a value at `"` and a shortcode at `]`. */
const shortcodeValue = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');

/**
 * A widget's shortcode: `[scn_share_bar networks="facebook linkedin" labels="true"]` (a boolean
 * that is on is written `="true"`, which the plugin reads as on; one that is off is left out).
 * @param {Widget} widget
 * @param {Record<string, string | boolean>} values
 */
export function widgetShortcode(widget, values) {
  const parts = [widget.shortcode];
  for (const a of widget.attributes) {
    const value = values[a.name];
    if (value === undefined || value === false || value === '') continue;
    parts.push(`${a.name}="${value === true ? 'true' : shortcodeValue(String(value))}"`);
  }
  return `[${parts.join(' ')}]`;
}

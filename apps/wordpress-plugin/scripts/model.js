// The plugin's view of every widget, read from the widget packages' custom-elements.json: its
// block and shortcode names, and each attribute's kind (the sidebar control and the server-side
// check it gets), fixed values, default and help; its title and icon from the widget's descriptor
// (widget.json). The embed package's widget list decides which widgets exist, so a new widget
// package becomes a block and a shortcode with no edit here.
import { discoverWidgets, elementManifest } from '../../../packages/embed/scripts/widgets.js';
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

/** @returns {Attribute} */
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
  return { ...model, values: literals, ...(literals.includes(fallback) ? { default: fallback } : {}) };
}

/** The label an editor sees for a fixed value. */
export const valueLabel = (value) => valueLabels[value] ?? capitalise(value);

/** @returns {Widget[]} sorted by tag */
export function widgetModels() {
  return discoverWidgets().map((widget) => {
    const { tag, title, wordpress } = widget;
    const element = elementManifest(widget);
    const slug = tag.replace(/^scn-/, '');
    return {
      tag,
      slug,
      block: `${BLOCK_NAMESPACE}/${slug}`,
      shortcode: tag.replace(/-/g, '_'),
      title,
      description: plain(element.summary ?? element.description),
      icon: wordpress?.icon ?? 'admin-site-alt3',
      attributes: (element.attributes ?? []).map(attributeModel),
    };
  });
}

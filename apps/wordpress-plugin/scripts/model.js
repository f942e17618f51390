// The plugin's view of every widget, read from the widget packages' custom-elements.json (the
// model itself, browser-safe, is scripts/widget-model.js). The embed package's widget list decides
// which widgets exist, so a new widget package becomes a block and a shortcode with no edit here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverWidgets } from '../../../packages/embed/scripts/widgets.js';
import { widgetModel } from './widget-model.js';

/** @typedef {import('./widget-model.js').Widget} Widget */

export { BLOCK_NAMESPACE, TEXT_DOMAIN, attributeModel, plain, valueLabel } from './widget-model.js';

/** @returns {Widget[]} sorted by tag */
export function widgetModels() {
  return discoverWidgets().map(({ tag, dir }) => {
    const path = join(dir, 'custom-elements.json');
    if (!existsSync(path)) {
      throw new Error(`wordpress-plugin: ${path} is missing; build the widget packages first (npx turbo run build)`);
    }
    try {
      return widgetModel(tag, JSON.parse(readFileSync(path, 'utf8')), path);
    } catch (error) {
      throw new Error(`wordpress-plugin: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

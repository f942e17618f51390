// The plugin's view of every widget: its title and icon from the widget's descriptor (widget.json),
// everything about its attributes from its custom-elements.json (the model itself, browser-safe, is
// scripts/widget-model.js). The embed package's widget list decides which widgets exist, so a new
// widget package becomes a block and a shortcode with no edit here.
import { discoverWidgets, elementManifest } from '../../../packages/embed/scripts/widgets.js';
import { widgetModel } from './widget-model.js';

/** @typedef {import('./widget-model.js').Widget} Widget */

export { BLOCK_NAMESPACE, TEXT_DOMAIN, attributeModel, plain, valueLabel } from './widget-model.js';

/** @returns {Widget[]} sorted by tag */
export function widgetModels() {
  return discoverWidgets().map((widget) => {
    try {
      return widgetModel(elementManifest(widget), { tag: widget.tag, title: widget.title, icon: widget.wordpress?.icon });
    } catch (error) {
      throw new Error(`wordpress-plugin: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

import { render } from 'lit';
import { renderIcon, type Icon } from '@strong-cities/icons';
import type { ShareTarget } from './events.js';

/**
 * What Lit renders from a template, as plain DOM in a fragment: once the fragment is dropped,
 * nothing holds the template's instance, its bindings or their values.
 */
export function built(template: unknown): DocumentFragment {
  const fragment = document.createDocumentFragment();
  render(template, fragment);
  return fragment;
}

/** Each icon rendered once, for `iconNode` to clone. */
const icons = new Map<Icon, Node>();

/**
 * `renderIcon`'s decorative icon as a clone of one rendered copy: Lit walks a template's nodes, which
 * gives each a wrapper in the JS heap for as long as it lives; a clone's nodes never meet script.
 * Here, not in the icons package: its module would ship in the chunk the map and toggle share.
 */
export function iconNode(icon: Icon): Node {
  let node = icons.get(icon);
  if (!node) icons.set(icon, (node = built(renderIcon(icon))));
  return node.cloneNode(true);
}

/** A control's network, from its `part` (`control control-<id>`). */
export const controlId = (control: Element): ShareTarget => control.part.value.slice(16) as ShareTarget;

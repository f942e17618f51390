import { registerHostUnit } from './host-unit.js';
import { warnOnce } from './warn.js';

/** A custom element class that records which package version defined it. */
interface Versioned {
  scnVersion?: string;
}

/**
 * Registers `tag` unless it is already defined, so loading the code twice (a loader and
 * `widgets.js`, or two versions) never throws. Warns once when another version got there first.
 * @returns true when this call defined the tag
 */
export function defineElement(tag: string, ctor: CustomElementConstructor, version: string): boolean {
  registerHostUnit();
  const existing = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (existing) {
    if (existing !== ctor && existing.scnVersion !== version) {
      warnOnce(`<${tag}> is already defined by version ${existing.scnVersion ?? 'unknown'}; version ${version} is not used.`);
    }
    return false;
  }
  try {
    (ctor as CustomElementConstructor & Versioned).scnVersion = version;
    // eslint-disable-next-line no-restricted-syntax -- the one place that registers tags
    customElements.define(tag, ctor);
    return true;
  } catch (error) {
    // e.g. the same class under another name; never throw into the host page
    warnOnce(`could not define <${tag}>: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

// How an iframe embed is addressed: `frame.html#<tag>&<attribute>=<value>&…`. The hash, not the
// query, carries the configuration so that it never reaches any server's logs. One module writes
// it (the manifest, the docs, the embed builder) and reads it (the frame page), so the two cannot
// drift apart. Browser-safe: no Node imports.

/** The frame page's file name in the CDN folder. */
export const FRAME_FILE = 'frame.html';

/** The iframe's `sandbox`: scripts, and links that open outside the sandbox. */
export const FRAME_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/** The iframe's `allow`: the share bar's copy button and the system share sheet. */
export const FRAME_ALLOW = 'clipboard-write; web-share';

/**
 * The frame page's URL for one widget.
 * @param {string} base  the CDN folder's URL, ending with `/`
 * @param {string} tag   e.g. `scn-share-bar`
 * @param {Record<string, string | boolean>} [attributes]  attribute name → value; `true` writes a
 *   boolean attribute, `false` leaves it out
 * @returns {string}
 */
export function frameUrl(base, tag, attributes = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    params.append(name, value === true ? '' : value);
  }
  const query = params.toString();
  return `${base}${FRAME_FILE}#${tag}${query ? `&${query}` : ''}`;
}

/**
 * Reads a frame URL's hash back: the tag, and the attributes in the order given. Validation is the
 * frame page's job (against the widget's documented attributes); this only splits.
 * @param {string} hash  `location.hash`, with or without the leading `#`
 * @returns {{ tag: string, attributes: [string, string][] }}
 */
export function parseFrameHash(hash) {
  const text = hash.replace(/^#/, '');
  const cut = text.indexOf('&');
  const tag = decodeURIComponent(cut === -1 ? text : text.slice(0, cut)).trim().toLowerCase();
  const attributes = cut === -1 ? [] : [...new URLSearchParams(text.slice(cut + 1))];
  return { tag, attributes };
}

/** Escapes text for a double-quoted HTML attribute. */
const attribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The `<iframe>` a partner pastes.
 * @param {object} options
 * @param {string} options.base   the CDN folder's URL, ending with `/`
 * @param {string} options.tag
 * @param {Record<string, string | boolean>} [options.attributes]
 * @param {string} options.title  the frame's accessible name, in the page's language
 * @param {number} options.height default height in CSS pixels, kept until the frame reports its own
 * @returns {string}
 */
export function frameSnippet({ base, tag, attributes = {}, title, height }) {
  const src = frameUrl(base, tag, attributes);
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" sandbox="${FRAME_SANDBOX}" allow="${FRAME_ALLOW}" loading="lazy" height="${Math.round(height)}" width="100%" class="scn-frame"></iframe>`;
}

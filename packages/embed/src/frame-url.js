// How an iframe embed is addressed: `frame.html#<tag>&<attribute>=<value>&…`. The hash, not the
// query, carries the configuration so that it never reaches any server's logs. One module writes
// it (the manifest, the docs, the embed builder) and reads it (the frame page), so the two cannot
// drift apart. Browser-safe: no Node imports.

/** The frame page's file name in the CDN folder. */
export const FRAME_FILE = 'frame.html';

/**
 * The iframe's `sandbox`: scripts, links that open outside the sandbox, and the language toggle's
 * links, which take the whole page (not the frame) to its translation, on a click only.
 */
export const FRAME_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

/** The class every snippet's iframe carries: frame-resizer.js and a host's CSS find frames by it. */
export const FRAME_CLASS = 'scn-frame';

/** `source` of every message the frame page and frame-resizer.js exchange. */
export const FRAME_MESSAGE_SOURCE = 'strong-cities';

/**
 * The frame page's height report, `{ source: 'strong-cities', type: 'resize', height }`, or
 * undefined when `data` is anything else (another script's message, a forged or broken one).
 * @param {unknown} data  a message event's data
 * @returns {number | undefined} the height in CSS pixels, a finite number from 0 to 100000
 */
export function resizeHeight(data) {
  if (!data || typeof data !== 'object') return undefined;
  const { source, type, height } = /** @type {Record<string, unknown>} */ (data);
  if (source !== FRAME_MESSAGE_SOURCE || type !== 'resize' || typeof height !== 'number') return undefined;
  return Number.isFinite(height) && height >= 0 && height <= 100000 ? height : undefined;
}

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

/** What WordPress's embed script appends to an iframe's `src` (wp-includes/js/wp-embed.js). */
const WORDPRESS_SECRET = /(?:^|#)\?secret=([a-zA-Z0-9]+)$/;

/** The tag as written, or '' when it cannot even be decoded (`%E0%A4%A`). */
function decodeTag(text) {
  try {
    return decodeURIComponent(text).trim().toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Reads a frame URL's hash back: the tag, the attributes in the order given, and the secret
 * WordPress appended (`#?secret=…`), if any. Validation is the frame page's job (against the
 * widget's documented attributes); this only splits.
 * @param {string} hash  `location.hash`, with or without the leading `#`
 * @returns {{ tag: string, attributes: [string, string][], secret: string | undefined }}
 */
export function parseFrameHash(hash) {
  let text = hash.replace(/^#/, '');
  const wordpress = WORDPRESS_SECRET.exec(text);
  if (wordpress) text = text.slice(0, wordpress.index);
  const cut = text.indexOf('&');
  const tag = decodeTag(cut === -1 ? text : text.slice(0, cut));
  const attributes = cut === -1 ? [] : [...new URLSearchParams(text.slice(cut + 1))];
  return { tag, attributes, secret: wordpress?.[1] };
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
 * @param {boolean} [options.wordpress]  also the class WordPress's own embed script looks for
 *   (`wp-embedded-content`), so a WordPress page that loads that script resizes the frame
 * @returns {string}
 */
export function frameSnippet({ base, tag, attributes = {}, title, height, wordpress = false }) {
  const src = frameUrl(base, tag, attributes);
  const classes = wordpress ? `${FRAME_CLASS} wp-embedded-content` : FRAME_CLASS;
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" sandbox="${FRAME_SANDBOX}" allow="${FRAME_ALLOW}" loading="lazy" height="${Math.round(height)}" width="100%" class="${classes}"></iframe>`;
}

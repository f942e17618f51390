// The size budgets of the CDN folder, in one place: gzip bytes of what a partner page downloads.
// `npm test` fails a budget that is exceeded (bench/budgets.test.js); `npm run bench` reports them.
// Raise a budget only deliberately, with the reason in the commit, never to make a test pass.

/** 1 kB = 1,000 bytes (SI, as issue 8 writes "kB"), of gzip -9 output. */
export const kB = 1000;

/**
 * @typedef {object} Budget
 * @property {string} id       stable key (results.json, test names)
 * @property {string} label    what it covers, in words
 * @property {number} gzip     the budget, gzip bytes
 * @property {'loader' | 'runtime' | 'feed' | 'widget' | 'on-demand' | 'locale' | 'classic'} kind
 * @property {string} [widget] package folder of the widget (kinds widget and on-demand)
 */

/** @type {Budget[]} */
export const budgets = [
  { id: 'loader', label: 'loader.js', kind: 'loader', gzip: 2 * kB },
  { id: 'runtime', label: 'shared runtime chunk (lit, localize, and the core, tokens and icons several widgets use)', kind: 'runtime', gzip: 10 * kB },
  // not in the list: the code only the data-driven widgets (counter, map) share, split from
  // the runtime so that pages without them do not download it; budgeted so it cannot grow unseen
  // raised from 2 kB (issue 23): core's one date parser and formatter by precision (year, month,
  // day; ~500 B) and plural() now live here, shared by counter and map; measured 2,428 B (was 1,949)
  { id: 'runtime-feed', label: 'shared feed chunk (loadJson, localized text, Intl formatters, partial dates, plurals, styleProps: counter and map)', kind: 'feed', gzip: 2.5 * kB },
  { id: 'share-bar', label: 'share bar', kind: 'widget', widget: 'share-bar', gzip: 4 * kB },
  // not in the list: what a widget loads only when a page uses a feature of it (the share
  // bar's Mastodon server prompt, where Mastodon is offered), apart from what it needs to render
  { id: 'share-bar-on-demand', label: "share bar's Mastodon prompt (loaded where Mastodon is offered)", kind: 'on-demand', widget: 'share-bar', gzip: 1.5 * kB },
  { id: 'language-toggle', label: 'language toggle', kind: 'widget', widget: 'language-toggle', gzip: 3 * kB },
  // raised from 3 kB (issue 23): six plural-form messages instead of two, and the declaration's real
  // name (113 characters, was 45); measured 3,071 B (was 2,987)
  { id: 'declaration-counter', label: 'declaration counter', kind: 'widget', widget: 'declaration-counter', gzip: 3.1 * kB },
  { id: 'membership-cta', label: 'membership CTA', kind: 'widget', widget: 'membership-cta', gzip: 2.5 * kB },
  { id: 'event-map', label: 'event map with geometry', kind: 'widget', widget: 'event-map', gzip: 25 * kB },
  { id: 'locale', label: 'each locale chunk', kind: 'locale', gzip: 2 * kB },
  // raised from 45 kB (issue 23): the map's twelve real events with the titles the network's pages
  // give, in four languages (+2,245 B), the shared date and plural code (+479 B), the plural forms in
  // three locales (+560 B); measured 47,253 B (was 43,613)
  { id: 'widgets.js', label: 'widgets.js (classic, all widgets)', kind: 'classic', gzip: 47.5 * kB },
];

/** "4,027 B (4.03 kB)" */
export const formatBytes = (n) => `${n.toLocaleString('en')} B (${(n / kB).toFixed(2)} kB)`;

/**
 * Budgets not met yet: measured and explained, not lifted. The budget stays the target — its test
 * is reported as skipped with the figure and the reason, so the final line of `npm test` shows it —
 * and `ceiling` (gzip bytes) is enforced so that these chunks cannot grow any further.
 * `node bench/breakdown.js <chunk>` shows where the bytes are.
 * @type {Record<string, { ceiling: number, why: string }>}
 */
export const knownOverages = {
};

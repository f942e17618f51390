// The chunks that some widgets share and others do not, apart from the runtime that every page
// loads: a page loads one only when a widget on it uses it. vite.config.js groups modules by these
// tests; the size budgets (bench/) read the names. Each takes only modules two or more widgets use:
// a module one widget uses stays in that widget's chunk.
const core = (files) => new RegExp(`[\\\\/]packages[\\\\/]core[\\\\/]src[\\\\/](${files})\\.ts$`);
const lit = (files) => new RegExp(`[\\\\/]node_modules[\\\\/]lit(-html)?[\\\\/](${files})\\.js$`);
/** A module either test matches. */
const either = (...tests) => new RegExp(tests.map((t) => t.source).join('|'));

/** @type {{ name: string, users: string, test: RegExp }[]} */
export const sharedChunks = [
  // the feed-driven widgets' code (loading, dates, plurals)
  // with Lit's directive base, which only their code uses (styleProps; the map's repeat and keyed)
  { name: 'runtime-feed', users: 'counter and map', test: either(core('load-json|feed|feed-request|reserved-space|localized-text|style-props|intl|partial-date|plural'), lit('directive')) },
  // the icon template and the icons several widgets draw
  { name: 'runtime-icons', users: 'share bar, map and language toggle', test: /[\\/]packages[\\/]icons[\\/]src[\\/]/ },
  // arrow keys between a widget's items
  { name: 'runtime-roving', users: 'map and language toggle', test: core('roving-focus') },
];

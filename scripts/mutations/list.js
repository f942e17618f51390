// Realistic bugs for `npm run test:mutations` (scripts/mutations.js). Each names the exact text it
// changes (found exactly once, or the run says the mutation is stale), what to rebuild first, and
// the suites concerned: the ones `npm test` runs, narrowed to the files that should catch it.
const bin = (name) => `node_modules/.bin/${name}`;

/** A rebuild through turbo before the suites run (the end-to-end suites test built files). */
const build = (filter) => ({ label: `build ${filter}`, cmd: bin('turbo'), args: ['run', 'build', `--filter=${filter}`, '--output-logs=errors-only'] });
const buildAll = { label: 'build', cmd: bin('turbo'), args: ['run', 'build', '--output-logs=errors-only'] };
const storybook = { label: 'storybook build', cmd: bin('storybook'), args: ['build', '--disable-telemetry', '-o', 'storybook-static', '--quiet'] };

/** A workspace's @web/test-runner files. */
const wtr = (pkg, files) => ({ label: `${pkg} ${files}`, cwd: `packages/${pkg}`, cmd: `../../${bin('wtr')}`, args: ['--files', files] });
/** node:test files, from the repository root. */
const nodeTest = (files, env = {}) => ({ label: files.join(' '), cmd: process.execPath, args: ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], env });

/** @type {{ name: string, changes: { file: string, from: string, to: string }[], prepare?: object[], suites: object[] }[]} */
export const mutations = [
  {
    name: 'safeUrl lets javascript: through',
    changes: [{ file: 'packages/core/src/safe-url.ts', from: "new Set(['http:', 'https:', 'mailto:'])", to: "new Set(['http:', 'https:', 'mailto:', 'javascript:'])" }],
    suites: [wtr('core', 'test/safe-url.test.ts')],
  },
  {
    name: 'a share URL built without encoding',
    changes: [{ file: 'packages/share-bar/src/networks.ts', from: 'const e = (value: string) => encodeURIComponent(value.toWellFormed());', to: 'const e = (value: string) => value.toWellFormed();' }],
    suites: [wtr('share-bar', 'test/networks.test.ts')],
  },
  {
    name: 'the counter skips Intl',
    changes: [{ file: 'packages/declaration-counter/src/format.ts', from: "const text = numberFormat(locale, compact ? { notation: 'compact' } : {}).format(count);", to: 'const text = String(count);' }],
    suites: [wtr('declaration-counter', 'test/declaration-counter.test.ts')],
  },
  {
    name: 'Escape stops returning focus in the menu',
    changes: [{ file: 'packages/language-toggle/src/language-toggle.ts', from: "    this.#open = false;\n    this.shadowRoot?.querySelector<HTMLElement>('.trigger')?.focus();", to: '    this.#open = false;' }],
    suites: [wtr('language-toggle', 'test/keyboard.test.ts')],
  },
  {
    name: 'map arrow keys stop moving',
    changes: [{ file: 'packages/event-map/src/map-view.ts', from: 'this.#activeId = this.#clusters[next]?.members[0]?.id;', to: 'this.#activeId = this.#clusters[index]?.members[0]?.id;' }],
    suites: [wtr('event-map', 'test/keyboard.test.ts')],
  },
  {
    name: 'loadJson ignores its size cap',
    changes: [
      { file: 'packages/core/src/load-json.ts', from: 'if (declared > maxBytes)', to: 'if (declared > Infinity)' },
      { file: 'packages/core/src/load-json.ts', from: 'if (size > maxBytes) {', to: 'if (size > Infinity) {' },
    ],
    suites: [wtr('core', 'test/load-json.test.ts')],
  },
  {
    name: 'defineElement throws on a second define',
    changes: [{ file: 'packages/core/src/define-element.ts', from: '  if (existing) {\n', to: '  if (existing) {\n    customElements.define(tag, ctor);\n' }],
    prepare: [build('@strong-cities/embed')],
    suites: [wtr('core', 'test/define-element.test.ts'), nodeTest(['packages/embed/test/double-load.test.js'])],
  },
  {
    name: 'a French string reverts to English',
    changes: [{ file: 'xliff/fr.xlf', from: '<target>Partager sur <x id="0" equiv-text="${name}"/></target>', to: '<target>Share on <x id="0" equiv-text="${name}"/></target>' }],
    prepare: [build('@strong-cities/core')],
    suites: [nodeTest(['scripts/i18n.test.js']), wtr('share-bar', 'test/share-bar.test.ts')],
  },
  {
    name: 'the loader imports every widget eagerly',
    changes: [{ file: 'packages/embed/src/loader.js', from: '  var sheet = reserveSpace(reserve);\n', to: '  var sheet = reserveSpace(reserve);\n  for (var eager of Object.values(widgets)) eager();\n' }],
    prepare: [build('@strong-cities/embed')],
    suites: [nodeTest(['packages/embed/test/loader.test.js'])],
  },
  {
    name: "the CTA's href skips safeUrl",
    changes: [{ file: 'packages/membership-cta/src/membership-cta.ts', from: "return safeUrl(this.href, MEMBERSHIP_URL, '<scn-membership-cta> href');", to: 'return this.href || MEMBERSHIP_URL;' }],
    suites: [wtr('membership-cta', 'test/membership-cta.test.ts')],
  },
  {
    name: 'the popover uses styleMap',
    changes: [
      { file: 'packages/event-map/src/map-view.ts', from: '      ${styleProps(position)}', to: '      style=${styleMap(position)}' },
      { file: 'packages/event-map/src/map-view.ts', from: "import { pickText, styleProps, type Locale } from '@strong-cities/core';", to: "import { pickText, styleProps, type Locale } from '@strong-cities/core';\nimport { styleMap } from 'lit/directives/style-map.js';" },
    ],
    prepare: [build('@strong-cities/embed')],
    suites: [nodeTest(['packages/embed/test/interactive.test.js'])],
  },
  {
    name: 'a token colour changes',
    changes: [{ file: 'packages/tokens/src/tokens.ts', from: "  brand: '#0c3c6e',", to: "  brand: '#1a5ea8'," }],
    prepare: [buildAll, storybook],
    suites: [nodeTest(['scripts/visual.test.js'], { STORY_FILTER: 'membership-call-to-action' })],
  },
  {
    name: 'the builder leaves the feed origin out of the CSP lines',
    changes: [{ file: 'apps/embed-builder/src/outputs.ts', from: "(origin && d.startsWith('connect-src ') ? `${d} ${origin}` : d)", to: '(d)' }],
    prepare: [build('@strong-cities/embed-builder')],
    suites: [nodeTest(['--test-name-pattern=scn-declaration-counter: each control', 'apps/embed-builder/test/builder.test.js'])],
  },
  {
    name: 'the builder keeps a URL safeUrl refuses',
    changes: [{ file: 'apps/embed-builder/src/builder-app.ts', from: "if (attribute.kind === 'url' && text !== '' && !isSafeUrl(text)) {", to: "if (attribute.kind === 'url' && text !== '' && !isSafeUrl(text) && false) {" }],
    prepare: [build('@strong-cities/embed-builder')],
    suites: [nodeTest(['--test-name-pattern=a URL the widget would refuse', 'apps/embed-builder/test/builder.test.js'])],
  },
];

// Message ids such as 'declaration-counter.endorsed.few' are for people: translators read them in
// the XLIFF files, `node scripts/i18n.js check` and reviews name messages by them. A page needs only
// that each msg() call and its locale chunk agree on a key. So every bundle ships each id as a short
// key instead ('1c'): measured on the build of 3 December 2026, each locale chunk gzips 314–365 B
// smaller (a fifth of it), widgets.js 765 B, the widget chunks 3–75 B. What people read (sources,
// XLIFF, the generated locale modules, Storybook, tests) keeps the long ids.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** a message id: two or more dot-separated words */
const ID = String.raw`[\w-]+(?:\.[\w-]+)+`;
// both match the quoted id alone (quote, id), so one replacement serves both
/** `id: 'share-bar.copy'` in a msg() call's options */
const OPTION = new RegExp(String.raw`(?<=\bid\s*:\s*)(['"\x60])(${ID})\1`, 'g');
/** `'share-bar.copy':` a key of a generated locale module's templates */
const KEY = new RegExp(String.raw`(['"])(${ID})\1(?=\s*:)`, 'g');

/** The folder lit-localize writes the locale modules to (lit-localize.json). */
export function localesDir(repo = root) {
  const config = JSON.parse(readFileSync(join(repo, 'lit-localize.json'), 'utf8'));
  return join(repo, config.output.outputDir);
}

/**
 * Long id → short key, for every message the locale modules translate. Keys are the ids' places
 * in sorted order, in base 36: the same for every build of the same messages.
 * @param {string} dir the generated locale modules
 * @returns {Map<string, string>}
 */
export function shortIds(dir = localesDir()) {
  const ids = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const [, , id] of readFileSync(join(dir, file), 'utf8').matchAll(KEY)) ids.add(id);
  }
  if (ids.size === 0) throw new Error(`short-msg-ids: no message ids found in ${dir}`);
  return new Map([...ids].sort().map((id, i) => [id, i.toString(36)]));
}

/**
 * Rewrites message ids to their short keys in our modules (msg() options) and in the generated
 * locale modules (their keys); fails the build if any known id is left in what it writes, since
 * that message would show its English text in every locale.
 * @param {{ dir?: string }} [options]
 * @returns {import('vite').Plugin}
 */
export function shortMsgIds({ dir = localesDir() } = {}) {
  /** @type {Map<string, string>} */
  let keys;
  const inLocales = (id) => id.startsWith(dir);
  return {
    name: 'scn-short-msg-ids',
    // before TypeScript is compiled: the sources as written
    enforce: 'pre',
    buildStart() {
      keys = shortIds(dir);
    },
    transform(code, id) {
      if (id.includes('node_modules') || id.startsWith('\0')) return null;
      // an id no locale translates stays as written
      const next = code.replace(inLocales(id) ? KEY : OPTION, (match, quote, long) =>
        keys.has(long) ? `${quote}${keys.get(long)}${quote}` : match,
      );
      return next === code ? null : { code: next, map: null };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const left = [...keys.keys()].filter((long) => file.code.includes(long));
        if (left.length) throw new Error(`short-msg-ids: ${file.fileName} still names ${left.join(', ')}: a msg() whose id is not a literal \`id: '…'\`?`);
      }
    },
  };
}

// Licence notices of the code and data we bundle, in one file beside the bundles instead of a
// comment per module inside them (Lit alone repeats fifteen, ~150 B gzip on every page). The
// notices still ship with every copy of the CDN folder, as the BSD, MIT and ISC licences ask.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

export const LICENSES_FILE = 'THIRD-PARTY-LICENSES.txt';
const require = createRequire(import.meta.url);

/** Our generated modules that are derived from a package's content: folder → that package. */
const DERIVED = [
  [/[\\/]packages[\\/]icons[\\/]src[\\/]generated[\\/]/, '@tabler/icons'],
  [/[\\/]packages[\\/]event-map[\\/]src[\\/]generated[\\/]/, 'world-atlas'],
];

/** The folder of the package a bundled module comes from, if it is not ours. */
function packageDir(id) {
  const derived = DERIVED.find(([test]) => test.test(id));
  if (derived) return dirname(require.resolve(`${derived[1]}/package.json`));
  const at = id.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0) return undefined;
  const rest = id.slice(at + 14).split(sep);
  return id.slice(0, at + 14) + rest.slice(0, rest[0].startsWith('@') ? 2 : 1).join(sep);
}

function licenceText(dir) {
  const file = readdirSync(dir).find((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f));
  if (!file) throw new Error(`${dir}: bundled, but ships no LICENSE file`);
  return readFileSync(join(dir, file), 'utf8').trim();
}

/**
 * The file's text for these bundled module ids: packages grouped by identical licence text.
 * @param {Iterable<string>} ids
 */
export function licensesText(ids) {
  /** @type {Map<string, string[]>} licence text → "name version (licence)" */
  const byText = new Map();
  const seen = new Set();
  for (const id of ids) {
    const dir = packageDir(id);
    if (!dir || seen.has(dir) || !existsSync(join(dir, 'package.json'))) continue;
    seen.add(dir);
    const { name, version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const text = licenceText(dir);
    byText.set(text, [...(byText.get(text) ?? []), `${name} ${version} (${license})`]);
  }
  const sections = [...byText].map(([text, names]) => `${names.sort().join('\n')}\n\n${text}`).sort();
  return `Strong Cities widgets bundle the following third-party code and data.\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}

/**
 * Drops licence comments from the bundles (see libConfig), writes them to THIRD-PARTY-LICENSES.txt
 * and points to that file from each entry script.
 * @returns {import('vite').Plugin}
 */
export function thirdPartyLicenses() {
  return {
    name: 'scn-third-party-licenses',
    generateBundle(_options, bundle) {
      const ids = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? file.moduleIds : []));
      // a bundle of our own code only (frame-resizer.js) leaves the folder's file as the others wrote it
      if (!ids.some((id) => packageDir(id))) return;
      this.emitFile({ type: 'asset', fileName: LICENSES_FILE, source: licensesText(ids) });
    },
  };
}

/** The one comment an entry script keeps. */
export const licenceBanner = (chunk) =>
  chunk.isEntry ? `/*! Strong Cities widgets. Licences of the bundled code: ${LICENSES_FILE} */` : '';

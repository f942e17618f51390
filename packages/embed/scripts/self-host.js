// The self-hosting zip, for cities whose rules forbid any third-party CDN (every request to a CDN
// shows it the visitor's IP address): release/strong-cities-widgets-<version>.zip holds one folder
// with the CDN folder's files, a README.txt (where to upload, the CSP lines, the snippet for a path
// on the city's own site) and the licences. Its manifest.json carries the snippets for that path.
// Written by write-manifest.js at the end of `npm run build`; byte-for-byte reproducible.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { cspLines } from './csp.js';
import { describeFiles, manifestFor, npmCdnBase } from './manifest.js';
import { repoRoot, tagsWithFallbacks } from './widgets.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
export const releaseDir = fileURLToPath(new URL('../release/', import.meta.url));

/** `strong-cities-widgets-1.0.0`: the zip's name and the one folder inside it. */
export const zipName = (version) => `strong-cities-widgets-${version}`;

/** The example path the README suggests when the build was not given one (SCN_CDN_BASE). */
export const defaultSelfHostBase = (version) => `/assets/scn/${version}/`;

/** The base the zip's snippets use: the build's own base unless that is the npm CDN. */
export function selfHostBase(manifest) {
  return manifest.base === npmCdnBase(manifest.version) ? defaultSelfHostBase(manifest.version) : manifest.base;
}

/** README.txt: plain text, for a webmaster who opens the zip. */
export function selfHostReadme(manifest, base = selfHostBase(manifest)) {
  const sameOrigin = base.startsWith('/');
  const folder = sameOrigin ? base : new URL(base).pathname;
  return `Strong Cities widgets ${manifest.version}, to host on your own site
${'='.repeat(48 + manifest.version.length)}

This folder is the complete set of files the widgets load. Hosted on your own site, the widgets
make no request to any other server: not to a CDN, not to us.

1. Upload
   Upload every file of this folder, names unchanged, to one folder of your site, for example
   ${folder}
   Keep one folder per version (1.0.0, 1.0.1, ...): the file names of the chunks change when their
   content does, and the snippet below names this version's files.
   Serve .js files as "text/javascript" (most servers do). Files whose names end in -<hash>.js
   never change and can be cached for a year; loader.js, widgets.js and manifest.json can change
   with a new version only, as the folder is versioned.
   On the same site as your pages, no CORS header is needed. Served from another domain (a
   static-files subdomain, say), the server must send "Access-Control-Allow-Origin: *" for this
   folder, or the browser refuses the scripts (module scripts are always fetched with CORS).

2. Paste the snippet
   In the <head> of every page with a widget (or once in your site's template):

${manifest.snippet}

   If your CMS strips type="module", use the classic script instead (all widgets in one file):

${manifest.snippetClassic}

   Then put the widgets' tags where they belong, with your own text inside as the fallback that
   shows when scripts are off or cannot load:

${tagsWithFallbacks('   ')}

   The integrity value makes the browser refuse any file that is not exactly the one published.
   This snippet is for ${base}. Uploaded to another folder: change the src= paths to it and keep
   integrity as it is.

3. Content-Security-Policy
   If your site sends one, it needs at least:

${cspLines(sameOrigin ? "'self'" : base).map((l) => `   ${l}`).join('\n')}

   No 'unsafe-inline' and no 'unsafe-eval' are needed.

4. If a widget does not appear
   Open the browser's console: the loader names the file it could not load, the likely cause
   (missing file, wrong MIME type, CORS header, Content-Security-Policy) and the fix. Each tag
   then shows the text you wrote inside it.

Files: manifest.json lists every file with its size and sha384 integrity. LICENSE.txt is the
widgets' licence (MIT); THIRD-PARTY-LICENSES.txt holds the licences of the code and data bundled
with them (Lit, Tabler Icons, world-atlas): keep both with the files.
Documentation: https://www.npmjs.com/package/@strong-cities/embed
`;
}

/** The zip's entries: path inside the zip → bytes. */
export function zipEntries(manifest, dir = dist) {
  const base = selfHostBase(manifest);
  const folder = zipName(manifest.version);
  const own = manifestFor(describeFiles(dir), base);
  /** @type {Record<string, Uint8Array>} */
  const entries = {};
  for (const file of readdirSync(dir).sort()) {
    entries[`${folder}/${file}`] = file === 'manifest.json' ? Buffer.from(`${JSON.stringify(own, null, 2)}\n`) : readFileSync(join(dir, file));
  }
  entries[`${folder}/README.txt`] = Buffer.from(selfHostReadme(own, base));
  entries[`${folder}/LICENSE.txt`] = readFileSync(join(repoRoot, 'LICENSE'));
  return entries;
}

// a fixed date, so the same files always make the same zip (DOS times start in 1980)
const MTIME = new Date('2000-01-01T00:00:00Z');

/** Writes release/strong-cities-widgets-<version>.zip (and nothing else there). */
export function writeZip(manifest, dir = dist) {
  const entries = zipEntries(manifest, dir);
  const zip = zipSync(Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, [bytes, { level: 9, mtime: MTIME }]])));
  rmSync(releaseDir, { recursive: true, force: true });
  mkdirSync(releaseDir, { recursive: true });
  const path = join(releaseDir, `${zipName(manifest.version)}.zip`);
  writeFileSync(path, zip);
  return { path, bytes: zip.length };
}

// What dist/manifest.json holds: every file of the CDN folder with its bytes, gzip bytes and
// sha384 integrity, plus the ready-to-paste snippets — the one source of the snippet that the
// READMEs, the Storybook guides, the demo site and the self-hosting zip all take.
//
// The snippets point at the npm CDN (jsDelivr) copy of this exact version, which `npm publish`
// makes real: https://cdn.jsdelivr.net/npm/@strong-cities/embed@<version>/dist/. A city that hosts
// the folder itself builds with its own base:
//   SCN_CDN_BASE=https://www.city.example/assets/scn/1.0.0/ npm run build
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { discoverWidgets, embedVersion, tagsWithFallbacks } from './widgets.js';
import { frameInfo, framesFor } from './frame-page.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
export const PACKAGE = '@strong-cities/embed';

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The folder's URL on jsDelivr once this version is published (unpkg has the same layout). */
export const npmCdnBase = (version = embedVersion()) => `https://cdn.jsdelivr.net/npm/${PACKAGE}@${version}/dist/`;

/**
 * The base the snippets use: SCN_CDN_BASE when set (an absolute http(s) URL, or a path on the
 * page's own origin such as `/assets/scn/1.0.0/`), else the npm CDN. Always ends with `/`.
 */
export function snippetBase(env = process.env) {
  const given = env.SCN_CDN_BASE?.trim();
  if (!given) return npmCdnBase();
  if (!/^(https?:\/\/[^/\s"'<>]+)?\/[^\s"'<>]*$/.test(given)) {
    throw new Error(`embed: SCN_CDN_BASE must be an http(s) URL or a path starting with "/" (got ${JSON.stringify(given)})`);
  }
  return given.endsWith('/') ? given : `${given}/`;
}

export function describeFiles(dir = dist) {
  return readdirSync(dir)
    // the bundles and the licences file beside them
    .filter((f) => f !== 'manifest.json')
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, integrity: integrity(bytes) };
    });
}

/** The snippets a partner pastes; `base` is the folder's URL, ending with `/`. */
export function snippets(files, base = npmCdnBase()) {
  const find = (name) => {
    const file = files.find((f) => f.file === name);
    if (!file) throw new Error(`embed: dist/ lacks ${name}; run both vite builds first`);
    return file;
  };
  // the stylesheet first: it reserves each tag's space before the first paint, in every engine and
  // with the snippet in <body> too (blocking="render" is Chromium's only)
  const css = `<link rel="stylesheet" href="${base}reserve.css" integrity="${find('reserve.css').integrity}" crossorigin="anonymous">`;
  // then a classic script (scripts/hold.js), which waits for the stylesheets before it and makes the
  // parser wait for it: in <body>, Firefox would otherwise paint what follows before reserve.css
  // applies (the widgets' script is a module, or deferred, so it holds nothing)
  const hold = `<script src="${base}hold.js" integrity="${find('hold.js').integrity}" crossorigin="anonymous"></script>`;
  return {
    module: `${css}\n${hold}\n<script type="module" src="${base}loader.js" integrity="${find('loader.js').integrity}" crossorigin="anonymous" blocking="render"></script>`,
    classic: `${css}\n${hold}\n<script src="${base}widgets.js" integrity="${find('widgets.js').integrity}" crossorigin="anonymous" defer blocking="render"></script>`,
  };
}

/** The manifest object for the files in `dir`, with snippets for `base`. */
export function manifestFor(files, base) {
  const { module, classic } = snippets(files, base);
  return {
    name: PACKAGE,
    version: embedVersion(),
    widgets: discoverWidgets().map((w) => w.tag),
    base,
    files,
    snippet: module,
    snippetClassic: classic,
    // the snippet with every widget's tag and the no-JS fallback its docs suggest, for guides
    example: `${module}\n\n${tagsWithFallbacks()}`,
    // the iframe embed (frame.html), for sites that accept no script: what every frame shares,
    // and per widget its default height, localized title and snippet
    frame: frameInfo(files, base),
    frames: framesFor(base),
  };
}

// frame.html, the iframe embed's page, and what the manifest and the docs say about it: its
// Content-Security-Policy (as a <meta> in the page, and as the header lines a self-hoster's server
// sends, since frame-ancestors works only as a header), each widget's frame title in every locale
// (from the repository's XLIFF, ids frame.title.<widget>), and the ready-to-paste iframe snippets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRAME_ALLOW, FRAME_FILE, FRAME_SANDBOX, frameSnippet } from '../src/frame-url.js';
import { discoverWidgets, repoRoot } from './widgets.js';

export const RESIZER_FILE = 'frame-resizer.js';
const LOCALES = ['en', 'fr', 'es', 'ar'];

/**
 * The frame page's policy. Scripts and styles only from its own folder; Trusted Types as on a
 * partner's page; feeds (`src`) from its folder or any https address, as a widget's feed may be
 * the partner's own file. No base URL, no forms, no plugins, no other frames.
 * @returns {string[]}
 */
export function frameCspDirectives() {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self' https:",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ];
}

/**
 * The HTTP headers frame.html should be served with, one a line: the policy above plus
 * `frame-ancestors *` (any site may frame it; a <meta> cannot say so), and the CORS header its
 * scripts need: a sandboxed frame has no origin of its own, so even its own folder's scripts are
 * fetched cross-origin.
 */
export function frameHeaderLines() {
  return [
    `Content-Security-Policy: ${['frame-ancestors *', ...frameCspDirectives()].join('; ')}`,
    'Access-Control-Allow-Origin: *',
  ];
}

/** The headers as an object, for the test servers and the demo city. */
export const frameHeaders = () =>
  Object.fromEntries(frameHeaderLines().map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * frame.html: no inline script or style (its CSP allows none); loader.js defines the widget,
 * frame.js builds it from the address. Both pinned by integrity.
 * @param {{ file: string, integrity: string }[]} files  the folder's files, with loader.js and frame.js
 */
export function framePage(files) {
  const script = (name) => {
    const file = files.find((f) => f.file === name);
    if (!file) throw new Error(`embed: dist/ lacks ${name}; run the vite builds first`);
    return `<script type="module" src="${name}" integrity="${file.integrity}"></script>`;
  };
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escape(frameCspDirectives().join('; '))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<meta name="responsive-embedded-sizing">
<title>Strong Cities Network</title>
<link rel="icon" href="data:,">
${script('loader.js')}
${script('frame.js')}
</head>
<body>
</body>
</html>
`;
}

const UNIT = /<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g;
const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** id → { en, fr, es, ar } for every unit whose id starts with `prefix`. */
export function translations(prefix) {
  /** @type {Record<string, Record<string, string>>} */
  const out = {};
  for (const locale of LOCALES.slice(1)) {
    const xml = readFileSync(join(repoRoot, 'xliff', `${locale}.xlf`), 'utf8');
    for (const [, id, inner] of xml.matchAll(UNIT)) {
      if (!id.startsWith(prefix)) continue;
      const source = /<source>([\s\S]*?)<\/source>/.exec(inner)?.[1];
      const target = /<target>([\s\S]*?)<\/target>/.exec(inner)?.[1];
      out[id] ??= {};
      if (source !== undefined) out[id].en = decode(source);
      if (target !== undefined) out[id][locale] = decode(target);
    }
  }
  return out;
}

/**
 * The manifest's `frames`: for each widget, its default height, its frame title in every locale,
 * and the iframe snippet (English title) for `base`, plain and for WordPress.
 */
export function framesFor(base) {
  const titles = translations('frame.title.');
  return Object.fromEntries(discoverWidgets().map((w) => {
    const id = `frame.title.${w.tag.replace(/^scn-/, '')}`;
    const title = titles[id];
    const missing = LOCALES.filter((l) => !title?.[l]);
    if (missing.length) throw new Error(`embed: no ${missing.join(', ')} frame title for <${w.tag}> (message id ${id} in packages/core/src/frame-text.ts and xliff/)`);
    const height = w.frameHeight.px;
    const options = { base, tag: w.tag, title: title.en, height };
    return [w.tag, {
      height,
      title: Object.fromEntries(LOCALES.map((l) => [l, title[l]])),
      snippet: frameSnippet(options),
      snippetWordPress: frameSnippet({ ...options, wordpress: true }),
    }];
  }));
}

/** The manifest's `frame`: what every iframe embed shares. */
export function frameInfo(files, base) {
  const resizer = files.find((f) => f.file === RESIZER_FILE);
  if (!resizer) throw new Error(`embed: dist/ lacks ${RESIZER_FILE}; run vite.config.resizer.js first`);
  return {
    file: FRAME_FILE,
    sandbox: FRAME_SANDBOX,
    allow: FRAME_ALLOW,
    headers: frameHeaderLines(),
    resizer: `<script src="${base}${RESIZER_FILE}" integrity="${resizer.integrity}" crossorigin="anonymous" defer></script>`,
  };
}

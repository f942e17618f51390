/* global getComputedStyle */
// Servers for the release tests: a partner's site and the places the widgets' folder can live
// (an npm CDN's path layout, the site's own origin, a plain static server), each on 127.0.0.1 and
// a free port, plus the checks every such page shares.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { BROKEN_TEXT, brief, cspOf, tags, widgets } from './helpers.js';
import { frameHeaders } from '../scripts/frame-page.js';

// reserve.css as text/css: a browser silently drops a cross-origin stylesheet of another type, and
// the fault tests' pages then had no reserved space to give back
export const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.html': 'text/html; charset=utf-8' };

/**
 * One origin on 127.0.0.1; `handle` answers a request or returns false for a 404.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => boolean | void} handle
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function origin(handle) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (handle(req, res, url) === false) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve(undefined)); }),
  };
}

/** The file `rel` under `dir`, or undefined when it escapes `dir` or is not a file. */
export function fileIn(dir, rel) {
  const path = normalize(join(dir, decodeURIComponent(rel)));
  if (!path.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/**
 * Serves `dir` at URL prefix `prefix` as a static host would.
 * @param {object} options
 * @param {Record<string, string>} [options.headers]  sent with every file (e.g. CORS)
 * @param {(file: string) => { status?: number, body?: Buffer | string, type?: string, headers?: Record<string, string> } | undefined} [options.override]
 *   changes one file's answer (a fault)
 * @returns {(req: any, res: import('node:http').ServerResponse, url: URL) => boolean}
 */
export function folder(prefix, dir, { headers = {}, override } = {}) {
  return (_req, res, url) => {
    if (!url.pathname.startsWith(prefix)) return false;
    const rel = url.pathname.slice(prefix.length);
    const path = fileIn(dir, rel);
    if (!path) return false;
    const change = override?.(rel) ?? {};
    const body = change.body ?? (change.status ? 'not found' : readFileSync(path));
    // frame.html: the headers its docs give self-hosters (frame-ancestors *, its policy, CORS)
    const frame = rel.endsWith('frame.html') ? frameHeaders() : {};
    res.writeHead(change.status ?? 200, { 'content-type': change.type ?? TYPES[extname(path)] ?? 'application/octet-stream', ...frame, ...headers, ...change.headers });
    res.end(body);
    return true;
  };
}

/** A partner page: its language, the snippet pasted as is, and every widget's tag with its fallback. */
export function partnerPage({ lang, head, body }) {
  return `<!doctype html>
<html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>City of Valmont</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
<main>
<h1>City of Valmont</h1>
${body}
<p id="after">Text after the widgets.</p>
</main>
</body>
</html>`;
}

export const sendHtml = (res, html, csp) => {
  res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...(csp ? { 'content-security-policy': csp } : {}) });
  res.end(html);
};

/**
 * A page a partner would be glad of: no console error, no uncaught exception, no CSP violation,
 * and no request to anywhere but the URL prefixes in `allowed` (the site, the widgets' folder).
 * @param {{ page: import('playwright-core').Page, log: { errors: string[], pageErrors: string[], requests: string[] } }} recorded
 */
export async function assertCleanPage(assert, { page, log }, allowed) {
  assert.deepEqual(log.errors, [], `console errors: ${brief(log.errors)}`);
  assert.deepEqual(log.pageErrors, [], `uncaught: ${brief(log.pageErrors)}`);
  assert.deepEqual(await cspOf(page), [], 'CSP violations');
  const elsewhere = log.requests.filter((u) => !allowed.some((prefix) => u.startsWith(prefix)));
  assert.deepEqual(elsewhere, [], `requests to anything but ${allowed.join(', ')}`);
}

/** Every widget defined and rendered, in the page's language and direction, with no broken text. */
export async function assertRendered(assert, page, locale) {
  // every tag upgraded and rendered in the page's language (a plain predicate: polled until true)
  await page.waitForFunction(
    ([list, lang]) => list.every((tag) => {
      const el = document.querySelector(tag);
      return el?.matches(':defined') && el.shadowRoot && el.shadowRoot.childElementCount > 0 && el.getAttribute('lang') === lang;
    }),
    [tags, locale],
    { timeout: 15_000, polling: 50 },
  ).catch(() => {});
  await page.evaluate((list) => Promise.all(list.map((tag) => /** @type {any} */ (document.querySelector(tag))?.updateComplete)), tags);
  const found = await page.evaluate((list) => list.map((tag) => {
    const el = /** @type {HTMLElement} */ (document.querySelector(tag));
    const root = el?.shadowRoot;
    return {
      tag,
      defined: Boolean(el?.matches(':defined')),
      rendered: Boolean(root && root.querySelectorAll('*').length > 0),
      text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      height: el?.getBoundingClientRect().height ?? 0,
      lang: el?.getAttribute('lang'),
      dir: el ? getComputedStyle(el).direction : '',
    };
  }), tags);
  for (const w of found) {
    assert.ok(w.defined && w.rendered && w.height > 0, `${locale}: <${w.tag}> is not rendered (${JSON.stringify(w)})`);
    assert.equal(w.lang, locale, `${locale}: <${w.tag}> speaks ${w.lang}`);
    assert.equal(w.dir, locale === 'ar' ? 'rtl' : 'ltr', `${locale}: <${w.tag}> direction`);
    assert.doesNotMatch(w.text, BROKEN_TEXT, `${locale}: <${w.tag}> shows ${w.text.slice(0, 120)}`);
  }
  if (locale === 'ar') {
    const arabic = found.filter((w) => /[\u0600-\u06ff]/.test(w.text)).map((w) => w.tag);
    assert.ok(arabic.length >= found.length - 1, `ar: widgets without Arabic text: ${brief(found.filter((w) => !arabic.includes(w.tag)).map((w) => w.tag))}`);
  }
}

/**
 * Each tag shows the fallback written inside it, as tall as that content: no blank band where
 * the reserved space was, no invisible box.
 * @returns {Promise<{ tag: string, defined: boolean, content: number, height: number, visible: boolean }[]>}
 */
export function fallbacks(page) {
  return page.evaluate((list) => list.map((tag) => {
    const el = /** @type {HTMLElement} */ (document.querySelector(tag));
    const range = document.createRange();
    range.selectNodeContents(el);
    const content = range.getBoundingClientRect();
    const child = el.firstElementChild;
    const box = child?.getBoundingClientRect();
    return {
      tag,
      defined: el.matches(':defined'),
      content: Math.round(content.height),
      height: Math.round(el.getBoundingClientRect().height),
      visible: Boolean(box && box.height > 0 && box.width > 0 && getComputedStyle(child).visibility === 'visible'),
    };
  }), widgets.map((w) => w.tag));
}

export function assertFallbacks(assert, shown, what) {
  for (const f of shown) {
    assert.equal(f.defined, false, `${what}: <${f.tag}> was defined`);
    assert.ok(f.visible && f.content > 0, `${what}: <${f.tag}> does not show its fallback (${JSON.stringify(f)})`);
    // as tall as what it shows (a <p>'s margins may collapse through it): no reserved band left
    assert.ok(f.height <= f.content + 2, `${what}: <${f.tag}> is ${f.height} px high around ${f.content} px of fallback content: a blank band`);
  }
}

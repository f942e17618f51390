// The demo partner city: its site on one origin, our CDN folder on another, as in real life.
//   node apps/demo-city/server.js            → http://localhost:8080/ and http://127.0.0.1:8081/
//   /en/ /fr/ /es/ /ar/                      Valmont, the well-made demo city (site/render.js)
//   /stress/                                 the labelled stress pages the end-to-end tests use
//                                            (/stress/hostile/…: site/stress/hostile.js)
//   start({ sitePort: 0, cdnPort: 0 })       → free ports, for tests
// The site sends a strict Content-Security-Policy; the CDN sends CORS headers as a CDN does.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales, pages } from './site/content.js';
import { pagePath, renderPage } from './site/render.js';
import * as hostile from './site/stress/hostile.js';
import { stressIndex } from './site/stress/index.js';
import { feed } from './site/feed.js';
import { notFound } from './site/not-found.js';
import { cspDirectives } from '../../packages/embed/scripts/csp.js';
import { frameHeaders } from '../../packages/embed/scripts/frame-page.js';
import { hostCssRoute } from './site/stress/host-css.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(here, '../..');
export const defaultCdnDir = join(repoRoot, 'packages/embed/dist');
const bootstrapDir = join(repoRoot, 'node_modules/bootstrap/dist/css');

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.map': 'application/json' };

/** The policy a careful partner sends: scripts only from our CDN, Trusted Types on (the lines the embed README gives). */
export function contentSecurityPolicy(cdnOrigin) {
  return ["default-src 'self'", ...cspDirectives(cdnOrigin)].join('; ');
}

/** The folder's path in the snippet (`/npm/@strong-cities/embed@1.0.0/dist/` on the npm CDN). */
export const snippetPath = (manifest) => new URL(manifest.base ?? '/', 'http://cdn').pathname;

/** Resolves `rel` under `dir`, or undefined when it escapes it or is not a file. */
function fileIn(dir, rel) {
  const path = normalize(join(dir, decodeURIComponent(rel)));
  if (path !== dir && !path.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/**
 * Starts both servers.
 * @param {object} [options]
 * @param {number} [options.sitePort]  default 0 (a free port)
 * @param {number} [options.cdnPort]   default 0
 * @param {Record<string, string>} [options.cdn]  URL prefix → folder, default packages/embed/dist at `/` and at
 *   the path the manifest's snippet names, as an npm CDN lays it out
 * @param {Record<string, (req: import('node:http').IncomingMessage, url: URL, ctx: object) => { status?: number, body: string, type?: string, csp?: boolean, headers?: Record<string, string> }>} [options.routes]
 *   extra site pages (tests); they get the same headers as the site's own pages
 * @param {{ path: string, source: string }} [options.headScript]  a script the CDN serves at `path`
 *   and every HTML page of the site loads first, at the top of its <head> (tests: an error
 *   recorder that works in every engine, allowed by the site's own strict policy)
 * @returns {Promise<{ siteUrl: string, cdnUrl: string, csp: string, manifest: () => object, close: () => Promise<void> }>}
 */
export async function start({ sitePort = 0, cdnPort = 0, cdn = defaultCdn(), routes = {}, headScript } = {}) {
  const cdnServer = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://cdn');
    const cors = { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin', 'timing-allow-origin': '*', vary: 'Origin' };
    if (req.method === 'OPTIONS') return send(res, 204, '', { ...cors, 'access-control-allow-methods': 'GET, HEAD' });
    if (url.pathname.startsWith('/__feed')) return feed(req, res, url);
    if (headScript && url.pathname === headScript.path) {
      return send(res, 200, headScript.source, { ...cors, 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
    }
    const prefix = Object.keys(cdn).filter((p) => url.pathname.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    const file = prefix && fileIn(cdn[prefix], url.pathname.slice(prefix.length));
    if (!file) return send(res, 404, 'not found', { ...cors, 'content-type': 'text/plain' });
    // hashed chunks never change; entry files and the manifest are revalidated
    const hashed = /-[\w-]{8}\.js$/.test(file);
    send(res, 200, readFileSync(file), {
      ...cors,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300, must-revalidate',
      // the iframe embed's page: any site may frame it, under its own strict policy
      ...(file.endsWith('/frame.html') ? frameHeaders() : {}),
    });
  });
  await listen(cdnServer, cdnPort, '127.0.0.1');
  const cdnOrigin = `http://127.0.0.1:${cdnServer.address().port}`;
  const csp = contentSecurityPolicy(cdnOrigin);
  const manifest = () => JSON.parse(readFileSync(join(cdn['/'] ?? defaultCdnDir, 'manifest.json'), 'utf8'));

  const siteServer = createServer((req, res) => {
    try {
      handleSite(req, res);
    } catch (error) {
      send(res, 500, `demo-city: ${error instanceof Error ? error.message : error}`, { 'content-type': 'text/plain' });
    }
  });
  function handleSite(req, res) {
    const url = new URL(req.url ?? '/', siteOrigin);
    const headers = { 'content-security-policy': csp, 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' };
    const first = headScript ? `<script src="${cdnOrigin}${headScript.path}"></script>` : '';
    const html = (body, status = 200, withCsp = true, extra = {}) =>
      send(res, status, first ? body.replace(/<head\b[^>]*>/i, (head) => head + first) : body, { ...headers, ...(withCsp ? {} : { 'content-security-policy': '' }), 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...extra });
    if (url.pathname === '/') return send(res, 302, '', { location: '/en/' });
    if (url.pathname.startsWith('/__feed')) return feed(req, res, url);
    if (routes[url.pathname]) {
      const out = routes[url.pathname](req, url, { cdn: cdnOrigin, origin: siteOrigin, manifest: manifest() });
      return html(out.body, out.status ?? 200, out.csp !== false, out.headers);
    }
    if (url.pathname.startsWith('/stress/host-css/')) {
      const out = hostCssRoute(url, { cdn: cdnOrigin, manifest: manifest(), feeds: feedsFor(url) });
      if (out) return out.type ? send(res, 200, out.body, { ...headers, 'content-type': out.type }) : html(out.body);
    }
    // the stress pages' own stylesheets (and Bootstrap), then the site's assets and feeds
    const stressAsset = new RegExp(`^${hostile.STRESS_ROOT}/assets/(.+)$`).exec(url.pathname)?.[1];
    const asset = /^\/assets\/(.+)$/.exec(url.pathname)?.[1];
    if (stressAsset || asset) {
      const file = stressAsset
        ? fileIn(join(here, 'site/stress/assets'), stressAsset) ?? fileIn(bootstrapDir, stressAsset)
        : fileIn(join(here, 'site/assets'), asset) ?? fileIn(bootstrapDir, asset) ?? fileIn(join(here, 'site/feeds'), asset);
      if (!file) return send(res, 404, 'not found', headers);
      return send(res, 200, readFileSync(file), { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    }
    if (url.pathname === '/stress' || url.pathname === '/stress/') return html(stressIndex());
    const embed = url.searchParams.get('embed') === 'classic' ? 'classic' : 'module';
    for (const [site, render] of [[{ locales, pages, pagePath }, renderPage], [hostile, hostile.renderPage]]) {
      for (const locale of site.locales) {
        for (const page of site.pages) {
          const path = site.pagePath(locale, page);
          if (url.pathname !== path && url.pathname !== `${path}index.html`) continue;
          // the stress pages read the site's own feeds; Valmont's widgets show the network's sourced data
          const feeds = site === hostile ? feedsFor(url) : testFeeds(url);
          return html(render({ locale, page, origin: siteOrigin, cdn: cdnOrigin, manifest: manifest(), embed, feeds }));
        }
      }
    }
    html(notFound(), 404);
  }
  await listen(siteServer, sitePort, 'localhost');
  const siteOrigin = `http://localhost:${siteServer.address().port}`;

  return {
    siteUrl: `${siteOrigin}/`,
    cdnUrl: `${cdnOrigin}/`,
    csp,
    manifest,
    close: () => Promise.all([siteServer, cdnServer].map((s) => new Promise((r) => { s.closeAllConnections(); s.close(() => r()); }))).then(() => {}),
  };
}

/** The local build at `/` and where the snippet points (only the origin differs from the real CDN). */
function defaultCdn() {
  const file = join(defaultCdnDir, 'manifest.json');
  const path = existsSync(file) ? snippetPath(JSON.parse(readFileSync(file, 'utf8'))) : '/';
  return { '/': defaultCdnDir, [path]: defaultCdnDir };
}

/** The site's own feeds: static JSON files, unless a test points a widget at a fault. */
function feedsFor(url) {
  const own = (name) => (existsSync(join(here, 'site/feeds', name)) ? `/assets/${name}` : undefined);
  return {
    events: url.searchParams.get('events') ?? own('events.json'),
    counter: url.searchParams.get('counter') ?? own('declaration.json'),
  };
}

/** A feed a test points a widget at (`?events=…&counter=…`), and nothing else. */
function testFeeds(url) {
  return Object.fromEntries(['events', 'counter'].map((k) => [k, url.searchParams.get(k) ?? undefined]).filter(([, v]) => v));
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sitePort = Number(process.env.SITE_PORT ?? 8080);
  const cdnPort = Number(process.env.CDN_PORT ?? 8081);
  if (!existsSync(join(defaultCdnDir, 'manifest.json'))) {
    console.error('No CDN folder yet: run `npm run build -w @strong-cities/embed` (or `npm run build`) first.');
    process.exit(1);
  }
  const { siteUrl, cdnUrl } = await start({ sitePort, cdnPort });
  console.log(`Demo city site:  ${siteUrl}en/  (also /fr/, /es/, /ar/)`);
  console.log(`Widgets CDN:     ${cdnUrl}loader.js  (manifest: ${cdnUrl}manifest.json)`);
}

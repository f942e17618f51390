// Serves the built builder (dist/) on one origin and the embed's CDN folder (packages/embed/dist)
// on another, as in real life, and tells the page to preview from the local folder:
//   node apps/embed-builder/server.js     → http://localhost:8090/ (CDN folder on http://127.0.0.1:8091/)
//   start({ port: 0, cdnPort: 0 })         → free ports, for tests
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { serveStatic } from '../../config/static-server.js';
import { createServer } from 'node:http';

const here = fileURLToPath(new URL('.', import.meta.url));
export const distDir = join(here, 'dist');
export const defaultCdnDir = join(here, '../../packages/embed/dist');

/**
 * @param {{ port?: number, cdnPort?: number, host?: string, cdnDir?: string }} [options]
 * @returns {Promise<{ url: string, cdnUrl: string, close: () => Promise<void> }>} urls end with `/`
 */
export async function start({ port = 0, cdnPort = 0, host = '127.0.0.1', cdnDir = defaultCdnDir } = {}) {
  // a CDN answers any origin (the preview frame's is opaque: "null")
  const cdn = await serveStatic(cdnDir, { port: cdnPort, headers: { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' } });
  const cdnUrl = `${cdn.url}/`;
  const site = await serveStatic(distDir, { port: 0 });
  // the page's own server, in front of the static one: catalogue.json names the local CDN folder
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/catalogue.json') {
      const catalogue = JSON.parse(readFileSync(join(distDir, 'catalogue.json'), 'utf8'));
      const body = JSON.stringify({ ...catalogue, previewBase: cdnUrl });
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);
      return;
    }
    const upstream = await fetch(`${site.url}${req.url ?? '/'}`);
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host === '127.0.0.1' ? '127.0.0.1' : 'localhost'}:${actual}/`,
    cdnUrl,
    close: async () => {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await site.close();
      await cdn.close();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url, cdnUrl } = await start({ port: 8090, cdnPort: 8091, host: 'localhost' });
  console.log(`Embed builder: ${url}  (preview from the local build on ${cdnUrl})`);
}

// Writes dist/manifest.json: every file of the CDN folder with its bytes, gzip bytes and
// sha384 integrity, plus the ready-to-paste snippets. Fails the build when loader.js outgrows
// its budget or widgets.js is not pure ASCII.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { discoverWidgets, embedVersion } from './widgets.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const LOADER_BUDGET = 2048; // gzip bytes
export const CDN_PLACEHOLDER = 'https://YOUR-CDN.example/strong-cities/widgets';

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

export function describeFiles() {
  return readdirSync(dist)
    // the bundles and the licences file beside them
    .filter((f) => f !== 'manifest.json')
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(dist, file));
      return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, integrity: integrity(bytes) };
    });
}

/** The snippets a partner pastes; `base` is the folder's URL (no trailing slash). */
export function snippets(files, base = `${CDN_PLACEHOLDER}/${embedVersion()}`) {
  const find = (name) => files.find((f) => f.file === name);
  const loader = find('loader.js');
  const classic = find('widgets.js');
  return {
    module: `<script type="module" src="${base}/loader.js" integrity="${loader.integrity}" crossorigin="anonymous" blocking="render"></script>`,
    classic: `<script src="${base}/widgets.js" integrity="${classic.integrity}" crossorigin="anonymous" defer blocking="render"></script>`,
  };
}

function main() {
  const files = describeFiles();
  const loader = files.find((f) => f.file === 'loader.js');
  const classic = files.find((f) => f.file === 'widgets.js');
  if (!loader || !classic) throw new Error('embed: dist/ lacks loader.js or widgets.js; run both vite builds first');
  if (loader.gzip > LOADER_BUDGET) throw new Error(`embed: loader.js is ${loader.gzip} B gzip, over its ${LOADER_BUDGET} B budget`);
  const text = readFileSync(join(dist, 'widgets.js'));
  const bad = text.findIndex((b) => b > 0x7f);
  if (bad !== -1) throw new Error(`embed: widgets.js has a non-ASCII byte at offset ${bad}`);

  const manifest = {
    name: '@strong-cities/embed',
    version: embedVersion(),
    widgets: discoverWidgets().map((w) => w.tag),
    files,
    snippet: snippets(files).module,
    snippetClassic: snippets(files).classic,
  };
  writeFileSync(join(dist, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const line = (f) => `  ${f.file.padEnd(28)} ${String(f.bytes).padStart(8)} B  ${String(f.gzip).padStart(7)} B gzip`;
  console.log(`embed: dist/ for ${manifest.widgets.join(', ')}\n${files.map(line).join('\n')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

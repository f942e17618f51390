// The build's last step: writes dist/manifest.json (manifest.js) and the self-hosting zip
// (self-host.js). Fails the build when loader.js outgrows its budget or widgets.js is not pure ASCII.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFiles, manifestFor, snippetBase } from './manifest.js';
import { writeZip } from './self-host.js';
import { framePage } from './frame-page.js';
import { reserveCss } from './widgets-plugin.js';
import { holdJs } from './hold.js';
import { discoverWidgets } from './widgets.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
// raised from 2,048 (issue 18): the preload table (each shared and locale chunk with its integrity,
// ~350 B), the locale choice and the early feed start; measured 2,582 B, and room for the reserve rules
export const LOADER_BUDGET = 3000; // gzip bytes (bench/budgets.js and test/build.test.js agree)

async function main() {
  // the snippet's render-blocking stylesheet: each tag's space from the first paint, wherever the
  // snippet is pasted (a module script in <body> runs too late to reserve anything)
  writeFileSync(join(dist, 'reserve.css'), `${reserveCss(discoverWidgets())}\n`);
  // and the classic script after it, which holds the parser until reserve.css applies, and gives the
  // space back if the widgets' script cannot load
  writeFileSync(join(dist, 'hold.js'), await holdJs(discoverWidgets()));
  // frame.html names loader.js and frame.js with their integrity, and is itself in the manifest
  writeFileSync(join(dist, 'frame.html'), framePage(describeFiles()));
  const files = describeFiles();
  const loader = files.find((f) => f.file === 'loader.js');
  const classic = files.find((f) => f.file === 'widgets.js');
  if (!loader || !classic) throw new Error('embed: dist/ lacks loader.js or widgets.js; run both vite builds first');
  if (loader.gzip > LOADER_BUDGET) throw new Error(`embed: loader.js is ${loader.gzip} B gzip, over its ${LOADER_BUDGET} B budget`);
  const text = readFileSync(join(dist, 'widgets.js'));
  const bad = text.findIndex((b) => b > 0x7f);
  if (bad !== -1) throw new Error(`embed: widgets.js has a non-ASCII byte at offset ${bad}`);

  const manifest = manifestFor(files, snippetBase());
  writeFileSync(join(dist, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const line = (f) => `  ${f.file.padEnd(32)} ${String(f.bytes).padStart(8)} B  ${String(f.gzip).padStart(7)} B gzip`;
  console.log(`embed: dist/ for ${manifest.widgets.join(', ')}, snippets for ${manifest.base}\n${files.map(line).join('\n')}`);
  const zip = writeZip(manifest);
  console.log(`embed: ${zip.path} (${zip.bytes} B) for self-hosting`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

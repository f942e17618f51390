#!/usr/bin/env node
// Where a chunk's bytes come from: rebuilds the embed's two builds (loader, classic) in memory
// and lists each chunk's modules by their size once minified (each on its own, with esbuild), with
// their share of the chunk's gzip bytes estimated from that (gzip does not split by module: a guide).
//   node bench/breakdown.js [chunk-name-prefix ...]   e.g. node bench/breakdown.js runtime widgets
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { build } from 'vite';
import { gzipSize, root } from './cdn-folder.js';

const prefixes = process.argv.slice(2);

const minified = (code) => {
  if (!code) return 0;
  try {
    return Buffer.byteLength(transformSync(code, { minify: true, format: 'esm', target: 'es2022' }).code);
  } catch {
    return Buffer.byteLength(code);
  }
};

/** @returns {Promise<{ chunk: string, bytes: number, gzip: number, modules: { id: string, bytes: number, gzipShare: number }[] }[]>} */
export async function breakdown(configFile = 'vite.config.js') {
  const { default: config } = await import(join(root, 'packages/embed', configFile));
  const chunks = [];
  await build({
    ...config,
    configFile: false,
    logLevel: 'silent',
    build: { ...config.build, outDir: join(root, 'bench/.work/breakdown'), emptyOutDir: true, write: false },
    plugins: [
      ...(config.plugins ?? []),
      {
        name: 'bench-breakdown',
        generateBundle(_options, bundle) {
          for (const file of Object.values(bundle)) {
            if (file.type !== 'chunk') continue;
            const modules = Object.entries(file.modules)
              .map(([id, m]) => ({ id: id.replace(root, '').replace(/^\0/, '').replace(/^.*node_modules\//, ''), bytes: minified(m.code), gzipShare: 0 }))
              .filter((m) => m.bytes > 0)
              .sort((a, b) => b.bytes - a.bytes);
            const gzip = gzipSize(Buffer.from(file.code));
            const rendered = modules.reduce((t, m) => t + m.bytes, 0);
            for (const m of modules) m.gzipShare = Math.round((m.bytes / rendered) * gzip);
            chunks.push({ chunk: file.fileName, bytes: Buffer.byteLength(file.code), gzip, modules });
          }
        },
      },
    ],
  });
  return chunks;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const all = [...(await breakdown()), ...(await breakdown('vite.config.classic.js'))];
  for (const c of all) {
    if (prefixes.length && !prefixes.some((p) => c.chunk.startsWith(p))) continue;
    console.log(`\n${c.chunk}: ${c.bytes.toLocaleString('en')} B, ${c.gzip.toLocaleString('en')} B gzip`);
    for (const m of c.modules) console.log(`  ~${String(m.gzipShare).padStart(6)} B gzip  (${String(m.bytes).padStart(6)} B minified)  ${m.id}`);
  }
}

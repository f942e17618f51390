// The classic build's eager imports: no lazy wrappers, the same modules, the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'vite';
import { eagerImports } from './eager-imports.js';

/** Builds a tiny IIFE whose entry imports a module on demand; returns its code. */
async function iife(plugins) {
  const dir = mkdtempSync(join(tmpdir(), 'scn-eager-'));
  const src = join(dir, 'packages/x/src');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'shared.ts'), "log.push('shared');\nexport const name = 'shared';\n");
  writeFileSync(join(src, 'later.ts'), "import { name } from './shared.js';\nlog.push('later');\nexport const greet = () => `hello from ${name}`;\n");
  writeFileSync(join(src, 'entry.ts'), "import { name } from './shared.js';\nlog.push(`entry ${name}`);\nimport('./later.js').then(({ greet }) => log.push(greet()));\n");
  try {
    const result = await build({
      logLevel: 'silent',
      configFile: false,
      root: dir,
      plugins,
      build: { write: false, minify: false, lib: { entry: join(src, 'entry.ts'), formats: ['iife'], name: 'x', fileName: 'out' }, rolldownOptions: { output: { codeSplitting: false } } },
    });
    return (Array.isArray(result) ? result[0] : result).output[0].code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function run(code) {
  const log = [];
  runInNewContext(code, { log, Promise });
  await new Promise((resolve) => setTimeout(resolve, 10));
  return log;
}

test('without it, Rolldown wraps what is imported on demand in lazy initializers', async () => {
  const code = await iife([]);
  assert.match(code, /__esmMin|__esm\b/);
});

test('with it, the module imported on demand is in the file unwrapped, and runs before its importer', async () => {
  const code = await iife([eagerImports()]);
  assert.doesNotMatch(code, /__esmMin|__esm\b|import\(/);
  assert.deepEqual(await run(code), ['shared', 'later', 'entry shared', 'hello from shared']);
});

#!/usr/bin/env node
// After `changeset version`, writes each package's version into its src/version.ts, which
// defineElement reports when two versions meet on one page. `--check` fails when they differ.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const packages = new URL('../packages/', import.meta.url).pathname;
let stale = 0;
for (const name of readdirSync(packages)) {
  const file = join(packages, name, 'src', 'version.ts');
  if (!existsSync(file)) continue;
  const { version } = JSON.parse(readFileSync(join(packages, name, 'package.json'), 'utf8'));
  const text = readFileSync(file, 'utf8');
  const next = text.replace(/export const version = '[^']*';/, `export const version = '${version}';`);
  if (next === text) continue;
  stale += 1;
  if (process.argv.includes('--check')) console.error(`${name}: src/version.ts is not ${version}`);
  else writeFileSync(file, next);
}
if (process.argv.includes('--check') && stale) process.exit(1);

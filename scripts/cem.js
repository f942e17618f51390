#!/usr/bin/env node
// Writes custom-elements.json for the package in the current folder, from its JSDoc, with the one
// shared configuration (config/custom-elements-manifest.config.mjs: Lit support, defineElement tags,
// members inherited from core's ScnElement). Use in a widget's build: `node ../../scripts/cem.js`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const config = new URL('../config/custom-elements-manifest.config.mjs', import.meta.url).pathname;
const cwd = process.cwd();
if (!existsSync(join(cwd, 'package.json')) || !existsSync(join(cwd, 'src'))) {
  console.error(`cem: run this from a widget package folder (with package.json and src/); ${cwd} is not one.`);
  process.exit(1);
}
const manifest = await cli({ argv: ['analyze', '--config', config], cwd });
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
if (elements.length === 0) {
  console.error(`cem: no custom element with a tag name in ${cwd}/src (is it registered with defineElement in src/define.ts?)`);
  process.exit(1);
}

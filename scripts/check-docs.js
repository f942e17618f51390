#!/usr/bin/env node
// Fails when a widget's public API has no words: every attribute, event, CSS part and CSS custom
// property in a package's custom-elements.json (written by its build, see scripts/cem.js) needs a
// description, and every event a widget dispatches needs a name. One test per package, listing what
// is missing. Run: `node scripts/check-docs.js` (or with `node --test`).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('..', import.meta.url).pathname;

/** Packages that declare a manifest in package.json (`"customElements": "custom-elements.json"`). */
export function documentedPackages() {
  return readdirSync(join(root, 'packages'))
    .map((name) => ({ name, dir: join(root, 'packages', name) }))
    .filter(({ dir }) => existsSync(join(dir, 'package.json')))
    .map((p) => ({ ...p, manifest: JSON.parse(readFileSync(join(p.dir, 'package.json'), 'utf8')).customElements }))
    .filter((p) => typeof p.manifest === 'string');
}

const KINDS = [
  ['attributes', 'attribute'],
  ['events', 'event'],
  ['cssParts', 'CSS part'],
  ['cssProperties', 'CSS custom property'],
];

/** What a manifest leaves undescribed, as readable lines. */
export function missingDescriptions(manifest) {
  const missing = [];
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, module: m.path }))).filter((d) => d.customElement);
  for (const element of elements) {
    const where = `<${element.tagName ?? element.name}> (${element.module})`;
    if (!element.description?.trim() && !element.summary?.trim()) missing.push(`${where}: the class has no @summary or description`);
    for (const [key, label] of KINDS) {
      for (const item of element[key] ?? []) {
        if (!item.name) {
          missing.push(`${where}: an event of type ${item.type?.text ?? '?'} is dispatched but has no name: add \`@fires scn-name - {${item.type?.text ?? 'EventClass'}} what it means\``);
          continue;
        }
        if (item.description?.trim()) continue;
        const from = item.inheritedFrom ? ` (inherited from ${item.inheritedFrom.name} in ${item.inheritedFrom.package ?? item.inheritedFrom.module})` : '';
        missing.push(`${where}: ${label} \`${item.name}\` has no description${from}`);
      }
    }
  }
  return { elements: elements.length, missing };
}

describe('custom-elements.json documents every public attribute, event, part and custom property', () => {
  for (const pkg of documentedPackages()) {
    it(pkg.name, () => {
      assert.ok(
        !isAbsolute(pkg.manifest) && !pkg.manifest.startsWith('..'),
        `packages/${pkg.name}/package.json: "customElements" must be the package's own "custom-elements.json", not ${JSON.stringify(pkg.manifest)} (the analyzer's CLI rewrites it when run with --outdir; scripts/cem.js does not)`,
      );
      const file = join(pkg.dir, pkg.manifest);
      assert.ok(existsSync(file), `${file} does not exist: build the package (npm run build -w @strong-cities/${pkg.name})`);
      const { elements, missing } = missingDescriptions(JSON.parse(readFileSync(file, 'utf8')));
      assert.ok(elements > 0, `${file} describes no custom element (is the tag registered with defineElement in src/define.ts?)`);
      assert.deepEqual(missing, [], `${pkg.name}: ${missing.length} without a description:\n  ${missing.join('\n  ')}\n`);
    });
  }
});

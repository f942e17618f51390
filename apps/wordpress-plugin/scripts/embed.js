// The widgets' files the plugin ships: @strong-cities/embed's CDN folder as built. Its version and
// the npm CDN URL come from the folder's manifest.json when it names them (else from the package),
// and the loader's integrity is computed from the very bytes shipped, so the plugin never holds a
// version or hash by hand, and a stale manifest fails the build.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const embedDir = fileURLToPath(new URL('../../../packages/embed/', import.meta.url));
const CDN_LOADER = /https:\/\/cdn\.jsdelivr\.net\/npm\/@strong-cities\/embed@([^/"'\s]+)\/dist\/loader\.js/;

export const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The first string anywhere in `value` that matches `pattern`. */
function findString(value, pattern) {
  if (typeof value === 'string') return pattern.exec(value) ?? undefined;
  if (value && typeof value === 'object') {
    for (const item of Object.values(value)) {
      const found = findString(item, pattern);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * @returns {{ dir: string, version: string, integrity: string, cdn: string }} `cdn` is the folder's
 *   URL on the npm CDN, ending in a slash
 */
export function embedInfo() {
  const dir = join(embedDir, 'dist');
  if (!existsSync(join(dir, 'loader.js'))) {
    throw new Error(`wordpress-plugin: ${dir} has no loader.js; build @strong-cities/embed first (npx turbo run build)`);
  }
  const packageVersion = JSON.parse(readFileSync(join(embedDir, 'package.json'), 'utf8')).version;
  const manifest = existsSync(join(dir, 'manifest.json')) ? JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) : {};
  const version = typeof manifest.version === 'string' ? manifest.version : packageVersion;
  if (version !== packageVersion) {
    throw new Error(`wordpress-plugin: ${dir}/manifest.json is for ${version}, the package is ${packageVersion}; rebuild @strong-cities/embed`);
  }
  const integrity = sha384(readFileSync(join(dir, 'loader.js')));
  const listed = Array.isArray(manifest.files) ? manifest.files.find((f) => f?.file === 'loader.js')?.integrity : undefined;
  if (listed !== undefined && listed !== integrity) {
    throw new Error(`wordpress-plugin: ${dir}/manifest.json gives loader.js another integrity than its bytes; rebuild @strong-cities/embed`);
  }
  const named = findString(manifest, CDN_LOADER);
  if (named && named[1] !== version) {
    throw new Error(`wordpress-plugin: ${dir}/manifest.json points the CDN at ${named[1]}, not ${version}`);
  }
  const loaderUrl = named?.[0] ?? `https://cdn.jsdelivr.net/npm/@strong-cities/embed@${version}/dist/loader.js`;
  return { dir, version, integrity, cdn: loaderUrl.slice(0, -'loader.js'.length) };
}

// Finds the suites: nothing is listed by hand, so a new suite cannot be forgotten.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Workspaces with a `test` script, in name order.
 * @param {string} root the repository root, ending with '/'
 * @returns {{ name: string, dir: string, path: string }[]}
 */
export function testableWorkspaces(root) {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return workspaces
    .flatMap((pattern) => {
      const parent = pattern.replace(/\/\*$/, '');
      const dir = join(root, parent);
      return existsSync(dir) ? readdirSync(dir).map((name) => `${parent}/${name}`) : [];
    })
    .filter((path) => existsSync(join(root, path, 'package.json')))
    .map((path) => ({ path, dir: join(root, path), pkg: JSON.parse(readFileSync(join(root, path, 'package.json'), 'utf8')) }))
    .filter(({ pkg }) => pkg.scripts?.test)
    .map(({ path, dir, pkg }) => ({ name: pkg.name, dir, path }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Folders whose `*.test.js` files are node:test suites run from the root (workspaces run their own). */
const NODE_SUITE_DIRS = ['scripts', 'config', 'bench'];

function testFilesIn(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : testFilesIn(path);
    return name.endsWith('.test.js') ? [path] : [];
  });
}

/**
 * node:test files under scripts/, config/, bench/ and every workspace's scripts/ folder, sorted.
 * @param {string} root
 */
export function nodeTestFiles(root) {
  const workspaceScripts = testableWorkspaces(root).map((w) => join(w.dir, 'scripts'));
  const all = readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'scripts'));
  const dirs = [...NODE_SUITE_DIRS.map((d) => join(root, d)), ...new Set([...workspaceScripts, ...all])];
  return dirs.flatMap(testFilesIn).sort();
}

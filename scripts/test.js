#!/usr/bin/env node
// `npm test`: everything CI checks, in order, with one total at the end:
// build → lint → typecheck → every package's tests (real Chromium; e2e included) → translations
// → Storybook build and story checks. Exits non-zero when anything fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', FORCE_COLOR: '0' };
const results = []; // { name, passed, failed, skipped }

function run(name, cmd, args, extraEnv = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  return r.status === 0;
}

/** A check that is one pass or one fail (build, lint, typecheck, translations). */
function check(name, cmd, args) {
  const ok = run(name, cmd, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

const workspaces = ['packages', 'apps'].flatMap((dir) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((name) => join(root, dir, name)) : [],
);
const testable = workspaces.filter((dir) => {
  const pkg = join(dir, 'package.json');
  return existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).scripts?.test;
});
for (const dir of workspaces) rmSync(join(dir, '.reports'), { recursive: true, force: true });
rmSync(join(root, '.reports'), { recursive: true, force: true });

/** A node:test file whose counts land in .reports/<report>.json (config/node-test-reporter.js). */
function nodeSuite(name, report, file) {
  run(name, process.execPath, [
    '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./config/node-test-reporter.js', '--test-reporter-destination=/dev/null',
    file,
  ], { REPORT_NAME: report });
  const path = join(root, '.reports', `${report}.json`);
  if (existsSync(path)) results.push({ name, ...JSON.parse(readFileSync(path, 'utf8')) });
  else results.push({ name: `${name} (no report: the suite did not run)`, passed: 0, failed: 1, skipped: 0 });
}

const turbo = join(root, 'node_modules/.bin/turbo');
const built = check('build', turbo, ['run', 'build', '--output-logs=errors-only']);
check('lint', join(root, 'node_modules/.bin/eslint'), ['.', '--max-warnings=0']);
if (built) {
  check('typecheck', turbo, ['run', 'typecheck', '--output-logs=errors-only']);
  run('package tests', turbo, ['run', 'test', '--continue', '--concurrency=1', '--output-logs=full']);
  for (const dir of testable) {
    const name = dir.slice(root.length);
    const reports = existsSync(join(dir, '.reports'))
      ? readdirSync(join(dir, '.reports')).filter((f) => f.endsWith('.json'))
      : [];
    if (reports.length === 0) {
      results.push({ name: `${name} (no test report: the suite did not run)`, passed: 0, failed: 1, skipped: 0 });
    }
    for (const file of reports) {
      const counts = JSON.parse(readFileSync(join(dir, '.reports', file), 'utf8'));
      results.push({ name: `${name} ${file.replace('.json', '')}`, ...counts });
    }
  }
  check('translations', process.execPath, ['scripts/i18n.js', 'check']);
  nodeSuite('docs (every public API described)', 'docs', 'scripts/check-docs.js');
  nodeSuite('template minifier', 'minify', 'config/minify-templates.test.js');
  nodeSuite('icon path rounding', 'icon-paths', 'packages/icons/scripts/path.test.js');
  nodeSuite('size budgets', 'budgets', 'bench/budgets.test.js');
  if (check('storybook build', join(root, 'node_modules/.bin/storybook'), ['build', '--disable-telemetry', '-o', 'storybook-static', '--quiet'])) {
    nodeSuite('storybook stories (render, rtl, axe)', 'storybook', 'scripts/storybook.test.js');
    nodeSuite('visual regression', 'visual', 'scripts/visual.test.js');
  }
}

const total = results.reduce(
  (t, r) => ({ passed: t.passed + (r.passed ?? 0), failed: t.failed + (r.failed ?? 0), skipped: t.skipped + (r.skipped ?? 0) }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('\nSuite summary');
for (const r of results) {
  console.log(`  ${r.failed ? 'FAIL' : 'ok  '} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
}
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);

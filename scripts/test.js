#!/usr/bin/env node
// `npm test`: everything CI checks, in order, with one line per suite and one total at the end:
// build → lint → typecheck → Storybook build → every workspace's tests (turbo; end-to-end included)
// → every node:test suite outside the workspaces (found by glob) → translations.
//
// The total can be trusted: a suite fails when its process exits non-zero (whatever its report
// says), when it ran no test at all, or when it wrote no report. Nothing in the environment can
// narrow a suite here (scripts/runner/environment.js). Exits non-zero when anything failed.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnvironment } from './runner/environment.js';
import { nodeTestFiles, testableWorkspaces } from './runner/discover.js';
import { formatSuiteLine, formatTotal, judge, total } from './runner/verdict.js';
import { runCommand } from './runner/run-command.js';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules/.bin', name);
const env = cleanEnvironment(process.env, (notice) => console.log(`note: ${notice}`));
Object.assign(env, { TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', FORCE_COLOR: '0' });

/** @type {import('./runner/verdict.js').SuiteResult[]} */
const results = [];

/** A step that is one pass or one fail (build, lint, typecheck, Storybook build, translations). */
async function check(name, cmd, args) {
  console.log(`\n=== ${name}: ${cmd.replace(root, '')} ${args.join(' ')}`);
  const run = await runCommand(cmd, args, { cwd: root, env });
  const ok = run.exitCode === 0;
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds: run.seconds, note: ok ? '' : `exit ${run.exitCode}` });
  return ok;
}

/** Reads the counts files a suite wrote into `dir` (config/wtr-reporter.js, config/node-test-reporter.js). */
function readCounts(dir) {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  if (files.length === 0) return undefined;
  return files
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
    .reduce((t, c) => ({ passed: t.passed + (c.passed ?? 0), failed: t.failed + (c.failed ?? 0), skipped: t.skipped + (c.skipped ?? 0) }), { passed: 0, failed: 0, skipped: 0 });
}

/** One workspace's `test` script through turbo (cached when nothing it exercises changed). */
async function workspaceSuite(workspace) {
  const reports = join(workspace.dir, '.reports');
  rmSync(reports, { recursive: true, force: true });
  console.log(`\n=== ${workspace.path}: turbo run test --filter=${workspace.name}`);
  const run = await runCommand(bin('turbo'), ['run', 'test', `--filter=${workspace.name}`, '--output-logs=full'], { cwd: root, env });
  results.push(judge(workspace.path, run, readCounts(reports)));
}

/** A node:test file outside the workspaces; its counts land in .reports/node/<name>.json. */
async function nodeSuite(file) {
  const name = file.slice(root.length);
  const reports = join(root, '.reports', 'node', name.replace(/[/.]/g, '_'));
  rmSync(reports, { recursive: true, force: true });
  console.log(`\n=== ${name}: node --test`);
  const run = await runCommand(process.execPath, [
    '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'config/node-test-reporter.js')}`, '--test-reporter-destination=/dev/null',
    file,
  ], { cwd: root, env: { ...env, REPORT_DIR: reports, REPORT_NAME: 'counts' } });
  results.push(judge(name, run, readCounts(reports)));
}

const built = await check('build', bin('turbo'), ['run', 'build', '--output-logs=errors-only']);
await check('lint', bin('eslint'), ['.', '--max-warnings=0']);
if (built) {
  await check('typecheck', bin('turbo'), ['run', 'typecheck', '--output-logs=errors-only']);
  // before the suites that open it (scripts/storybook.test.js, scripts/visual.test.js)
  await check('storybook build', bin('storybook'), ['build', '--disable-telemetry', '-o', 'storybook-static', '--quiet']);
  for (const workspace of testableWorkspaces(root)) await workspaceSuite(workspace);
  for (const file of nodeTestFiles(root)) await nodeSuite(file);
  await check('translations', process.execPath, ['scripts/i18n.js', 'check']);
}

console.log('\nSuites (passed, failed, skipped, seconds)');
for (const r of results) console.log(formatSuiteLine(r));
const sum = total(results);
console.log(`\n${formatTotal(sum)}`);
process.exit(sum.failed > 0 ? 1 : 0);

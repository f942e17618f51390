// The runner's total can be trusted: how a suite's run is judged, what the environment may not
// change, which suites are found, and that turbo never replays a stale pass of a test task.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cleanEnvironment } from './runner/environment.js';
import { nodeTestFiles, testableWorkspaces } from './runner/discover.js';
import { formatTotal, judge, total } from './runner/verdict.js';

const root = new URL('..', import.meta.url).pathname;
const run = (exitCode) => ({ exitCode, seconds: 1 });

describe('a suite is judged by its exit code and its report', () => {
  it('passes with exit 0 and passing tests', () => {
    assert.deepEqual(judge('x', run(0), { passed: 3, failed: 0, skipped: 1 }).failed, 0);
  });
  it('fails when the process exits non-zero although its report says 0 failed (a coverage miss)', () => {
    const r = judge('x', run(1), { passed: 12, failed: 0, skipped: 0 });
    assert.equal(r.failed, 1);
    assert.match(r.note, /exit 1/);
  });
  it('keeps the reported failures when the process exits non-zero because of them', () => {
    assert.equal(judge('x', run(1), { passed: 2, failed: 3, skipped: 0 }).failed, 3);
  });
  it('fails a suite that ran zero tests', () => {
    const r = judge('x', run(0), { passed: 0, failed: 0, skipped: 0 });
    assert.equal(r.failed, 1);
    assert.match(r.note, /ran no test/);
  });
  it('fails a suite that wrote no report', () => {
    assert.equal(judge('x', run(0), undefined).failed, 1);
  });
  it('totals every suite in the one last line', () => {
    const lines = [judge('a', run(0), { passed: 2, failed: 0, skipped: 1 }), judge('b', run(1), { passed: 1, failed: 0, skipped: 0 })];
    assert.equal(formatTotal(total(lines)), '3 passed, 1 failed, 1 skipped');
    assert.equal(formatTotal({ passed: 5, failed: 0, skipped: 0 }), '5 passed, 0 failed');
  });
});

describe('nothing in the environment narrows npm test', () => {
  it('drops every narrowing variable, each with one notice', () => {
    const notices = [];
    const env = cleanEnvironment(
      { PATH: '/bin', UPDATE_BASELINES: '1', STORY_FILTER: 'membership', STORYBOOK_STATIC: '/tmp/x', VISUAL_BASELINES: '/tmp/b', SCN_ENGINES: 'webkit' },
      (n) => notices.push(n),
    );
    assert.deepEqual(env, { PATH: '/bin' });
    assert.equal(notices.length, 5);
    assert.match(notices[1], /STORY_FILTER=membership/);
    assert.match(notices[4], /SCN_ENGINES=webkit/);
  });
  it('removes test filters from NODE_OPTIONS and keeps the rest', () => {
    const notices = [];
    const env = cleanEnvironment({ NODE_OPTIONS: '--max-old-space-size=4096 --test-name-pattern=foo --test-only' }, (n) => notices.push(n));
    assert.equal(env.NODE_OPTIONS, '--max-old-space-size=4096');
    assert.equal(notices.length, 1);
  });
});

describe('suites are found, not listed', () => {
  it('finds every workspace with a test script', () => {
    const names = testableWorkspaces(root).map((w) => w.name);
    for (const name of ['@strong-cities/core', '@strong-cities/share-bar', '@strong-cities/embed', '@strong-cities/event-map', '@strong-cities/demo-city']) {
      assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    }
  });
  it('finds the node:test suites outside the workspaces, this one included', () => {
    const files = nodeTestFiles(root).map((f) => f.slice(root.length));
    for (const file of ['scripts/runner.test.js', 'scripts/visual.test.js', 'scripts/storybook.test.js', 'bench/budgets.test.js']) {
      assert.ok(files.includes(file), `${file} in ${files.join(', ')}`);
    }
    assert.ok(!files.some((f) => f.includes('node_modules')), 'nothing from node_modules');
  });
});

/** The hash turbo gives a task now (what its cache is keyed by). */
function taskHash(task) {
  const out = execFileSync(join(root, 'node_modules/.bin/turbo'), ['run', 'test', `--filter=${task.split('#')[0]}`, '--dry=json'], {
    cwd: root,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const found = JSON.parse(out).tasks.find((t) => t.taskId === task);
  assert.ok(found, `turbo plans ${task}`);
  return found.hash;
}

/**
 * Each file below is exercised by the task named with it, but lives outside its package: a new file
 * there must change the task's hash, or turbo would replay a stale pass.
 */
const exercised = [
  ['@strong-cities/language-toggle#test', 'packages/share-bar/src', 'the share bar it renders'],
  ['@strong-cities/embed#test', 'apps/demo-city/site', 'the demo site its end-to-end tests open'],
  ['@strong-cities/demo-city#test', 'packages/embed/test-support', 'the end-to-end helpers its site test uses'],
  ['@strong-cities/share-bar#test', 'config', 'the shared test configuration'],
  ['@strong-cities/embed#test', 'packages/event-map/src', 'a widget its bundle carries'],
];

describe('turbo never replays a stale pass', { concurrency: 1 }, () => {
  for (const [task, dir, what] of exercised) {
    it(`${task} re-runs when ${what} (${dir}/) changes`, () => {
      const before = taskHash(task);
      // JSON, not TypeScript: core's build hashes every package's *.ts for its message catalogue,
      // which would hide a missing dependency behind core's hash
      const probe = join(root, dir, `cache-probe-${process.pid}.json`);
      writeFileSync(probe, JSON.stringify({ changed: Date.now() }));
      try {
        assert.notEqual(taskHash(task), before, `${task} keeps its hash when ${dir}/ changes: add it to the task's inputs`);
      } finally {
        rmSync(probe, { force: true });
      }
      assert.equal(taskHash(task), before, 'the hash comes back once the file is gone');
    });
  }
});

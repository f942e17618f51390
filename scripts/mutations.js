#!/usr/bin/env node
// `npm run test:mutations`: plants realistic bugs (scripts/mutations/list.js) one at a time, runs only
// the suites concerned, and prints, for each, the failing tests that caught it, or MISSED.
// Not part of `npm test` (it rebuilds and reruns suites many times); it proves that `npm test` would
// fail on each of these bugs. Every source is restored after each mutation, and on Ctrl-C.
//
//   node scripts/mutations.js                 every mutation
//   node scripts/mutations.js escape popover  only those whose name contains one of the words
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mutations } from './mutations/list.js';
import { runCommand } from './runner/run-command.js';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
const words = process.argv.slice(2).map((w) => w.toLowerCase());
const chosen = words.length ? mutations.filter((m) => words.some((w) => m.name.toLowerCase().includes(w))) : mutations;

/** Original contents of every file currently mutated, to restore whatever happens. */
const originals = new Map();
function restoreAll() {
  for (const [path, text] of originals) writeFileSync(path, text);
  originals.clear();
}
process.on('SIGINT', () => {
  restoreAll();
  process.exit(130);
});

/** Names of failing tests in a suite's output: node:test's spec reporter (✖) and web-test-runner (❌). */
function failingTests(output) {
  const names = new Set();
  for (const line of output.split('\n')) {
    const spec = /^\s*✖ (.+?)(?: \(\d[\d.]*m?s\))?$/.exec(line);
    const wtr = /❌ (.+)$/.exec(line);
    const name = (spec?.[1] ?? wtr?.[1])?.trim();
    if (name && name !== 'failing tests:') names.add(name);
  }
  return [...names];
}

/** Runs a command quietly, returning its exit code and everything it printed. */
const capture = (cmd, args, cwd, extraEnv = {}) => runCommand(cmd, args, { cwd, env: { ...env, ...extraEnv }, quiet: true });

function plant(mutation) {
  for (const change of mutation.changes) {
    const path = join(root, change.file);
    const text = originals.get(path) ?? readFileSync(path, 'utf8');
    const current = readFileSync(path, 'utf8');
    const count = current.split(change.from).length - 1;
    if (count !== 1) throw new Error(`${change.file}: the text to mutate occurs ${count} times (expected once): ${JSON.stringify(change.from.slice(0, 60))}`);
    originals.set(path, text);
    writeFileSync(path, current.replace(change.from, change.to));
  }
}

const rows = [];
for (const mutation of chosen) {
  process.stdout.write(`\n● ${mutation.name}\n`);
  let caughtBy = [];
  let problem = '';
  try {
    plant(mutation);
    for (const step of mutation.prepare ?? []) {
      const run = await capture(step.cmd, step.args, join(root, step.cwd ?? ''), step.env);
      // a build that fails on the bug is a catch by the build (e.g. the type checker), named as such
      if (run.exitCode !== 0) {
        caughtBy = [`${step.label} failed`];
        break;
      }
    }
    if (caughtBy.length === 0) {
      for (const suite of mutation.suites) {
        const run = await capture(suite.cmd, suite.args, join(root, suite.cwd ?? ''), suite.env);
        const names = failingTests(run.output).map((n) => `${suite.label}: ${n}`);
        if (run.exitCode !== 0 && names.length) caughtBy.push(...names);
        else if (run.exitCode !== 0) problem = `${suite.label} exited ${run.exitCode} with no failing test named:\n${run.output.slice(-1500)}`;
        else if (/^ℹ tests 0$/m.test(run.output)) problem = `${suite.label} ran no test: is its filter stale?`;
      }
    }
  } catch (error) {
    problem = String(error instanceof Error ? error.message : error);
  } finally {
    restoreAll();
  }
  const caught = caughtBy.length > 0;
  rows.push({ name: mutation.name, caught, caughtBy, problem });
  process.stdout.write(caught ? `  caught by ${caughtBy.slice(0, 3).join('\n            ')}${caughtBy.length > 3 ? `\n            … and ${caughtBy.length - 3} more` : ''}\n` : `  MISSED${problem ? `: ${problem}` : ''}\n`);
}

// put the build back as the sources are (turbo restores the unmutated outputs from its cache)
await capture(join(root, 'node_modules/.bin/turbo'), ['run', 'build', '--output-logs=errors-only'], root);

console.log('\nMutation                                                   result');
for (const r of rows) console.log(`  ${r.name.padEnd(56)} ${r.caught ? `caught (${r.caughtBy.length} failing)` : 'MISSED'}`);
const missed = rows.filter((r) => !r.caught).length;
console.log(`\n${rows.length - missed} caught, ${missed} missed`);
process.exit(missed ? 1 : 0);

#!/usr/bin/env node
// `npm run bench`: builds, serves bench pages on 127.0.0.1, measures them in headless Chromium
// against the peers, prints a table and writes bench/results.json and bench/RESULTS.md.
//   --no-build         measure the current packages/embed/dist as it is
//   --runs N           runs per page (default 10; fewer is marked as not a full run)
//   --max-minutes M    stop starting new rounds after M minutes (default 9)
//   --mobile-runs N    rounds of issue 18's pages under the mobile profile (default 5; 0: none)
//   --pages a,b        only these page ids (a pair runs when either of its pages is named); prints
//                      the figures and writes bench/.work/results-partial.json, leaving RESULTS.md
// Every page is loaded once per round, in a fresh browser context (empty cache), rounds repeated,
// so a load spike on the machine touches ours and the peers alike; pairs alternate their order.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { serveStatic } from '../config/static-server.js';
import { checkBudgets } from './budget-check.js';
import { breakdown } from './breakdown.js';
import { root } from './cdn-folder.js';
import { launchBrowser, measureLoad } from './browser.js';
import { describeMachine, underLoad, versions } from './machine.js';
import { writeSite } from './pages.js';
import { HEAP_PAGES, MOBILE_PAIRS, summarize } from './summarize.js';
import { consoleTable, resultsMarkdown } from './report.js';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const RUNS = Math.max(1, Math.min(50, flag('--runs', 10)));
const MAX_MS = Math.max(1, flag('--max-minutes', 9)) * 60_000;
const MOBILE_RUNS = Math.max(0, Math.min(50, flag('--mobile-runs', 5)));
const ONLY = args.includes('--pages') ? new Set(args[args.indexOf('--pages') + 1].split(',')) : undefined;
const wanted = (id) => !ONLY || ONLY.has(id);
const benchDir = join(root, 'bench');
const siteDir = join(benchDir, '.work/site');

if (!args.includes('--no-build')) {
  console.log('bench: building (turbo run build)…');
  const built = spawnSync(join(root, 'node_modules/.bin/turbo'), ['run', 'build', '--output-logs=errors-only'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
  if (built.status !== 0) {
    console.error('bench: the build failed; nothing measured');
    process.exit(1);
  }
}

const budgets = checkBudgets();
// where the bytes of the runtime and of every chunk over budget come from
const stem = (file) => file.replace(/-[\w-]{8}\.js$/, '');
const explain = new Set([...budgets.folder.runtime, ...budgets.rows.filter((r) => !r.ok).flatMap((r) => r.files)].map(stem));
const parts = await Promise.all([breakdown(), breakdown('vite.config.classic.js')])
  .then((builds) => builds.flat().filter((c) => explain.has(stem(c.chunk))))
  .catch((error) => [{ chunk: 'breakdown failed', bytes: 0, gzip: 0, modules: [], error: String(error?.message ?? error) }]);
const { pages, events } = writeSite(siteDir);
// text files gzip -9, as a CDN sends them (the throttled runs move what a phone would download)
const server = await serveStatic(siteDir, { gzip: true });
const browser = await launchBrowser();
const started = Date.now();
const machineBefore = describeMachine(browser);

/** Pages and the order of a round; render pairs swap order on odd rounds. */
const mobilePages = [...new Set(MOBILE_PAIRS.flat())].filter(wanted);
const single = ['shariff-share-1', 'ours-counter-1', 'countup-counter-1', 'ours-map-1', 'leaflet-map-1', ...mobilePages, ...HEAP_PAGES.map(([, id]) => id).filter((id) => id !== 'ours-share-1000'), 'ours-share-1000-counter-100'].filter(wanted);
const pairs = [1, 200, 1000].map((n) => [`ours-share-${n}`, `shareon-share-${n}`]).filter((p) => p.some(wanted));
// heap per 1,000 widgets compares each 1,000-widget page with its 1-widget page
const HEAP = new Set(['ours-share-1', 'ours-share-1000', 'shareon-share-1', 'shareon-share-1000', 'ours-share-1000-counter-100', ...HEAP_PAGES.map(([, id]) => id)]);
const known = new Set(pages.map((p) => p.id));
for (const id of [...single, ...pairs.flat()]) if (!known.has(id)) throw new Error(`bench: no page ${id}`);
/** @type {Record<string, import('./browser.js').Load[]>} */
const mobileLoads = {};

/** @type {Record<string, import('./browser.js').Load[]>} */
const loads = {};
/** @type {Record<string, string>} */
const failures = {};
let rounds = 0;
try {
  while (rounds < RUNS) {
    if (rounds > 0 && Date.now() - started > MAX_MS) {
      console.log(`bench: time limit reached after ${rounds} rounds`);
      break;
    }
    const order = [...pairs.flatMap((p) => (rounds % 2 ? [...p].reverse() : p)), ...single];
    for (const id of order) {
      try {
        const load = await measureLoad(browser, `${server.url}/${id}.html`, { heap: HEAP.has(id) });
        (loads[id] ??= []).push(load);
      } catch (error) {
        failures[id] = String(error?.message ?? error).split('\n')[0];
        (loads[id] ??= []).push(undefined);
      }
    }
    rounds += 1;
    console.log(`bench: round ${rounds}/${RUNS} done (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  // issue 18's pages under the mobile profile; ours and the peers' alternate which loads first
  for (let round = 0; round < MOBILE_RUNS; round++) {
    const order = round % 2 ? [...mobilePages].reverse() : mobilePages;
    for (const id of order) {
      try {
        (mobileLoads[id] ??= []).push(await measureLoad(browser, `${server.url}/${id}.html`, { mobile: true, timeoutMs: 120_000 }));
      } catch (error) {
        failures[`mobile ${id}`] = String(error?.message ?? error).split('\n')[0];
        (mobileLoads[id] ??= []).push(undefined);
      }
    }
    console.log(`bench: mobile round ${round + 1}/${MOBILE_RUNS} done (${Math.round((Date.now() - started) / 1000)} s)`);
  }
} finally {
  await browser.close();
  await server.close();
}

const machine = { ...machineBefore, loadavgAfter: os.loadavg().map((x) => Number(x.toFixed(2))), durationS: Math.round((Date.now() - started) / 1000) };
// judged before the run: by its end, the load average counts the bench's own browser as well
machine.underLoad = underLoad(machine.loadavg, machine.cpu.cores);
const results = summarize({ loads, mobileLoads: MOBILE_RUNS ? mobileLoads : undefined, failures, rounds, runsWanted: RUNS, pairs, budgets, siteDir, origin: server.url, events, pages });
const output = { machine, versions: versions(), ...results, breakdown: parts };
if (ONLY) {
  writeFileSync(join(benchDir, '.work/results-partial.json'), `${JSON.stringify(output, null, 2)}\n`);
  console.log(consoleTable(output));
  console.log('bench: some pages only (--pages): wrote bench/.work/results-partial.json, RESULTS.md unchanged');
} else {
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(output, null, 2)}\n`);
  writeFileSync(join(benchDir, 'RESULTS.md'), resultsMarkdown(output));
  console.log(consoleTable(output));
  console.log('bench: wrote bench/results.json and bench/RESULTS.md');
}

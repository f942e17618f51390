/* global PerformanceObserver */
// `node bench/profile.js [page] [--runs N] [--top N]`: where a bench page's loading time goes, from a
// CDP CPU profile of the load (until the page's first viewport showed), with the long tasks of that
// time. The CDN files are minified and carry no source map, so each function is shown as a piece of
// its own source text. A look for a developer, not a test; needs a build (packages/embed/dist).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../config/static-server.js';
import { launchBrowser } from './browser.js';
import { writeSite } from './pages.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
};
const RUNS = option('--runs', 3);
const TOP = option('--top', 25);
const pageId = args[0] ?? 'ours-share-1000-counter-100';
const siteDir = join(import.meta.dirname, '.work', 'profile-site');
writeSite(siteDir);
const server = await serveStatic(siteDir, { gzip: true });
const browser = await launchBrowser();

/** Source text at a profile's call frame (its first characters), to recognise a minified function. */
function snippet(frame) {
  const path = new URL(frame.url).pathname;
  let lines;
  try {
    lines = readFileSync(join(siteDir, path), 'utf8').split('\n');
  } catch {
    return '';
  }
  return (lines[frame.lineNumber] ?? '').slice(frame.columnNumber, frame.columnNumber + 70);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** function → self ms per run */
const selfMs = new Map();
const tasks = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = /** @type {any} */ (window);
      w.__tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push(Math.round(e.duration));
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.url}/${pageId}.html`);
    await page.waitForFunction(() => /** @type {any} */ (window).__benchLoaded === true, undefined, { timeout: 60_000 });
    const { profile } = await cdp.send('Profiler.stop');
    tasks.push(await page.evaluate(() => /** @type {any} */ (window).__tasks));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const counts = new Map();
    for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
    const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
    const thisRun = new Map();
    for (const [id, n] of counts) {
      const f = byId.get(id).callFrame;
      const key = f.url ? `${f.functionName || '(anonymous)'} ${new URL(f.url).pathname}:${f.lineNumber + 1}:${f.columnNumber + 1} ${snippet(f)}` : f.functionName;
      thisRun.set(key, (thisRun.get(key) ?? 0) + n * interval);
    }
    for (const [key, ms] of thisRun) (selfMs.get(key) ?? selfMs.set(key, Array(RUNS).fill(0)).get(key))[run] = ms;
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${pageId}: ${RUNS} runs; long tasks (ms) until the first viewport showed:`);
for (const t of tasks) console.log(`  ${t.join(', ') || 'none'}`);
console.log(`\nself time, median ms over the runs (top ${TOP}):`);
const rows = [...selfMs].map(([key, ms]) => [median(ms), key]).sort((a, b) => b[0] - a[0]);
for (const [ms, key] of rows.slice(0, TOP)) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);

/* global PerformanceObserver */
// One page load in a fresh browser context (empty cache): time to every widget rendered, what
// was requested before any interaction, cumulative layout shift, and JS heap after a full GC.
import { chromium } from 'playwright-core';
import { chromeLaunchOptions } from '../config/chrome.js';
import { MOBILE } from './mobile-profile.js';

/**
 * Chromium as the tests drive it, with every host but 127.0.0.1 unreachable: names do not
 * resolve and anything else goes to a closed local port, so a page can never reach the internet.
 */
export function launchBrowser() {
  return chromium.launch(
    chromeLaunchOptions(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--proxy-server=http://127.0.0.1:9']),
  );
}


/** Runs in every page before its scripts: sums layout shifts not caused by input; long tasks. */
function clsRecorder() {
  const w = /** @type {any} */ (window);
  w.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    w.__benchLongTasks = undefined;
  }
  w.__benchCls = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) w.__benchCls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    w.__benchCls = -1; // not supported: reported as unknown
  }
}

/** JS heap used after two forced garbage collections, bytes. */
async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * @typedef {object} Load
 * @property {number} timeMs     navigation → every widget rendered and a frame after (our widgets render
 *   near the viewport: the probe scrolls through the page a viewport per frame; the pause while the
 *   bench reads the heap is left out)
 * @property {number} [scrollMs]  scrolling through until every widget rendered
 * @property {number} [moved]     widgets whose height changed when they rendered after the first viewport
 * @property {number} [viewportMs]   navigation → every widget in the first viewport rendered
 * @property {number} [runtimeEndMs] navigation → the runtime chunk arrived
 * @property {number} rendered   instances that rendered
 * @property {number} expected
 * @property {number} cls        cumulative layout shift until the page settled
 * @property {number} [heap]     JS heap used after a full GC, every widget rendered, bytes
 * @property {number} [heapLoaded]  the same once the first viewport showed, before scrolling
 * @property {{ url: string, status: number, type: string }[]} requests  before any interaction
 * @property {string[]} errors   page errors and console errors
 * @property {number} chain      the longest chain of requests after the HTML (each request counted
 *   one round trip after the request or script that started it; CDP initiators)
 * @property {number[]} longTasks  durations of tasks over 50 ms while the page loaded (until its first viewport showed)
 * @property {number[]} scrollLongTasks  the same while the probe scrolled through the page
 * @property {number} tbt        total blocking time: the sum of each long task's time over 50 ms,
 *   from navigation until the page settled, scrolling through it left out (Lighthouse counts from first paint to interactive)
 */

/**
 * Chain depth of every request from CDP's initiators: the document is 0; a request its parser,
 * a script (stack) or a preload started is one more than the request that brought that initiator.
 */
function chainRecorder(cdp) {
  const depth = new Map();
  let document = '';
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return; // no request goes out for these
    if (e.type === 'Document' && !document) {
      document = e.request.url;
      depth.set(document, 0);
      return;
    }
    const i = e.initiator ?? {};
    const from = i.url ?? i.stack?.callFrames?.[0]?.url ?? i.stack?.parent?.callFrames?.[0]?.url ?? document;
    const d = (depth.get(from) ?? 0) + 1;
    if (!depth.has(e.request.url) || depth.get(e.request.url) > d) depth.set(e.request.url, d);
  });
  return () => Math.max(0, ...depth.values());
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ heap?: boolean, settleMs?: number, timeoutMs?: number, mobile?: boolean }} [options]
 * @returns {Promise<Load>}
 */
export async function measureLoad(browser, url, { heap = false, settleMs = 300, timeoutMs = 60_000, mobile = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    const requests = [];
    const errors = [];
    // requests in flight and the last network activity, to wait for a quiet network before counting
    const net = { inflight: 0, last: Date.now() };
    page.on('request', () => { net.inflight += 1; net.last = Date.now(); });
    page.on('requestfinished', async (r) => {
      const response = await r.response().catch(() => null);
      requests.push({ url: r.url(), status: response?.status() ?? 0, type: r.resourceType() });
      net.inflight -= 1;
      net.last = Date.now();
    });
    page.on('requestfailed', (r) => {
      requests.push({ url: r.url(), status: 0, type: r.resourceType() });
      net.inflight -= 1;
      net.last = Date.now();
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    await page.addInitScript(clsRecorder);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const chain = chainRecorder(cdp);
    if (mobile) {
      const { cpuSlowdown, ...network } = MOBILE;
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForFunction(() => /** @type {any} */ (window).__benchReady !== undefined, null, { polling: 20 });
    // the first viewport has shown: the heap of the page as a visitor gets it, before any scrolling
    await page.waitForFunction(() => /** @type {any} */ (window).__benchLoaded === true, null, { polling: 20 });
    const heapLoaded = heap ? await heapUsed(cdp) : undefined;
    await page.evaluate(() => /** @type {any} */ (window).__benchGo());
    const ready = await page.evaluate(() => /** @type {any} */ (window).__benchReady);
    // late requests (locale chunks, tiles, fonts, images) and late shifts: wait for a quiet network
    const quietBy = Date.now() + 10_000;
    do await page.waitForTimeout(Math.min(settleMs, 100));
    while ((net.inflight > 0 || Date.now() - net.last < settleMs) && Date.now() < quietBy);
    const cls = await page.evaluate(() => /** @type {any} */ (window).__benchCls);
    const tasks = await page.evaluate(() => /** @type {any} */ (window).__benchLongTasks);
    // the bench's own forced garbage collections, while the page waited, are left out
    const [from, to] = ready.pause;
    // loading (until the first viewport showed) and, apart, scrolling through the page after it
    // (pages without our widgets do not scroll: for them, everything outside the pause is loading)
    const scrolled = ready.scrollMs !== undefined;
    const over = (list) => list.map((t) => t.duration).filter((d) => d > 50);
    const longTasks = tasks ? over(tasks.filter((t) => t.start + t.duration < from || (!scrolled && t.start > to))) : [];
    const scrollLongTasks = tasks && scrolled ? over(tasks.filter((t) => t.start > to)) : [];
    const tbt = tasks ? longTasks.reduce((sum, d) => sum + d - 50, 0) : undefined;
    const used = heap ? await heapUsed(cdp) : undefined;
    await cdp.detach();
    return {
      timeMs: ready.t, markersMs: ready.markersT, viewportMs: ready.viewportT, runtimeEndMs: ready.runtimeEnd, scrollMs: ready.scrollMs, moved: ready.moved,
      rendered: ready.rendered, expected: ready.expected, cls, heap: used, heapLoaded, requests: [...requests], errors, chain: chain(), longTasks, scrollLongTasks, tbt,
    };
  } finally {
    await context.close();
  }
}

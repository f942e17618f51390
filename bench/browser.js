/* global PerformanceObserver */
// One page load in a fresh browser context (empty cache): time to every widget rendered, what
// was requested before any interaction, cumulative layout shift, and JS heap after a full GC.
import { chromium } from 'playwright-core';
import { chromeLaunchOptions } from '../config/chrome.js';

/**
 * Chromium as the tests drive it, with every host but 127.0.0.1 unreachable: names do not
 * resolve and anything else goes to a closed local port, so a page can never reach the internet.
 */
export function launchBrowser() {
  return chromium.launch(
    chromeLaunchOptions(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--proxy-server=http://127.0.0.1:9']),
  );
}

/** Runs in every page before its scripts: sums layout shifts not caused by input. */
function clsRecorder() {
  const w = /** @type {any} */ (window);
  w.__benchCls = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) w.__benchCls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    w.__benchCls = -1; // not supported: reported as unknown
  }
}

/**
 * @typedef {object} Load
 * @property {number} timeMs     navigation → every widget rendered and a frame after
 * @property {number} rendered   instances that rendered
 * @property {number} expected
 * @property {number} cls        cumulative layout shift until the page settled
 * @property {number} [heap]     JS heap used after a full GC, bytes
 * @property {{ url: string, status: number, type: string }[]} requests  before any interaction
 * @property {string[]} errors   page errors and console errors
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ heap?: boolean, settleMs?: number, timeoutMs?: number }} [options]
 * @returns {Promise<Load>}
 */
export async function measureLoad(browser, url, { heap = false, settleMs = 300, timeoutMs = 60_000 } = {}) {
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
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForFunction(() => /** @type {any} */ (window).__benchReady !== undefined, null, { polling: 20 });
    const ready = await page.evaluate(() => /** @type {any} */ (window).__benchReady);
    // late requests (locale chunks, tiles, fonts, images) and late shifts: wait for a quiet network
    const quietBy = Date.now() + 10_000;
    do await page.waitForTimeout(Math.min(settleMs, 100));
    while ((net.inflight > 0 || Date.now() - net.last < settleMs) && Date.now() < quietBy);
    const cls = await page.evaluate(() => /** @type {any} */ (window).__benchCls);
    let used;
    if (heap) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      await cdp.detach();
    }
    return { timeMs: ready.t, rendered: ready.rendered, expected: ready.expected, cls, heap: used, requests: [...requests], errors };
  } finally {
    await context.close();
  }
}

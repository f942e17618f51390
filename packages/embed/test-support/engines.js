/* global innerWidth, innerHeight, addEventListener, ErrorEvent, requestAnimationFrame */
// One small page API over the three browser engines the end-to-end tests run in, each Debian's own
// build (nothing is downloaded):
//   chromium  /usr/bin/chromium through playwright-core (as every other end-to-end suite)
//   firefox   /usr/bin/firefox-esr through puppeteer-core, over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser through /usr/bin/WebKitWebDriver (selenium-webdriver, WebDriver
//             classic), on an Xvfb display started here on a free display number and stopped after;
//             a phone's width needs launchEngine('webkit', { framed: true }) (see launchEngine)
//
//   const engine = await launchEngine('webkit');
//   const page = await engine.newPage({ width: 1280, height: 900 });
//   await page.open(url); await page.waitFor(() => …); await page.press('Tab');
//   await page.evaluate((arg) => …, arg); await page.screenshot(); await page.close(); await engine.close();
//
// WebDriver classic has no init scripts and no console log, so errors are recorded the same way in
// every engine by a script the test server puts first in every page (`recorderScript`, served by
// apps/demo-city/server.js's `headScript`); `faultsOf(page)` reads what it saw.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from '../../../config/free-port.js';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { Builder, By, Key } from 'selenium-webdriver';
import { chromeLaunchOptions, browserEnv } from '../../../config/chrome.js';
import { firefoxLaunchOptions, selectedEngines } from '../../../config/engines.js';
import { visibleContent } from './visible.js';

export { selectedEngines };

/** Generous: the machine runs other suites too, and WebKit's first paint can take seconds. */
export const DEFAULT_TIMEOUT = 30_000;

const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
];
const INSTALL = 'apt-get install -y firefox-esr webkit2gtk-driver xvfb (bash scripts/system-packages.sh does)';

/**
 * @typedef {object} EnginePage
 * @property {(url: string) => Promise<void>} open  navigates and waits for the load event
 * @property {<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<R>} evaluate  runs `fn` in the
 *   page (it is sent as source: it may use only its argument and the page's globals)
 * @property {<A>(fn: (arg: A) => unknown, arg?: A, options?: { timeout?: number, what?: string }) => Promise<void>} waitFor
 *   resolves once `fn` returns something truthy in the page, polling; fails naming `what` after `timeout`
 * @property {(key: string) => Promise<void>} press  one key as a user presses it: 'Tab', 'Shift+Tab',
 *   'Enter', 'Escape', 'Space', 'ArrowDown', …
 * @property {() => Promise<Buffer>} screenshot  PNG of the viewport
 * @property {() => Promise<void>} close
 */
/**
 * @typedef {object} Engine
 * @property {string} name
 * @property {(viewport: { width: number, height: number }) => Promise<EnginePage>} newPage
 * @property {() => Promise<void>} close
 */

/**
 * @param {string} name chromium, firefox or webkit
 * @param {{ framed?: boolean }} [options] `framed`: WebKit shows every page in an iframe of exactly
 *   the viewport's size, so any width works (its window is never narrower than MiniBrowser's
 *   toolbar, 447 px here); keys and focus do not reach a framed page there, so an engine's pages are
 *   all framed (layout checks) or none (keyboard paths). Chromium and Firefox size their viewport exactly.
 * @returns {Promise<Engine>}
 */
export async function launchEngine(name, { framed = false } = {}) {
  if (name === 'chromium') return launchChromium();
  if (name === 'firefox') return launchFirefox();
  if (name === 'webkit') return launchWebKit(framed);
  throw new Error(`unknown engine ${name}`);
}

/** The shared part of every page: waitFor polls evaluate, so it behaves the same in each engine. */
function withWaitFor(/** @type {Omit<EnginePage, 'waitFor'>} */ page) {
  return /** @type {EnginePage} */ ({
    ...page,
    async waitFor(fn, arg, { timeout = DEFAULT_TIMEOUT, what = String(fn).slice(0, 120) } = {}) {
      const until = Date.now() + timeout;
      // only true or false comes back (a DOM node cannot cross every engine's protocol)
      const truthy = new Function('arg', `return Promise.resolve((${fn})(arg)).then(Boolean);`);
      let last;
      for (;;) {
        try {
          if (await page.evaluate(/** @type {(a: unknown) => Promise<boolean>} */ (truthy), arg)) return;
        } catch (error) {
          last = error; // a navigation in progress, or the condition threw: try again
        }
        if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  });
}

async function launchChromium() {
  const browser = await chromium.launch(chromeLaunchOptions());
  return {
    name: 'chromium',
    async newPage(viewport) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      page.setDefaultTimeout(DEFAULT_TIMEOUT);
      return withWaitFor({
        open: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: DEFAULT_TIMEOUT * 2 })),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
        screenshot: () => page.screenshot(),
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

async function launchFirefox() {
  const browser = await puppeteer.launch({ ...firefoxLaunchOptions(), protocolTimeout: DEFAULT_TIMEOUT * 4 });
  return {
    name: 'firefox',
    async newPage(viewport) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      page.setDefaultTimeout(DEFAULT_TIMEOUT);
      return withWaitFor({
        open: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: DEFAULT_TIMEOUT * 2 })),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        async press(key) {
          const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
          if (modifier) await page.keyboard.down(/** @type {any} */ (modifier));
          await page.keyboard.press(/** @type {any} */ (main === 'Space' ? ' ' : main));
          if (modifier) await page.keyboard.up(/** @type {any} */ (modifier));
        },
        screenshot: async () => Buffer.from(await page.screenshot()),
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}


/** Starts a child process and fails fast, with its output, if it exits while we wait for it. */
function startProcess(command, args, env) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output = (output + d).slice(-2000)));
  child.stderr?.on('data', (d) => (output = (output + d).slice(-2000)));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => output };
}

/** Stops a process this module started, by its pid, and waits for it to go. */
async function stopProcess({ child, exited }) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const gone = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
  if (!gone) child.kill('SIGKILL');
}

/** Xvfb on a display number it picks itself (-displayfd): never one another run is using. */
async function startXvfb() {
  if (!existsSync('/usr/bin/Xvfb')) throw new Error(`No Xvfb found for WebKit. Install it with ${INSTALL}.`);
  const xvfb = startProcess('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1920x3200x24', '-nolisten', 'tcp'], process.env);
  const display = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start in 30 s: ${xvfb.output()}`)), 30_000);
    /** @type {import('node:stream').Readable} */ (xvfb.child.stdio[3]).on('data', (d) => {
      text += d;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
    xvfb.exited.then(({ code }) => reject(new Error(`Xvfb exited (${code}): ${xvfb.output()}`)));
  });
  return { ...xvfb, display };
}

/** Resolves once WebKitWebDriver answers on its port. */
async function driverReady(url, driverProcess) {
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (driverProcess.child.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${driverProcess.output()}`);
    if (Date.now() > until) throw new Error(`WebKitWebDriver did not answer in 30 s: ${driverProcess.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const KEYS = /** @type {Record<string, string>} */ ({
  Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE, Space: Key.SPACE, Shift: Key.SHIFT, Home: Key.HOME, End: Key.END,
  ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT,
});

async function launchWebKit(framed = false) {
  const binary = MINIBROWSER_CANDIDATES.find((p) => existsSync(p));
  if (!existsSync(WEBKIT_DRIVER) || !binary) throw new Error(`No WebKitWebDriver or MiniBrowser found. Install them with ${INSTALL}.`);
  const xvfb = await startXvfb();
  /** @type {ReturnType<typeof startProcess> | undefined} */
  let driverProcess;
  /** @type {import('selenium-webdriver').WebDriver | undefined} */
  let driver;
  try {
    const port = await freePort();
    // fontconfig as every test browser (config/fonts.conf); the display is ours alone
    driverProcess = startProcess(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { ...browserEnv, DISPLAY: xvfb.display });
    const url = `http://127.0.0.1:${port}`;
    await driverReady(url, driverProcess);
    driver = await new Builder()
      .usingServer(url)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args: ['--automation'] } })
      .build();
    await driver.manage().setTimeouts({ script: DEFAULT_TIMEOUT * 2, pageLoad: DEFAULT_TIMEOUT * 2 });
  } catch (error) {
    await driver?.quit().catch(() => {});
    if (driverProcess) await stopProcess(driverProcess);
    await stopProcess(xvfb);
    throw error;
  }
  const session = driver;
  let pageOpen = false;
  /** Runs `fn` in the page; promises are awaited (execute async), errors come back as errors. */
  const evaluate = async (fn, arg) => {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).call(null, arguments[0]))
        .then((value) => done({ value: value === undefined ? null : value }), (e) => done({ error: String(e && e.stack || e) }));`;
    const out = /** @type {{ value?: unknown, error?: string }} */ (await session.executeAsyncScript(script, arg ?? null));
    if (out?.error) throw new Error(`in the page: ${out.error}`);
    return /** @type {any} */ (out?.value);
  };
  /** The viewport's size once the window has stopped resizing (WebKitGTK applies a resize a few frames later). */
  const settledViewport = async () => {
    let last = { w: -1, h: -1 };
    for (let i = 0; i < 50; i += 1) {
      const now = await evaluate(() => new Promise((r) => requestAnimationFrame(() => r({ w: innerWidth, h: innerHeight }))));
      if (now.w === last.w && now.h === last.h) return now;
      last = now;
      await new Promise((r) => setTimeout(r, 50));
    }
    return last;
  };
  /** Sizes the window so that the viewport is width × height, as near as the window allows. */
  const sizeWindow = async (width, height) => {
    // the window's size includes MiniBrowser's own toolbar: size it, read the viewport it gave, correct
    await session.manage().window().setRect({ x: 0, y: 0, width, height });
    const inner = await settledViewport();
    if (inner.w === width && inner.h === height) return inner;
    await session.manage().window().setRect({ x: 0, y: 0, width: width + (width - inner.w), height: height + (height - inner.h) });
    return settledViewport();
  };
  return {
    name: 'webkit',
    // one window, one page at a time (one WebDriver session): a test opens, uses and closes its page
    async newPage({ width, height }) {
      if (pageOpen) throw new Error('WebKit: close the open page before opening another');
      pageOpen = true;
      // the window's size settles before the page loads: a resize while it loads would move it
      const inner = await sizeWindow(width, height);
      const fits = framed ? inner.w >= width && inner.h >= height : inner.w === width && inner.h === height;
      if (!fits) throw new Error(`WebKit: no ${width}×${height} viewport (the window gives ${inner.w}×${inner.h}${framed ? '' : '; launchEngine(\'webkit\', { framed: true }) gives any size'})`);
      return withWaitFor({
        open: async (url) => {
          if (!framed) {
            await session.get(url);
            await withWaitFor({ evaluate }).waitFor(() => document.readyState === 'complete', undefined, { what: `${url} to load` });
            return;
          }
          // in an iframe of exactly the viewport's size, laid out in a blank page
          await session.switchTo().defaultContent();
          await session.get('about:blank');
          // the frame, made in the blank page; keys go to the page in it
          await evaluate(({ src, w, h }) => new Promise((resolve) => {
            document.body.style.margin = '0';
            const frame = document.createElement('iframe');
            frame.style.cssText = `display:block;border:0;width:${w}px;height:${h}px`;
            document.body.append(frame);
            // laid out before the page starts loading, so it never sees the default 300×150 frame
            frame.getBoundingClientRect();
            frame.addEventListener('load', () => resolve(true), { once: true });
            frame.src = src;
          }), { src: url, w: width, h: height });
          await session.switchTo().frame(await session.findElement(By.css('iframe')));
          // the frame's first document is about:blank until the page's own arrives
          await withWaitFor({ evaluate }).waitFor(() => location.href !== 'about:blank' && document.readyState === 'complete', undefined, { what: `${url} to load in its frame` });
        },
        evaluate,
        async press(key) {
          const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
          const code = KEYS[main] ?? main;
          let actions = session.actions({ async: true });
          if (modifier) actions = actions.keyDown(KEYS[modifier] ?? modifier);
          actions = actions.keyDown(code).keyUp(code);
          if (modifier) actions = actions.keyUp(KEYS[modifier] ?? modifier);
          await actions.perform();
        },
        screenshot: async () => Buffer.from(await session.takeScreenshot(), 'base64'),
        async close() {
          pageOpen = false;
          await session.switchTo().defaultContent();
          await session.get('about:blank');
        },
      });
    },
    async close() {
      await session.quit().catch(() => {});
      if (driverProcess) await stopProcess(driverProcess);
      await stopProcess(xvfb);
    },
  };
}

/**
 * Runs first in every page (served by the test server, loaded from the CDN origin the site's
 * policy allows): records uncaught errors, unhandled rejections, console.error / console.warn and
 * CSP violations into `window.__scnFaults`, the same way in every engine.
 */
export function recorder() {
  const w = /** @type {any} */ (window);
  const faults = { errors: /** @type {string[]} */ ([]), warnings: /** @type {string[]} */ ([]), csp: /** @type {string[]} */ ([]) };
  w.__scnFaults = faults;
  const text = (args) => args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'string' ? a : (() => { try { return JSON.stringify(a); } catch { return String(a); } })())).join(' ');
  addEventListener('error', (e) => {
    if (e instanceof ErrorEvent) faults.errors.push(`uncaught ${e.message} at ${e.filename}:${e.lineno}`);
  }, true);
  addEventListener('unhandledrejection', (e) => faults.errors.push(`unhandled rejection: ${text([e.reason])}`));
  for (const [method, into] of /** @type {const} */ ([['error', faults.errors], ['warn', faults.warnings]])) {
    const original = console[method];
    console[method] = (...args) => {
      into.push(`console.${method}: ${text(args)}`);
      original.apply(console, args);
    };
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    const t = /** @type {any} */ (e.target);
    const host = t?.getRootNode?.()?.host?.localName ?? 'document';
    faults.csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on <${t?.localName ?? '?'}> in <${host}> (${e.sample})`);
  });
}

/** The recorder as the test server serves it (apps/demo-city/server.js `headScript`). */
// with what a visitor sees of a widget (visible.js), as Playwright pages have it from helpers.js
export const recorderScript = { path: '/__scn-test-recorder.js', source: `(${recorder})();\nwindow.__scnVisible = ${visibleContent};\n` };

/** What the recorder saw since the page loaded. @returns {Promise<{ errors: string[], warnings: string[], csp: string[] }>} */
export function faultsOf(/** @type {EnginePage} */ page) {
  return page.evaluate(() => {
    const f = /** @type {any} */ (window).__scnFaults;
    if (!f) throw new Error('the recorder did not run in this page');
    return f;
  });
}

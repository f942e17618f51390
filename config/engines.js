// Which browser engines the browser suites run in, and how Firefox is launched. Chromium is
// config/chrome.js; WebKit (end-to-end only) is packages/embed/test-support/engines.js.
//
// Every engine is Debian's own build, never a download: Firefox ESR driven by Puppeteer over
// WebDriver BiDi, WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb.
import { existsSync } from 'node:fs';
import { assertTestFonts, browserEnv } from './chrome.js';

export const ALL_ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/**
 * The engines to run: all of them, or those named in SCN_ENGINES (comma-separated), for a
 * contributor's own runs (`SCN_ENGINES=firefox npx wtr`). `npm test` drops SCN_ENGINES
 * (scripts/runner/environment.js), so CI always runs every engine.
 * @param {readonly string[]} [available] the engines the suite supports
 * @returns {string[]}
 */
export function selectedEngines(available = ALL_ENGINES, env = process.env) {
  const wanted = (env.SCN_ENGINES ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (wanted.length === 0) return [...available];
  const unknown = wanted.filter((e) => !ALL_ENGINES.includes(/** @type {never} */ (e)));
  if (unknown.length) throw new Error(`SCN_ENGINES names unknown engines: ${unknown.join(', ')} (known: ${ALL_ENGINES.join(', ')})`);
  return available.filter((e) => wanted.includes(e));
}

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function firefoxPath() {
  const found = [process.env.FIREFOX_PATH, ...FIREFOX_CANDIDATES].find((p) => p && existsSync(p));
  if (!found) {
    throw new Error('No Firefox found. Install it with `apt-get install -y firefox-esr` (bash scripts/system-packages.sh does) or set FIREFOX_PATH.');
  }
  return found;
}

/**
 * Preferences that keep a test Firefox quiet and deterministic: no network of its own, no
 * first-run pages, timers of background pages not throttled (as Chromium's flags in chrome.js).
 */
export const firefoxPrefs = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'dom.min_background_timeout_value': 4,
  'dom.timeout.enable_budget_timer_throttling': false,
  // "reduce motion" and the visitor's font size are left as a fresh profile has them
};

/**
 * Launch options for Puppeteer (`puppeteer.launch`) and @web/test-runner-puppeteer: Debian's
 * Firefox over WebDriver BiDi, headless, with the repository's fonts (config/fonts.conf).
 * @param {Record<string, string | number | boolean>} [prefs] more preferences, e.g. a user setting
 *   a suite needs that BiDi cannot emulate (`ui.prefersReducedMotion`)
 */
export function firefoxLaunchOptions(prefs = {}) {
  assertTestFonts();
  return {
    browser: /** @type {const} */ ('firefox'),
    executablePath: firefoxPath(),
    headless: true,
    env: { ...browserEnv, MOZ_CRASHREPORTER_DISABLE: '1' },
    extraPrefsFirefox: { ...firefoxPrefs, ...prefs },
  };
}

// The one @web/test-runner configuration. Each package's web-test-runner.config.js is
//   export { default } from '../../config/wtr.config.js';
// or calls wtrConfig({...}) to raise its coverage threshold or add middleware.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { chromeLaunchOptions } from './chrome.js';
import { firefoxLaunchOptions, selectedEngines } from './engines.js';
import { countsReporter } from './wtr-reporter.js';

// esbuild reads this file verbatim (it does not follow `extends`): it must hold the decorator settings.
const tsconfig = fileURLToPath(new URL('../tsconfig.base.json', import.meta.url));
const rootDir = fileURLToPath(new URL('..', import.meta.url));
// coverage counts the package under test only (run from its folder)
const pkgDir = relative(rootDir, process.cwd()) || '.';

/** @typedef {Record<string, string | number | boolean>} FirefoxPrefs */

/** Chromium, and Firefox with these visitor settings (prefs): the engines each test file runs in. */
function browsers(firefoxPrefs) {
  return selectedEngines(['chromium', 'firefox']).map((engine) =>
    engine === 'chromium'
      ? chromeLauncher({ launchOptions: chromeLaunchOptions() })
      : puppeteerLauncher({ launchOptions: firefoxLaunchOptions(firefoxPrefs) }),
  );
}

/**
 * @param {{ coverageLines?: number, middleware?: import('@web/dev-server-core').Middleware[],
 *   files?: string | string[], plugins?: unknown[], testsFinishTimeout?: number,
 *   firefoxPrefs?: FirefoxPrefs,
 *   groups?: { name: string, files: string, firefoxPrefs: FirefoxPrefs }[] }} [options]
 * `groups`: files that need another visitor setting in Firefox, which WebDriver BiDi cannot
 * emulate per test (e.g. prefers-reduced-motion); they run in their own browsers, and only there.
 */
export function wtrConfig(options = {}) {
  const groups = options.groups ?? [];
  const files = [options.files ?? 'test/**/*.test.ts'].flat();
  return {
    files: [...files, ...groups.map((g) => `!${g.files}`)],
    groups: groups.map((g) => ({ name: g.name, files: g.files, browsers: browsers(g.firefoxPrefs) })),
    rootDir,
    nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig }), ...(options.plugins ?? [])],
    middleware: options.middleware ?? [],
    // every test file runs in Chromium and in Firefox (Debian's ESR over WebDriver BiDi); each
    // engine's tests count in the total. Coverage comes from Chromium only (it is read over CDP).
    browsers: browsers(options.firefoxPrefs),
    // one page at a time: a background page gets no requestAnimationFrame and no :focus-visible
    concurrency: 1,
    concurrentBrowsers: 1,
    testsFinishTimeout: options.testsFinishTimeout ?? 120_000,
    // generous: axe on a 2-core machine under load can take seconds; a hang still fails
    browserStartTimeout: 120_000,
    testsStartTimeout: 120_000,
    testFramework: { config: { timeout: 30_000 } },
    // the default page, with a guard first: a failed DOM comparison must not lose the file's results
    testRunnerHtml: (testFramework) =>
      `<!DOCTYPE html><html><head></head><body><script type="module" src="/config/wtr-session-guard.js"></script><script type="module" src="${testFramework}"></script></body></html>`,
    // (a Firefox-only run has nothing to measure coverage with)
    coverage: selectedEngines(['chromium', 'firefox']).includes('chromium'),
    coverageConfig: {
      report: true,
      reportDir: 'coverage',
      include: [`**/${pkgDir}/src/**`],
      exclude: ['**/src/generated/**', '**/node_modules/**'],
      threshold: { lines: options.coverageLines ?? 80, statements: 0, branches: 0, functions: 0 },
    },
    reporters: [defaultReporter(), countsReporter()],
  };
}

export default wtrConfig();

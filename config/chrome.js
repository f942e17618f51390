// How every test browser is launched: the system's Chromium (no browser is ever downloaded), with
// flags that work headless as root, and with the fonts the repository chooses (config/fonts.conf).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags that work headless as root on a machine without network (see TOOLCHAIN.md). */
export const chromeArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // test pages run side by side: keep background pages' timers and rendering at full speed
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // pixels that do not depend on the machine: glyph outlines unhinted, colours in sRGB
  '--font-render-hinting=none',
  '--force-color-profile=srgb',
];

/**
 * The fontconfig file every test browser reads instead of the machine's: only the fonts it names
 * exist for the browser, so text looks and measures the same on CI, on a desktop full of fonts, and
 * whatever fontconfig settings the user has. Debian packages that provide the files: FONT_PACKAGES.
 */
export const fontConfigFile = fileURLToPath(new URL('./fonts.conf', import.meta.url));
export const FONT_PACKAGES = ['fonts-dejavu-core', 'fonts-wqy-microhei'];

/** The environment to start any browser with (fontconfig is read by Chromium, Firefox and WebKitGTK alike). */
export const browserEnv = { ...process.env, FONTCONFIG_FILE: fontConfigFile };

/** The font files config/fonts.conf accepts (its <acceptfont> globs are plain paths). */
export function testFontFiles() {
  const conf = readFileSync(fontConfigFile, 'utf8');
  const accept = conf.match(/<acceptfont>([\s\S]*?)<\/acceptfont>/)?.[1] ?? '';
  return [...accept.matchAll(/<glob>([^<]+)<\/glob>/g)].map((m) => m[1].trim());
}

/** Throws, naming the install command, when a font file the tests render with is not installed. */
export function assertTestFonts() {
  const missing = testFontFiles().filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `Fonts the tests render with are missing (${missing.join(', ')}). Install them with ` +
        `\`apt-get install -y ${FONT_PACKAGES.join(' ')}\` (bash .ci/run does).`,
    );
  }
}

export function chromePath() {
  const found = [process.env.CHROME_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it with `apt-get update && apt-get install -y chromium` or set CHROME_PATH.',
    );
  }
  return found;
}

/**
 * Launch options for Playwright's `chromium.launch` and for @web/test-runner's `chromeLauncher`
 * (Puppeteer): every test browser starts through this, so all of them render with the same fonts.
 * @param {string[]} [extraArgs] flags a caller adds to chromeArgs
 */
export function chromeLaunchOptions(extraArgs = []) {
  assertTestFonts();
  return { executablePath: chromePath(), headless: true, args: [...chromeArgs, ...extraArgs], env: browserEnv };
}

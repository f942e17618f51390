// Chromium (Debian's, through playwright-core) on the test WordPress: pages that record every
// request and error, logging in, and the block editor's canvas and welcome guide.
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../../../config/chrome.js';

export function launch() {
  return chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
}

const isLocal = (url) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
};

/**
 * A browser context whose every request is recorded; requests beyond 127.0.0.1 are recorded and
 * refused (there is no network here), unless `routes` answers them.
 * @param {import('playwright-core').Browser} browser
 */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
  const log = { requests: [], foreign: [], errors: [], dialogs: [] };
  context.on('request', (request) => {
    log.requests.push(request.url());
    if (!isLocal(request.url())) log.foreign.push(request.url());
  });
  context.on('page', (page) => {
    page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') log.errors.push(`console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      log.dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
  });
  await context.route((url) => !isLocal(url.href), (route) => route.abort('blockedbyclient'));
  /** Forgets what was recorded so far. */
  log.reset = () => {
    for (const key of ['requests', 'foreign', 'errors', 'dialogs']) log[key].length = 0;
  };
  return { context, log };
}

/** Logs in through wp-login.php. */
export async function login(page, site, user, password) {
  await page.goto(`${site.url}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
}

/** The frame that shows the blocks: the editor page itself (WordPress 6.1) or its canvas iframe. */
export async function canvas(page) {
  const iframe = await page.$('iframe[name="editor-canvas"]');
  return (await iframe?.contentFrame()) ?? page.mainFrame();
}

/** Opens a new post in the block editor, with the welcome guide dismissed. */
export async function openEditor(page, site) {
  await page.goto(`${site.url}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
  const guide = page.locator('.edit-post-welcome-guide, .components-guide');
  try {
    await guide.waitFor({ state: 'visible', timeout: 5000 });
    await guide.getByRole('button', { name: 'Close' }).first().click();
    await guide.waitFor({ state: 'detached' });
  } catch {
    // no guide on this version or for this user
  }
}

/** Publishes the post being edited and returns its address. */
export async function publish(page) {
  await page.locator('.editor-post-publish-panel__toggle, .editor-post-publish-button').first().click();
  const confirm = page.locator('.editor-post-publish-panel__header-publish-button button');
  if (await confirm.isVisible({ timeout: 5000 }).catch(() => false)) await confirm.click();
  await page.waitForFunction(() => {
    const editor = window.wp.data.select('core/editor');
    return editor.isCurrentPostPublished() && !editor.isSavingPost();
  });
  return page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
}

/** Waits for every widget tag on the page to be defined and rendered; returns what each shows. */
export async function renderedWidgets(page, tags, timeout = 15_000) {
  await page.waitForFunction(
    (names) => {
      if (!names.every((tag) => customElements.get(tag))) return false;
      const waiting = [...document.querySelectorAll(names.join(','))].filter((el) => !(el.shadowRoot && el.shadowRoot.childElementCount > 0 && el.hasUpdated));
      // a widget renders when it comes near the viewport: bring the next one there, as a reader scrolling down would
      waiting[0]?.scrollIntoView({ block: 'center' });
      return waiting.length === 0;
    },
    tags,
    { timeout },
  );
  return page.evaluate((names) =>
    [...document.querySelectorAll(names.join(','))].map((el) => {
      const box = el.getBoundingClientRect();
      return {
        tag: el.localName,
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        height: box.height,
        width: box.width,
      };
    }),
  tags);
}

// The plugin in a real WordPress 6.1 (Debian's), driven in Chromium: an administrator uploads the
// zip and activates it; every block and shortcode renders its widget with nothing requested beyond
// 127.0.0.1; an author (no unfiltered_html, as on a multisite network) inserts every block from the
// inserter and sets it in the sidebar; hostile values come out escaped; the settings, the CDN
// setting, translated pages and uninstalling do what the readme says. One site for the whole file,
// in this order.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sha384 } from '../scripts/embed.js';
import { widgetModels } from '../scripts/model.js';
import { canvas, launch, login, newContext, openEditor, publish, renderedWidgets } from './support/browser.js';
import { pluginLogLines, startWordPress } from './support/wordpress.js';

const app = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
const zipPath = join(app, 'dist', `strong-cities-widgets-${version}.zip`);
const built = join(app, 'dist', 'strong-cities-widgets');
const fixtures = join(app, 'test', 'fixtures');
const widgets = widgetModels();
const tags = widgets.map((w) => w.tag);
const ADMIN = ['admin', 'admin-password'];
const AUTHOR = ['author', 'author-password'];

/** For each widget, a setting an editor would change, and the value: its first fixed choice that is not its default. */
function changeFor(widget) {
  const choices = widget.attributes.filter((a) => a.kind === 'enum' && a.name !== 'theme');
  const attribute = choices[0] ?? widget.attributes.find((a) => a.name === 'theme');
  return { attribute, value: attribute.values.find((v) => v !== (attribute.default ?? attribute.values[0])) ?? attribute.values[0] };
}

/** @type {import('./support/wordpress.js').Site} */
let site;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  if (!existsSync(zipPath)) throw new Error(`${zipPath} is missing: run \`npm run build\` in apps/wordpress-plugin first`);
  site = await startWordPress();
  browser = await launch();
  mkdirSync(join(site.root, 'wp-content', 'mu-plugins'), { recursive: true });
  cpSync(join(fixtures, 'multilingual.php'), join(site.root, 'wp-content', 'mu-plugins', 'multilingual.php'));
  cpSync(join(fixtures, 'classic-theme'), join(site.root, 'wp-content', 'themes', 'scn-classic-test'), { recursive: true });
  site.php(`wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@example.org', 'role' => 'author' ) );`);
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

/** Creates a published post (as the administrator, content as given) and returns its ID and address. */
function createPost(title, content, meta = {}) {
  const out = site.php(
    `kses_remove_filters(); $id = wp_insert_post( wp_slash( array( 'post_title' => $input['title'], 'post_content' => $input['content'], 'post_status' => 'publish', 'post_author' => 1, 'meta_input' => $input['meta'] ) ), true );
     echo is_wp_error( $id ) ? 'error: ' . $id->get_error_message() : wp_json_encode( array( 'id' => $id, 'url' => get_permalink( $id ) ) );`,
    { title, content, meta },
  );
  return JSON.parse(out);
}

/** Opens a front-end page in a fresh recording context; returns the page, its log and the loader tags. */
async function visit(url, contextOptions) {
  const { context, log } = await newContext(browser, contextOptions);
  const page = await context.newPage();
  await page.goto(url);
  const loaders = await page.evaluate(() =>
    [...document.querySelectorAll('script[src*="loader.js"]')].map((s) => ({
      src: s.getAttribute('src'),
      type: s.type,
      inHead: s.parentElement === document.head,
      integrity: s.getAttribute('integrity'),
      crossorigin: s.getAttribute('crossorigin'),
    })),
  );
  const reserve = await page.evaluate(() => [...document.querySelectorAll('link[rel=stylesheet][href*="reserve.css"]')].map((l) => l.parentElement === document.head));
  return { context, page, log, loaders, reserve };
}

test('an administrator uploads the zip, activates the plugin and finds its settings', async () => {
  const { context } = await newContext(browser);
  const page = await context.newPage();
  await login(page, site, ...ADMIN);
  await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles('#pluginzip', zipPath);
  await page.click('#install-plugin-submit');
  await page.getByText('Plugin installed successfully.').waitFor();
  await page.getByRole('link', { name: 'Activate Plugin' }).click();
  await page.getByText('Plugin activated.').waitFor();
  assert.ok(await page.locator('tr.active[data-slug="strong-cities-widgets"]').count(), 'the plugin is listed as active');
  await page.locator('tr[data-slug="strong-cities-widgets"]').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Strong Cities widgets' }).waitFor();
  await context.close();
});

test('nobody on the site may post unfiltered HTML (as on a multisite network)', () => {
  const out = site.php(`echo wp_json_encode( array( user_can( 1, 'unfiltered_html' ), user_can( get_user_by( 'login', 'author' ), 'unfiltered_html' ) ) );`);
  assert.deepEqual(JSON.parse(out), [false, false]);
});

describe('every block and every shortcode on the front end', () => {
  const posts = [];
  before(() => {
    for (const widget of widgets) {
      const { attribute, value } = changeFor(widget);
      const blockAttributes = JSON.stringify({ [attribute.name]: value });
      posts.push({ widget, way: 'block', attribute, value, ...createPost(`${widget.title} block`, `<!-- wp:${widget.block} ${blockAttributes} /-->`) });
      posts.push({ widget, way: 'shortcode', attribute, value, ...createPost(`${widget.title} shortcode`, `<!-- wp:paragraph -->\n<p>Before.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:shortcode -->\n[${widget.shortcode} ${attribute.name}="${value}"]\n<!-- /wp:shortcode -->`) });
    }
  });

  for (const way of ['block', 'shortcode']) {
    test(`each ${way} renders its widget, with the loader once in <head>, and nothing requested beyond 127.0.0.1`, async () => {
      for (const post of posts.filter((p) => p.way === way)) {
        const { context, page, log, loaders, reserve } = await visit(post.url);
        const shown = await renderedWidgets(page, [post.widget.tag]);
        assert.equal(shown.length, 1, `${post.url}: one <${post.widget.tag}>`);
        assert.equal(shown[0].attributes[post.attribute.name], post.value, `${post.widget.tag} ${way}: ${post.attribute.name}`);
        assert.ok(shown[0].height > 0 && shown[0].text.length > 0, `${post.widget.tag} ${way} shows something`);
        assert.equal(loaders.length, 1, `${post.widget.tag} ${way}: one loader`);
        assert.ok(loaders[0].inHead && loaders[0].type === 'module', `${post.widget.tag} ${way}: a module in <head>`);
        assert.match(loaders[0].src, new RegExp(`^${site.url}/wp-content/plugins/strong-cities-widgets/assets/embed/loader\\.js`));
        assert.deepEqual(reserve, [true], `${post.widget.tag} ${way}: the reserve stylesheet once, in <head>`);
        await page.waitForLoadState('networkidle');
        assert.deepEqual(log.foreign, [], `${post.widget.tag} ${way}: requests beyond 127.0.0.1`);
        assert.deepEqual(log.errors, [], `${post.widget.tag} ${way}: errors`);
        await context.close();
      }
    });
  }

  test('a page with every widget as both block and shortcode loads the loader once', async () => {
    const content = widgets.map((w) => `<!-- wp:${w.block} /-->\n\n<!-- wp:shortcode -->\n[${w.shortcode}]\n<!-- /wp:shortcode -->`).join('\n\n');
    const { url } = createPost('Every widget twice', content);
    const { context, page, log, loaders } = await visit(url);
    const shown = await renderedWidgets(page, tags, 30_000);
    assert.deepEqual(shown.map((s) => s.tag).sort(), [...tags, ...tags].sort());
    assert.equal(loaders.length, 1);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(log.foreign, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('a page without a widget gets neither the loader nor the stylesheet', async () => {
    const { url } = createPost('No widget', '<!-- wp:paragraph -->\n<p>Just text.</p>\n<!-- /wp:paragraph -->');
    const { context, loaders, reserve } = await visit(url);
    assert.deepEqual(loaders, []);
    assert.deepEqual(reserve, []);
    await context.close();
  });

  test('with a classic theme, the loader is in <head> for the posts, and still comes (in the footer) for a widget outside them', async () => {
    site.php(`switch_theme( 'scn-classic-test' );`);
    try {
      const post = posts.find((p) => p.way === 'shortcode');
      const first = await visit(post.url);
      await renderedWidgets(first.page, [post.widget.tag]);
      assert.equal(first.loaders.length, 1);
      assert.ok(first.loaders[0].inHead, 'in <head>');
      await first.context.close();

      const { url } = createPost('No widget in the post', 'Text only.');
      const second = await visit(`${url}&footer-widget`);
      await renderedWidgets(second.page, ['scn-membership-cta']);
      assert.equal(second.loaders.length, 1);
      assert.equal(second.loaders[0].inHead, false, 'printed with the footer scripts');
      await second.context.close();
    } finally {
      site.php(`switch_theme( 'twentytwentythree' );`);
    }
  });
});

test('the plugin writes no notice, warning or error to the debug log', () => {
  assert.deepEqual(pluginLogLines(site), []);
});

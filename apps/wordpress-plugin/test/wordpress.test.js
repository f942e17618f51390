/* global getComputedStyle */
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
import { blockComment } from '../scripts/widget-model.js';
import { extract, translationsOf } from '../scripts/translations.js';
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
/** The administrator's browser context and page, logged in by the first test. */
let admin;
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
  await admin?.context.close();
  await browser?.close();
  await site?.stop();
});

/**
 * Creates published posts (by the administrator, content stored as given) in one go.
 * @param {{ title: string, content: string }[]} list
 * @returns {{ id: number, url: string }[]}
 */
function createPosts(list) {
  const out = site.php(
    `kses_remove_filters(); $made = array();
     foreach ( $input as $post ) {
       $id = wp_insert_post( wp_slash( array( 'post_title' => $post['title'], 'post_content' => $post['content'], 'post_status' => 'publish', 'post_author' => 1 ) ), true );
       if ( is_wp_error( $id ) ) { fwrite( STDERR, $id->get_error_message() ); exit( 1 ); }
       $made[] = array( 'id' => $id, 'url' => get_permalink( $id ) );
     }
     echo wp_json_encode( $made );`,
    list,
  );
  return JSON.parse(out);
}
const createPost = (title, content) => createPosts([{ title, content }])[0];

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
  admin = { context, page };
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
});

test('nobody on the site may post unfiltered HTML (as on a multisite network)', () => {
  const out = site.php(`echo wp_json_encode( array( user_can( 1, 'unfiltered_html' ), user_can( get_user_by( 'login', 'author' ), 'unfiltered_html' ) ) );`);
  assert.deepEqual(JSON.parse(out), [false, false]);
});

describe('every block and every shortcode on the front end', () => {
  const posts = [];
  const pages = {};
  before(() => {
    for (const widget of widgets) {
      const { attribute, value } = changeFor(widget);
      const blockAttributes = JSON.stringify({ [attribute.name]: value });
      posts.push({ widget, way: 'block', attribute, value, title: `${widget.title} block`, content: `<!-- wp:${widget.block} ${blockAttributes} /-->` });
      posts.push({
        widget, way: 'shortcode', attribute, value, title: `${widget.title} shortcode`,
        content: `<!-- wp:paragraph -->\n<p>Before.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:shortcode -->\n[${widget.shortcode} ${attribute.name}="${value}"]\n<!-- /wp:shortcode -->`,
      });
    }
    const others = {
      twice: widgets.map((w) => `<!-- wp:${w.block} /-->\n\n<!-- wp:shortcode -->\n[${w.shortcode}]\n<!-- /wp:shortcode -->`).join('\n\n'),
      none: '<!-- wp:paragraph -->\n<p>Just text.</p>\n<!-- /wp:paragraph -->',
    };
    const made = createPosts([...posts, ...Object.entries(others).map(([title, content]) => ({ title, content }))]);
    posts.forEach((post, i) => Object.assign(post, made[i]));
    Object.keys(others).forEach((name, i) => (pages[name] = made[posts.length + i].url));
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
    const { context, page, log, loaders } = await visit(pages.twice);
    const shown = await renderedWidgets(page, tags, 30_000);
    assert.deepEqual(shown.map((s) => s.tag).sort(), [...tags, ...tags].sort());
    assert.equal(loaders.length, 1);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(log.foreign, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test('a page without a widget gets neither the loader nor the stylesheet', async () => {
    const { context, loaders, reserve } = await visit(pages.none);
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

      const second = await visit(`${pages.none}&footer-widget`);
      await renderedWidgets(second.page, ['scn-membership-cta']);
      assert.equal(second.loaders.length, 1);
      assert.equal(second.loaders[0].inHead, false, 'printed with the footer scripts');
      await second.context.close();
    } finally {
      site.php(`switch_theme( 'twentytwentythree' );`);
    }
  });
});

/** What a person sees of a widget: its shadow markup, size and colours (to tell that a preview changed). */
function looks(frame, selector) {
  return frame.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el?.shadowRoot || !el.hasUpdated) return null;
    const first = el.shadowRoot.firstElementChild;
    const style = first && getComputedStyle(first);
    const box = el.getBoundingClientRect();
    return JSON.stringify({
      html: el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''),
      size: [Math.round(box.width), Math.round(box.height)],
      colours: style ? [style.color, style.backgroundColor] : [],
    });
  }, selector);
}

/** The setting an editor changes in each widget's sidebar, with a value that changes what it shows. */
const edits = {
  'scn-share-bar': { name: 'layout', value: 'vertical' },
  'scn-language-toggle': { name: 'variant', value: 'dropdown' },
  'scn-declaration-counter': { name: 'value', value: '57', shows: '57' },
  'scn-membership-cta': { name: 'variant', value: 'compact' },
  'scn-event-map': { name: 'when', value: 'upcoming' },
};
const editFor = (widget) => {
  const { name, value, shows } = edits[widget.tag] ?? { name: 'theme', value: 'dark' };
  return { attribute: widget.attributes.find((a) => a.name === name), value, shows };
};

describe('an author (no unfiltered_html) in the block editor', () => {
  let context;
  let page;
  before(async () => {
    // no count-up or transitions: a preview differs because of its settings, not of an animation
    ({ context } = await newContext(browser, { reducedMotion: 'reduce' }));
    page = await context.newPage();
    await login(page, site, ...AUTHOR);
  });
  after(() => context?.close());

  test('inserts each block from the inserter, changes a setting in the sidebar, sees the preview change, publishes and sees it on the front end', async () => {
    await openEditor(page, site);
    await page.getByRole('textbox', { name: 'Add title' }).fill('Every widget from the inserter');
    const inserter = page.getByRole('button', { name: 'Toggle block inserter' });
    await inserter.click();
    await page.locator('.block-editor-inserter__panel-title', { hasText: 'Strong Cities Network' }).waitFor();
    await inserter.click();
    for (const widget of widgets) {
      await inserter.click();
      await page.getByPlaceholder('Search').fill(widget.title);
      await page.getByRole('option', { name: widget.title }).first().click();
      await inserter.click();
      const frame = await canvas(page);
      const selector = `.wp-block-${widget.block.replace('/', '-')} ${widget.tag}`;
      // the new block's widget renders once it is near the canvas's viewport (the editor scrolls to it)
      await frame.waitForFunction((sel) => {
        const el = document.querySelector(sel);
        el?.scrollIntoView({ block: 'center' });
        return el?.shadowRoot?.childElementCount > 0;
      }, selector);
      assert.ok(await frame.evaluate((tag) => Boolean(customElements.get(tag)), widget.tag), `<${widget.tag}> is defined in the editor canvas`);
      const before = await looks(frame, selector);
      assert.ok(before, `<${widget.tag}>'s preview has rendered`);

      const gear = page.locator('.interface-pinned-items button[aria-label="Settings"]').first();
      if ((await gear.getAttribute('aria-expanded')) !== 'true' && (await gear.getAttribute('aria-pressed')) !== 'true') await gear.click();
      const { attribute, value, shows } = editFor(widget);
      const field = page.locator('.block-editor-block-inspector').getByLabel(attribute.label, { exact: true });
      if (attribute.kind === 'enum') await field.selectOption(value);
      else await field.fill(value);
      await frame.waitForFunction(([sel, name, v]) => document.querySelector(sel)?.getAttribute(name) === v, [selector, attribute.name, value]);
      await frame.waitForFunction(([sel, was]) => {
        const el = document.querySelector(sel);
        return el?.hasUpdated && el.shadowRoot.childElementCount > 0 && was !== null;
      }, [selector, before]);
      let after = await looks(frame, selector);
      for (let i = 0; i < 20 && after === before; i += 1) {
        await page.waitForTimeout(100);
        after = await looks(frame, selector);
      }
      assert.notEqual(after, before, `<${widget.tag}>'s preview changes with ${attribute.name}="${value}"`);
      if (shows) assert.ok(JSON.parse(after).html.includes(shows), `<${widget.tag}>'s preview shows ${shows}`);
    }
    const url = await publish(page);
    const saved = await page.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
    for (const widget of widgets) assert.match(saved, new RegExp(`<!-- wp:${widget.block} `), `${widget.block} saved`);

    const front = await visit(url);
    const shown = await renderedWidgets(front.page, tags, 30_000);
    for (const widget of widgets) {
      const { attribute, value } = editFor(widget);
      const element = shown.find((s) => s.tag === widget.tag);
      assert.ok(element, `<${widget.tag}> on the front end`);
      assert.equal(element.attributes[attribute.name], value, `<${widget.tag}> ${attribute.name} on the front end`);
    }
    assert.equal(front.loaders.length, 1);
    await front.page.waitForLoadState('networkidle');
    assert.deepEqual(front.log.foreign, []);
    assert.deepEqual(front.log.errors, []);
    await front.context.close();
  });

  test('writes shortcodes and blocks with hostile values: they come out escaped, URLs only http, https or mailto, unknown attributes dropped, the page intact', async () => {
    if (!page.url().includes('/wp-admin/')) await openEditor(page, site);
    const hostileText = '"><script>alert("text")</script><img src=x onerror=alert(1)>';
    const content = [
      `[scn_share_bar url="javascript:alert('url')" text='" onmouseover="alert(2)' layout="<b>vertical</b>" onclick="alert(3)" labels networks="facebook email"]`,
      `[scn_membership_cta href="JaVaScRiPt:alert(4)" source="lyon" variant="CARD"]`,
      `[scn_declaration_counter value="57" goal="lots" refresh="soon" href="data:text/html,alert(5)" label="Déclaration &amp; test"]`,
      `[scn_event_map src="javascript:alert(6)" timeout="1e999" when="someday"]`,
      `[scn_language_toggle variant="dropdown" remember="false" sync-document="yes"]`,
      blockComment('strong-cities/share-bar', { url: 'javascript:alert(7)', text: hostileText, layout: 'sideways', labels: 'yes', size: 'l' }),
      blockComment('strong-cities/membership-cta', { href: 'mailto:join@example.org', theme: 'dark" onfocus="alert(8)' }),
    ].join('\n\n');
    // as the author saves it (through the REST API, filtered by kses), and as stored unfiltered
    const authored = await page.evaluate(
      (data) => window.wp.apiFetch({ path: '/wp/v2/posts', method: 'POST', data }),
      { title: 'Hostile values', content, status: 'publish' },
    );
    const raw = createPost('Hostile values, unfiltered', content);
    for (const [way, url] of [['authored', authored.link], ['unfiltered', raw.url]]) {
      const html = await (await fetch(url)).text();
      const opening = [...html.matchAll(/<scn-[a-z-]+\b[^>]*>/g)].map((m) => m[0]);
      assert.equal(opening.length, 7, `${way}: seven widget tags`);
      for (const tag of opening) {
        const attributes = [...tag.matchAll(/\s([^\s=>]+)(?:="([^"]*)")?/g)].map(([, name, value]) => ({ name, value }));
        assert.deepEqual(attributes.filter((a) => /^on/i.test(a.name)), [], `${way}: no handler in ${tag}`);
        for (const { name, value } of attributes.filter((a) => ['url', 'href', 'src'].includes(a.name))) {
          assert.match(value, /^(https?:|mailto:)/, `${way}: ${name} in ${tag}`);
        }
      }

      const front = await visit(url);
      const shown = await renderedWidgets(front.page, tags, 30_000);
      for (const element of shown) {
        const declared = widgets.find((w) => w.tag === element.tag).attributes.map((a) => a.name);
        const extra = Object.keys(element.attributes).filter((name) => !declared.includes(name) && name !== 'lang' && name !== 'dir');
        assert.deepEqual(extra, [], `${way}: <${element.tag}> has only its own attributes`);
      }
      const [bar, cta, counter, map, toggle, barBlock, ctaBlock] = shown;
      assert.equal(bar.attributes.url, undefined, `${way}: a javascript: url is dropped`);
      // dropped, not replaced: the bar writes no default onto its tag either
      assert.equal(bar.attributes.layout, undefined, `${way}: a bad layout is dropped (the widget shows its default)`);
      assert.equal(bar.attributes.labels, '', `${way}: a bare boolean name turns it on`);
      assert.equal(bar.attributes.networks, 'facebook email');
      assert.equal(bar.attributes.text, '" onmouseover="alert(2)', `${way}: quotes stay text inside the attribute`);
      assert.equal(cta.attributes.href, undefined);
      assert.equal(cta.attributes.variant, 'card', 'fixed values are matched whatever their case');
      assert.equal(counter.attributes.goal, undefined, 'a number that is not one is dropped');
      assert.equal(counter.attributes.refresh, undefined);
      assert.equal(counter.attributes.href, undefined);
      assert.equal(counter.attributes.label, 'Déclaration & test');
      assert.ok(counter.text.includes('57'), `${way}: the counter shows its count`);
      assert.equal(map.attributes.src, undefined);
      assert.equal(map.attributes.when, undefined);
      assert.equal(map.attributes.timeout, undefined, '1e999 is not a finite number');
      assert.equal(toggle.attributes.remember, undefined, 'remember="false" leaves it off');
      assert.equal(toggle.attributes['sync-document'], '');
      assert.equal(barBlock.attributes.url, undefined);
      assert.equal(barBlock.attributes.size, 'l');
      assert.equal(barBlock.attributes.labels, undefined, 'a block attribute of the wrong type is dropped');
      if (way === 'unfiltered') assert.equal(barBlock.attributes.text, hostileText, 'markup in a value is kept as text');
      assert.equal(ctaBlock.attributes.href, 'mailto:join@example.org');
      assert.equal(ctaBlock.attributes.theme, undefined, 'a theme that is not one of the values is dropped');
      const injected = await front.page.evaluate(() => ({
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((el) => el.outerHTML.slice(0, 120)),
        scripts: [...document.scripts].filter((s) => /alert\(/.test(s.textContent)).length,
      }));
      assert.deepEqual(injected, { handlers: [], scripts: 0 }, `${way}: nothing injected`);
      assert.deepEqual(front.log.dialogs, [], `${way}: no script ran`);
      await front.context.close();
    }
  });
});

describe('settings', () => {
  test('an administrator sets the default colour scheme and source tag; a bad tag is refused; widgets left at their default follow them', async () => {
    const { page } = admin;
    await page.goto(`${site.url}/wp-admin/options-general.php?page=strong-cities-widgets`);
    await page.getByLabel('Colour scheme').selectOption('dark');
    await page.getByLabel('Source tag').fill('lyon');
    await page.getByRole('button', { name: 'Save Changes' }).click();
    await page.getByText('Settings saved.').waitFor();
    await page.getByLabel('Source tag').fill('no spaces, please');
    // the browser's own check (pattern) would stop the form: the server must refuse it too
    await page.locator('form').evaluate((form) => form.setAttribute('novalidate', ''));
    await page.getByRole('button', { name: 'Save Changes' }).click();
    await page.getByText('The source tag may hold only letters').waitFor();
    assert.equal(await page.getByLabel('Source tag').inputValue(), 'lyon', 'the refused tag is not saved');
    assert.equal(await page.getByLabel('Colour scheme').inputValue(), 'dark');

    const { url } = createPost(
      'Site defaults',
      `[scn_membership_cta]\n\n[scn_share_bar theme="light"]\n\n${blockComment('strong-cities/membership-cta', { source: 'paris' })}`,
    );
    const front = await visit(url);
    const [cta, bar, ctaBlock] = await renderedWidgets(front.page, ['scn-membership-cta', 'scn-share-bar']);
    assert.equal(cta.attributes.theme, 'dark');
    assert.equal(cta.attributes.source, 'lyon');
    assert.equal(bar.attributes.theme, 'light', "a widget's own colour scheme wins");
    assert.equal(ctaBlock.attributes.source, 'paris', "a block's own source tag wins");
    await front.context.close();
    site.php(`delete_option( 'strong_cities_widgets' );`);
  });

  test('with the CDN setting, the loader comes from the npm CDN, pinned to the version, with integrity and crossorigin, and the browser checks it', async () => {
    const embed = JSON.parse(site.php(`echo wp_json_encode( StrongCities\\Widgets\\Generated\\embed() );`));
    const files = join(built, 'assets', 'embed');
    assert.equal(embed.integrity, sha384(readFileSync(join(files, 'loader.js'))), 'the integrity of the loader shipped');
    assert.equal(embed.cdn, `https://cdn.jsdelivr.net/npm/@strong-cities/embed@${embed.version}/dist/`);
    site.php(`update_option( 'strong_cities_widgets', array( 'delivery' => 'cdn' ) );`);
    try {
      const { url } = createPost('From the CDN', widgets.map((w) => `[${w.shortcode}]`).join('\n\n'));
      /** Serves the CDN folder as the npm CDN would (CORS), from the files the plugin ships; `tamper` changes the loader. */
      const asCdn = async (context, tamper = false) => {
        await context.route(`${embed.cdn}**`, (route) => {
          const file = new URL(route.request().url()).pathname.split('/').pop();
          let body = readFileSync(join(files, file));
          if (tamper && file === 'loader.js') body = Buffer.concat([body, Buffer.from('\n// changed on the way\n')]);
          return route.fulfill({ body, headers: { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' } });
        });
      };
      const { context, log } = await newContext(browser);
      await asCdn(context);
      const page = await context.newPage();
      await page.goto(url);
      const loader = await page.evaluate(() => {
        const s = document.querySelector('script[src*="loader.js"]');
        return { src: s.getAttribute('src'), integrity: s.integrity, crossorigin: s.getAttribute('crossorigin'), type: s.type, inHead: s.parentElement === document.head };
      });
      assert.deepEqual(loader, { src: `${embed.cdn}loader.js`, integrity: embed.integrity, crossorigin: 'anonymous', type: 'module', inHead: true });
      await renderedWidgets(page, tags, 30_000);
      assert.ok(log.foreign.every((u) => u.startsWith(embed.cdn)), 'only the pinned CDN folder beyond 127.0.0.1');
      await context.close();

      const tampered = await newContext(browser);
      await asCdn(tampered.context, true);
      const other = await tampered.context.newPage();
      await other.goto(url);
      await other.waitForLoadState('networkidle');
      assert.equal(await other.evaluate((names) => names.some((t) => customElements.get(t)), tags), false, 'a changed loader is refused');
      assert.ok(tampered.log.errors.some((e) => /integrity/i.test(e)), 'the browser says why');
      await tampered.context.close();
    } finally {
      site.php(`delete_option( 'strong_cities_widgets' );`);
    }
  });
});

test('on a page translated with WPML or Polylang, the language toggle offers its translations and the widgets speak its language', async () => {
  const content = '[scn_language_toggle]\n\n[scn_share_bar networks="linkedin"]';
  const [en, fr] = createPosts([{ title: 'Welcome', content }, { title: 'Bienvenue', content }]);
  const translations = JSON.stringify({ en: en.id, fr: fr.id });
  site.php(`foreach ( $input['ids'] as $id ) { update_post_meta( $id, '_test_translations', wp_slash( $input['json'] ) ); }`, { ids: [en.id, fr.id], json: translations });
  const frUrl = `${fr.url}&lang=fr`;
  const enUrl = `${en.url}&lang=en`;
  const { context, page, log } = await visit(frUrl);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr-FR');
  await renderedWidgets(page, ['scn-language-toggle', 'scn-share-bar']);
  const seen = await page.evaluate(() => {
    const toggle = document.querySelector('scn-language-toggle').shadowRoot;
    const bar = document.querySelector('scn-share-bar');
    return {
      links: [...toggle.querySelectorAll('a[hreflang]')].map((a) => [a.getAttribute('hreflang'), a.href]),
      lang: bar.lang,
      share: bar.shadowRoot.querySelector('a[href*="linkedin"]')?.getAttribute('aria-label'),
    };
  });
  assert.deepEqual(seen.links, [['en', enUrl], ['fr', frUrl]]);
  assert.equal(seen.lang, 'fr');
  assert.match(seen.share ?? '', /^Partager sur LinkedIn/);
  assert.deepEqual(log.foreign, []);
  await context.close();
});

test("the plugin's own strings, the block settings' too, are translated into French, Spanish and Arabic, including locales it has no file for", () => {
  const entries = extract(built);
  const locales = [['fr_FR', 'fr_FR'], ['fr_CA', 'fr_FR'], ['es_ES', 'es_ES'], ['es_MX', 'es_ES'], ['ar', 'ar']];
  const out = site.php(
    `$result = array();
     foreach ( $input['locales'] as $locale ) {
       $use = fn() => $locale;
       add_filter( 'locale', $use );
       unload_textdomain( 'strong-cities-widgets' );
       StrongCities\\Widgets\\load_translations();
       $result[ $locale ] = array(
         'strings' => array_map( fn( $e ) => null === $e['msgctxt'] ? __( $e['msgid'], 'strong-cities-widgets' ) : _x( $e['msgid'], $e['msgctxt'], 'strong-cities-widgets' ), $input['entries'] ),
         'editor'  => StrongCities\\Widgets\\editor_config(),
       );
       remove_filter( 'locale', $use );
     }
     echo wp_json_encode( $result );`,
    { locales: locales.map(([locale]) => locale), entries: entries.map((e) => ({ msgid: e.msgid, msgctxt: e.msgctxt ?? null })) },
  );
  const result = JSON.parse(out);
  for (const [locale, file] of locales) {
    const expected = translationsOf(join(built, 'languages', `strong-cities-widgets-${file}.po`));
    const want = (msgid, msgctxt = '') => expected.get(`${msgctxt}\u0004${msgid}`);
    entries.forEach((e, i) => {
      assert.ok(want(e.msgid, e.msgctxt), `${file} translates "${e.msgid}"`);
      assert.equal(result[locale].strings[i], want(e.msgid, e.msgctxt), `${locale}: "${e.msgid}"`);
    });
    const editor = result[locale].editor;
    const layout = editor.widgets.find((w) => w.tag === 'scn-share-bar').attributes.find((a) => a.name === 'layout');
    const model = widgets.find((w) => w.tag === 'scn-share-bar').attributes.find((a) => a.name === 'layout');
    assert.equal(editor.panel, want('Widget settings'), `${locale}: the sidebar panel`);
    assert.equal(layout.label, want(model.label), `${locale}: a field's label`);
    assert.equal(layout.help, want(model.help), `${locale}: a field's help`);
    assert.deepEqual(layout.values.map((v) => v.label), ['Horizontal', 'Vertical'].map((v) => want(v, 'attribute value')), `${locale}: a select's choices`);
  }
});

test('an administrator working in French gets the settings page in French', async () => {
  site.php(`update_user_meta( 1, 'locale', 'fr_FR' );`);
  try {
    const { page } = admin;
    await page.goto(`${site.url}/wp-admin/options-general.php?page=strong-cities-widgets`);
    await page.getByRole('heading', { name: 'Widgets Strong Cities' }).waitFor();
    await page.getByLabel('Jeu de couleurs').selectOption({ label: 'Sombre' });
    await page.getByText('Depuis ce site (recommandé)').waitFor();
  } finally {
    site.php(`delete_user_meta( 1, 'locale' );`);
  }
});

test('the plugin writes no notice, warning or error to the debug log', () => {
  assert.deepEqual(pluginLogLines(site), []);
});

test('deleting the plugin removes its setting', () => {
  site.php(`update_option( 'strong_cities_widgets', array( 'theme' => 'dark' ) );`);
  const out = site.php(
    `require_once ABSPATH . 'wp-admin/includes/plugin.php'; require_once ABSPATH . 'wp-admin/includes/file.php';
     deactivate_plugins( 'strong-cities-widgets/strong-cities-widgets.php' );
     $deleted = delete_plugins( array( 'strong-cities-widgets/strong-cities-widgets.php' ) );
     echo wp_json_encode( array( true === $deleted, get_option( 'strong_cities_widgets', 'none' ), is_dir( WP_PLUGIN_DIR . '/strong-cities-widgets' ) ) );`,
  );
  assert.deepEqual(JSON.parse(out.slice(out.indexOf('['))), [true, 'none', false]);
});

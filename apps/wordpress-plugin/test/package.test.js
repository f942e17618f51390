// The built plugin and its zip, without WordPress: what ships, that it matches the widgets'
// custom-elements.json and the embed build, that every PHP file parses, that every string is
// translated, and that readme.txt follows WordPress.org's format.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import gettext from 'gettext-parser';
import { unzipSync } from 'fflate';
import { discoverWidgets } from '../../../packages/embed/scripts/widgets.js';
import { embedDir, sha384 } from '../scripts/embed.js';
import { attributeModel, widgetModels } from '../scripts/model.js';
import { extract, missing, poFiles, potPath, translationsOf } from '../scripts/translations.js';
import { INSTALL, which } from './support/wordpress.js';

const app = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
const built = join(app, 'dist', 'strong-cities-widgets');
const zipPath = join(app, 'dist', `strong-cities-widgets-${version}.zip`);
if (!existsSync(zipPath)) throw new Error(`${zipPath} is missing: run \`npm run build\` in apps/wordpress-plugin first`);
const widgets = widgetModels();

const files = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
const read = (path) => readFileSync(join(built, path), 'utf8');

test('the zip holds the plugin folder and nothing else', (t) => {
  const zip = unzipSync(readFileSync(zipPath));
  const names = Object.keys(zip).filter((n) => !n.endsWith('/')).sort();
  assert.deepEqual(names, files(built).map((f) => `strong-cities-widgets/${f}`).sort());
  for (const name of names) assert.deepEqual(Buffer.from(zip[name]), readFileSync(join(built, name.slice('strong-cities-widgets/'.length))), name);
  t.diagnostic(`${zipPath.slice(app.length)}: ${statSync(zipPath).size} bytes, ${names.length} files`);
});

test("it ships the widgets' CDN folder as built, and names its version, CDN address and loader integrity", () => {
  const cdnFolder = join(embedDir, 'dist');
  const shipped = files(join(built, 'assets', 'embed'));
  assert.deepEqual(shipped, files(cdnFolder).filter((f) => f !== 'manifest.json'));
  for (const file of shipped) assert.deepEqual(readFileSync(join(built, 'assets', 'embed', file)), readFileSync(join(cdnFolder, file)), file);
  const embedVersion = JSON.parse(readFileSync(join(embedDir, 'package.json'), 'utf8')).version;
  const php = read('includes/generated/embed.php');
  assert.match(php, new RegExp(`'version' => '${embedVersion.replace(/\./g, '\\.')}'`));
  assert.ok(php.includes(`'cdn' => 'https://cdn.jsdelivr.net/npm/@strong-cities/embed@${embedVersion}/dist/'`), 'the CDN address is pinned to the version');
  assert.ok(php.includes(`'integrity' => '${sha384(readFileSync(join(cdnFolder, 'loader.js')))}'`), 'the integrity of the loader shipped');
  const reserve = read('assets/reserve.css');
  for (const widget of widgets) assert.match(reserve, new RegExp(`:where\\(${widget.tag}\\)\\{display:block;min-block-size:`), `space reserved for <${widget.tag}>`);
});

test("each block's attributes are its widget's attributes, as custom-elements.json declares them", () => {
  for (const widget of widgets) {
    const { dir } = discoverWidgets().find((w) => w.tag === widget.tag);
    const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === widget.tag);
    const block = JSON.parse(read(`blocks/${widget.slug}/block.json`));
    assert.equal(block.name, `strong-cities/${widget.slug}`);
    assert.equal(block.textdomain, 'strong-cities-widgets');
    assert.deepEqual(Object.keys(block.attributes), element.attributes.map((a) => a.name), widget.tag);
    for (const attribute of element.attributes) {
      const type = attribute.type?.text ?? '';
      const literals = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]);
      const expected = literals.length ? { type: 'string', enum: literals } : { type: /^boolean( \| undefined)?$/.test(type) ? 'boolean' : /^number\b/.test(type) ? 'number' : 'string' };
      assert.deepEqual(block.attributes[attribute.name], expected, `${widget.tag} ${attribute.name}`);
    }
    assert.ok(read('includes/generated/widgets.php').includes(`'shortcode' => '${widget.shortcode}'`), `[${widget.shortcode}]`);
  }
});

test('attributes get the control their type calls for: a select, a toggle, a number, a URL or a text field', () => {
  const kind = (name, text, extra = {}) => attributeModel({ name, type: text === undefined ? undefined : { text }, description: 'd', ...extra });
  assert.deepEqual(kind('layout', "'horizontal' | 'vertical'", { default: "'horizontal'" }), {
    name: 'layout', kind: 'enum', label: 'Layout', help: 'd', values: ['horizontal', 'vertical'], default: 'horizontal',
  });
  assert.equal(kind('theme', "'light' | 'dark' | undefined").kind, 'enum');
  assert.equal(kind('theme', "'light' | 'dark' | undefined").default, undefined);
  assert.equal(kind('labels', 'boolean').kind, 'boolean');
  assert.equal(kind('goal', 'number | undefined').kind, 'number');
  assert.equal(kind('href', 'string | undefined').kind, 'url');
  assert.equal(kind('networks', undefined).kind, 'text');
  assert.equal(kind('mixed', "'a' | string").kind, 'text', 'a union open to any string is free text');
  assert.equal(attributeModel({ name: 'x', description: 'Shows `a` or\n  `b`.' }).help, 'Shows a or b.');
});

test('every PHP file parses (php -l) and refuses to run outside WordPress', async () => {
  const php = which('php');
  if (!php) throw new Error(`php is missing. Install it with:\n  ${INSTALL}`);
  const sources = [...files(built).map((f) => join(built, f)), ...files(join(app, 'test', 'fixtures')).map((f) => join(app, 'test', 'fixtures', f))].filter((f) => f.endsWith('.php'));
  assert.ok(sources.length > 10);
  // a few at a time: one PHP start per file is most of the cost
  const lint = (file) =>
    new Promise((resolve) => {
      execFile(php, ['-l', file], (error, stdout, stderr) => resolve({ file, ok: !error, output: `${stdout}${stderr}` }));
    });
  const results = [];
  for (let i = 0; i < sources.length; i += 4) results.push(...(await Promise.all(sources.slice(i, i + 4).map(lint))));
  for (const { file, ok, output } of results) assert.ok(ok, `${file}: ${output}`);
  for (const file of files(built).filter((f) => f.endsWith('.php'))) {
    assert.match(read(file), /defined\( '(ABSPATH|WP_UNINSTALL_PLUGIN)' \) \|\| exit;/, `${file} exits when loaded directly`);
  }
});

test('every string of the plugin is in the .pot and translated into French, Spanish and Arabic', () => {
  const entries = extract(built);
  const pot = gettext.po.parse(readFileSync(potPath));
  const inPot = Object.entries(pot.translations).flatMap(([context, messages]) => Object.keys(messages).filter(Boolean).map((id) => `${context}\u0004${id}`));
  assert.deepEqual(inPot.sort(), entries.map((e) => `${e.msgctxt ?? ''}\u0004${e.msgid}`).sort(), '.pot is current: run `npm run i18n -w @strong-cities/wordpress-plugin`');
  const locales = poFiles(join(built, 'languages')).map((p) => p.locale).sort();
  assert.deepEqual(locales, ['ar', 'es_ES', 'fr_FR']);
  for (const { locale, path } of poFiles(join(built, 'languages'))) {
    const left = missing(entries, path).map((e) => e.msgid);
    assert.deepEqual(left, [], `${locale}: untranslated (translate them in plugin/languages/strong-cities-widgets-${locale}.po)`);
    const mo = gettext.mo.parse(readFileSync(path.replace(/\.po$/, '.mo')));
    const po = translationsOf(path);
    for (const [context, messages] of Object.entries(mo.translations)) {
      for (const [id, message] of Object.entries(messages)) if (id) assert.equal(message.msgstr[0], po.get(`${context}\u0004${id}`), `${locale}.mo: ${id}`);
    }
  }
});

test('the plugin header and readme.txt follow WordPress.org and agree with each other', () => {
  const header = read('strong-cities-widgets.php');
  const field = (text, name) => new RegExp(`^(?: \\* )?${name}:\\s*(.+)$`, 'm').exec(text)?.[1].trim();
  assert.equal(field(header, 'Version'), version);
  assert.ok(header.includes(`const VERSION     = '${version}';`));
  assert.equal(field(header, 'Requires at least'), '6.1');
  assert.equal(field(header, 'Requires PHP'), '8.1');
  assert.equal(field(header, 'Text Domain'), 'strong-cities-widgets');
  assert.equal(field(header, 'Domain Path'), '/languages');

  const readme = read('readme.txt');
  assert.match(readme, /^=== Strong Cities widgets ===\n/);
  for (const name of ['Contributors', 'Tags', 'Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License', 'License URI']) {
    assert.ok(field(readme, name), `readme.txt: ${name}`);
  }
  assert.equal(field(readme, 'Stable tag'), version);
  assert.equal(field(readme, 'Requires at least'), field(header, 'Requires at least'));
  assert.equal(field(readme, 'Requires PHP'), field(header, 'Requires PHP'));
  assert.ok(field(readme, 'Tags').split(',').length <= 5, 'at most five tags');
  const short = readme.split('\n\n')[1];
  assert.ok(short && !short.startsWith('=') && !short.includes('\n') && short.length <= 150, `a short description of at most 150 characters: ${short}`);
  for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']) assert.match(readme, new RegExp(`^== ${section} ==$`, 'm'));
  assert.match(readme, new RegExp(`^= ${version.replace(/\./g, '\\.')} =$`, 'm'), 'a changelog entry for this version');
  for (const widget of widgets) assert.ok(readme.includes(`[${widget.shortcode}`), `readme.txt shows [${widget.shortcode}]`);
});

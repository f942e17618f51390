#!/usr/bin/env node
// After the Vite build: writes into dist/ what the builder page reads at run time, so it is
// always the widgets as built, never a copy kept by hand:
//   dist/catalogue.json                         the embed build's manifest (snippets, integrity,
//                                               iframe defaults), the widget list, the preview's
//                                               CDN folder, the plugin's translations
//   dist/widgets/<widget>/custom-elements.json  each widget's manifest (its attributes)
//   dist/widgets/<widget>/feed.schema.json      its feed's JSON Schema, when it has one
// The widget list is the embed package's (every package with src/define.ts).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import gettext from 'gettext-parser';
import { discoverWidgets } from '../../../packages/embed/scripts/widgets.js';
import { languagesDir } from '../../wordpress-plugin/scripts/translations.js';

const app = fileURLToPath(new URL('..', import.meta.url));
const dist = join(app, 'dist');
const embedManifest = fileURLToPath(new URL('../../../packages/embed/dist/manifest.json', import.meta.url));

/** The WordPress plugin's .po file for each of our locales. */
const PO_FILES = { fr: 'strong-cities-widgets-fr_FR.po', es: 'strong-cities-widgets-es_ES.po', ar: 'strong-cities-widgets-ar.po' };

/** locale → context ('' for none) → English → translation, from the plugin's .po files. */
export function pluginTexts() {
  const texts = {};
  for (const [locale, file] of Object.entries(PO_FILES)) {
    const po = gettext.po.parse(readFileSync(join(languagesDir, file)));
    texts[locale] = {};
    for (const [context, entries] of Object.entries(po.translations)) {
      const found = Object.fromEntries(
        Object.values(entries)
          .filter((e) => e.msgid && e.msgstr?.[0])
          .map((e) => [e.msgid, e.msgstr[0]]),
      );
      if (Object.keys(found).length) texts[locale][context] = found;
    }
  }
  return texts;
}

export function writeCatalogue() {
  if (!existsSync(embedManifest)) throw new Error('embed-builder: packages/embed/dist/manifest.json is missing; build @strong-cities/embed first');
  const manifest = JSON.parse(readFileSync(embedManifest, 'utf8'));
  const widgets = discoverWidgets().map((w) => {
    const slug = w.tag.replace(/^scn-/, '');
    const folder = join(dist, 'widgets', slug);
    mkdirSync(folder, { recursive: true });
    const cem = join(w.dir, 'custom-elements.json');
    if (!existsSync(cem)) throw new Error(`embed-builder: ${cem} is missing; build ${w.name} first`);
    copyFileSync(cem, join(folder, 'custom-elements.json'));
    const schema = join(w.dir, 'src', 'feed.schema.json');
    if (existsSync(schema)) copyFileSync(schema, join(folder, basename(schema)));
    return {
      tag: w.tag,
      title: w.title,
      ...(w.wordpress?.icon ? { icon: w.wordpress.icon } : {}),
      manifest: `widgets/${slug}/custom-elements.json`,
      schema: existsSync(schema) ? `widgets/${slug}/feed.schema.json` : null,
      reserve: w.reservedBlockSize,
    };
  });
  const catalogue = {
    manifest: {
      version: manifest.version,
      base: manifest.base,
      files: manifest.files.filter((f) => f.file === 'loader.js' || f.file === 'widgets.js').map(({ file, integrity }) => ({ file, integrity })),
      snippet: manifest.snippet,
      snippetClassic: manifest.snippetClassic,
      ...(manifest.frames ? { frames: manifest.frames } : {}),
    },
    // the published folder; the local server (server.js) answers with the local build instead
    previewBase: manifest.base,
    widgets,
    texts: pluginTexts(),
  };
  writeFileSync(join(dist, 'catalogue.json'), `${JSON.stringify(catalogue, null, 2)}\n`);
  console.log(`embed-builder: dist/catalogue.json (${widgets.length} widgets, embed ${manifest.version})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeCatalogue();

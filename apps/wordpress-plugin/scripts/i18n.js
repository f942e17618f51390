#!/usr/bin/env node
// The plugin's own strings (text domain strong-cities-widgets): its PHP (generated files included),
// the blocks' block.json and the plugin header.
//   node scripts/i18n.js update   build, write languages/strong-cities-widgets.pot, merge it into
//                                 every .po (new strings empty, gone ones dropped)
//   node scripts/i18n.js missing  list the strings a .po does not translate yet (exit 1 if any)
// `npm run build` compiles each .po to the .mo WordPress loads.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import gettext from 'gettext-parser';
import { build, pluginDir } from './build.js';
import { TEXT_DOMAIN } from './model.js';
import { HEADERS, catalogue, extract, languagesDir, missing, poFiles, potPath, translationsOf } from './translations.js';

const app = fileURLToPath(new URL('..', import.meta.url));

function main(command) {
  build();
  const entries = extract(pluginDir);
  if (command === 'update') {
    writeFileSync(potPath, gettext.po.compile(catalogue(entries), { sort: false }));
    const locales = poFiles().map((p) => p.locale);
    for (const locale of Object.keys(HEADERS)) if (!locales.includes(locale)) locales.push(locale);
    for (const locale of locales) {
      const path = join(languagesDir, `${TEXT_DOMAIN}-${locale}.po`);
      let done = new Map();
      try {
        done = translationsOf(path);
      } catch {
        // a new language: every string starts empty
      }
      const po = catalogue(entries, (e) => done.get(`${e.msgctxt ?? ''}\u0004${e.msgid}`) ?? '', HEADERS[locale] ?? { Language: locale });
      writeFileSync(path, gettext.po.compile(po, { sort: false }));
    }
    console.log(`i18n: ${entries.length} strings in ${relative(app, potPath)}; merged into ${locales.join(', ')}`);
  }
  let gaps = 0;
  for (const { locale, path } of poFiles()) {
    const left = missing(entries, path);
    gaps += left.length;
    if (left.length) console.log(`${locale}: ${left.length} untranslated\n${left.map((e) => `  ${e.msgctxt ? `[${e.msgctxt}] ` : ''}${e.msgid}`).join('\n')}`);
  }
  if (command === 'missing' && gaps) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command !== 'update' && command !== 'missing') {
    console.error('usage: node scripts/i18n.js update|missing');
    process.exit(2);
  }
  main(command);
}

// The plugin's own strings (text domain strong-cities-widgets), read from the built plugin: its PHP
// (generated files included), the blocks' block.json and the plugin header; the .pot and .po files
// that hold them, and the .mo files WordPress loads. The command line is scripts/i18n.js.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import gettext from 'gettext-parser';
import { TEXT_DOMAIN } from './model.js';

const app = fileURLToPath(new URL('..', import.meta.url));
export const languagesDir = join(app, 'plugin', 'languages');
export const potPath = join(languagesDir, `${TEXT_DOMAIN}.pot`);

const CALL = /\b(__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e|_x|_ex|esc_html_x|esc_attr_x|_n|_nx|_n_noop)\(/g;
const STRING = String.raw`'((?:[^'\\]|\\.)*)'`;
const WITH_DOMAIN = new RegExp(String.raw`\(\s*${STRING}\s*,\s*(?:${STRING}\s*,\s*)?'${TEXT_DOMAIN}'\s*\)`, 'y');
const unquote = (text) => text.replace(/\\(['\\])/g, '$1');
const CONTEXT_CALLS = new Set(['_x', '_ex', 'esc_html_x', 'esc_attr_x']);

/**
 * @typedef {{ msgid: string, msgctxt?: string, references: string[], comments: string[] }} Entry
 * @param {Map<string, Entry>} into
 */
function add(into, msgid, msgctxt, reference, comment) {
  const key = `${msgctxt ?? ''}\u0004${msgid}`;
  const entry = into.get(key) ?? { msgid, msgctxt, references: [], comments: [] };
  if (reference && !entry.references.includes(reference)) entry.references.push(reference);
  if (comment && !entry.comments.includes(comment)) entry.comments.push(comment);
  into.set(key, entry);
}

function files(dir, extension) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(extension) && statSync(join(dir, f)).isFile() && !f.split(/[\\/]/).includes('embed'))
    .sort();
}

/** Every translatable string of the built plugin in `pluginDir`, in a stable order. */
export function extract(pluginDir) {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  for (const file of files(pluginDir, '.php')) {
    const source = readFileSync(join(pluginDir, file), 'utf8');
    if (file === `${TEXT_DOMAIN}.php`) {
      for (const [header, comment] of [['Plugin Name', 'Plugin Name of the plugin'], ['Description', 'Description of the plugin']]) {
        const value = new RegExp(`^ \\* ${header}:\\s*(.+)$`, 'm').exec(source)?.[1].trim();
        if (value) add(entries, value, undefined, file, comment);
      }
    }
    for (const call of source.matchAll(CALL)) {
      const line = source.slice(0, call.index).split('\n').length;
      WITH_DOMAIN.lastIndex = call.index + call[1].length;
      const args = WITH_DOMAIN.exec(source);
      if (!args || call[1].startsWith('_n')) {
        throw new Error(`i18n: ${file}:${line}: ${call[1]}() needs literal strings and the text domain '${TEXT_DOMAIN}' (plural forms are not used)`);
      }
      const hasContext = CONTEXT_CALLS.has(call[1]);
      if (hasContext !== (args[2] !== undefined)) throw new Error(`i18n: ${file}:${line}: ${call[1]}() has the wrong arguments`);
      const previous = source.slice(0, call.index).split('\n').slice(-2).join('\n');
      const comment = /\/\*\s*translators:\s*(.*?)\s*\*\//.exec(previous)?.[1];
      add(entries, unquote(args[1]), hasContext ? unquote(args[2]) : undefined, `${file}:${line}`, comment && `translators: ${comment}`);
    }
  }
  for (const file of files(pluginDir, 'block.json')) {
    const block = JSON.parse(readFileSync(join(pluginDir, file), 'utf8'));
    add(entries, block.title, 'block title', file);
    add(entries, block.description, 'block description', file);
    for (const keyword of block.keywords ?? []) add(entries, keyword, 'block keyword', file);
  }
  return [...entries.values()];
}

export const HEADERS = {
  fr_FR: { Language: 'fr_FR', 'Plural-Forms': 'nplurals=2; plural=(n > 1);' },
  es_ES: { Language: 'es_ES', 'Plural-Forms': 'nplurals=2; plural=(n != 1);' },
  ar: {
    Language: 'ar',
    'Plural-Forms': 'nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5);',
  },
};

export function catalogue(entries, translated = () => '', headers = {}) {
  const translations = {};
  for (const e of entries) {
    const context = e.msgctxt ?? '';
    translations[context] ??= {};
    translations[context][e.msgid] = {
      ...(e.msgctxt !== undefined ? { msgctxt: e.msgctxt } : {}),
      msgid: e.msgid,
      msgstr: [translated(e)],
      comments: { reference: e.references.join('\n'), extracted: e.comments.join('\n') },
    };
  }
  return {
    charset: 'utf-8',
    headers: {
      'Project-Id-Version': 'Strong Cities widgets',
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'X-Domain': TEXT_DOMAIN,
      ...headers,
    },
    translations: { '': { '': { msgid: '', msgstr: [''] } }, ...translations },
  };
}

/** The .po files in `dir`, by locale (strong-cities-widgets-fr_FR.po → fr_FR). */
export function poFiles(dir = languagesDir) {
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${TEXT_DOMAIN}-`) && f.endsWith('.po'))
    .map((f) => ({ locale: f.slice(TEXT_DOMAIN.length + 1, -3), path: join(dir, f) }));
}

/** msgctxt\u0004msgid → translation, for a parsed .po. */
export function translationsOf(path) {
  const parsed = gettext.po.parse(readFileSync(path));
  const map = new Map();
  for (const [context, messages] of Object.entries(parsed.translations)) {
    for (const [msgid, message] of Object.entries(messages)) {
      if (msgid) map.set(`${context}\u0004${msgid}`, message.msgstr[0] ?? '');
    }
  }
  return map;
}

/** The entries of `entries` that the .po at `path` leaves untranslated. */
export function missing(entries, path) {
  const done = translationsOf(path);
  return entries.filter((e) => !done.get(`${e.msgctxt ?? ''}\u0004${e.msgid}`));
}

/** Compiles every .po in `dir` to its .mo. */
export function compileTranslations(dir) {
  for (const { path } of poFiles(dir)) {
    writeFileSync(path.replace(/\.po$/, '.mo'), gettext.mo.compile(gettext.po.parse(readFileSync(path))));
  }
}

#!/usr/bin/env node
// Translation tooling over the repo's XLIFF sets: the widgets' (lit-localize.json → xliff/{fr,es,ar}.xlf)
// and any workspace's own (apps/*/lit-localize.json, e.g. the embed builder's, whose strings must not
// ship in the widgets' locale chunks). Every command works on all of them at once.
//
//   node scripts/i18n.js check        fails when any msg() in any package
//                                     - lacks a fr/es/ar target or an explicit id (our bundles cannot
//                                       look a message up by its text: config/explicit-msg-ids.js);
//                                     - has a target identical to the English source, unless
//                                       scripts/i18n-identical.json lists it, with the reason;
//                                     - is a plural form (id `<name>.<form>`, see core's plural()) and
//                                       its group lacks a form the locale's Intl.PluralRules can select
//   node scripts/i18n.js add FILE     fills targets from FILE: { "<id or English source>": { "fr": "…", "es": "…", "ar": "…" } }
//                                     write placeholders as {0}, {1}… in the order they appear in the source
//   node scripts/i18n.js missing      prints the missing units as a JSON skeleton for `add`
//
// `check` extracts into a temporary copy, so it sees messages added since the last extract
// without touching the committed files. The checks themselves are pure functions of the XLIFF
// text (exported for scripts/i18n.test.js).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const targets = config.targetLocales;

/** Every lit-localize configuration: the root one, then each workspace's own. */
export function localizeConfigs() {
  const workspaces = ['apps', 'packages'].flatMap((group) =>
    existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(root, group, name)) : [],
  );
  return [root, ...workspaces.filter((dir) => existsSync(join(dir, 'lit-localize.json')))].map((dir) => ({
    dir,
    config: JSON.parse(readFileSync(join(dir, 'lit-localize.json'), 'utf8')),
  }));
}
const ALLOW_LIST = join(root, 'scripts/i18n-identical.json');

const UNIT = /<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g;
const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The trans-units of one XLIFF file: id, source and target (undefined when absent), as written. */
export function units(xml) {
  return [...xml.matchAll(UNIT)].map(([, id, inner]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(inner)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(inner)?.[1],
  }));
}

/** lit-localize's id for a msg() without one: s or h + a 64-bit hash of the text */
const GENERATED_ID = /^[sh][0-9a-f]{16}$/;

/** The plural forms CLDR knows; a message id ending in one of them is that form of a plural message. */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_ID = new RegExp(`^(.+)\\.(${PLURAL_FORMS.join('|')})$`);

/** The forms Intl.PluralRules can select in `locale` (Arabic: all six; English: one, other). */
export const formsOf = (locale) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

/** Plural messages by name: `event-map.count` → the set of forms with an id (`one`, `other`…). */
export function pluralGroups(ids) {
  const groups = new Map();
  for (const id of ids) {
    const [, name, form] = PLURAL_ID.exec(id) ?? [];
    if (name) groups.set(name, (groups.get(name) ?? new Set()).add(form));
  }
  return groups;
}

/**
 * Everything wrong with a set of XLIFF files, as plain data.
 * @param {Record<string, string>} xliff   locale → the XLIFF file's text
 * @param {{ sourceLocale?: string, allowIdentical?: Record<string, { locales: string[], reason: string }> }} [options]
 *   allowIdentical: message ids whose target may equal the English source in the listed locales
 */
export function findProblems(xliff, { sourceLocale = config.sourceLocale, allowIdentical = {} } = {}) {
  const missing = new Map(); // id → { source, locales }
  const unnamed = new Map(); // id → source
  const identical = []; // { id, locale, source }
  const plurals = []; // { name, locale, form, why }
  const allowedUsed = new Set();
  const sourceIds = new Set();
  for (const [locale, xml] of Object.entries(xliff)) {
    const list = units(xml);
    const byId = new Map(list.map((u) => [u.id, u]));
    for (const u of list) {
      sourceIds.add(u.id);
      if (GENERATED_ID.test(u.id)) unnamed.set(u.id, decode(u.source));
      if (u.target === undefined || u.target.trim() === '') {
        const entry = missing.get(u.id) ?? { source: decode(u.source), locales: [] };
        entry.locales.push(locale);
        missing.set(u.id, entry);
      } else if (u.target.trim() === u.source.trim()) {
        if (allowIdentical[u.id]?.locales?.includes(locale)) allowedUsed.add(`${u.id} ${locale}`);
        else identical.push({ id: u.id, locale, source: decode(u.source) });
      }
    }
    // every form this locale's rules can select must be there, and translated
    for (const [name, forms] of pluralGroups(byId.keys())) {
      for (const form of formsOf(locale)) {
        const unit = byId.get(`${name}.${form}`);
        if (!unit) plurals.push({ name, locale, form, why: 'no message for this form' });
        else if (unit.target === undefined || unit.target.trim() === '') plurals.push({ name, locale, form, why: 'not translated' });
      }
      if (!forms.has('other')) plurals.push({ name, locale, form: 'other', why: 'no message for this form' });
    }
  }
  // the English source itself needs the forms English selects
  for (const [name] of pluralGroups(sourceIds)) {
    for (const form of formsOf(sourceLocale)) {
      if (!sourceIds.has(`${name}.${form}`)) plurals.push({ name, locale: sourceLocale, form, why: 'no message for this form' });
    }
  }
  // an allow-list entry nothing needs any more is a stale exemption: it would hide the next mistake
  const stale = [];
  for (const [id, entry] of Object.entries(allowIdentical)) {
    if (typeof entry?.reason !== 'string' || !entry.reason.trim()) stale.push({ id, locale: '*', why: 'no reason given' });
    for (const locale of entry?.locales ?? []) {
      if (locale in xliff && !allowedUsed.has(`${id} ${locale}`)) stale.push({ id, locale, why: 'not identical (or gone): remove it' });
    }
  }
  return {
    missing: [...missing].map(([id, e]) => ({ id, ...e })),
    unnamed: [...unnamed].map(([id, source]) => ({ id, source })),
    identical,
    plurals,
    stale,
  };
}

/** Problems as the lines `check` prints; empty when there are none. */
export function describeProblems({ missing, unnamed, identical, plurals, stale }) {
  const lines = [];
  if (unnamed.length) {
    lines.push(`Messages without an id (${unnamed.length}): give each msg() an { id: '<package>.<name>' }`);
    for (const u of unnamed) lines.push(`  "${u.source}"`);
  }
  if (missing.length) {
    lines.push(`Missing translations (${missing.length} messages):`);
    for (const m of missing) lines.push(`  ${m.id}: "${m.source}" lacks ${m.locales.join(', ')}`);
  }
  if (identical.length) {
    lines.push(`Translations identical to the English source (${identical.length}): translate them, or list the id in scripts/i18n-identical.json with the reason`);
    for (const i of identical) lines.push(`  ${i.id} (${i.locale}): "${i.source}"`);
  }
  if (plurals.length) {
    lines.push(`Plural forms missing (${plurals.length}): each form is its own msg() with the id <name>.<form>`);
    for (const p of plurals) lines.push(`  ${p.name}.${p.form} (${p.locale}): ${p.why}`);
  }
  if (stale.length) {
    lines.push(`Stale entries in scripts/i18n-identical.json (${stale.length}):`);
    for (const s of stale) lines.push(`  ${s.id} (${s.locale}): ${s.why}`);
  }
  return lines;
}

/** Extracts one configuration's messages into a temp copy of its XLIFF folder and returns the temp folder. */
function freshExtract({ dir: home, config: own }) {
  const dir = mkdtempSync(join(tmpdir(), 'scn-i18n-'));
  cpSync(join(home, own.interchange.xliffDir), join(dir, 'xliff'), { recursive: true });
  const tmpConfig = { ...own, tsConfig: join(home, own.tsConfig), interchange: { ...own.interchange, xliffDir: join(dir, 'xliff') } };
  tmpConfig.output = { ...own.output, outputDir: join(dir, 'out') };
  writeFileSync(join(dir, 'lit-localize.json'), JSON.stringify(tmpConfig));
  execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', join(dir, 'lit-localize.json')], { stdio: 'pipe' });
  return dir;
}

/**
 * The XLIFF text of every target locale, freshly extracted from the sources (committed files
 * untouched): all configurations' units of a locale one after the other (ids are unique across them).
 */
function freshXliff() {
  const merged = Object.fromEntries(targets.map((locale) => [locale, '']));
  for (const entry of localizeConfigs()) {
    const dir = freshExtract(entry);
    try {
      for (const locale of targets) merged[locale] += readFileSync(join(dir, 'xliff', `${locale}.xlf`), 'utf8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return merged;
}

/** scripts/i18n-identical.json without its `$comment`. */
export function readAllowList() {
  const entries = JSON.parse(readFileSync(ALLOW_LIST, 'utf8'));
  delete entries.$comment;
  return entries;
}

function missingSkeleton() {
  const gaps = {};
  for (const m of findProblems(freshXliff()).missing) gaps[m.id] = { source: m.source, ...Object.fromEntries(m.locales.map((l) => [l, ''])) };
  return gaps;
}

function add(file) {
  const wanted = JSON.parse(readFileSync(file, 'utf8'));
  let filled = 0;
  for (const { dir, config: own } of localizeConfigs()) filled += addTo(dir, own, wanted);
  console.log(`filled ${filled} targets`);
}

function addTo(dir, own, wanted) {
  // extract first so new messages have units to fill
  execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', join(dir, 'lit-localize.json')], { stdio: 'pipe', cwd: dir });
  let filled = 0;
  for (const locale of own.targetLocales) {
    const path = join(dir, own.interchange.xliffDir, `${locale}.xlf`);
    const xml = readFileSync(path, 'utf8').replace(UNIT, (whole, id, inner) => {
      const source = /<source>([\s\S]*?)<\/source>/.exec(inner)?.[1] ?? '';
      const entry = wanted[id] ?? wanted[decode(source)];
      const text = entry?.[locale];
      if (typeof text !== 'string' || !text) return whole;
      const placeholders = source.match(/<x [^>]*\/>/g) ?? [];
      const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const target = escaped.replace(/\{(\d+)\}/g, (m, i) => placeholders[Number(i)] ?? m);
      filled += 1;
      const withoutTarget = inner.replace(/\s*<target>[\s\S]*?<\/target>/, '');
      return `<trans-unit id="${id}">${withoutTarget.replace(/<\/source>/, `</source>\n  <target>${target}</target>`)}</trans-unit>`;
    });
    writeFileSync(path, xml);
  }
  return filled;
}

function check() {
  const xliff = freshXliff();
  const problems = findProblems(xliff, { allowIdentical: readAllowList() });
  const lines = describeProblems(problems);
  if (lines.length) {
    for (const line of lines) console.error(line);
    process.exit(1);
  }
  const plural = pluralGroups(units(xliff[targets[0]]).map((u) => u.id)).size;
  console.log(
    `translations complete: every message has ${targets.join(', ')} (${Object.keys(xliff).length} files), ` +
      `none left in English unless listed, every form of ${plural} plural messages`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [cmd, arg] = process.argv.slice(2);
  if (cmd === 'add' && arg) add(arg);
  else if (cmd === 'missing') console.log(JSON.stringify(missingSkeleton(), null, 2));
  else if (cmd === 'check') check();
  else {
    console.error('usage: node scripts/i18n.js check | missing | add FILE');
    process.exit(2);
  }
}

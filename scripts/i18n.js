#!/usr/bin/env node
// Translation tooling over the repo's one XLIFF set (xliff/{fr,es,ar}.xlf).
//
//   node scripts/i18n.js check        fails when any msg() in any package lacks a fr/es/ar target
//                                     or an explicit id (our bundles cannot look a message up by
//                                     its text: config/explicit-msg-ids.js)
//   node scripts/i18n.js add FILE     fills targets from FILE: { "<id or English source>": { "fr": "…", "es": "…", "ar": "…" } }
//                                     write placeholders as {0}, {1}… in the order they appear in the source
//   node scripts/i18n.js missing      prints the missing units as a JSON skeleton for `add`
//
// `check` extracts into a temporary copy, so it sees messages added since the last extract
// without touching the committed files.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const targets = config.targetLocales;

const UNIT = /<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g;
const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function units(xml) {
  return [...xml.matchAll(UNIT)].map(([, id, inner]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(inner)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(inner)?.[1],
  }));
}

/** Extracts every package's messages into a temp copy of xliff/ and returns its folder. */
function freshExtract() {
  const dir = mkdtempSync(join(tmpdir(), 'scn-i18n-'));
  cpSync(join(root, 'xliff'), join(dir, 'xliff'), { recursive: true });
  const tmpConfig = { ...config, tsConfig: join(root, config.tsConfig), interchange: { ...config.interchange, xliffDir: join(dir, 'xliff') } };
  tmpConfig.output = { ...config.output, outputDir: join(dir, 'out') };
  writeFileSync(join(dir, 'lit-localize.json'), JSON.stringify(tmpConfig));
  execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', join(dir, 'lit-localize.json')], { stdio: 'pipe' });
  return dir;
}

/** lit-localize's id for a msg() without one: s or h + a 64-bit hash of the text */
const GENERATED_ID = /^[sh][0-9a-f]{16}$/;

/** Untranslated messages (id → source and the locales lacking it), and messages without an id. */
function survey() {
  const dir = freshExtract();
  const gaps = {};
  const unnamed = new Map();
  try {
    for (const locale of targets) {
      for (const u of units(readFileSync(join(dir, 'xliff', `${locale}.xlf`), 'utf8'))) {
        if (GENERATED_ID.test(u.id)) unnamed.set(u.id, decode(u.source));
        if (u.target === undefined || u.target.trim() === '') (gaps[u.id] ??= { source: decode(u.source) })[locale] = '';
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { gaps, unnamed };
}

const missing = () => survey().gaps;

function add(file) {
  const wanted = JSON.parse(readFileSync(file, 'utf8'));
  // extract first so new messages have units to fill
  execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', join(root, 'lit-localize.json')], { stdio: 'pipe' });
  let filled = 0;
  for (const locale of targets) {
    const path = join(root, 'xliff', `${locale}.xlf`);
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
  console.log(`filled ${filled} targets`);
}

const [cmd, arg] = process.argv.slice(2);
if (cmd === 'add' && arg) add(arg);
else if (cmd === 'missing') console.log(JSON.stringify(missing(), null, 2));
else if (cmd === 'check') {
  const { gaps, unnamed } = survey();
  const count = Object.keys(gaps).length;
  const total = readdirSync(join(root, 'xliff')).length;
  if (unnamed.size) {
    console.error(`Messages without an id (${unnamed.size}): give each msg() an { id: '<package>.<name>' }`);
    for (const source of unnamed.values()) console.error(`  "${source}"`);
  }
  if (count) {
    console.error(`Missing translations (${count} messages):`);
    for (const [id, entry] of Object.entries(gaps)) {
      console.error(`  ${id}: "${entry.source}" lacks ${targets.filter((l) => l in entry).join(', ')}`);
    }
  }
  if (count || unnamed.size) process.exit(1);
  console.log(`translations complete: every message has ${targets.join(', ')} (${total} files)`);
} else {
  console.error('usage: node scripts/i18n.js check | missing | add FILE');
  process.exit(2);
}

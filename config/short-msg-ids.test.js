// Bundles name each message by a short key (short-msg-ids.js); sources and locale modules keep the long ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shortIds, shortMsgIds } from './short-msg-ids.js';

/** A locale folder as lit-localize writes it, with these ids. */
function localeFolder(ids) {
  const dir = mkdtempSync(join(tmpdir(), 'scn-locales-'));
  const body = ids.map((id) => `'${id}': \`x\`,`).join('\n');
  writeFileSync(join(dir, 'fr.ts'), `import {str} from '@lit/localize';\nexport const templates = {\n${body}\n};\n`);
  return dir;
}

/** Runs `check` with the plugin started on a locale folder of these ids, then removes the folder. */
function withPlugin(ids, check) {
  const dir = localeFolder(ids);
  try {
    const p = shortMsgIds({ dir });
    p.buildStart();
    check(p, dir);
  } finally {
    rmSync(dir, { recursive: true });
  }
}

test("the repository's messages each get their own short key, the same on every call", () => {
  const keys = shortIds();
  assert.ok(keys.size > 50, `only ${keys.size} messages found`);
  assert.equal(new Set(keys.values()).size, keys.size, 'two messages share a key');
  for (const key of keys.values()) assert.match(key, /^[0-9a-z]{1,2}$/);
  assert.deepEqual([...shortIds()], [...keys]);
  assert.equal(keys.get('core.loading'), [...keys.keys()].sort().indexOf('core.loading').toString(36));
});

test("a msg() call's id and a locale module's key become the same short key", () => {
  withPlugin(['share-bar.copy', 'core.loading'], (p, dir) => {
    const source = "const a = msg('Copy link', { id: 'share-bar.copy' });\nconst b = msg(\"Loading…\", {id:\"core.loading\"});";
    assert.equal(p.transform(source, '/repo/packages/share-bar/src/share-bar.ts').code, "const a = msg('Copy link', { id: '1' });\nconst b = msg(\"Loading…\", {id:\"0\"});");
    const locale = `export const templates = {\n'core.loading': \`Chargement…\`,\n'share-bar.copy': \`Copier le lien\`,\n};`;
    assert.equal(p.transform(locale, join(dir, 'fr.ts')).code, "export const templates = {\n'0': `Chargement…`,\n'1': `Copier le lien`,\n};");
  });
});

test('ids of no message, and code outside ours, are left as they are', () => {
  withPlugin(['share-bar.copy'], (p) => {
    // an event's id, and an id that no locale translates
    assert.equal(p.transform("const e = { id: 'oslo-2022' }; msg('x', { id: 'new.message' });", '/repo/packages/event-map/src/x.ts'), null);
    // a key that is not in the locale folder is not a template key
    assert.equal(p.transform("const t = { 'share-bar.copy': 1 };", '/repo/packages/core/src/x.ts'), null);
    assert.equal(p.transform("msg('x', { id: 'share-bar.copy' })", '/repo/node_modules/lit/index.js'), null);
  });
});

test('a bundle that still names a message by its long id fails the build', () => {
  withPlugin(['share-bar.copy'], (p) => {
    const bundle = { 'a.js': { type: 'chunk', fileName: 'a.js', code: 'msg(`x`,{id:k("share-bar.copy")})' } };
    assert.throws(() => p.generateBundle({}, bundle), /a\.js still names share-bar\.copy/);
    assert.doesNotThrow(() => p.generateBundle({}, { 'a.js': { type: 'chunk', fileName: 'a.js', code: 'msg(`x`,{id:`0`})' } }));
  });
});

test('a locale folder without messages stops the build', () => {
  const dir = localeFolder([]);
  try {
    assert.throws(() => shortIds(dir), /no message ids/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

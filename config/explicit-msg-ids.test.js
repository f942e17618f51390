// The bundles' @lit/localize runtime looks messages up by their explicit ids only (explicit-msg-ids.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { explicitMsgIds } from './explicit-msg-ids.js';

const require = createRequire(import.meta.url);
const file = require.resolve('@lit/localize/internal/runtime-msg.js');
const source = readFileSync(file, 'utf8');
const { transform } = explicitMsgIds();

test("the installed @lit/localize runtime reads a message's own id, and never hashes one", () => {
  const result = transform(source, file);
  assert.ok(result, 'runtime-msg.js was not rewritten');
  assert.match(result.code, /const id = options\?\.id;/);
  // generateId is left declared but never called: the bundler drops it with its cache
  assert.equal(result.code.match(/(?<!function )generateId\(/g), null);
  assert.match(source, /(?<!function )generateId\(/, 'the original calls it');
});

test('a @lit/localize whose runtime reads ids another way stops the build instead of shipping unchecked', () => {
  assert.throws(() => transform(source.replace('options?.id ?? generateId(template)', 'generateId(template)'), file), /no longer reads/);
});

test('other modules pass through untouched', () => {
  assert.equal(transform(source, '/x/node_modules/@lit/localize/internal/str-tag.js'), null);
});

// The embed README's widget reference is generated (scripts/readme.js) from each widget's
// custom-elements.json: a change to a widget's JSDoc that is not carried into the README fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withReference } from '../scripts/readme.js';

test('README.md carries the widget reference readme.js generates from the manifests (run `node scripts/readme.js`)', () => {
  const text = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  assert.equal(text, withReference(text));
});

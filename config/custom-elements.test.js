// The API tables (Storybook, the READMEs, the builder, the WordPress plugin) come from each widget's
// custom-elements.json: a reader must see real values there, never the name of a constant in our
// source (`DEFAULT_NETWORKS`, `MEMBERSHIP_URL`), which means nothing outside the codebase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { discoverWidgets, elementManifest } from '../packages/embed/scripts/widgets.js';

/** A name written as our constants are: CAPITALS, digits and underscores, with at least one underscore or 4+ letters. */
const CONSTANT = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/;

for (const widget of discoverWidgets()) {
  test(`<${widget.tag}>: defaults and descriptions name values, not source constants`, () => {
    const element = elementManifest(widget);
    const members = [...(element.attributes ?? []), ...(element.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private')];
    assert.ok(members.length > 0, 'the manifest lists its attributes');
    const found = members.flatMap((m) => [
      ...(CONSTANT.test(m.default ?? '') ? [`${m.name} default ${m.default}`] : []),
      ...(CONSTANT.test(m.description ?? '') ? [`${m.name} description "${(m.description ?? '').match(CONSTANT)?.[0]}"`] : []),
    ]);
    assert.deepEqual(found, []);
  });
}

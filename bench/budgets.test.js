// Size budgets of the CDN folder (bench/budgets.js), after `npm run build`. Bytes are
// deterministic, so these are plain tests: a budget exceeded fails with the figure and the budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBudgets, describeRow } from './budget-check.js';
import { knownOverages } from './budgets.js';
import { readManifest } from './cdn-folder.js';

let measured;
try {
  measured = checkBudgets();
} catch (error) {
  test('the CDN folder can be measured', () => assert.fail(String(error)));
}
const { rows = [], folder } = measured ?? {};

for (const r of rows) {
  const known = knownOverages[r.id];
  // a known overage is reported (skipped, with its figure and reason), never passed quietly
  const skip = !r.ok && known && r.files.length > 0 ? `${describeRow(r)}; known overage: ${known.why}` : false;
  test(`budget: ${r.label} ≤ ${r.budget.toLocaleString('en')} B gzip`, { skip }, () => {
    assert.ok(r.files.length > 0, `${r.label}: no file in packages/embed/dist matches it`);
    assert.ok(r.ok, describeRow(r));
  });
  if (known) {
    test(`ceiling: ${r.label} does not grow past ${known.ceiling.toLocaleString('en')} B gzip`, () => {
      assert.ok(r.gzip <= known.ceiling, `${describeRow(r)}; its recorded ceiling is ${known.ceiling} B`);
      // once met, the budget itself must hold again: the entry goes, so nothing can creep back
      assert.ok(!r.ok, `${r.label} is within its budget now: remove it from knownOverages in bench/budgets.js`);
    });
  }
}

if (folder) test('every chunk the CDN folder ships is covered by a budget', () => {
  assert.deepEqual(folder.missing, [], `expected chunks not found in packages/embed/dist: ${folder.missing.join(', ')}`);
  assert.deepEqual(folder.unassigned, [], `chunks no budget covers: ${folder.unassigned.join(', ')}`);
  // what a widget loads on demand is budgeted apart from what it needs to render, never unbudgeted
  const covered = new Set(rows.filter((r) => r.id.endsWith('-on-demand')).flatMap((r) => r.files));
  const loose = Object.values(folder.onDemand).flat().filter((f) => !covered.has(f));
  assert.deepEqual(loose, [], `chunks loaded on demand with no budget: ${loose.join(', ')}`);
});

if (folder) test("the manifest's gzip figures are the bytes measured here", () => {
  const manifest = readManifest();
  assert.ok(manifest, 'packages/embed/dist/manifest.json is missing');
  const measured = new Map(folder.files.map((f) => [f.file, f]));
  for (const entry of manifest.files) {
    const m = measured.get(entry.file);
    assert.ok(m, `manifest lists ${entry.file}, which is not in dist/`);
    assert.equal(entry.bytes, m.bytes, `${entry.file}: manifest bytes`);
    if (entry.gzip !== undefined) assert.equal(entry.gzip, m.gzip, `${entry.file}: manifest gzip bytes`);
  }
});

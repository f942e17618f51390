// Rounded icon paths must draw what Tabler drew, within half of the last decimal kept, however
// long the path: relative segments must not add up their rounding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absolutePoints, parsePath, roundPath } from './path.js';

/** Largest distance, per axis, between corresponding points of two paths with the same segments. */
function maxError(a, b) {
  const pa = absolutePoints(parsePath(a));
  const pb = absolutePoints(parsePath(b));
  assert.equal(pb.length, pa.length, 'same number of segments');
  let worst = 0;
  pa.forEach((s, i) => {
    s.points.forEach(([x, y], k) => {
      const [u, v] = pb[i].points[k];
      worst = Math.max(worst, Math.abs(x - u), Math.abs(y - v));
    });
  });
  return worst;
}

const EPSILON = 1e-9;

// Tabler's brand-bluesky and copy (3.52.0)
const BLUESKY =
  'M6.335 5.144c-1.654-1.199-4.335-2.127-4.335 .826c0 .59 .35 4.953 .556 5.661c.713 2.463 3.13 2.75 5.444 2.369c-4.045 .665-4.889 3.208-2.667 5.41c1.03 1.018 1.913 1.59 2.667 1.59c2 0 3.134-2.769 3.5-3.5c.333-.667 .5-1.167 .5-1.5c0 .333 .167 .833 .5 1.5c.366 .731 1.5 3.5 3.5 3.5c.754 0 1.637-.571 2.667-1.59c2.222-2.203 1.378-4.746-2.667-5.41c2.314 .38 4.73 .094 5.444-2.369c.206-.708 .556-5.072 .556-5.661c0-2.953-2.68-2.025-4.335-.826c-2.293 1.662-4.76 5.048-5.665 6.856c-.905-1.808-3.372-5.194-5.665-6.856';
const COPY =
  'M7 9.667a2.667 2.667 0 0 1 2.667-2.667h8.666a2.667 2.667 0 0 1 2.667 2.667v8.666a2.667 2.667 0 0 1-2.667 2.667h-8.666a2.667 2.667 0 0 1-2.667-2.667l0-8.666';

test('no drift over many relative segments', () => {
  const d = `M0 0${'l.333 .333c.111 .222 .222 .111 .333 .333'.repeat(200)}`;
  for (const decimals of [1, 2]) {
    const out = roundPath(d, decimals);
    assert.ok(maxError(d, out) <= 0.5 / 10 ** decimals + EPSILON, `${decimals} decimals`);
  }
  // 400 steps of .333: naive rounding of each step to .3 would end at 120, not 133.2
  const end = absolutePoints(parsePath(roundPath(d, 1))).at(-1).points.at(-1);
  assert.ok(end.every((v) => Math.abs(v - 133.2) < 1e-6), String(end));
});

test('no drift with h, v, s, q, t and closed subpaths', () => {
  const d = `M1.111 1.111${'h.333v.333s.111 .222 .333 .333q.111 .222 .333 .333t.333 .333z m.333 .333'.repeat(100)}`;
  assert.ok(maxError(d, roundPath(d, 1)) <= 0.05 + EPSILON);
});

test('arcs: radii and end points rounded, flags kept and written compactly', () => {
  const out = roundPath(COPY, 1);
  assert.equal(out, 'M7 9.7a2.7 2.7 0 012.7-2.7h8.6a2.7 2.7 0 012.7 2.7v8.6a2.7 2.7 0 01-2.7 2.7h-8.6a2.7 2.7 0 01-2.7-2.7z');
  assert.ok(maxError(COPY, out) <= 0.05 + EPSILON);
  const arcs = parsePath(out).filter((s) => s.cmd === 'a');
  assert.deepEqual(arcs[0].args, [2.7, 2.7, 0, 0, 1, 2.7, -2.7]);
  // large-arc and sweep flags of every kind survive
  const flags = 'M5 5a3 3 0 1 0 6 0a3 3 0 0 1-6 0a3 3 0 1 1 6 0A3 3 0 0 0 5 5';
  assert.deepEqual(
    parsePath(roundPath(flags, 1)).map((s) => s.args.slice(3, 5)),
    [[5], [1, 0], [0, 1], [1, 1], [0, 0]].map((a, i) => (i === 0 ? [] : a)),
  );
});

test("a subpath's last line back to its start is z; a dot keeps its zero-length line", () => {
  // LinkedIn's dot (M8 8v0) needs its round caps; a closed subpath has none
  assert.equal(roundPath('M8 8v0M3 3h4v4h-4v-4M10 10l2 2l-2 0l0-2M1 1h2', 1), 'M8 8v0M3 3h4v4h-4zM10 10l2 2h-2zM1 1h2');
  // the same points, in the same number of segments
  assert.ok(maxError('M3 3h4v4h-4v-4M10 10l2 2l-2 0l0-2', roundPath('M3 3h4v4h-4v-4M10 10l2 2l-2 0l0-2', 1)) <= EPSILON);
  // a line that ends elsewhere, or a closing line that is not the subpath's last, stays a line
  assert.equal(roundPath('M3 3h4v4h-4v-3M5 5h2h-2h1', 1), 'M3 3h4v4h-4v-3M5 5h2-2 1');
});

test('many arcs in a row stay within half a tenth', () => {
  const d = `M12 3${'a9.333 9.333 0 0 1 .777 .333'.repeat(100)}`;
  assert.ok(maxError(d, roundPath(d, 1)) <= 0.05 + EPSILON);
});

test('separators only where needed; the output parses back to the same commands', () => {
  assert.equal(roundPath('M6.335 5.144c0 .333 .167 .833 .5 1.5', 2), 'M6.34 5.14c0 .34.16.84.5 1.5');
  assert.equal(roundPath('M1 1L2 2L3 3', 1), 'M1 1 2 2 3 3');
  assert.equal(roundPath('m1 1l2 2l-3 3', 1), 'm1 1 2 2-3 3');
  assert.equal(roundPath('M1 1l0 5l5 0L6 9', 1), 'M1 1v5h5V9');
  assert.equal(roundPath('M.04 -.04l.001 0', 1), 'M0 0v0', 'no "-0"; a zero-length line (a dot) stays');
  const out = roundPath(BLUESKY, 1);
  assert.ok(out.length < BLUESKY.length * 0.85, `${out.length} < 85% of ${BLUESKY.length}`);
  assert.ok(maxError(BLUESKY, out) <= 0.05 + EPSILON);
  assert.deepEqual(parsePath(out).map((s) => s.cmd), parsePath(BLUESKY).map((s) => s.cmd));
});

test('reads what it writes: compact flags, numbers run together', () => {
  assert.deepEqual(parsePath('a2 2 0 012.5-2.5'), [{ cmd: 'a', args: [2, 2, 0, 0, 1, 2.5, -2.5] }]);
  assert.deepEqual(parsePath('M.5.5.5-1e1'), [{ cmd: 'M', args: [0.5, 0.5] }, { cmd: 'L', args: [0.5, -10] }]);
  assert.throws(() => parsePath('M1 1a2 2 0 2 1 3 3'), /arc flag/);
});

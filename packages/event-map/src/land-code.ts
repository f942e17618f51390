/**
 * The compact form the land outline ships in. As SVG path text (`M x y l dx dy … z` per ring, in
 * integers) it gzips poorly: digits, signs and spaces interleave x and y. Here a ring's start is
 * four characters and its steps are two runs, every x step then every y step, most steps one
 * character each; gzip packs that in 3.9 kB instead of 5.1 kB. `decodeLand` gives back the rings,
 * point for point (scripts/build-geometry.js checks their path text at every build).
 */

/** 89 digits: printable ASCII without what a JS string or template literal escapes (" $ ' \ `). */
const DIGITS = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => !`"$'\\\``.includes(c))
  .join('');
const BASE = DIGITS.length;
/** steps from -SMALL to SMALL take one digit (0 … 2·SMALL) */
const SMALL = 43;
/** a wider step follows in two digits */
const WIDE = 2 * SMALL + 1;
/** a ring ends (in the x run only) */
const END = WIDE + 1;
/** two digits hold a wider step from -OFFSET to OFFSET */
const OFFSET = 3960;

/** What scripts/build-geometry.js writes: rings of points on the grid, each ring's start first. */
export function encodeLand(rings: readonly (readonly [number, number])[][]): string {
  const digit = (d: number) => DIGITS.charAt(d);
  const two = (n: number) => {
    if (!Number.isInteger(n) || n < 0 || n >= BASE * BASE) throw new RangeError(`land: ${n} does not fit in two digits`);
    return digit(Math.floor(n / BASE)) + digit(n % BASE);
  };
  const step = (v: number) => (Math.abs(v) <= SMALL ? digit(v + SMALL) : digit(WIDE) + two(v + OFFSET));
  let starts = '';
  let xs = '';
  let ys = '';
  for (const ring of rings) {
    let [px, py] = ring[0] ?? [0, 0];
    starts += two(px) + two(py);
    for (const [x, y] of ring.slice(1)) {
      xs += step(x - px);
      ys += step(y - py);
      [px, py] = [x, y];
    }
    xs += digit(END);
  }
  return `${starts} ${xs} ${ys}`;
}

/** Encoded land's rings, each [x0, y0, x1, y1, …] in absolute grid points, its start first. */
export function decodeLand(data: string): number[][] {
  const [starts = '', xs = '', ys = ''] = data.split(' ');
  const digit = (run: string, at: number) => DIGITS.indexOf(run.charAt(at));
  const two = (run: string, at: number) => digit(run, at) * BASE + digit(run, at + 1);
  /** one step of a run: its value, and where the next one starts */
  const step = (run: string, at: number): [number, number] =>
    digit(run, at) === WIDE ? [two(run, at + 1) - OFFSET, at + 3] : [digit(run, at) - SMALL, at + 1];
  const rings: number[][] = [];
  let xAt = 0;
  let yAt = 0;
  for (let at = 0; at < starts.length; at += 4) {
    let x = two(starts, at);
    let y = two(starts, at + 2);
    const points = [x, y];
    while (xAt < xs.length && digit(xs, xAt) !== END) {
      const [dx, xNext] = step(xs, xAt);
      const [dy, yNext] = step(ys, yAt);
      points.push((x += dx), (y += dy));
      xAt = xNext;
      yAt = yNext;
    }
    xAt++;
    rings.push(points);
  }
  return rings;
}

/**
 * Rings as SVG path text, `M x y l dx dy … z` each (minus signs separate too): what the build
 * projected and simplified, so that it and the tests can check that the compact form gives it back.
 */
export function pathOf(rings: readonly (readonly number[])[]): string {
  return rings
    .map((points) => {
      const steps = points.slice(2).map((v, i) => v - (points[i] ?? 0));
      return `M${points[0] ?? 0} ${points[1] ?? 0}l${steps.join(' ').replace(/ -/g, '-')}z`;
    })
    .join('');
}

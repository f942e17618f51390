// Kept over SVGO (measured, docs/decisions.md): on our 33 icons SVGO's convertPathData at 1 decimal
// is 52 B gzip smaller in all but deletes the `list` icon's dots and moves points up to 0.45 units;
// at 2 decimals it is exact and 106 B gzip larger. This keeps every point within 0.05 units.
// Shortens SVG path data: coordinates rounded to a few decimals, separators only where needed.
// Every point is rounded as an absolute position and relative values are the differences of
// rounded positions, so rounding never accumulates along a path (each point is within half a
// unit of the last decimal of where it was). Works on integers scaled by 10^decimals: exact.

/** Numbers each command takes, in order; `f` is an arc flag, `x`/`y` a coordinate, `n` any other number. */
const ARGS = { m: 'xy', l: 'xy', h: 'x', v: 'y', c: 'xyxyxy', s: 'xyxy', q: 'xyxy', t: 'xy', a: 'nnnffxy', z: '' };

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/;

/** `d` → segments `{ cmd, args }` (numbers as given), implicit repetitions made explicit. */
export function parsePath(d) {
  const segments = [];
  let i = 0;
  let cmd = '';
  const skip = () => {
    while (i < d.length && /[\s,]/.test(d[i])) i++;
  };
  const read = (kind) => {
    skip();
    if (kind === 'f') {
      if (d[i] !== '0' && d[i] !== '1') throw new Error(`bad arc flag at ${i} in ${d}`);
      return Number(d[i++]);
    }
    const m = NUMBER.exec(d.slice(i));
    if (!m) throw new Error(`number expected at ${i} in ${d}`);
    i += m[0].length;
    return Number(m[0]);
  };
  for (skip(); i < d.length; skip()) {
    if (/[a-z]/i.test(d[i])) cmd = d[i++];
    else if (!cmd || /z/i.test(cmd)) throw new Error(`command expected at ${i} in ${d}`);
    const spec = ARGS[cmd.toLowerCase()];
    if (spec === undefined) throw new Error(`unknown command ${cmd} in ${d}`);
    segments.push({ cmd, args: [...spec].map(read) });
    // numbers after a moveto are linetos
    if (cmd === 'm') cmd = 'l';
    else if (cmd === 'M') cmd = 'L';
  }
  return segments;
}

/**
 * Segments → the same segments with every coordinate absolute (`abs`: [x, y] pairs of the points
 * each one passes or controls, arcs' other numbers as they are). The pen is tracked exactly.
 */
export function absolutePoints(segments) {
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  return segments.map(({ cmd, args }) => {
    const rel = cmd === cmd.toLowerCase();
    const c = cmd.toLowerCase();
    const bx = rel ? x : 0;
    const by = rel ? y : 0;
    let points = [];
    if (c === 'z') points = [[sx, sy]];
    else if (c === 'h') points = [[bx + args[0], y]];
    else if (c === 'v') points = [[x, by + args[0]]];
    else if (c === 'a') points = [[bx + args[5], by + args[6]]];
    else for (let k = 0; k < args.length; k += 2) points.push([bx + args[k], by + args[k + 1]]);
    [x, y] = points[points.length - 1];
    if (c === 'm') [sx, sy] = [x, y];
    return { cmd, args, points };
  });
}

/** An integer scaled by 10^decimals → its shortest decimal text: 50 → ".5", -125 → "-1.25". */
function format(value, decimals) {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, '');
  if (!fraction) return sign + whole;
  return `${sign}${whole === '0' ? '' : whole}.${fraction}`;
}

/** Joins numbers with a separator only where the next one would otherwise run into the previous. */
function join(texts, flags) {
  let out = '';
  let prev = '';
  texts.forEach((text, k) => {
    const needs = prev !== '' && !flags[k - 1] && !text.startsWith('-') && !(text.startsWith('.') && prev.includes('.'));
    out += (needs ? ' ' : '') + text;
    prev = text;
  });
  return out;
}

/**
 * Path data with coordinates rounded to `decimals` and no needless characters. Commands keep their
 * kind, relative or absolute (writing each as the shorter of the two made the share bar's icons 30 B
 * larger in gzip: absolute positions repeat less). A straight line along an axis is written h or v;
 * a subpath's last line back to its start is written z (with round caps and joins, as renderIcon
 * strokes every icon, the closed corner draws exactly what the two caps drew); a repeated command
 * letter is left out where the grammar allows.
 */
export function roundPath(d, decimals = 2) {
  const scale = 10 ** decimals;
  const r = (value) => Math.round(value * scale) || 0; // no "-0"
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  let out = '';
  let last = '';
  const segments = absolutePoints(parsePath(d));
  segments.forEach((segment, index) => {
    const { args, points } = segment;
    const rel = segment.cmd === segment.cmd.toLowerCase();
    let c = segment.cmd.toLowerCase();
    const rounded = points.map(([px, py]) => [r(px), r(py)]);
    const [ex, ey] = rounded[rounded.length - 1];
    // a line that ends its subpath where the subpath began; not its first segment (a dot drawn
    // as a zero-length line needs its caps) and not of zero length
    const ends = !segments[index + 1] || /m/i.test(segments[index + 1].cmd);
    const follows = index > 0 && !/m/i.test(segments[index - 1].cmd);
    if (/[lhv]/.test(c) && ends && follows && ex === sx && ey === sy && (x !== sx || y !== sy)) c = 'z';
    // a straight line along an axis is shorter as h or v
    else if (c === 'l' && (ex === x || ey === y)) c = ex === x ? 'v' : 'h';
    const bx = rel ? x : 0;
    const by = rel ? y : 0;
    let values = [];
    let flags = [];
    if (c === 'h') values = [ex - bx];
    else if (c === 'v') values = [ey - by];
    else if (c === 'a') {
      values = [r(args[0]), r(args[1]), r(args[2]), args[3] * scale, args[4] * scale, ex - bx, ey - by];
      flags = [false, false, false, true, true, false, false];
    } else if (c !== 'z') values = rounded.flatMap(([px, py]) => [px - bx, py - by]);
    const cmd = rel ? c : c.toUpperCase();
    // "m… l…" and "M… L…" need no second letter, nor does a command that repeats (but moveto)
    const implicit = cmd === last || (cmd === 'l' && last === 'm') || (cmd === 'L' && last === 'M');
    const body = join(values.map((v) => format(v, decimals)), flags);
    if (!implicit || c === 'm' || c === 'z') out += cmd + body;
    else {
      // continuing the previous numbers: a separator unless the sign or a second point parts them
      const prev = /[\d.]+$/.exec(out)?.[0] ?? '';
      const needs = prev !== '' && !body.startsWith('-') && !(body.startsWith('.') && prev.includes('.'));
      out += (needs ? ' ' : '') + body;
    }
    last = cmd;
    [x, y] = c === 'z' ? [sx, sy] : [ex, ey];
    if (c === 'm') [sx, sy] = [x, y];
  });
  return out;
}

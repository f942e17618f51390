import { landData, landScale } from './generated/land.js';
import { decodeLand } from './land-code.js';
import type { View } from './view.js';

/** One closed ring of the land, [x0, y0, x1, y1, …] on the landScale grid, and its bounds. */
interface Ring {
  readonly points: readonly number[];
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

let parsed: readonly Ring[] | undefined;

/** The land's rings (decoded from the compact form they ship in, land-code.ts), once, when the first map draws. */
function rings(): readonly Ring[] {
  parsed ??= decodeLand(landData).map((points) => {
    const xs = points.filter((_, i) => i % 2 === 0);
    const ys = points.filter((_, i) => i % 2 === 1);
    return { points, x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  });
  return parsed;
}

/**
 * Sutherland–Hodgman against one side of the rectangle: keeps the part of the ring where
 * coordinate `axis` (0 = x, 1 = y) is on the `keep` side of `bound` (-1 below, 1 above).
 */
function clipSide(points: readonly number[], axis: 0 | 1, bound: number, keep: -1 | 1): number[] {
  const out: number[] = [];
  const n = points.length;
  const other = 1 - axis;
  const at = (i: number): number => points[i] ?? 0;
  for (let i = 0; i < n; i += 2) {
    const j = (i + n - 2) % n;
    const inside = (at(i + axis) - bound) * keep >= 0;
    if (inside !== (at(j + axis) - bound) * keep >= 0) {
      const t = (bound - at(j + axis)) / (at(i + axis) - at(j + axis));
      const cross = at(j + other) + t * (at(i + other) - at(j + other));
      out.push(axis === 0 ? bound : cross, axis === 0 ? cross : bound);
    }
    if (inside) out.push(at(i), at(i + 1));
  }
  return out;
}

const round = (v: number): number => Math.round(v * 100) / 100;

/**
 * The land inside `view` grown by `margin` world units, as an SVG path on the landScale grid (draw
 * it scaled by landScale). Nothing of the path lies beyond that rectangle: the SVG clips what it
 * draws, but the path's box (getBoundingClientRect, which accessibility checkers such as axe use to
 * find what lies over the text around the map) would otherwise span the whole world. The margin
 * keeps the straight cuts along the rectangle, and their coastline stroke, outside the frame.
 */
export function landInView(view: View, margin: number): string {
  const x0 = (view.x - margin) / landScale;
  const y0 = (view.y - margin) / landScale;
  const x1 = (view.x + view.w + margin) / landScale;
  const y1 = (view.y + view.h + margin) / landScale;
  const parts: string[] = [];
  for (const ring of rings()) {
    if (ring.x1 < x0 || ring.x0 > x1 || ring.y1 < y0 || ring.y0 > y1) continue;
    let points = ring.points;
    if (ring.x0 < x0 || ring.x1 > x1 || ring.y0 < y0 || ring.y1 > y1) {
      points = clipSide(clipSide(clipSide(clipSide(points, 0, x0, 1), 0, x1, -1), 1, y0, 1), 1, y1, -1);
    }
    if (points.length < 6) continue;
    const coords = points.map(round);
    parts.push(`M${coords.slice(0, 2).join(' ')}L${coords.slice(2).join(' ')}z`);
  }
  return parts.join('');
}

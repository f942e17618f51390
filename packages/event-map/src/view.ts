import { WORLD_HEIGHT, WORLD_WIDTH, type Point } from './projection.js';

/** The visible part of the world, in world units: an SVG viewBox. */
export interface View {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The map frame's width / height (its CSS aspect-ratio): views keep it so nothing is stretched. */
export const ASPECT = 16 / 10;
/** Closest zoom: about 1.5° across, enough to part events in neighbouring towns. */
export const MIN_WIDTH = 40;
/** Furthest zoom: a little more than the world. */
export const MAX_WIDTH = WORLD_WIDTH * 1.2;
/** What one zoom step (button, key, wheel notch) multiplies by. */
export const ZOOM_STEP = 1.6;

const clampWidth = (w: number): number => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w));

/** A view of `w` world units across, centred on (cx, cy), kept over the world. */
export function centred(cx: number, cy: number, w: number): View {
  const width = clampWidth(w);
  const h = width / ASPECT;
  const x = Math.min(WORLD_WIDTH, Math.max(0, cx));
  const y = Math.min(WORLD_HEIGHT, Math.max(0, cy));
  return { x: x - width / 2, y: y - h / 2, w: width, h };
}

/** The smallest view holding every point, with `padding` (a share of the extent) around. */
export function fitView(points: readonly Point[], padding = 0.15, minWidth = 600): View {
  if (points.length === 0) return centred(WORLD_WIDTH / 2, WORLD_HEIGHT / 2, WORLD_WIDTH);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // a single event gets a regional view, not the closest zoom
  const w = Math.max(x1 - x0, minWidth) * (1 + 2 * padding);
  const h = Math.max(y1 - y0, minWidth / ASPECT) * (1 + 2 * padding);
  return centred((x0 + x1) / 2, (y0 + y1) / 2, Math.max(w, h * ASPECT));
}

/** Zooms by `factor` (> 1 closer) keeping the world point (fx, fy) where it is on screen. */
export function zoomView(view: View, factor: number, fx = view.x + view.w / 2, fy = view.y + view.h / 2): View {
  const w = clampWidth(view.w / factor);
  const scale = w / view.w;
  const cx = fx - (fx - (view.x + view.w / 2)) * scale;
  const cy = fy - (fy - (view.y + view.h / 2)) * scale;
  return centred(cx, cy, w);
}

/** Moves the view by (dx, dy) world units. */
export const panView = (view: View, dx: number, dy: number): View =>
  centred(view.x + view.w / 2 + dx, view.y + view.h / 2 + dy, view.w);

/** True when the point lies in the view (with a margin in world units). */
export const inView = (view: View, p: Point, margin = 0): boolean =>
  p.x >= view.x - margin && p.x <= view.x + view.w + margin && p.y >= view.y - margin && p.y <= view.y + view.h + margin;

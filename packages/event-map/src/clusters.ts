import type { MapEvent } from './event-data.js';
import { inView, type View } from './view.js';

/** One marker: a single event, or several too close to tell apart at this zoom. */
export interface Cluster {
  /** Stable across renders while its first member is the same: keeps focus on re-render. */
  readonly key: string;
  readonly members: readonly MapEvent[];
  /** Centre in world units. */
  readonly x: number;
  readonly y: number;
}

/**
 * Groups the events in `view` whose markers would be closer than `radius` screen pixels
 * (a touch target), greedily in the given order, using a grid so 1,000 events stay fast.
 */
export function clusterEvents(events: readonly MapEvent[], view: View, frameWidth: number, radius: number): Cluster[] {
  const perUnit = frameWidth / view.w;
  const margin = radius / perUnit;
  const cells = new Map<string, { members: MapEvent[]; px: number; py: number }[]>();
  const groups: { members: MapEvent[]; px: number; py: number }[] = [];
  for (const event of events) {
    if (!inView(view, event, margin)) continue;
    const px = (event.x - view.x) * perUnit;
    const py = (event.y - view.y) * perUnit;
    const cx = Math.floor(px / radius);
    const cy = Math.floor(py / radius);
    let home: { members: MapEvent[]; px: number; py: number } | undefined;
    for (let i = -1; i <= 1 && !home; i++) {
      for (let j = -1; j <= 1 && !home; j++) {
        home = cells.get(`${cx + i},${cy + j}`)?.find((g) => Math.hypot(g.px - px, g.py - py) < radius);
      }
    }
    if (home) {
      home.members.push(event);
      continue;
    }
    const group = { members: [event], px, py };
    groups.push(group);
    const key = `${cx},${cy}`;
    cells.set(key, [...(cells.get(key) ?? []), group]);
  }
  return groups.map(({ members }) => {
    const x = members.reduce((s, e) => s + e.x, 0) / members.length;
    const y = members.reduce((s, e) => s + e.y, 0) / members.length;
    const first = members[0]?.id ?? '';
    return { key: members.length === 1 ? first : `cluster:${first}`, members, x, y };
  });
}

/**
 * Reading order for arrow keys: top to bottom in rows (markers whose centres lie within `row`
 * world units of the row's first), and along each row in the text direction.
 */
export function readingOrder(clusters: Cluster[], row: number, rtl: boolean): Cluster[] {
  const byY = [...clusters].sort((a, b) => a.y - b.y);
  const rows: Cluster[][] = [];
  for (const c of byY) {
    const current = rows.at(-1);
    if (current?.[0] && c.y - current[0].y < row) current.push(c);
    else rows.push([c]);
  }
  return rows.flatMap((r) => r.sort((a, b) => (rtl ? b.x - a.x : a.x - b.x)));
}

/** A compass direction on the map: arrow keys move on the map as drawn, in every locale. */
export type Heading = 'east' | 'west' | 'north' | 'south';

/**
 * The marker an arrow key moves to from `from`: the nearest one whose centre lies that way (within
 * 45° of the heading), sideways distance counting double so that a marker straight ahead beats one
 * off the line. Undefined when none lies that way: focus stays put rather than jumping sideways.
 */
export function nearestInDirection(clusters: readonly Cluster[], from: Cluster, heading: Heading): Cluster | undefined {
  let best: Cluster | undefined;
  let bestScore = Infinity;
  for (const c of clusters) {
    if (c === from) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    // ahead: distance along the heading; aside: distance across it (y grows southwards)
    const ahead = heading === 'east' ? dx : heading === 'west' ? -dx : heading === 'south' ? dy : -dy;
    const aside = heading === 'east' || heading === 'west' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0 || aside > ahead) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

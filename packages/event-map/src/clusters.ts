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
  const cells = new Map<string, Group[]>();
  const groups: Group[] = [];
  for (const event of events) {
    if (!inView(view, event, margin)) continue;
    const px = (event.x - view.x) * perUnit;
    const py = (event.y - view.y) * perUnit;
    const cx = Math.floor(px / radius);
    const cy = Math.floor(py / radius);
    let home: Group | undefined;
    for (let i = -1; i <= 1 && !home; i++) {
      for (let j = -1; j <= 1 && !home; j++) {
        home = cells.get(`${cx + i},${cy + j}`)?.find((g) => Math.hypot(g.px - px, g.py - py) < radius);
      }
    }
    if (home) {
      home.members.push(event);
      home.sx += px;
      home.sy += py;
      continue;
    }
    const group = { members: [event], px, py, sx: px, sy: py };
    groups.push(group);
    const key = `${cx},${cy}`;
    cells.set(key, [...(cells.get(key) ?? []), group]);
  }
  return mergeCrowded(groups, radius).map(({ members, sx, sy }) => {
    const first = members[0]?.id ?? '';
    const x = view.x + sx / members.length / perUnit;
    const y = view.y + sy / members.length / perUnit;
    return { key: members.length === 1 ? first : `cluster:${first}`, members, x, y };
  });
}

/** A group being formed: its events, where its first event is and the sums of all its events' positions (pixels). */
interface Group {
  members: MapEvent[];
  px: number;
  py: number;
  sx: number;
  sy: number;
}

/**
 * A marker stands at the centre of its events, which drifts from the first event its group formed
 * around, so two markers can come closer than `radius` pixels and cover each other's counts: merge
 * such groups (the earlier keeps its key and first event) until no two are that close.
 */
function mergeCrowded(groups: Group[], radius: number): Group[] {
  const centre = (g: Group) => [g.sx / g.members.length, g.sy / g.members.length] as const;
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const a = groups[i];
        const b = groups[j];
        if (!a || !b) continue;
        const [ax, ay] = centre(a);
        const [bx, by] = centre(b);
        if (Math.hypot(ax - bx, ay - by) >= radius) continue;
        a.members.push(...b.members);
        a.sx += b.sx;
        a.sy += b.sy;
        groups.splice(j, 1);
        j = i; // a moved: compare it with every later group again
        merged = true;
      }
    }
  }
  return groups;
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

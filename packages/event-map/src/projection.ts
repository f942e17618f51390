/**
 * The map's one projection: Mercator in "world units", 10000 wide, 80°N at y = 0, cut at about
 * 60°S. scripts/build-geometry.js projects the land with d3-geo's geoMercator using the same
 * numbers (and checks it agrees with this formula), so at run time only events are projected.
 */
export const WORLD_WIDTH = 10000;
export const WORLD_HEIGHT = 6000;
const K = WORLD_WIDTH / (2 * Math.PI);
const TOP = mercatorY(80);
/** Mercator runs to infinity at the poles: events beyond this are drawn at the edge. */
const MAX_LAT = 85;

function mercatorY(lat: number): number {
  return K * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
}

export interface Point {
  x: number;
  y: number;
}

/** Longitude/latitude in degrees → world units. */
export function project(lon: number, lat: number): Point {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  return { x: WORLD_WIDTH / 2 + (K * lon * Math.PI) / 180, y: TOP - mercatorY(clamped) };
}

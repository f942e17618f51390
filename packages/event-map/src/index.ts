// The deprecated helpers at the end come from these (see there).
import { project as projectInternal, WORLD_WIDTH as WORLD_WIDTHInternal, WORLD_HEIGHT as WORLD_HEIGHTInternal, type Point as PointInternal } from './projection.js';
import { parseEvent as parseEventInternal, byDate as byDateInternal } from './event-data.js';
export { EventMap } from './event-map.js';
export { ScnEventSelectEvent } from './select-event.js';
export { parseEvents, MAX_EVENTS, type MapEvent, type ParsedEvents } from './event-data.js';
export { defaultEvents } from './default-events.js';
export { whens, type When } from './filters.js';

// Internal helpers that 1.0 exported by mistake: kept, deprecated, so that no import breaks before
// 2.0. The package's own tests import them from their modules.
/** @deprecated Internal helper, exported in 1.0 by mistake: it will be removed in 2.0. */
export const project = projectInternal;
/** @deprecated Internal helper, exported in 1.0 by mistake: it will be removed in 2.0. */
export const WORLD_WIDTH = WORLD_WIDTHInternal;
/** @deprecated Internal helper, exported in 1.0 by mistake: it will be removed in 2.0. */
export const WORLD_HEIGHT = WORLD_HEIGHTInternal;
/** @deprecated Internal helper, exported in 1.0 by mistake: it will be removed in 2.0. */
export type Point = PointInternal;
/** @deprecated Internal helper, exported in 1.0 by mistake: it will be removed in 2.0. */
export const parseEvent = parseEventInternal;
/** @deprecated Internal helper, exported in 1.0 by mistake: it will be removed in 2.0. */
export const byDate = byDateInternal;

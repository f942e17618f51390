export { EventMap } from './event-map.js';
export { ScnEventSelectEvent } from './select-event.js';
export { parseEvents, parseEvent, byDate, MAX_EVENTS, type MapEvent, type ParsedEvents } from './event-data.js';
export { defaultEvents } from './default-events.js';
export { project, WORLD_WIDTH, WORLD_HEIGHT, type Point } from './projection.js';
export { whens, type When } from './filters.js';

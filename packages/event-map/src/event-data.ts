import { isLocalizedText, isSafeUrl, safeUrl, type LocalizedText } from '@strong-cities/core';
import { project } from './projection.js';

/** One event as the widget uses it: checked, dated and placed on the map. */
export interface MapEvent {
  readonly id: string;
  readonly title: LocalizedText;
  readonly start: Date;
  /** Absent for one-day events. Never before `start`. */
  readonly end?: Date;
  /** True when the feed gave times, not only dates. */
  readonly timed: boolean;
  readonly city: LocalizedText;
  readonly country?: LocalizedText;
  readonly lat: number;
  readonly lon: number;
  /** Lower-case kind: workshop, dialogue, summit, … */
  readonly type: string;
  /** Absolute http(s)/mailto address, already checked. */
  readonly url?: string;
  readonly description?: LocalizedText;
  /** Position in world units (projection.ts). */
  readonly x: number;
  readonly y: number;
}

/** A feed's events and, for each entry left out, why. */
export interface ParsedEvents {
  events: MapEvent[];
  skipped: string[];
}

/** More would not stay usable as a list; a feed this long is cut with one warning. */
export const MAX_EVENTS = 5000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** An ISO date or date-time; undefined when malformed or not a real day (2022-02-30). */
export function parseDate(value: unknown): { date: Date; timed: boolean } | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (DATE.test(text)) {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? { date, timed: false } : undefined;
  }
  if (!DATE_TIME.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : { date, timed: true };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const inRange = (value: unknown, limit: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

/** Checks one feed entry; returns the event, or the reason it cannot be shown. */
export function parseEvent(raw: unknown, index: number): MapEvent | string {
  if (!isRecord(raw)) return 'not an object';
  const id = typeof raw.id === 'string' && raw.id.trim() ? raw.id.trim() : typeof raw.id === 'number' ? String(raw.id) : `event-${index + 1}`;
  if (!isLocalizedText(raw.title)) return 'no title';
  if (!isLocalizedText(raw.city)) return 'no city';
  if (raw.lat === undefined || raw.lon === undefined || raw.lat === null || raw.lon === null) return 'no coordinates';
  if (!inRange(raw.lat, 90) || !inRange(raw.lon, 180)) return `coordinates out of range (${String(raw.lat)}, ${String(raw.lon)})`;
  const start = parseDate(raw.start);
  if (!start) return `bad start date "${String(raw.start).slice(0, 40)}"`;
  const end = raw.end === undefined || raw.end === null || raw.end === '' ? undefined : parseDate(raw.end);
  if (end === undefined && raw.end !== undefined && raw.end !== null && raw.end !== '') return `bad end date "${String(raw.end).slice(0, 40)}"`;
  if (end && end.date < start.date) return 'ends before it starts';
  if (raw.url !== undefined && raw.url !== null && raw.url !== '' && !isSafeUrl(raw.url)) return 'unsafe URL';
  const type = typeof raw.type === 'string' && raw.type.trim() ? raw.type.trim().toLowerCase().slice(0, 40) : 'event';
  const { x, y } = project(raw.lon, raw.lat);
  return {
    id,
    title: raw.title,
    start: start.date,
    ...(end ? { end: end.date } : {}),
    timed: start.timed || Boolean(end?.timed),
    city: raw.city,
    ...(isLocalizedText(raw.country) ? { country: raw.country } : {}),
    lat: raw.lat,
    lon: raw.lon,
    type,
    ...(isSafeUrl(raw.url) ? { url: safeUrl(raw.url, '') } : {}),
    ...(isLocalizedText(raw.description) ? { description: raw.description } : {}),
    x,
    y,
  };
}

/**
 * Reads a feed: an array of events, or `{ "events": [...] }`. Returns undefined when the shape is
 * wrong or no entry can be shown; otherwise the good events, in date order, and why others were left out.
 */
export function parseEvents(data: unknown): ParsedEvents | undefined {
  const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.events) ? data.events : undefined;
  if (!list) return undefined;
  const events: MapEvent[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  list.slice(0, MAX_EVENTS).forEach((raw, index) => {
    const result = parseEvent(raw, index);
    const label = isRecord(raw) && (typeof raw.id === 'string' || typeof raw.id === 'number') ? `"${String(raw.id).slice(0, 40)}"` : `#${index + 1}`;
    if (typeof result === 'string') skipped.push(`event ${label} skipped: ${result}`);
    else if (seen.has(result.id)) skipped.push(`event ${label} skipped: duplicate id`);
    else {
      seen.add(result.id);
      events.push(result);
    }
  });
  if (list.length > MAX_EVENTS) skipped.push(`${list.length - MAX_EVENTS} events after the first ${MAX_EVENTS} skipped`);
  if (list.length > 0 && events.length === 0) return undefined;
  events.sort((a, b) => a.start.getTime() - b.start.getTime());
  return { events, skipped };
}

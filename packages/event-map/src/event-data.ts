import { isLocalizedText, isSafeUrl, parsePartialDate, safeUrl, type LocalizedText, type PartialDate } from '@strong-cities/core';
import { project } from './projection.js';

/** One event as the widget uses it: checked, dated and placed on the map. */
export interface MapEvent {
  readonly id: string;
  readonly title: LocalizedText;
  /** As precise as the feed gives it: a year, a month, a day or a time. */
  readonly start: PartialDate;
  /** Absent for events within one period of `start` (one day, or the one month given). Never before `start`. */
  readonly end?: PartialDate;
  readonly city: LocalizedText;
  readonly country?: LocalizedText;
  readonly lat: number;
  readonly lon: number;
  /** Lower-case kind: workshop, dialogue, summit, … */
  readonly type: string;
  /** Absolute http(s)/mailto address, already checked. */
  readonly url?: string;
  readonly description?: LocalizedText;
  /** The page this event's facts come from (http, https), kept with the data; not shown. */
  readonly source?: string;
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const given = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

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
  const start = parsePartialDate(raw.start);
  if (!start) return `bad start date "${String(raw.start).slice(0, 40)}"`;
  const end = given(raw.end) ? parsePartialDate(raw.end) : undefined;
  if (end === undefined && given(raw.end)) return `bad end date "${String(raw.end).slice(0, 40)}"`;
  // partial dates are periods: an end is wrong only when all of it lies before all of the start
  if (end && end.last < start.first) return 'ends before it starts';
  if (given(raw.url) && !isSafeUrl(raw.url)) return 'unsafe URL';
  const type = typeof raw.type === 'string' && raw.type.trim() ? raw.type.trim().toLowerCase().slice(0, 40) : 'event';
  const { x, y } = project(raw.lon, raw.lat);
  return {
    id,
    title: raw.title,
    start,
    ...(end && end.iso !== start.iso ? { end } : {}),
    city: raw.city,
    ...(isLocalizedText(raw.country) ? { country: raw.country } : {}),
    lat: raw.lat,
    lon: raw.lon,
    type,
    ...(isSafeUrl(raw.url) ? { url: safeUrl(raw.url, '') } : {}),
    ...(isLocalizedText(raw.description) ? { description: raw.description } : {}),
    ...(isSafeUrl(raw.source) ? { source: safeUrl(raw.source, '') } : {}),
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
  events.sort(byDate);
  return { events, skipped };
}

/**
 * Date order for dates of mixed precision: by the first instant each can mean, then the shorter
 * period first ("15 April 2022" before "April 2022" before "2022" when they start together).
 */
export const byDate = (a: MapEvent, b: MapEvent): number =>
  a.start.first.getTime() - b.start.first.getTime() || (a.end ?? a.start).last.getTime() - (b.end ?? b.start).last.getTime();

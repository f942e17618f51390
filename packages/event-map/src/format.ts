import { msg, str } from '@lit/localize';
import { dateTimeFormat, numberFormat, pickText, type Locale } from '@strong-cities/core';
import type { MapEvent } from './event-data.js';

/** Kinds of event the widget names in every locale; a feed's other kinds are shown as given. */
export const knownTypes = ['workshop', 'dialogue', 'summit', 'conference', 'meeting', 'event'] as const;

/** The kind of event, lower case as it reads inside a sentence ("Oslo — workshop, 2022"). */
export function typeLabel(type: string): string {
  switch (type) {
    case 'workshop':
      return msg('workshop', { id: 'event-map.type.workshop' });
    case 'dialogue':
      return msg('dialogue', { id: 'event-map.type.dialogue' });
    case 'summit':
      return msg('summit', { id: 'event-map.type.summit' });
    case 'conference':
      return msg('conference', { id: 'event-map.type.conference' });
    case 'meeting':
      return msg('meeting', { id: 'event-map.type.meeting' });
    case 'event':
      return msg('event', { id: 'event-map.type.event' });
    default:
      return type;
  }
}

/** Dates from feeds without a time are UTC midnights: show them as that day everywhere. */
const dateFormat = (event: MapEvent, locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  dateTimeFormat(locale, event.timed ? options : { ...options, timeZone: 'UTC' });

export const eventYear = (event: MapEvent): number => event.start.getUTCFullYear();

/** "17–18 November 2022", in the locale's words. */
export function formatDates(event: MapEvent, locale: Locale): string {
  const format = dateFormat(event, locale, event.timed ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' });
  return event.end && event.end.getTime() !== event.start.getTime()
    ? format.formatRange(event.start, event.end)
    : format.format(event.start);
}

export const formatYear = (event: MapEvent, locale: Locale): string =>
  dateFormat(event, locale, { year: 'numeric' }).format(event.start);

export const formatCount = (count: number, locale: Locale): string => numberFormat(locale).format(count);

/** "The Hague, Netherlands". */
export function placeName(event: MapEvent, locale: Locale): string {
  const city = pickText(event.city, locale);
  const country = pickText(event.country, locale).trim();
  return country ? msg(str`${city}, ${country}`, { id: 'event-map.place' }) : city;
}

/** A marker's accessible name: "Oslo — workshop, 2022". */
export function markerName(event: MapEvent, locale: Locale): string {
  const city = pickText(event.city, locale);
  const type = typeLabel(event.type);
  const year = formatYear(event, locale);
  return msg(str`${city} — ${type}, ${year}`, { id: 'event-map.marker-name' });
}

/** A cluster's accessible name: "3 events around London". */
export function clusterName(members: readonly MapEvent[], locale: Locale): string {
  const count = formatCount(members.length, locale);
  const city = members[0] ? pickText(members[0].city, locale) : '';
  return msg(str`${count} events around ${city}`, { id: 'event-map.cluster-name' });
}

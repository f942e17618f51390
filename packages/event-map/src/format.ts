import { msg, str } from '@lit/localize';
import { formatCount, formatPartialRange, numberFormat, pickText, plural, type Locale } from '@strong-cities/core';
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

export const eventYear = (event: MapEvent): number => event.start.year;

/** "15–16 November 2022", "April 2022": as precise as the feed, in the locale's words. */
export const formatDates = (event: MapEvent, locale: Locale): string => formatPartialRange(event.start, event.end, locale);

/** A year as the filters write it: "2022", "٢٠٢٢" (no grouping separator). */
export const formatYear = (year: number, locale: Locale): string => numberFormat(locale, { useGrouping: false }).format(year);


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
  const year = formatYear(eventYear(event), locale);
  return msg(str`${city} — ${type}, ${year}`, { id: 'event-map.marker-name' });
}

/** A cluster's accessible name: "3 events around London". */
export function clusterName(members: readonly MapEvent[], locale: Locale): string {
  const count = formatCount(members.length, locale);
  const city = members[0] ? pickText(members[0].city, locale) : '';
  return plural(
    members.length,
    {
      zero: () => msg(str`${count} events around ${city}`, { id: 'event-map.cluster-name.zero' }),
      one: () => msg(str`${count} event around ${city}`, { id: 'event-map.cluster-name.one' }),
      two: () => msg(str`${count} events around ${city}`, { id: 'event-map.cluster-name.two' }),
      few: () => msg(str`${count} events around ${city}`, { id: 'event-map.cluster-name.few' }),
      many: () => msg(str`${count} events around ${city}`, { id: 'event-map.cluster-name.many' }),
      other: () => msg(str`${count} events around ${city}`, { id: 'event-map.cluster-name.other' }),
    },
    locale,
  );
}

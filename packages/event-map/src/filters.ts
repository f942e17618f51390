import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatCount, plural, type Locale } from '@strong-cities/core';
import type { MapEvent } from './event-data.js';
import { eventYear, formatYear, typeLabel } from './format.js';

export const whens = ['all', 'upcoming', 'past'] as const;
export type When = (typeof whens)[number];

export interface Filters {
  /** Lower-case event type, or undefined for all. */
  readonly type?: string;
  readonly year?: number;
  readonly when: When;
  /** "Upcoming" means ending on or after this day. */
  readonly today: Date;
}

const startOfDay = (date: Date): number => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/**
 * Not over yet: the last day the event can mean is today or later. An event known only by its month
 * or year stays upcoming until that month or year is over (the data cannot say it has passed).
 */
export const isUpcoming = (event: MapEvent, today: Date): boolean =>
  (event.end ?? event.start).last.getTime() >= startOfDay(today);

export function applyFilters(events: readonly MapEvent[], filters: Filters): MapEvent[] {
  return events.filter(
    (e) =>
      (filters.type === undefined || e.type === filters.type) &&
      (filters.year === undefined || eventYear(e) === filters.year) &&
      (filters.when === 'all' || isUpcoming(e, filters.today) === (filters.when === 'upcoming')),
  );
}

export interface FilterHandlers {
  type(value: string | undefined): void;
  year(value: number | undefined): void;
  when(value: When): void;
}

const distinct = <T>(values: T[]): T[] => [...new Set(values)];

/** The three filter controls, as native selects (keyboard and screen readers know them). */
export function renderFilters(events: readonly MapEvent[], filters: Filters, on: FilterHandlers, locale: Locale): TemplateResult {
  const types = distinct([...events.map((e) => e.type), ...(filters.type ? [filters.type] : [])]).sort();
  const years = distinct([...events.map(eventYear), ...(filters.year ? [filters.year] : [])]).sort((a, b) => a - b);
  const whenLabel = (w: When) =>
    w === 'upcoming' ? msg('Upcoming', { id: 'event-map.upcoming' }) : w === 'past' ? msg('Past', { id: 'event-map.past' }) : msg('Any date', { id: 'event-map.any-date' });
  return html`<div class="filters" part="filters" role="group" aria-label=${msg('Filter events', { id: 'event-map.filters' })}>
    <label
      ><span>${msg('Type', { id: 'event-map.type' })}</span>
      <select class="filter-type" @change=${(e: Event) => on.type((e.target as HTMLSelectElement).value || undefined)}>
        <option value="" ?selected=${filters.type === undefined}>${msg('All types', { id: 'event-map.all-types' })}</option>
        ${types.map((t) => html`<option value=${t} ?selected=${filters.type === t}>${typeLabel(t)}</option>`)}
      </select></label
    >
    <label
      ><span>${msg('Year', { id: 'event-map.year' })}</span>
      <select class="filter-year" @change=${(e: Event) => {
        const value = Number((e.target as HTMLSelectElement).value);
        on.year(value > 0 ? value : undefined);
      }}>
        <option value="" ?selected=${filters.year === undefined}>${msg('All years', { id: 'event-map.all-years' })}</option>
        ${years.map((y) => html`<option value=${String(y)} ?selected=${filters.year === y}>${formatYear(y, locale)}</option>`)}
      </select></label
    >
    <label
      ><span>${msg('When', { id: 'event-map.when' })}</span>
      <select class="filter-when" @change=${(e: Event) => on.when((e.target as HTMLSelectElement).value as When)}>
        ${whens.map((w) => html`<option value=${w} ?selected=${filters.when === w}>${whenLabel(w)}</option>`)}
      </select></label
    >
  </div>`;
}

/** "Showing 3 of 8 events", for the polite status line; the noun agrees with the total. */
export function countText(shown: number, total: number, locale: Locale): string {
  const s = formatCount(shown, locale);
  const t = formatCount(total, locale);
  return plural(
    total,
    {
      zero: () => msg(str`Showing ${s} of ${t} events`, { id: 'event-map.count.zero' }),
      one: () => msg(str`Showing ${s} of ${t} event`, { id: 'event-map.count.one' }),
      two: () => msg(str`Showing ${s} of ${t} events`, { id: 'event-map.count.two' }),
      few: () => msg(str`Showing ${s} of ${t} events`, { id: 'event-map.count.few' }),
      many: () => msg(str`Showing ${s} of ${t} events`, { id: 'event-map.count.many' }),
      other: () => msg(str`Showing ${s} of ${t} events`, { id: 'event-map.count.other' }),
    },
    locale,
  );
}

import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { formatCount, pickText, plural, type Locale } from '@strong-cities/core';
import { renderDetails } from './details.js';
import type { MapEvent } from './event-data.js';
import { formatDates, placeName } from './format.js';

export interface ListState {
  readonly selectedId?: string;
  readonly expanded: ReadonlySet<string>;
  /** How many items are rendered; the rest wait behind "Show more". */
  readonly limit: number;
  readonly onToggle: (event: MapEvent) => void;
  readonly onMore: () => void;
}

/**
 * Every shown event as a list item whose details open as a disclosure (APG): the list is always
 * there, so the map is never the only way to reach an event.
 */
export function renderList(events: readonly MapEvent[], state: ListState, locale: Locale): TemplateResult {
  const shown = events.slice(0, state.limit);
  const left = events.length - shown.length;
  return html`<div class="list" part="list">
    <p id="list-title" class="list-title">${msg('All events', { id: 'event-map.list-title' })}</p>
    <div class="window">
      <ol class="events" aria-labelledby="list-title">
        ${repeat(shown, (e) => e.id, (e, i) => {
          const open = state.expanded.has(e.id);
          const selected = e.id === state.selectedId;
          return html`<li class=${selected ? 'item selected' : 'item'} part="item" data-id=${e.id}>
            <button type="button" class="summary" aria-expanded=${String(open)} aria-controls=${`details-${i}`}
              aria-current=${selected ? 'true' : nothing} @click=${() => state.onToggle(e)}>
              <span class="item-title">${pickText(e.title, locale)}</span>
              <span class="item-meta">${formatDates(e, locale)} · ${placeName(e, locale)}</span>
            </button>
            <div id=${`details-${i}`} class="panel" ?hidden=${!open}>${open ? renderDetails(e, locale) : nothing}</div>
          </li>`;
        })}
      </ol>
    </div>
    ${left > 0
      ? html`<button type="button" class="more-items" @click=${state.onMore}>
          ${showMore(left, locale)}
        </button>`
      : nothing}
  </div>`;
}

/** "Show more (12 left)": the words agree with the number left in every locale. */
function showMore(left: number, locale: Locale): string {
  const n = formatCount(left, locale);
  return plural(
    left,
    {
      zero: () => msg(str`Show more (${n} left)`, { id: 'event-map.show-more.zero' }),
      one: () => msg(str`Show more (${n} left)`, { id: 'event-map.show-more.one' }),
      two: () => msg(str`Show more (${n} left)`, { id: 'event-map.show-more.two' }),
      few: () => msg(str`Show more (${n} left)`, { id: 'event-map.show-more.few' }),
      many: () => msg(str`Show more (${n} left)`, { id: 'event-map.show-more.many' }),
      other: () => msg(str`Show more (${n} left)`, { id: 'event-map.show-more.other' }),
    },
    locale,
  );
}

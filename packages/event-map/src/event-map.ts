import { html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg } from '@lit/localize';
import { DEFAULT_TIMEOUT, FeedController, LoadError, messages, parsePartialDate, readInlineJson, ScnElement } from '@strong-cities/core';
import { iconStyles } from '@strong-cities/icons';
import { defaultEvents } from './default-events.js';
import { parseEvents, type MapEvent } from './event-data.js';
import { ScnEventSelectEvent } from './select-event.js';
import { applyFilters, countText, renderFilters, whens, type Filters, type When } from './filters.js';
import { renderList } from './list-view.js';
import { MapView } from './map-view.js';
import { detailsStyles } from './details.styles.js';
import { styles } from './event-map.styles.js';
import { filtersStyles } from './filters.styles.js';
import { listStyles } from './list.styles.js';
import { mapStyles } from './map.styles.js';
import { popoverStyles } from './popover.styles.js';

/** List items rendered at first and per "Show more": a 1,000-event feed stays quick. */
const LIST_PAGE = 50;

/**
 * @summary The network's events on a private SVG map (no tiles, no third-party requests) with an
 * always-present list, filters by type, year and date, in four languages.
 *
 * Data, in this order: the `src` feed, inline JSON in a child `<script type="application/json">`,
 * the built-in events (the network's Transatlantic Dialogue Initiative events and global summits,
 * 2021–2024, as its pages give them). Feed shape: `src/feed.schema.json`; dates may be a year
 * (`2023`), a month (`2022-04`) or a day, and are shown only as precisely as given.
 *
 * @csspart base - the whole widget
 * @csspart filters - the row of filter controls
 * @csspart status - the count of events shown and any feed note
 * @csspart note - the note shown when the feed could not be loaded
 * @csspart map - the map frame (focusable: arrow keys pan, + and − zoom)
 * @csspart marker - a map marker (a button); clusters also have the part `cluster`
 * @csspart cluster - a marker standing for several events
 * @csspart zoom - the zoom buttons
 * @csspart popover - the details of the marker's event
 * @csspart list - the list of events
 * @csspart item - one event in the list
 *
 * @cssprop [--scn-event-map-land=var(--scn-color-border-subtle)] - land fill
 * @cssprop [--scn-event-map-sea=var(--scn-color-surface-raised)] - sea (the map's background)
 * @cssprop [--scn-event-map-coast=var(--scn-color-surface)] - coastline stroke
 * @cssprop [--scn-event-map-marker=var(--scn-color-brand)] - marker fill
 * @cssprop [--scn-event-map-on-marker=var(--scn-color-on-brand)] - cluster count colour
 * @cssprop [--scn-event-map-list-height=24rem] - the list's height before it scrolls
 *
 * @fires scn-event-select - {ScnEventSelectEvent} a person selected an event on the map or in the list
 * @fires scn-error - {ScnErrorEvent} the feed could not be loaded; the previous events stay
 *
 * @fallback a link to your events page:
 * <a href="https://strongcitiesnetwork.org/our-themes/transatlantic-initiative/">The network's events</a>
 */
export class EventMap extends ScnElement {
  static override styles = [ScnElement.styles, iconStyles, styles, filtersStyles, mapStyles, popoverStyles, detailsStyles, listStyles];

  // declared as static properties, so no decorator helper ships
  static override properties = {
    src: {},
    type: {},
    year: {},
    when: {},
    timeout: { type: Number },
    today: {},
    data: { state: true },
    selectedId: { state: true },
    expanded: { state: true },
    listLimit: { state: true },
  };

  /** URL of a JSON feed of events (see feed.schema.json). Replaces inline and built-in events once loaded. */
  src?: string;

  /** Shows only events of this type (e.g. `workshop`); unset shows every type. */
  type?: string;

  /** Shows only events starting in this year (e.g. `2022`), whatever their date's precision; unset shows every year. */
  year?: string;

  /** `upcoming`, `past` or `all` (default). An event known only by its month or year is upcoming until that month or year is over. */
  when?: When;

  /** Milliseconds to wait for the feed before keeping what is shown. */
  timeout = DEFAULT_TIMEOUT;

  /** The day "upcoming" and "past" count from, as `YYYY-MM-DD`. Defaults to today. */
  today?: string;

  private data: readonly MapEvent[] = defaultEvents;
  private selectedId?: string;
  private expanded: ReadonlySet<string> = new Set();
  private listLimit = LIST_PAGE;

  /** Inline or built-in events: what a failing first feed leaves on screen. */
  #fallback: readonly MapEvent[] = defaultEvents;
  #feed = new FeedController(this, {
    validate: parseEvents,
    data: ({ events, skipped }, src) => {
      for (const reason of skipped) this.warn(`${src}: ${reason}`);
      this.#setData(events);
    },
    error: (error, src) => this.reportError(error, src),
  });
  #scrollToSelected = false;
  #map = new MapView(this, (event) => this.#select(event, 'map'));

  constructor() {
    super();
    this.#map.fit(this.data);
  }

  /** Settled once its feed has loaded or failed: its size is the data's, not the loading state's. */
  protected override isSettled(): boolean {
    return this.#feed.status !== 'pending';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readInline();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) this.#load();
    if (changed.has('year') && this.year && this.#year === undefined) this.warnUnusable('year', this.year, 'a year', 'every year');
    if (changed.has('when')) this.#when = this.choice('when', this.when, whens, 'all', 'every date');
    if (changed.has('today') && this.today && !this.#today) this.warnUnusable('today', this.today, 'a date, YYYY-MM-DD', 'today');
    this.#map.keepOpenOnly(this.#shown);
  }

  protected override updated(): void {
    if (!this.#scrollToSelected) return;
    this.#scrollToSelected = false;
    // scroll the list only, never the host page
    const list = this.renderRoot.querySelector<HTMLElement>('.events');
    const item = this.renderRoot.querySelector<HTMLElement>('.item.selected');
    if (!list || !item) return;
    if (item.offsetTop < list.scrollTop || item.offsetTop + item.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = item.offsetTop - list.clientHeight / 3;
    }
  }

  /** The `when` filter as read from its attribute: a known value, else every date. */
  #when: When = 'all';

  get #year(): number | undefined {
    const year = Number(this.year?.trim());
    return this.year && Number.isInteger(year) && year > 0 && year < 10000 ? year : undefined;
  }

  /** The `today` attribute, when it is a real day. */
  get #today() {
    return parsePartialDate(this.today, ['day']);
  }

  get #filters(): Filters {
    const type = this.type?.trim().toLowerCase();
    return {
      ...(type ? { type } : {}),
      ...(this.#year !== undefined ? { year: this.#year } : {}),
      when: this.#when,
      today: this.#today?.first ?? new Date(),
    };
  }

  /** The events the filters let through, in date order. */
  get #shown(): MapEvent[] {
    return applyFilters(this.data, this.#filters);
  }

  /** Reads a child `<script type="application/json">` once, as the fallback behind `src`. */
  #readInline(): void {
    if (this.#fallback !== defaultEvents) return;
    const result = readInlineJson(this, parseEvents, 'event feed');
    if (result instanceof LoadError) return this.reportError(result, 'inline JSON');
    if (!result) return;
    for (const reason of result.skipped) this.warn(`inline JSON: ${reason}`);
    this.#fallback = result.events;
    // shown until the feed (if any) loads, and kept if it fails
    this.#setData(result.events);
  }

  /** The feed when there is one (a 304 keeps what is shown); else the inline or built-in events. */
  #load(): void {
    const src = this.src?.trim();
    if (src) {
      void this.#feed.load(src, { timeout: this.timeout });
      return;
    }
    this.#feed.reset();
    this.#setData(this.#fallback);
  }

  #setData(events: readonly MapEvent[]): void {
    this.data = events;
    this.expanded = new Set();
    this.selectedId = undefined;
    this.listLimit = LIST_PAGE;
    this.#map.fit(events);
  }

  #select(event: MapEvent, from: 'map' | 'list'): void {
    this.selectedId = event.id;
    const index = this.#shown.indexOf(event);
    if (index >= this.listLimit) this.listLimit = index + 1;
    this.#scrollToSelected = from === 'map';
    this.dispatchEvent(new ScnEventSelectEvent(event.id, from));
  }

  #toggle = (event: MapEvent): void => {
    const expanded = new Set(this.expanded);
    if (expanded.delete(event.id)) {
      this.expanded = expanded;
      return;
    }
    expanded.add(event.id);
    this.expanded = expanded;
    this.#map.reveal(event);
    this.#select(event, 'list');
  };

  /** Escape closes what is open nearest to focus: the list item it is in, else the map's popover. */
  #onEscape = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const item = e.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.classList.contains('item'));
    const id = item?.dataset.id;
    if (item && id && this.expanded.has(id)) {
      const expanded = new Set(this.expanded);
      expanded.delete(id);
      this.expanded = expanded;
      // focus may be in the panel that goes away: keep it on the item's own button
      item.querySelector<HTMLElement>('.summary')?.focus();
      e.preventDefault();
      return;
    }
    if (this.#map.dismiss()) e.preventDefault();
  };

  #clearFilters = (): void => {
    this.type = undefined;
    this.year = undefined;
    this.when = undefined;
    // the button goes away with the message: keep focus near, on the first filter
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.filter-type')?.focus());
  };

  override render() {
    const locale = this.locale;
    const shown = this.#shown;
    const filters = this.#filters;
    // a new line rather than the old one rewritten: in Arabic, text whose width changes would move
    // its left edge (a layout shift), where a replaced line is new content
    const count = countText(shown.length, this.data.length, locale);
    // while the feed loads, no list: the built-in events' would be longer than the feed's and push
    // the page down; the space the embed reserved holds its place
    return html`<div class="base" part="base" @keydown=${this.#onEscape}>
      ${renderFilters(
        this.data,
        filters,
        {
          type: (value) => (this.type = value),
          year: (value) => (this.year = value === undefined ? undefined : String(value)),
          when: (value) => (this.when = value),
        },
        locale,
      )}
      <div class="status" part="status" role="status">
        ${keyed(count, html`<span class="count">${count}</span>`)}
        ${this.#feed.render({ error: () => html`<span class="note" part="note">${messages.feedFailed()}</span>` }) ?? nothing}
      </div>
      ${shown.length === 0
        ? html`<p class="empty">
            ${this.data.length === 0
              ? msg('No events to show.', { id: 'event-map.no-events' })
              : html`${msg('No events match these filters.', { id: 'event-map.none-match' })}
                  <button type="button" class="clear" @click=${this.#clearFilters}>${msg('Clear filters', { id: 'event-map.clear' })}</button>`}
          </p>`
        : nothing}
      <div class="panes">
        ${this.#map.render(shown, this.selectedId)}
        ${this.#feed.status === 'pending'
          ? nothing
          : renderList(shown, { selectedId: this.selectedId, expanded: this.expanded, limit: this.listLimit, onToggle: this.#toggle, onMore: () => (this.listLimit += LIST_PAGE) }, locale)}
      </div>
    </div>`;
  }
}

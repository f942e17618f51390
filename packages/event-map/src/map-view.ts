import { html, nothing, svg, type LitElement, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '@lit/localize';
import { RovingFocus, formatCount, styleProps, type Locale } from '@strong-cities/core';
import { iconGlobe, iconMinus, iconPlus, renderIcon } from '@strong-cities/icons';
import { clusterEvents, nearestInDirection, readingOrder, type Cluster, type Heading } from './clusters.js';
import type { MapEvent } from './event-data.js';
import { clusterName, markerName } from './format.js';
import { landPath, landScale } from './land.js';
import { renderPopover } from './popover.js';
import { fitView, MIN_WIDTH, zoomView, ZOOM_STEP } from './view.js';
import { Viewport } from './viewport.js';

/** Markers closer than this many screen pixels merge: a 24px touch target plus a little air. */
export const CLUSTER_RADIUS = 28;
/** Arrow keys between markers point the same way on the map in every writing direction. */
const headings = { ArrowRight: 'east', ArrowLeft: 'west', ArrowUp: 'north', ArrowDown: 'south' } as const satisfies Record<string, Heading>;

export interface MapViewHost extends LitElement {
  readonly locale: Locale;
}

/** What the map tells the element: a person selected an event here. */
export type SelectHandler = (event: MapEvent) => void;

/**
 * The map half of the widget: markers (clusters of events) with one tab stop and arrow keys, and
 * the details popover of the marker opened. The viewport moves the map; the element owns the data
 * and the selection.
 */
export class MapView {
  /** The event whose marker holds the one tab stop (roving tabindex). */
  #activeId?: string;
  /** The popover's events and the marker key that opened it (focus returns there). */
  #open?: { key: string; members: readonly MapEvent[] };
  #clusters: Cluster[] = [];
  readonly #viewport: Viewport;
  /** Arrow, Home and End between markers; focus restored once markers have re-rendered. */
  readonly #focus: RovingFocus;

  constructor(
    private readonly host: MapViewHost,
    private readonly onSelect: SelectHandler,
  ) {
    this.#viewport = new Viewport(
      host,
      () => host.renderRoot.querySelector<HTMLElement>('.frame'),
      // a marker that had focus may merge or split: keep focus on the one holding the same event
      () => {
        if (host.shadowRoot?.activeElement?.classList.contains('marker')) this.#focusTabStop();
      },
    );
    this.#focus = new RovingFocus(host, {
      count: () => this.#clusters.length,
      // arrows go that way on the map, in every writing direction
      arrow: (from, key) => {
        const start = this.#clusters[from];
        const next = start && nearestInDirection(this.#clusters, start, headings[key]);
        return next ? this.#clusters.indexOf(next) : undefined;
      },
    });
  }

  /** Frames the given events and closes any popover. */
  fit(events: readonly MapEvent[]): void {
    this.#viewport.fit(events);
    this.#open = undefined;
  }

  /** Brings an event selected elsewhere (the list) into view; its marker takes the tab stop. */
  reveal(event: MapEvent): void {
    this.#activeId = event.id;
    this.#viewport.reveal(event);
  }

  /** Closes the popover when its events are no longer shown (filters, new data). */
  keepOpenOnly(events: readonly MapEvent[]): void {
    if (this.#open && !this.#open.members.every((m) => events.includes(m))) this.#open = undefined;
  }

  /** Closes the popover without moving focus (Escape pressed elsewhere in the widget). */
  dismiss(): boolean {
    if (!this.#open) return false;
    this.#open = undefined;
    this.host.requestUpdate();
    return true;
  }

  get #markers(): HTMLButtonElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLButtonElement>('.marker')];
  }

  get #tabStop(): HTMLButtonElement | undefined {
    return this.#markers.find((m) => m.tabIndex === 0);
  }

  render(events: readonly MapEvent[], selectedId: string | undefined): TemplateResult {
    const locale = this.host.locale;
    const viewport = this.#viewport;
    const { view } = viewport;
    this.#clusters = readingOrder(clusterEvents(events, view, viewport.width, CLUSTER_RADIUS), CLUSTER_RADIUS * viewport.unitsPerPixel, this.host.dir === 'rtl');
    const stop = this.#clusters.find((c) => c.members.some((m) => m.id === this.#activeId)) ?? this.#clusters[0];
    const hint = viewport.hint;
    return html`<div
      class="frame"
      part="map"
      role="group"
      aria-roledescription=${msg('map', { id: 'event-map.map-role' })}
      aria-label=${msg('Map of events', { id: 'event-map.map-label' })}
      aria-describedby="map-help"
      tabindex="0"
      @keydown=${viewport.onKey}
      @wheel=${viewport.onWheel}
      @pointerdown=${viewport.onPointerDown}
      @pointermove=${viewport.onPointerMove}
      @pointerup=${viewport.onPointerUp}
      @pointercancel=${viewport.onPointerUp}
    >
      <svg class="land" viewBox="${view.x} ${view.y} ${view.w} ${view.h}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        ${svg`<path transform="scale(${landScale})" d=${landPath}></path>`}
      </svg>
      <p id="map-help" class="visually-hidden">
        ${msg('Arrow keys move the map, plus and minus zoom. Tab to the markers, then use the arrow keys to go from one to the next.', { id: 'event-map.map-help' })}
      </p>
      <div class="markers" @keydown=${this.#onMarkerKey}>
        ${repeat(this.#clusters, (c) => c.key, (c) => this.#renderMarker(c, c === stop, selectedId, locale))}
      </div>
      <div class="zoom" part="zoom">
        <button type="button" class="zoom-in" aria-label=${msg('Zoom in', { id: 'event-map.zoom-in' })} ?disabled=${view.w <= MIN_WIDTH}
          @click=${viewport.zoomIn}>${renderIcon(iconPlus)}</button>
        <button type="button" class="zoom-out" aria-label=${msg('Zoom out', { id: 'event-map.zoom-out' })} @click=${viewport.zoomOut}>${renderIcon(iconMinus)}</button>
        <button type="button" class="reset" aria-label=${msg('Show all events', { id: 'event-map.reset' })} @click=${viewport.reset}>${renderIcon(iconGlobe)}</button>
      </div>
      ${this.#renderPopover(locale)}
      ${hint ? html`<p class="wheel-hint" aria-hidden="true">${hint}</p>` : nothing}
    </div>`;
  }

  #renderMarker(cluster: Cluster, isStop: boolean, selectedId: string | undefined, locale: Locale): TemplateResult {
    const single = cluster.members.length === 1 ? cluster.members[0] : undefined;
    const selected = cluster.members.some((m) => m.id === selectedId);
    return html`<button
      type="button"
      part=${single ? 'marker' : 'marker cluster'}
      class=${`marker${single ? '' : ' cluster'}${selected ? ' selected' : ''}`}
      ${styleProps(this.#viewport.position(cluster.x, cluster.y))}
      tabindex=${isStop ? '0' : '-1'}
      aria-label=${single ? markerName(single, locale) : clusterName(cluster.members, locale)}
      aria-current=${selected ? 'true' : nothing}
      aria-expanded=${single ? String(this.#open?.key === cluster.key) : nothing}
      data-key=${cluster.key}
      @click=${() => this.#activate(cluster)}
      @focus=${() => (this.#activeId = cluster.members[0]?.id)}
    >${single ? nothing : formatCount(cluster.members.length, locale)}</button>`;
  }

  #renderPopover(locale: Locale): TemplateResult | typeof nothing {
    const open = this.#open;
    const cluster = open && this.#clusters.find((c) => c.key === open.key);
    if (!open || !cluster || open.members.length === 0) return nothing;
    const { view } = this.#viewport;
    const at = { x: ((cluster.x - view.x) / view.w) * 100, y: ((cluster.y - view.y) / view.h) * 100 };
    return renderPopover(open.members, at, locale, () => this.#close());
  }

  /** A marker pressed: a group that zooming can part zooms in; else its details open. */
  #activate(cluster: Cluster): void {
    this.#activeId = cluster.members[0]?.id;
    const [first] = cluster.members;
    if (!first) return;
    const { view } = this.#viewport;
    const xs = cluster.members.map((m) => m.x);
    const ys = cluster.members.map((m) => m.y);
    const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    if (cluster.members.length > 1 && spread > 0.5 && view.w > MIN_WIDTH) {
      // zoom until the group parts: its extent, or at least one step closer
      const fitted = fitView(cluster.members, 0.3, MIN_WIDTH);
      this.#viewport.set(fitted.w < view.w / ZOOM_STEP ? fitted : zoomView(view, ZOOM_STEP * ZOOM_STEP, cluster.x, cluster.y));
      this.#focusTabStop();
      return;
    }
    // one event, or a group that no zoom can part (same place): show the details
    this.#open = { key: cluster.key, members: cluster.members };
    this.#focus.focusAfterUpdate(() => this.host.renderRoot.querySelector<HTMLElement>('.popover'));
    this.onSelect(first);
  }

  #close(): void {
    if (!this.#open) return;
    this.#open = undefined;
    this.#focusTabStop();
  }

  /** Focus goes to the marker holding the tab stop once markers have re-rendered. */
  #focusTabStop(): void {
    this.#focus.focusAfterUpdate(() => this.#tabStop);
  }

  #onMarkerKey = (e: KeyboardEvent): void => {
    const index = this.#markers.indexOf(e.target as HTMLButtonElement);
    if (index < 0) return;
    // the DOM order is the clusters' reading order: Home and End follow it
    const next = this.#focus.target(index, e.key);
    if (next === undefined) return; // + and − bubble to the frame
    e.preventDefault();
    e.stopPropagation();
    this.#activeId = this.#clusters[next]?.members[0]?.id;
    this.#focusTabStop();
  };
}

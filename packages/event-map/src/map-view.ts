import { html, nothing, svg, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { pickText, styleProps, type Locale } from '@strong-cities/core';
import { iconClose, iconGlobe, iconMinus, iconPlus, renderIcon } from '@strong-cities/icons';
import { clusterEvents, nearestInDirection, readingOrder, type Cluster, type Heading } from './clusters.js';
import { renderDetails } from './details.js';
import type { MapEvent } from './event-data.js';
import { clusterName, formatCount, markerName } from './format.js';
import { landPath, landScale } from './generated/land.js';
import { fitView, inView, MIN_WIDTH, panView, zoomView, ZOOM_STEP, type View } from './view.js';

/** Markers closer than this many screen pixels merge: a 24px touch target plus a little air. */
export const CLUSTER_RADIUS = 28;
/** Assumed frame width before the first measurement. */
const DEFAULT_WIDTH = 640;
/** A group popover lists at most this many events. */
const GROUP_LIMIT = 20;
/** Arrow keys between markers point the same way on the map in every writing direction. */
const headings: Partial<Record<string, Heading>> = { ArrowRight: 'east', ArrowLeft: 'west', ArrowUp: 'north', ArrowDown: 'south' };

export interface MapViewHost extends LitElement {
  readonly locale: Locale;
}

/** What the map tells the element: a person selected an event here. */
export type SelectHandler = (event: MapEvent) => void;

/**
 * The map half of the widget: the view (pan and zoom), clusters, markers with one tab stop and
 * roving focus, and the non-modal detail popover. The element owns the data and the selection.
 */
export class MapView implements ReactiveController {
  /** The view that shows every event: what "reset" returns to. */
  fitted: View = fitView([]);
  view: View = this.fitted;
  #width = DEFAULT_WIDTH;
  /** The event whose marker holds the one tab stop (roving tabindex). */
  #activeId?: string;
  /** The popover's events and the marker key that opened it (focus returns there). */
  #open?: { key: string; members: readonly MapEvent[] };
  #clusters: Cluster[] = [];
  #drag?: { pointer: number; x: number; y: number; view: View; moved: boolean };
  #focusMarker = false;
  #focusPopover = false;
  #resize?: ResizeObserver;
  /** Whether the frame's real width has been read since the host connected. */
  #measured = false;
  /** Shown briefly when the wheel is turned without a modifier: how to zoom instead. */
  #hintTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: MapViewHost,
    private readonly onSelect: SelectHandler,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#resize = new ResizeObserver((entries) => this.#setWidth(entries[0]?.contentRect.width ?? 0));
  }

  /** A new frame width re-clusters the markers (their spacing is in screen pixels). */
  #setWidth(width: number): void {
    if (width > 0 && Math.abs(width - this.#width) > 1) {
      this.#width = width;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#measured = false;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = undefined;
  }

  hostUpdated(): void {
    const frame = this.#frame;
    if (frame && this.#resize) this.#resize.observe(frame);
    // the first render could only assume a width: measure it now, before the first paint, so that
    // markers never re-cluster (and jump) a frame later when the resize observer reports it
    if (frame && !this.#measured) {
      this.#measured = true;
      this.#setWidth(frame.clientWidth);
    }
    if (this.#focusPopover) {
      this.#focusPopover = false;
      this.host.renderRoot.querySelector<HTMLElement>('.popover')?.focus();
    } else if (this.#focusMarker) {
      this.#focusMarker = false;
      this.#tabStop?.focus();
    }
  }

  /** Frames the given events and closes any popover. */
  fit(events: readonly MapEvent[]): void {
    this.fitted = fitView(events);
    this.view = this.fitted;
    this.#open = undefined;
  }

  /** Brings an event selected elsewhere (the list) into view. */
  reveal(event: MapEvent): void {
    this.#activeId = event.id;
    if (!inView(this.view, event)) this.view = panView(this.view, event.x - (this.view.x + this.view.w / 2), event.y - (this.view.y + this.view.h / 2));
    this.host.requestUpdate();
  }

  /** Closes the popover when its events are no longer shown (filters, new data). */
  keepOpenOnly(events: readonly MapEvent[]): void {
    if (this.#open && !this.#open.members.every((m) => events.includes(m))) this.#open = undefined;
  }

  get #frame(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.frame');
  }

  get #markers(): HTMLButtonElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLButtonElement>('.marker')];
  }

  get #active(): Element | null | undefined {
    return this.host.shadowRoot?.activeElement;
  }

  get #tabStop(): HTMLButtonElement | undefined {
    return this.#markers.find((m) => m.tabIndex === 0);
  }

  /** World units per screen pixel. */
  get #unitsPerPixel(): number {
    return this.view.w / this.#width;
  }

  #setView(view: View): void {
    this.view = view;
    // a marker that had focus may merge or split: keep focus on the one holding the same event
    this.#focusMarker = this.#active?.classList.contains('marker') ?? false;
    this.host.requestUpdate();
  }

  zoomIn = (): void => this.#setView(zoomView(this.view, ZOOM_STEP));
  zoomOut = (): void => this.#setView(zoomView(this.view, 1 / ZOOM_STEP));
  reset = (): void => this.#setView(this.fitted);

  render(events: readonly MapEvent[], selectedId: string | undefined): TemplateResult {
    const locale = this.host.locale;
    const view = this.view;
    this.#clusters = readingOrder(clusterEvents(events, view, this.#width, CLUSTER_RADIUS), CLUSTER_RADIUS * this.#unitsPerPixel, this.host.dir === 'rtl');
    const stop = this.#clusters.find((c) => c.members.some((m) => m.id === this.#activeId)) ?? this.#clusters[0];
    return html`<div
      class="frame"
      part="map"
      role="group"
      aria-roledescription=${msg('map', { id: 'event-map.map-role' })}
      aria-label=${msg('Map of events', { id: 'event-map.map-label' })}
      aria-describedby="map-help"
      tabindex="0"
      @keydown=${this.#onFrameKey}
      @wheel=${this.#onWheel}
      @pointerdown=${this.#onPointerDown}
      @pointermove=${this.#onPointerMove}
      @pointerup=${this.#onPointerUp}
      @pointercancel=${this.#onPointerUp}
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
          @click=${this.zoomIn}>${renderIcon(iconPlus)}</button>
        <button type="button" class="zoom-out" aria-label=${msg('Zoom out', { id: 'event-map.zoom-out' })} @click=${this.zoomOut}>${renderIcon(iconMinus)}</button>
        <button type="button" class="reset" aria-label=${msg('Show all events', { id: 'event-map.reset' })} @click=${this.reset}>${renderIcon(iconGlobe)}</button>
      </div>
      ${this.#renderPopover(locale)}
      ${this.#hintTimer ? html`<p class="wheel-hint" aria-hidden="true">${this.#wheelHint}</p>` : nothing}
    </div>`;
  }

  /** Position of a world point in the frame, as percentages (the SVG stretches the same way). */
  #position(x: number, y: number) {
    return { left: `${((x - this.view.x) / this.view.w) * 100}%`, top: `${((y - this.view.y) / this.view.h) * 100}%` };
  }

  #renderMarker(cluster: Cluster, isStop: boolean, selectedId: string | undefined, locale: Locale): TemplateResult {
    const single = cluster.members.length === 1 ? cluster.members[0] : undefined;
    const selected = cluster.members.some((m) => m.id === selectedId);
    return html`<button
      type="button"
      part=${single ? 'marker' : 'marker cluster'}
      class=${`marker${single ? '' : ' cluster'}${selected ? ' selected' : ''}`}
      ${styleProps(this.#position(cluster.x, cluster.y))}
      tabindex=${isStop ? '0' : '-1'}
      aria-label=${single ? markerName(single, locale) : clusterName(cluster.members, locale)}
      aria-current=${selected ? 'true' : nothing}
      aria-expanded=${single ? String(this.#open?.key === cluster.key) : nothing}
      data-key=${cluster.key}
      @click=${() => this.#activate(cluster)}
      @focus=${() => (this.#activeId = cluster.members[0]?.id)}
    >${single ? nothing : formatCount(cluster.members.length, locale)}</button>`;
  }

  #activate(cluster: Cluster): void {
    this.#activeId = cluster.members[0]?.id;
    const [first] = cluster.members;
    if (!first) return;
    const xs = cluster.members.map((m) => m.x);
    const ys = cluster.members.map((m) => m.y);
    const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    if (cluster.members.length > 1 && spread > 0.5 && this.view.w > MIN_WIDTH) {
      // zoom until the group parts: its extent, or at least one step closer
      const fitted = fitView(cluster.members, 0.3, MIN_WIDTH);
      this.#setView(fitted.w < this.view.w / ZOOM_STEP ? fitted : zoomView(this.view, ZOOM_STEP * ZOOM_STEP, cluster.x, cluster.y));
      this.#focusMarker = true;
      return;
    }
    // one event, or a group that no zoom can part (same place): show the details
    this.#open = { key: cluster.key, members: cluster.members };
    this.#focusPopover = true;
    this.onSelect(first);
    this.host.requestUpdate();
  }

  #close(): void {
    if (!this.#open) return;
    this.#open = undefined;
    this.#focusMarker = true;
    this.host.requestUpdate();
  }

  #renderPopover(locale: Locale): TemplateResult | typeof nothing {
    const open = this.#open;
    const cluster = open && this.#clusters.find((c) => c.key === open.key);
    if (!open || !cluster) return nothing;
    const [first] = open.members;
    if (!first) return nothing;
    const shown = open.members.slice(0, GROUP_LIMIT);
    const title = open.members.length === 1 ? pickText(first.title, locale) : clusterName(open.members, locale);
    const fx = ((cluster.x - this.view.x) / this.view.w) * 100;
    const fy = ((cluster.y - this.view.y) / this.view.h) * 100;
    const east = fx > 50;
    const south = fy > 50;
    // open towards the larger side, and never past the frame's edge (it clips)
    const position = {
      ...this.#position(cluster.x, cluster.y),
      'max-inline-size': `calc(${east ? fx : 100 - fx}% - 1rem)`,
      'max-block-size': `calc(${south ? fy : 100 - fy}% - 1rem)`,
    };
    return html`<div
      class=${`popover${east ? ' east' : ''}${south ? ' south' : ''}`}
      part="popover"
      role="dialog"
      aria-labelledby="popover-title"
      tabindex="-1"
      ${styleProps(position)}
      @keydown=${(e: KeyboardEvent) => {
        e.stopPropagation();
        if (e.key === 'Escape') this.#close();
      }}
      @pointerdown=${(e: Event) => e.stopPropagation()}
    >
      <div class="popover-head">
        <p id="popover-title" class="title">${title}</p>
        <button type="button" class="close" aria-label=${msg('Close', { id: 'event-map.close' })} @click=${() => this.#close()}>
          ${renderIcon(iconClose)}
        </button>
      </div>
      <div class="popover-body">
        ${open.members.length === 1
          ? renderDetails(first, locale)
          : html`<ul class="group">
              ${shown.map((m) => html`<li><p class="title">${pickText(m.title, locale)}</p>${renderDetails(m, locale)}</li>`)}
            </ul>`}
      </div>
    </div>`;
  }

  #onMarkerKey = (e: KeyboardEvent): void => {
    const markers = this.#markers;
    const index = markers.indexOf(e.target as HTMLButtonElement);
    const from = this.#clusters[index];
    if (!from) return;
    // the DOM order is the clusters' reading order: Home and End follow it, arrows follow the map
    const heading = headings[e.key];
    let next: Cluster | undefined;
    if (heading) next = nearestInDirection(this.#clusters, from, heading) ?? from;
    else if (e.key === 'Home') next = this.#clusters[0];
    else if (e.key === 'End') next = this.#clusters.at(-1);
    else return; // + and − bubble to the frame
    e.preventDefault();
    e.stopPropagation();
    this.#activeId = next?.members[0]?.id;
    this.#focusMarker = true;
    this.host.requestUpdate();
  };

  /** Closes the popover without moving focus (Escape pressed elsewhere in the widget). */
  dismiss(): boolean {
    if (!this.#open) return false;
    this.#open = undefined;
    this.host.requestUpdate();
    return true;
  }

  #onFrameKey = (e: KeyboardEvent): void => {
    const step = e.shiftKey ? 0.5 : 0.15;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step * this.view.w, 0],
      ArrowRight: [step * this.view.w, 0],
      ArrowUp: [0, -step * this.view.h],
      ArrowDown: [0, step * this.view.h],
    };
    const move = moves[e.key];
    if (move && e.target === e.currentTarget) this.#setView(panView(this.view, move[0], move[1]));
    else if (e.key === '+' || e.key === '=') this.zoomIn();
    else if (e.key === '-' || e.key === '_') this.zoomOut();
    else if (e.key === '0' && e.target === e.currentTarget) this.reset();
    else return;
    e.preventDefault();
  };

  /** Wheel zooms only with Ctrl or ⌘, so scrolling the page over the map still scrolls the page. */
  #onWheel = (e: WheelEvent): void => {
    if (!(e.ctrlKey || e.metaKey)) {
      this.#showHint();
      return;
    }
    if (e.deltaY === 0) return;
    e.preventDefault();
    const point = this.#toWorld(e.clientX, e.clientY);
    this.#setView(zoomView(this.view, e.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, point.x, point.y));
  };

  #showHint(): void {
    const shown = this.#hintTimer !== undefined;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = setTimeout(() => {
      this.#hintTimer = undefined;
      this.host.requestUpdate();
    }, 1500);
    if (!shown) this.host.requestUpdate();
  }

  get #wheelHint(): string {
    const key = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
    return msg(str`Hold ${key} and scroll to zoom the map`, { id: 'event-map.wheel-hint' });
  }

  #toWorld(clientX: number, clientY: number) {
    const box = this.#frame?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return { x: this.view.x + this.view.w / 2, y: this.view.y + this.view.h / 2 };
    return { x: this.view.x + ((clientX - box.left) / box.width) * this.view.w, y: this.view.y + ((clientY - box.top) / box.height) * this.view.h };
  }

  #onPointerDown = (e: PointerEvent): void => {
    // touch keeps scrolling the page; fingers use the zoom buttons and markers
    if (e.pointerType === 'touch' || e.button !== 0 || (e.target as Element).closest('button, a, .popover')) return;
    this.#drag = { pointer: e.pointerId, x: e.clientX, y: e.clientY, view: this.view, moved: false };
    try {
      (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    } catch {
      /* a pointer the browser no longer tracks: the drag still works while over the map */
    }
  };

  #onPointerMove = (e: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || drag.pointer !== e.pointerId) return;
    const box = this.#frame?.getBoundingClientRect();
    const scale = box && box.width > 0 ? drag.view.w / box.width : this.#unitsPerPixel;
    drag.moved = true;
    this.view = panView(drag.view, -(e.clientX - drag.x) * scale, -(e.clientY - drag.y) * scale);
    this.host.requestUpdate();
  };

  #onPointerUp = (e: PointerEvent): void => {
    if (this.#drag?.pointer === e.pointerId) this.#drag = undefined;
  };
}

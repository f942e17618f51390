import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Point } from './projection.js';
import { fitView, inView, panView, zoomView, ZOOM_STEP, type View } from './view.js';

/** Assumed frame width before the first measurement. */
const DEFAULT_WIDTH = 640;
/** How long the "hold Ctrl to zoom" hint stays after a plain wheel turn. */
const HINT_MS = 1500;

/**
 * What part of the world the map frame shows, and every way a person moves it: arrow keys, + and −,
 * the zoom buttons, a mouse drag, Ctrl/⌘ + wheel. It measures the frame, because marker spacing
 * is in screen pixels.
 */
export class Viewport implements ReactiveController {
  /** The view that shows every event: what "reset" returns to. */
  fitted: View = fitView([]);
  view: View = this.fitted;
  #width = DEFAULT_WIDTH;
  #resize?: ResizeObserver;
  /** Whether the frame's real width has been read since the host connected. */
  #measured = false;
  #drag?: { pointer: number; x: number; y: number; view: View };
  /** Set while the wheel hint shows. */
  #hintTimer?: ReturnType<typeof setTimeout>;

  /**
   * @param host the widget
   * @param frame finds the frame element in the host's render
   * @param moved told when a person moves the view (a marker with focus may regroup)
   */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly frame: () => HTMLElement | null,
    private readonly moved: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#resize = new ResizeObserver((entries) => this.#setWidth(entries[0]?.contentRect.width ?? 0));
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#measured = false;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = undefined;
  }

  hostUpdated(): void {
    const frame = this.frame();
    if (frame && this.#resize) this.#resize.observe(frame);
    // the first render could only assume a width: measure it now, before the first paint, so that
    // markers never re-cluster (and jump) a frame later when the resize observer reports it
    if (frame && !this.#measured) {
      this.#measured = true;
      this.#setWidth(frame.clientWidth);
    }
  }

  /** The frame's width in CSS pixels. */
  get width(): number {
    return this.#width;
  }

  /** World units per screen pixel. */
  get unitsPerPixel(): number {
    return this.view.w / this.#width;
  }

  /** Frames these points: the view shown first and after "reset". */
  fit(points: readonly Point[]): void {
    this.fitted = fitView(points);
    this.view = this.fitted;
  }

  /** Pans just enough to bring a point selected elsewhere (the list) into view. */
  reveal(point: Point): void {
    if (!inView(this.view, point)) this.view = panView(this.view, point.x - (this.view.x + this.view.w / 2), point.y - (this.view.y + this.view.h / 2));
    this.host.requestUpdate();
  }

  /** A view chosen by a person (zoom, pan, reset): re-renders and lets the map keep focus. */
  set(view: View): void {
    this.view = view;
    this.moved();
    this.host.requestUpdate();
  }

  zoomIn = (): void => this.set(zoomView(this.view, ZOOM_STEP));
  zoomOut = (): void => this.set(zoomView(this.view, 1 / ZOOM_STEP));
  reset = (): void => this.set(this.fitted);

  /** Position of a world point in the frame, as percentages (the SVG stretches the same way). */
  position(x: number, y: number): { left: string; top: string } {
    return { left: `${((x - this.view.x) / this.view.w) * 100}%`, top: `${((y - this.view.y) / this.view.h) * 100}%` };
  }

  /** "Hold Ctrl and scroll to zoom the map", while a plain wheel turn over the map asks for it. */
  get hint(): string | undefined {
    if (!this.#hintTimer) return undefined;
    const key = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
    return msg(str`Hold ${key} and scroll to zoom the map`, { id: 'event-map.wheel-hint' });
  }

  /** A new frame width re-clusters the markers (their spacing is in screen pixels). */
  #setWidth(width: number): void {
    if (width > 0 && Math.abs(width - this.#width) > 1) {
      this.#width = width;
      this.host.requestUpdate();
    }
  }

  /** Keys on the frame itself: arrows pan (Shift: further), + and − zoom, 0 resets. */
  onKey = (e: KeyboardEvent): void => {
    const step = e.shiftKey ? 0.5 : 0.15;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step * this.view.w, 0],
      ArrowRight: [step * this.view.w, 0],
      ArrowUp: [0, -step * this.view.h],
      ArrowDown: [0, step * this.view.h],
    };
    const move = moves[e.key];
    if (move && e.target === e.currentTarget) this.set(panView(this.view, move[0], move[1]));
    else if (e.key === '+' || e.key === '=') this.zoomIn();
    else if (e.key === '-' || e.key === '_') this.zoomOut();
    else if (e.key === '0' && e.target === e.currentTarget) this.reset();
    else return;
    e.preventDefault();
  };

  /** Wheel zooms only with Ctrl or ⌘, so scrolling the page over the map still scrolls the page. */
  onWheel = (e: WheelEvent): void => {
    if (!(e.ctrlKey || e.metaKey)) {
      this.#showHint();
      return;
    }
    if (e.deltaY === 0) return;
    e.preventDefault();
    const point = this.#toWorld(e.clientX, e.clientY);
    this.set(zoomView(this.view, e.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, point.x, point.y));
  };

  onPointerDown = (e: PointerEvent): void => {
    // touch keeps scrolling the page; fingers use the zoom buttons and markers
    if (e.pointerType === 'touch' || e.button !== 0 || (e.target as Element).closest('button, a, .popover')) return;
    this.#drag = { pointer: e.pointerId, x: e.clientX, y: e.clientY, view: this.view };
    try {
      (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    } catch {
      /* a pointer the browser no longer tracks: the drag still works while over the map */
    }
  };

  onPointerMove = (e: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || drag.pointer !== e.pointerId) return;
    const box = this.frame()?.getBoundingClientRect();
    const scale = box && box.width > 0 ? drag.view.w / box.width : this.unitsPerPixel;
    this.view = panView(drag.view, -(e.clientX - drag.x) * scale, -(e.clientY - drag.y) * scale);
    this.host.requestUpdate();
  };

  onPointerUp = (e: PointerEvent): void => {
    if (this.#drag?.pointer === e.pointerId) this.#drag = undefined;
  };

  #showHint(): void {
    const shown = this.#hintTimer !== undefined;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = setTimeout(() => {
      this.#hintTimer = undefined;
      this.host.requestUpdate();
    }, HINT_MS);
    if (!shown) this.host.requestUpdate();
  }

  #toWorld(clientX: number, clientY: number): Point {
    const box = this.frame()?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return { x: this.view.x + this.view.w / 2, y: this.view.y + this.view.h / 2 };
    return { x: this.view.x + ((clientX - box.left) / box.width) * this.view.w, y: this.view.y + ((clientY - box.top) / box.height) * this.view.h };
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';
const arrows = new Set<string>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
const isArrow = (key: string): key is Arrow => arrows.has(key);

export interface RovingFocusOptions {
  /** How many items there are now. */
  count: () => number;
  /** Which arrows move in the default order: up/down, left/right (mirrored right to left), or both. */
  orientation?: 'vertical' | 'horizontal' | 'both';
  /** Whether the default order wraps round at its ends. */
  wrap?: boolean;
  /** Replaces the default order for arrows (a map moves by direction): the index, or undefined to stay. */
  arrow?: (from: number, key: Arrow) => number | undefined;
}

/**
 * Keyboard focus inside a composite widget (APG): which item an arrow, Home or End leads to, and
 * focus moved there once the host has rendered (its items may re-render or regroup in between).
 * The widget keeps which item holds the tab stop; this keeps the rules alike in every widget.
 */
export class RovingFocus implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: RovingFocusOptions;
  #pending?: () => HTMLElement | null | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RovingFocusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /**
   * The index `key` leads to from `from` (-1 when no item has focus), or undefined when the key is
   * not one this widget moves with (it should then bubble).
   */
  target(from: number, key: string): number | undefined {
    const last = this.#options.count() - 1;
    if (last < 0) return undefined;
    if (key === 'Home') return 0;
    if (key === 'End') return last;
    if (!isArrow(key)) return undefined;
    if (this.#options.arrow) return from < 0 ? 0 : (this.#options.arrow(from, key) ?? from);
    const { orientation = 'both', wrap = false } = this.#options;
    const rtl = this.#host.dir === 'rtl';
    const vertical = orientation !== 'horizontal' && (key === 'ArrowDown' || key === 'ArrowUp');
    const horizontal = orientation !== 'vertical' && (key === 'ArrowLeft' || key === 'ArrowRight');
    if (!vertical && !horizontal) return undefined;
    const forward = key === 'ArrowDown' || key === (rtl ? 'ArrowLeft' : 'ArrowRight');
    if (from < 0) return forward ? 0 : last;
    const next = from + (forward ? 1 : -1);
    if (next < 0) return wrap ? last : 0;
    if (next > last) return wrap ? 0 : last;
    return next;
  }

  /** Focuses what `pick` returns once the host has rendered. */
  focusAfterUpdate(pick: () => HTMLElement | null | undefined): void {
    this.#pending = pick;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const pick = this.#pending;
    this.#pending = undefined;
    pick?.()?.focus();
  }
}

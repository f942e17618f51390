import { LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { tokens } from '@strong-cities/tokens';
import { baseStyles } from './base-styles.js';
import { oneOf } from './choice.js';
import { ScnErrorEvent } from './events.js';
import { currentLocale, localeDir, localeReady, startLocaleOnce, type Locale } from './locale.js';
import { cameNear, renderNow, renderWhenNear, stopWatching } from './near-viewport.js';
import { warnOnce } from './warn.js';

export const themes = ['light', 'dark', 'brand'] as const;

/**
 * The connected widgets, re-rendered when a locale has loaded: one listener for the page instead of
 * @lit/localize's controller and listener per widget (a page may hold a thousand).
 */
const followingLocale = new Set<ScnElement>();
function onLocaleStatus(event: WindowEventMap[typeof LOCALE_STATUS_EVENT]): void {
  if (event.detail.status === 'ready') for (const each of followingLocale) each.requestUpdate();
}
function followLocale(el: ScnElement): void {
  // the first widget adds the page's one listener (the browser would not add the same one twice,
  // but a thousand widgets connecting need not each ask)
  if (!followingLocale.size) addEventListener(LOCALE_STATUS_EVENT, onLocaleStatus);
  followingLocale.add(el);
}

/** "a, b or c": the allowed values, as a warning lists them. */
const listOf = (allowed: readonly string[]) =>
  allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : (allowed[0] ?? 'nothing');
export type Theme = (typeof themes)[number];

/**
 * The base of every Strong Cities widget: design tokens and base styles in its shadow root,
 * the page's one active locale (re-rendering when it changes), `dir` and `lang` set from it,
 * and a `theme` attribute. Widgets extend it and add only what is theirs.
 *
 * @cssprop --scn-color-* - colour tokens (brand, text, surface, border, focus, …); set them on the widget's tag
 * @cssprop --scn-font-family - the typeface stack
 */
export class ScnElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, baseStyles];

  // declared as static properties, so no decorator helper ships in the shared runtime. Typed wide so
  // that widgets can declare their own `static properties`: Lit adds them to this class's (`theme`).
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /**
   * Colour scheme: `light`, `dark` or `brand`. Unset, the widget follows the visitor's
   * `prefers-color-scheme`.
   */
  theme?: Theme;

  /** `:state(settled)` is set (once the first render is in the DOM). */
  #settled = false;

  /** The locale this widget renders in (the page's one active locale). */
  get locale(): Locale {
    return currentLocale();
  }

  /**
   * Connected, a widget waits until it comes near the viewport (near-viewport.ts, which keeps that
   * state) before Lit connects it: a page of a thousand widgets builds only those a visitor can
   * reach, in slices. Until then its tag keeps the space the embed reserved (not `:state(settled)`).
   */
  override connectedCallback(): void {
    startLocaleOnce();
    if (cameNear(this)) this.#connect();
    else renderWhenNear(this, ScnElement.#begin);
  }

  /** A waiting widget came near (near-viewport.ts): connect it and request its first render. */
  static #begin(el: ScnElement): Promise<boolean> {
    el.#connect();
    // asking for it requests the first render (getUpdateComplete)
    return el.updateComplete;
  }

  #connect(): void {
    super.connectedCallback();
    followLocale(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followingLocale.delete(this);
    stopWatching(this);
  }

  /**
   * Until it comes near the viewport, a widget records what changed (its first render needs it)
   * but requests no update: Lit would otherwise start one per widget as it is constructed (a promise
   * and an async step each, on a page of a thousand), all waiting for a connection that comes later.
   */
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    if (cameNear(this)) return super.requestUpdate(...args);
    // Lit requests an update only when none is pending (none is, while far): this records the change
    this.isUpdatePending = true;
    super.requestUpdate(...args);
    this.isUpdatePending = false;
  }

  /** Whoever awaits `updateComplete` needs the content: a widget still waiting for the viewport renders now. */
  protected override getUpdateComplete(): Promise<boolean> {
    renderNow(this);
    // the update a waiting widget did not request (requestUpdate above); out of the page, it is
    // done once the widget is put in
    if (!this.hasUpdated) this.requestUpdate();
    return super.getUpdateComplete();
  }

  /**
   * Holds the first render until the page's locale has loaded, so an Arabic page never paints
   * English, left-to-right text first and then shifts.
   */
  protected override async scheduleUpdate(): Promise<void> {
    await localeReady();
    super.scheduleUpdate();
    // The embed reserves the tag's measured block size until it renders (packages/embed/scripts/
    // widgets-plugin.js): from now on the box is the content's, never a blank band under it.
    if (!this.#settled && this.isSettled()) {
      this.#settled = true;
      try {
        // made only now: a widget still waiting for the viewport carries no internals
        this.attachInternals().states.add('settled');
      } catch {
        // no ElementInternals states: the embed's reserved space then stays (the older behaviour)
      }
    }
  }

  /**
   * Whether what this render shows is what the widget will show: false while a feed it waits for
   * is loading, so the space reserved for its final size holds until then. Once settled, it stays.
   */
  protected isSettled(): boolean {
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = currentLocale();
    if (this.lang !== locale) this.lang = locale;
    const dir = localeDir(locale);
    if (this.dir !== dir) this.dir = dir;
    if (changed.has('theme')) {
      // written " Dark " still means dark: reflect it as the stylesheet's selectors expect it
      const theme = this.choice('theme', this.theme, themes, undefined, "the visitor's colour scheme");
      if (theme && theme !== this.theme) this.theme = theme;
    }
  }

  /** One console warning (once per distinct message), naming this widget's tag. */
  protected warn(message: string): void {
    warnOnce(`<${this.localName}> ${message}`);
  }

  /**
   * Warns, in the one wording every widget uses, that an attribute's value cannot be used:
   * `<scn-share-bar> size="xl" is not usable (expected m, s or l); using m.`
   */
  protected warnUnusable(name: string, value: unknown, expected: string, using: string): void {
    this.warn(`${name}="${String(value).slice(0, 80)}" is not usable (expected ${expected}); using ${using}.`);
  }

  /**
   * A fixed-choice attribute: its value when it is one of `allowed` (any case, spaces trimmed), else
   * `fallback`, with one warning when something unusable was written (absent or empty is silent).
   * `using` names the fallback in that warning when it is not a value of its own.
   */
  protected choice<const T extends string, F extends T | undefined>(
    name: string,
    value: string | null | undefined,
    allowed: readonly T[],
    fallback: F,
    using: string = fallback ?? 'the default',
  ): T | F {
    const chosen = oneOf(value, allowed);
    if (chosen) return chosen;
    if (value?.trim()) this.warnUnusable(name, value, listOf(allowed), using);
    return fallback;
  }

  /** Reports a recovered failure: one console warning and a bubbling `scn-error` event. */
  protected reportError(error: Error, source: string): void {
    this.warn(`${error.message}; showing the fallback.`);
    this.dispatchEvent(new ScnErrorEvent(error, source));
  }
}

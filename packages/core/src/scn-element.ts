import { LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { tokens } from '@strong-cities/tokens';
import { baseStyles } from './base-styles.js';
import { ScnErrorEvent } from './events.js';
import { currentLocale, joinLocale, localeDir, localeReady, type Locale } from './locale.js';
import { warnOnce } from './warn.js';

export const themes = ['light', 'dark', 'brand'] as const;
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

  /** ARIA and form semantics of the host element, without sprouting attributes on it. */
  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
    updateWhenLocaleChanges(this);
  }

  /** The locale this widget renders in (the page's one active locale). */
  get locale(): Locale {
    return currentLocale();
  }

  override connectedCallback(): void {
    joinLocale();
    super.connectedCallback();
  }

  /**
   * Holds the first render until the page's locale has loaded, so an Arabic page never paints
   * English, left-to-right text first and then shifts.
   */
  protected override async scheduleUpdate(): Promise<void> {
    await localeReady();
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = currentLocale();
    if (this.lang !== locale) this.lang = locale;
    const dir = localeDir(locale);
    if (this.dir !== dir) this.dir = dir;
    if (changed.has('theme') && this.theme && !(themes as readonly string[]).includes(this.theme)) {
      warnOnce(`<${this.localName}> theme="${this.theme}" is not one of ${themes.join(', ')}; following the visitor's colour scheme.`);
    }
  }

  /** Reports a recovered failure: one console warning and a bubbling `scn-error` event. */
  protected reportError(error: Error, source: string): void {
    warnOnce(`<${this.localName}> ${error.message}; showing the fallback.`);
    this.dispatchEvent(new ScnErrorEvent(error, source));
  }
}

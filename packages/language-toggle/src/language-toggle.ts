import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { RovingFocus, ScnElement, localeDir, locales, setLocale } from '@strong-cities/core';
import { iconArrowDownBasic, iconGlobe, iconStyles, renderIcon } from '@strong-cities/icons';
import { alternateLinks, languagesFrom, type Language } from './languages.js';
import { styles } from './language-toggle.styles.js';
import { typeAhead } from './type-ahead.js';

export const variants = ['list', 'dropdown', 'compact'] as const;
export type Variant = (typeof variants)[number];

/**
 * @summary Switches language: to the page's translation where it has one, otherwise every
 * widget on the page to that locale.
 *
 * Languages come from the `languages` attribute, else the page's
 * `<link rel="alternate" hreflang href>` tags (`x-default` left out), else every locale the widgets
 * speak. Each is named in its own language; the current one carries `aria-current`.
 *
 * @csspart nav - the wrapper, a `<nav>` when every choice is a link to a translation
 * @csspart list - the list of choices (`list` and `compact` variants)
 * @csspart button - the dropdown's button
 * @csspart menu - the dropdown's list of choices
 * @csspart item - each choice (a link, or a button that switches the widgets' locale)
 * @cssprop [--scn-language-toggle-background=var(--scn-color-surface)] - behind each choice and the dropdown's button
 * @cssprop [--scn-language-toggle-gap=var(--scn-space-1)] - space between choices
 * @cssprop [--scn-language-toggle-current-color=var(--scn-color-text)] - text of the current choice
 * @fires scn-locale-change - {ScnLocaleChangeEvent} (from core) before the widgets switch locale; cancel it to route instead
 *
 * @fallback links to your translations:
 * <a href="/fr/" hreflang="fr" lang="fr">Français</a> <a href="/ar/" hreflang="ar" lang="ar">العربية</a>
 */
export class LanguageToggle extends ScnElement {
  static override styles = [ScnElement.styles, iconStyles, styles];

  // declared without decorators: cheaper in the 3 kB budget than a decorator call per property
  static override properties = {
    variant: { reflect: true },
    languages: {},
    remember: { type: Boolean },
    syncDocument: { type: Boolean, attribute: 'sync-document' },
  };

  /** `list` (names in a row), `dropdown` (a button and a menu) or `compact` (codes, named in full). */
  variant: Variant = 'list';

  /** Languages to offer, in order, separated by spaces (e.g. `en fr es ar`). Unset: the page's hreflang links. */
  languages?: string;

  /** Keep a locale choice for later visits (localStorage). */
  remember = false;

  /** Also set `<html lang>` and `dir` when switching locale (for pages that translate themselves). */
  syncDocument = false;

  /** The variant rendered: `variant` when it is one we know, else the list (willUpdate keeps it). */
  #kind?: Variant;

  /** Whether the dropdown is open: internal state, kept out of the public API and the manifest. */
  #open = false;

  /** Opens or closes the dropdown; once rendered, focus moves to the item at `focusAt` when given. */
  #setOpen(open: boolean, focusAt?: number): void {
    this.#open = open;
    this.requestUpdate();
    if (focusAt !== undefined) this.#focus.focusAfterUpdate(() => this.#items.at(focusAt));
  }

  /** The type-ahead prefix so far, and when its last key was pressed. */
  #typed = '';
  #typedAt = 0;

  /** The menu's items: up and down arrows, round at the ends. */
  #focus = new RovingFocus(this, { count: () => this.#items.length, orientation: 'vertical', wrap: true });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // variant is reflected: a known value written with spaces or capitals is reflected as the
    // stylesheet expects it; an unknown one shows the list
    if (changed.has('variant')) {
      const known = this.choice('variant', this.variant, variants, undefined, 'list');
      if (known) this.variant = known;
      this.#kind = known ?? 'list';
    }
  }

  override render() {
    const choices = this.#choices;
    // this page's own translation, else the language widgets speak now
    const current = choices.find((l) => l.href === this.#pageUrl) ?? choices.find((l) => l.locale === this.locale);
    const label = msg('Language', { id: 'language-toggle.label' });
    const navigates = choices.every((l) => l.href);
    const dropdown = this.#kind === 'dropdown';
    const body = dropdown
      ? this.#dropdown(choices, current, label, !navigates)
      : html`<ul part="list" class="list">${choices.map((l) => html`<li>${this.#choice(l, current)}</li>`)}</ul>`;
    if (navigates) return html`<nav part="nav" aria-label=${label}>${body}</nav>`;
    return dropdown ? html`<div part="nav">${body}</div>` : html`<div part="nav" role="group" aria-label=${label}>${body}</div>`;
  }

  #dropdown(choices: Language[], current: Language | undefined, label: string, menu: boolean): TemplateResult {
    // opening a menu focuses its first item (APG Menu Button); a disclosure of links leaves focus
    // on the button
    const toggle = () => (this.#open ? this.#close() : this.#setOpen(true, menu ? 0 : undefined));
    return html`<div class="dropdown" @keydown=${this.#onKey} @focusout=${this.#onFocusOut}>
      <button part="button" class="trigger" type="button" aria-haspopup=${menu ? 'menu' : nothing}
        aria-expanded=${String(this.#open)} aria-controls="choices" @click=${toggle}>
        ${renderIcon(iconGlobe)}${current
          ? html`<span class="visually-hidden">${label} </span><span lang=${current.code}>${current.name}</span>`
          : html`<span>${label}</span>`}${renderIcon(iconArrowDownBasic)}
      </button>
      <ul id="choices" part="menu" class="menu" role=${menu ? 'menu' : nothing} aria-label=${menu ? label : nothing}
        ?hidden=${!this.#open}>
        ${choices.map((l) => html`<li role=${menu ? 'none' : nothing}>${this.#choice(l, current, menu)}</li>`)}
      </ul>
    </div>`;
  }

  /** A link when the page has that translation, else a button switching the widgets' locale. */
  #choice(l: Language, current: Language | undefined, menu?: boolean): TemplateResult {
    const selected = l === current;
    const compact = this.#kind === 'compact';
    const text = compact ? l.code.toUpperCase() : l.name;
    const role = menu ? 'menuitemradio' : nothing;
    const checked = menu ? String(selected) : nothing;
    const marked = selected ? (l.href === this.#pageUrl ? 'page' : 'true') : nothing;
    // the full name, ending with the visible code so speech users can say what they see (WCAG 2.5.3)
    const name = compact ? `${l.name}, ${text}` : nothing;
    const tabindex = menu ? -1 : nothing;
    return l.href
      ? html`<a part="item" href=${l.href} hreflang=${l.code} lang=${l.code} role=${role} tabindex=${tabindex}
          aria-checked=${checked} aria-current=${marked} aria-label=${name} @click=${() => this.#choose(l)}>${text}</a>`
      : html`<button part="item" type="button" lang=${l.code} role=${role} tabindex=${tabindex}
          aria-checked=${checked} aria-current=${marked} aria-label=${name} @click=${() => this.#choose(l)}>${text}</button>`;
  }

  /** Derived on each render: the attribute, the page's links and the page can change under us. */
  get #choices(): Language[] {
    return languagesFrom(this.languages, alternateLinks(document, `<${this.localName}>`), (skipped, usingAll) =>
      this.warnUnusable('languages', skipped.join(', '), `tags of this page's translations or of ${locales.join(', ')}`, usingAll ? 'every locale' : 'the others'),
    );
  }

  get #pageUrl(): string {
    return location.href.split('#')[0];
  }

  get #items(): HTMLElement[] {
    return [...(this.shadowRoot?.querySelectorAll<HTMLElement>('.menu [part=item]') ?? [])];
  }

  async #choose(l: Language): Promise<void> {
    if (this.#open) this.#close();
    if (l.href || !l.locale) return; // a link: the browser goes to the translation
    const switched = await setLocale(l.code, { origin: this, remember: this.remember });
    if (!switched || !this.syncDocument) return;
    // after setLocale: core ignores <html lang> changes once a locale was chosen, so no second event
    document.documentElement.lang = l.code;
    document.documentElement.dir = localeDir(l.locale);
  }

  #close(): void {
    this.#setOpen(false);
    this.shadowRoot?.querySelector<HTMLElement>('.trigger')?.focus();
  }

  // listeners in a template are called with the element as `this` (Lit binds them)
  #onFocusOut(e: FocusEvent): void {
    const next = e.relatedTarget;
    if (!(next instanceof Node && this.shadowRoot?.contains(next))) this.#setOpen(false);
  }

  #onKey(e: KeyboardEvent): void {
    const items = this.#items;
    const at = items.findIndex((item) => item === this.shadowRoot?.activeElement);
    const move = (index: number) => {
      e.preventDefault();
      if (this.#open) items[index]?.focus();
      else this.#setOpen(true, index);
    };
    // Home and End act only in an open menu; arrows also open it (APG Menu Button)
    const target = this.#open || (e.key !== 'Home' && e.key !== 'End') ? this.#focus.target(at, e.key) : undefined;
    if (target !== undefined) return move(target);
    switch (e.key) {
      case 'Escape':
        if (this.#open) {
          e.preventDefault();
          e.stopPropagation(); // a dialog around the toggle must not close too
          this.#close();
        }
        return;
      case 'Tab':
        // menu items are out of the tab order: leave from the button, so Tab goes on past the widget
        if (at >= 0 && items[at].tabIndex < 0) this.#close();
        return;
      case ' ':
        // links do not answer Space; menu items must
        if (at >= 0) {
          e.preventDefault();
          items[at].click();
        }
        return;
    }
    if (!this.#open || e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
    // a pause of over a second starts a new prefix
    this.#typed = e.timeStamp - this.#typedAt > 1000 ? e.key : this.#typed + e.key;
    this.#typedAt = e.timeStamp;
    const found = typeAhead(this.#choices, this.#typed, at);
    if (found >= 0) move(found);
  }
}

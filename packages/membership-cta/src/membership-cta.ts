import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { ScnElement, safeUrl } from '@strong-cities/core';
import { ScnCtaClickEvent } from './events.js';
import { MEMBERSHIP_URL } from './membership-url.js';
import { cleanSource, MAX_SOURCE_LENGTH, withTracking } from './tracking.js';
import { styles } from './membership-cta.styles.js';

export const variants = ['banner', 'card', 'compact'] as const;
export type Variant = (typeof variants)[number];

/** Direct children that are partner links for the action (the no-JS link included). */
const PARTNER_LINKS = ':scope > a[href][slot=action]';

/**
 * **Before and without JavaScript.** Write the link (and, if you like, the text) as ordinary HTML
 * inside the tag. Until the widget is defined it is just that HTML, visible and usable; once defined
 * the same elements become the widget's slotted content:
 * ```html
 * <scn-membership-cta source="lyon">
 *   <a href="https://strongcitiesnetwork.org/about-us/city-directory/">Find out about membership</a>
 * </scn-membership-cta>
 * ```
 * A link among the tag's direct children without a `slot` attribute becomes the `action` when the
 * widget connects (add `slot="action"` yourself to links you insert later).
 * Other children without a `slot` are a no-JS fallback only: after definition the localized
 * heading and text replace them. Give them `slot="heading"` / `slot="body"` to keep them instead.
 *
 * A partner link in the `action` slot is treated as the widget's own: its `href` must pass the
 * URL check (else the widget's `href` is used), it gets the tracking parameters and it fires
 * `scn-cta-click`.
 *
 * @tag scn-membership-cta
 * @summary "Is your city a Strong City?": tells a local authority that membership is open and free, with a real link to the network's member cities page first.
 *
 * @slot heading - replaces the default `<h2>`; slot a heading at your page's level, e.g. `<h3 slot="heading">`
 * @slot body - replaces the default paragraph
 * @slot action - replaces the default link; slot an `<a href>` (a bare `<a href>` child is put here for you)
 *
 * @csspart base - the box; its layout follows `variant`
 * @csspart heading - the default heading
 * @csspart body - the default paragraph
 * @csspart action - the default link, drawn as a button
 *
 * @cssprop [--scn-cta-surface=var(--scn-color-surface-raised)] - background of the banner and card
 * @cssprop [--scn-cta-padding=var(--scn-space-5)] - space inside the banner and card
 * @cssprop [--scn-cta-gap=var(--scn-space-4)] - space between the text and the action
 * @cssprop [--scn-cta-radius=var(--scn-radius-m)] - corner radius of the banner and card
 * @cssprop [--scn-cta-card-width=22rem] - largest width of the card
 * @cssprop [--scn-color-brand=#0c3c6e] - background of the action button
 * @cssprop [--scn-color-on-brand=#ffffff] - text of the action button
 *
 * @fires {ScnCtaClickEvent} scn-cta-click - when the link is activated, before navigation; cancelable (cancel to stay on the page)
 *
 * @fallback the membership link (once defined, the widget draws that link as its button):
 * <a href="https://strongcitiesnetwork.org/about-us/city-directory/">Find out about membership</a>
 */
export class MembershipCta extends ScnElement {
  static override styles = [ScnElement.styles, styles];

  // declared as static properties, so no decorator helper ships
  static override properties = {
    href: {},
    variant: {},
    source: {},
    noTracking: { type: Boolean, attribute: 'no-tracking' },
  };

  /**
   * Where the link leads. Defaults to the network's Member Cities page
   * (https://strongcitiesnetwork.org/about-us/city-directory/); anything but http, https or mailto
   * is refused with one warning.
   * @default MEMBERSHIP_URL
   */
  href?: string;

  /** `banner` (default: text and button side by side), `card` (stacked, boxed) or `compact` (the button alone). */
  variant?: Variant;

  /**
   * Who embeds the widget (e.g. `lyon`), sent on the link as
   * `utm_source=<source>&utm_medium=widget&utm_campaign=membership-cta` only when the visitor
   * follows it. Letters, digits, `.`, `_`, `~` and `-`, at most 64 characters.
   */
  source?: string;

  /** Leaves the link exactly as given, without tracking parameters, even when `source` is set. */
  noTracking = false;

  /** Partner links and the href each was written with, before tracking was added. */
  readonly #written = new WeakMap<HTMLAnchorElement, string>();

  override connectedCallback(): void {
    // the simplest no-JS markup, a bare link, becomes the action
    for (const link of this.querySelectorAll(':scope > a[href]:not([slot])')) link.slot = 'action';
    super.connectedCallback();
  }

  override render() {
    const layout = this.#layout;
    const text =
      layout === 'compact'
        ? nothing
        : html`<div class="text">
            <slot name="heading"><h2 part="heading">${msg('Is your city a Strong City?', { id: 'membership-cta.heading' })}</h2></slot>
            <slot name="body"><p part="body">${msg(
              'Membership is open to local authorities at the city, municipal or other sub-national level. Membership is free.',
              { id: 'membership-cta.body' },
            )}</p></slot>
          </div>`;
    return html`<div part="base" class=${layout}>
      ${text}
      <slot name="action" @slotchange=${this.#adopt} @click=${this.#onClick}
        ><a part="action" href=${this.link}>${msg('Find out about membership', { id: 'membership-cta.about' })}</a></slot
      >
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant')) this.#layout = this.choice('variant', this.variant, variants, 'banner');
    if (changed.has('source') || changed.has('noTracking')) this.#utmSource = this.noTracking ? undefined : this.#cleanSource();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#adopt();
  }

  /** The variant drawn: a known one, else banner. */
  #layout: Variant = 'banner';

  /** The cleaned `source`, or undefined when there is to be no tracking. */
  #utmSource?: string;

  /** `source` as it may appear in `utm_source`, with one warning when it had to change. */
  #cleanSource(): string | undefined {
    const written = (this.source ?? '').trim();
    const clean = cleanSource(written);
    if ((clean ?? '') !== written) {
      const expected = `letters, digits, ".", "_", "~" and "-", at most ${MAX_SOURCE_LENGTH}`;
      this.warnUnusable('source', written, expected, clean ? `"${clean}"` : 'no tracking');
    }
    return clean;
  }

  /** The checked destination, before tracking. */
  private get destination(): string {
    return safeUrl(this.href, MEMBERSHIP_URL, `<${this.localName}> href`);
  }

  /** The default link's URL. */
  private get link(): string {
    return withTracking(this.destination, this.#utmSource);
  }

  /** Checks and tracks partner links in the action slot, as the default link is. */
  #adopt(): void {
    for (const link of this.querySelectorAll<HTMLAnchorElement>(PARTNER_LINKS)) {
      const written = this.#written.get(link) ?? link.getAttribute('href') ?? '';
      this.#written.set(link, written);
      const href = withTracking(safeUrl(written, this.destination, `<${this.localName}> action link`), this.#utmSource);
      if (link.href !== href) link.href = href;
    }
  }

  /** Clicks on the default link and on slotted links both pass through the action slot. */
  #onClick(event: MouseEvent): void {
    const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (link && !this.dispatchEvent(new ScnCtaClickEvent(link.href))) event.preventDefault();
  }
}

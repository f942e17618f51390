import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { msg, str } from '@lit/localize';
import { LoadError, ScnElement, loadJson, messages, pickText, safeUrl, warnOnce } from '@strong-cities/core';
import {
  DEFAULT_URL,
  SEED,
  fromInline,
  fromText,
  isDate,
  layer,
  parseCount,
  toDeclaration,
  type Declaration,
  type Signatory,
} from './declaration.js';
import { countryName, formatCount, formatDate } from './format.js';
import { styles } from './declaration-counter.styles.js';

/** Longest count-up, in ms (the --scn-duration-count token's value). */
const COUNT_UP = 1200;

/**
 * @summary How many cities have endorsed a declaration ("40+ cities have endorsed the Hague Mayors'
 * Declaration and Action Plan"), with a link to read or endorse it, an optional goal and signatory list.
 *
 * Data comes from, in order: the `src` feed, a child `<script type="application/json">` (same shape,
 * see feed.schema.json), the attributes, the number in the tag's own text, and the seed (40+ cities,
 * the Hague declaration). A failing feed keeps the best of the others.
 *
 * @slot - not shown once defined; write a plain-text fallback here ("40+ cities have endorsed…"),
 *   its first number is used when nothing better is given
 * @csspart base - the card
 * @csspart count - the big number
 * @csspart label - the sentence after the number
 * @csspart progress - the goal's progress bar track
 * @csspart updated - the "As of" date
 * @csspart link - the link to read or endorse the declaration
 * @csspart toggle - the button that shows the signatories
 * @csspart signatories - the signatory list
 * @cssprop [--scn-counter-color=var(--scn-color-brand)] - colour of the number and progress bar
 * @cssprop [--scn-counter-size=var(--scn-font-size-xxl)] - size of the number
 * @fires scn-error - {ScnErrorEvent} when the feed or inline JSON could not be used; the fallback stays
 */
export class DeclarationCounter extends ScnElement {
  static override styles = [ScnElement.styles, styles];

  /**
   * Smallest `refresh` in seconds. A testing hook: tests lower it to see refreshes quickly;
   * pages should leave it at 60.
   * @internal
   */
  static minRefresh = 60;

  /** URL of a JSON feed (feed.schema.json). Beats inline JSON and attributes. */
  @property() src?: string;
  /** The count: "57", or "40+" for "at least 40". */
  @property() value?: string;
  /** The declaration's name, read after "cities have endorsed". Default: the Hague Mayors' Declaration. */
  @property() label?: string;
  /** Where to read or endorse the declaration (http, https, mailto). */
  @property() href?: string;
  /** A target count: shows a progress bar towards it. */
  @property({ type: Number }) goal?: number;
  /** `updated` attribute: when the count was last checked, as an ISO date ("2024-03-15" or "2024-03"). */
  @property({ attribute: 'updated' }) updatedAt?: string;
  /** `compact` writes large counts short ("12K"); default `standard`. */
  @property() notation?: string;
  /** Refetch the feed every this many seconds (at least 60); a changed count is announced. */
  @property({ type: Number }) refresh?: number;
  /** Milliseconds before the feed is given up for the fallback. Default 8000. */
  @property({ type: Number }) timeout?: number;

  @state() private feed?: Declaration;
  @state() private loading = false;
  @state() private failed = false;
  /** count-up progress, 0…1, while animating; undefined shows the final number */
  @state() private progress?: number;
  /** the count changed on a refresh: the live region says the new sentence */
  @state() private changed = false;
  @state() private open = false;

  #inline?: Declaration;
  #text?: Declaration;
  #etag?: string;
  #timer?: ReturnType<typeof setTimeout>;
  #frame = 0;
  #abort?: AbortController;
  #observer?: IntersectionObserver;
  #visible = false;
  #counted = false;

  /** Every source layered: feed > inline > attributes > own text > seed. */
  get data(): Declaration & { count: number } {
    const attrs: Declaration = {
      ...(this.value === undefined ? {} : parseCount(this.value)),
      title: this.label?.trim() || undefined,
      url: this.href,
      goal: this.#goal,
      updated: isDate(this.updatedAt) ? this.updatedAt : undefined,
    };
    return layer(this.feed, this.#inline, attrs, this.#text, SEED);
  }

  get #goal(): number | undefined {
    return this.goal !== undefined && Number.isFinite(this.goal) && this.goal > 0 ? this.goal : undefined;
  }

  get #refreshMs(): number {
    const seconds = this.refresh;
    if (seconds === undefined || Number.isNaN(seconds)) return 0;
    return Math.max(seconds, DeclarationCounter.minRefresh) * 1000;
  }

  get #compact(): boolean {
    return this.notation === 'compact';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const inline = fromInline(this);
    if (inline instanceof LoadError) this.reportError(inline, 'inline JSON');
    this.#inline = inline instanceof LoadError ? undefined : inline;
    const own = [...this.childNodes].filter((n) => !(n instanceof HTMLScriptElement));
    this.#text = fromText(own.map((n) => n.textContent).join(' '));
    if (!this.#counted && 'IntersectionObserver' in window && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
      // start from 0 so the count-up does not flash the final number first
      this.progress = 0;
      this.#observer = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#visible = true;
        this.#observer?.disconnect();
        this.#countUp();
      });
      this.#observer.observe(this);
    }
    if (this.hasUpdated && this.src) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    clearTimeout(this.#timer);
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
    if (!this.#counted) this.progress = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const tag = `<${this.localName}>`;
    if (changed.has('value') && this.value !== undefined && !parseCount(this.value)) {
      warnOnce(`${tag} value="${this.value}" is not a count like 57 or 40+; ignoring it.`);
    }
    if (changed.has('goal') && this.goal !== undefined && this.#goal === undefined) {
      warnOnce(`${tag} goal must be a positive number; showing no progress bar.`);
    }
    if (changed.has('updatedAt') && this.updatedAt !== undefined && !isDate(this.updatedAt)) {
      warnOnce(`${tag} updated="${this.updatedAt}" is not a date like 2024-03-15; ignoring it.`);
    }
    if (changed.has('notation') && this.notation !== undefined && !['compact', 'standard'].includes(this.notation)) {
      warnOnce(`${tag} notation="${this.notation}" is not compact or standard; using standard.`);
    }
    const refresh = this.refresh;
    const min = DeclarationCounter.minRefresh;
    if (changed.has('refresh') && refresh !== undefined && !(refresh >= min)) {
      warnOnce(`${tag} refresh="${this.getAttribute('refresh') ?? refresh}" is ${Number.isNaN(refresh) ? 'not a number; not refreshing' : `below ${min} seconds; using ${min}`}.`);
    }
    if (changed.has('src')) {
      this.feed = undefined;
      this.#etag = undefined;
      this.failed = false;
      this.loading = Boolean(this.src);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.#load();
  }

  override render() {
    const d = this.data;
    const final = formatCount(this.locale, d.count, d.approximate, this.#compact);
    const shown =
      this.progress === undefined ? final : formatCount(this.locale, Math.round(d.count * this.progress), d.approximate, this.#compact);
    const sentence = this.#sentence(d);
    return html`<div part="base" class="base" aria-busy=${this.loading}>
      <p class="statement">
        ${this.loading
          ? html`<span part="count" class="count loading">${messages.loading()}</span>`
          : html`<span part="count" class="count" aria-hidden="true">${shown}</span><span class="visually-hidden"
                >${final}</span
              >`}
        <span part="label" class="label">${sentence}</span>
      </p>
      ${d.goal ? this.#progress(d.count, d.goal) : nothing}
      ${d.updated
        ? html`<p part="updated" class="muted">${msg(str`As of ${formatDate(this.locale, d.updated)}`, { id: 'declaration-counter.as-of' })}</p>`
        : nothing}
      <p>
        <a part="link" class="link" href=${safeUrl(d.url, DEFAULT_URL, `<${this.localName}> url`)}
          >${msg('Read or endorse the declaration', { id: 'declaration-counter.read' })}</a
        >
      </p>
      ${d.signatories?.length ? this.#signatories(d.signatories) : nothing}
      <div role="status" class="muted">
        ${this.failed ? html`<p>${messages.feedFailed()}</p>` : nothing}
        ${this.changed && !this.loading ? html`<p class="visually-hidden">${final} ${sentence}</p>` : nothing}
      </div>
    </div>`;
  }

  /** "cities have endorsed the Hague Mayors' Declaration and Action Plan" (singular for one). */
  #sentence(d: Declaration & { count: number }): string {
    const title = pickText(d.title) || msg("the Hague Mayors' Declaration and Action Plan", { id: 'declaration-counter.seed-title' });
    return new Intl.PluralRules(this.locale).select(d.count) === 'one'
      ? msg(str`city has endorsed ${title}`, { id: 'declaration-counter.endorsed-one' })
      : msg(str`cities have endorsed ${title}`, { id: 'declaration-counter.endorsed' });
  }

  #progress(count: number, goal: number) {
    const now = Math.min(count, goal);
    const text = msg(str`${formatCount(this.locale, count)} of ${formatCount(this.locale, goal)}`, {
      id: 'declaration-counter.of-goal',
    });
    return html`<div
        part="progress"
        class="track"
        role="progressbar"
        aria-label=${msg('Progress towards the goal', { id: 'declaration-counter.progress' })}
        aria-valuemin="0"
        aria-valuemax=${goal}
        aria-valuenow=${now}
        aria-valuetext=${text}
      >
        <div class="bar" style=${styleMap({ inlineSize: `${(now / goal) * 100}%` })}></div>
      </div>
      <p class="muted" aria-hidden="true">${text}</p>`;
  }

  #signatories(list: Signatory[]) {
    return html`<button
        part="toggle"
        id="toggle"
        class="toggle"
        aria-expanded=${this.open}
        aria-controls="signatories"
        @click=${this.#toggle}
      >
        ${msg(str`Signatories (${formatCount(this.locale, list.length)})`, { id: 'declaration-counter.signatories' })}
      </button>
      <div part="signatories" id="signatories" role="region" aria-labelledby="toggle" ?hidden=${!this.open}>
        <ul>
          ${list.map(
            (s) => html`<li>${s.name}${s.country ? html` <span class="muted">(${countryName(this.locale, s.country)})</span>` : nothing}</li>`,
          )}
        </ul>
      </div>`;
  }

  #toggle = (): void => {
    this.open = !this.open;
  };

  /** Counts up once: when first visible and the data has settled; never under reduced motion. */
  #countUp(): void {
    if (this.#counted || !this.#visible || this.loading || this.progress === undefined) return;
    this.#counted = true;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min((now - start) / COUNT_UP, 1);
      // ease out: quick start, gentle landing; undefined shows the exact final text
      this.progress = t < 1 ? 1 - (1 - t) ** 3 : undefined;
      if (t < 1) this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }

  async #load(): Promise<void> {
    const src = this.src;
    if (!src) return;
    clearTimeout(this.#timer);
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const result = await loadJson(src, {
      validate: toDeclaration,
      timeout: this.timeout !== undefined && this.timeout > 0 ? this.timeout : undefined,
      etag: this.#etag,
      signal: abort.signal,
    });
    if (abort.signal.aborted) return;
    if (result.ok) {
      this.failed = false;
      this.#etag = result.etag;
      if ('data' in result) {
        if (this.feed && this.feed.count !== result.data.count) this.changed = true;
        this.feed = result.data;
      }
    } else {
      this.failed = true;
      this.reportError(result.error, src);
    }
    this.loading = false;
    this.#countUp();
    if (this.#refreshMs && this.isConnected) this.#timer = setTimeout(() => void this.#load(), this.#refreshMs);
  }
}

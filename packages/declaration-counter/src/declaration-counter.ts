import { html, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import {
  FeedController,
  ScnElement,
  formatPartialDate,
  messages,
  parsePartialDate,
  pickText,
  plural,
  readInlineJson,
  safeUrl,
  formatCount,
} from '@strong-cities/core';
import {
  DEFAULT_URL,
  fromText,
  isText,
  normalize,
  layer,
  parseCount,
  toDeclaration,
  type Declaration,
  type Signatory,
} from './declaration.js';
import { styles } from './declaration-counter.styles.js';

/** How large counts are written; the first is the default. */
export const notations = ['standard', 'compact'] as const;
export type Notation = (typeof notations)[number];

/** one observer for every counter on the page, not one per instance */
let sight: IntersectionObserver | undefined;
/** the visitor's motion preference, queried once for every counter */
let motion: MediaQueryList | undefined;

/**
 * @summary How many cities have endorsed a declaration ("40+ cities have endorsed The Hague Mayoral
 * Declaration on Preventing Hate, Extremism and Polarisation, and Safeguarding Local Democracy"),
 * with a link to read or endorse it, an optional goal and signatory list.
 *
 * Data comes from, in order: the `src` feed, a child `<script type="application/json">` (same shape,
 * see feed.schema.json), the attributes, the number in the tag's own text, and the network's own
 * figure (more than 40 cities as of November 2022, The Hague Mayoral Declaration, linking to its
 * endorsement page). A failing feed keeps the best of the others.
 *
 * @slot - not shown once defined; write a plain-text fallback here ("40+ cities have endorsed…"),
 *   its first number is used when nothing better is given
 * @csspart base - the card
 * @csspart count - the big number
 * @csspart label - the sentence after the number
 * @csspart progress - the goal's progress bar track
 * @csspart updated - the "As of" date
 * @csspart link - the link to read or endorse the declaration
 * @csspart toggle - the summary that shows and hides the signatories
 * @csspart signatories - the signatory list
 * @cssprop [--scn-counter-color=var(--scn-color-brand)] - colour of the number and progress bar
 * @cssprop [--scn-counter-size=var(--scn-font-size-xxl)] - size of the number
 * @fires scn-error - {ScnErrorEvent} when the feed or inline JSON could not be used; the fallback stays
 *
 * @fallback a line of text (its first number is also the count when nothing better is given):
 * <p>40+ cities have endorsed the Hague Mayors' Declaration and Action Plan.</p>
 */
export class DeclarationCounter extends ScnElement {
  static override styles = [ScnElement.styles, styles];

  /**
   * Smallest `refresh` in seconds. A testing hook: tests lower it to see refreshes quickly;
   * pages should leave it at 60.
   * @internal
   */
  static minRefresh = 60;

  // declared as static properties, so no decorator helper ships
  static override properties = {
    src: {},
    value: {},
    label: {},
    href: {},
    goal: { type: Number },
    updatedAt: { attribute: 'updated' },
    notation: {},
    refresh: { type: Number },
    timeout: { type: Number },
    feed: { state: true },
    progress: { state: true },
  };

  /** URL of a JSON feed (feed.schema.json). Beats inline JSON and attributes. */
  src?: string;
  /** The count: "57", or "40+" for "at least 40". */
  value?: string;
  /** The declaration's name, read after "cities have endorsed". Default: The Hague Mayoral Declaration on Preventing Hate, Extremism and Polarisation, and Safeguarding Local Democracy. */
  label?: string;
  /** Where to read or endorse the declaration (http, https, mailto). Default: the Hague declaration's endorsement page. */
  href?: string;
  /** A target count: shows a progress bar towards it. */
  goal?: number;
  /**
   * `updated` attribute: when the count was last checked, a real month or day: `2024-03` ("As of
   * March 2024") or `2024-03-15`. Anything else is ignored, with one console warning.
   */
  updatedAt?: string;
  /** `compact` writes large counts short ("12K"); default `standard`. */
  notation?: Notation;
  /** Refetch the feed every this many seconds (at least 60); a changed count is announced. */
  refresh?: number;
  /** Milliseconds before the feed is given up for the fallback. Default 8000. */
  timeout?: number;

  private feed?: Declaration;
  /** count-up progress, 0…1, while animating; undefined shows the final number */
  private progress?: number;

  /** `notation` reads compact (any case, spaces trimmed); anything else is standard. */
  #compact?: boolean;
  /**
   * A refresh brought another count: the live region says it until the next change or failure.
   * Not reactive: it changes only with `feed` or with the feed's status, which update.
   */
  #changed?: boolean;
  #inline?: Declaration;
  #text?: Declaration;
  #feed = new FeedController<Declaration>(this, {
    validate: toDeclaration,
    data: (data) => {
      // another count than the one shown is announced: it stays in the live region (said once)
      // until the next change or failure
      if (this.feed && this.feed.count !== data.count) this.#changed = true;
      this.feed = data;
    },
    error: (error, src) => {
      this.#changed = false;
      this.reportError(error, src);
    },
    settled: () => this.#countUp(),
  });
  /** whether the count-up observer has seen it in view; undefined until it first reports */
  #visible?: boolean;
  #counted?: boolean;
  /** the count-up observer watches it */
  #watched?: boolean;

  /** Every source layered: feed > inline > attributes > own text > seed. */
  get data(): Declaration & { count: number } {
    return layer([this.feed, this.#inline, this.#attributes, this.#text]);
  }

  /** The attributes that fit, as a feed would give them. */
  get #attributes(): Declaration {
    return normalize({
      ...parseCount(this.value),
      title: this.label,
      url: this.href,
      goal: this.goal,
      updated: this.updatedAt,
    });
  }

  /** Settled once its feed has loaded or failed: its size is the data's, not the loading state's. */
  protected override isSettled(): boolean {
    return this.#feed.status !== 'pending';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const inline = readInlineJson(this, toDeclaration, 'declaration feed');
    // a LoadError (a declaration is a plain object, never an Error)
    if (inline instanceof Error) this.reportError(inline, 'inline JSON');
    else this.#inline = inline;
    // the partner's own fallback text (textContent skips comments, e.g. a CMS's marker), without the inline JSON
    this.#text = fromText(this.textContent.replace(this.querySelector('script')?.textContent ?? '', ''));
    if (!this.#counted && !(motion ??= matchMedia('(prefers-reduced-motion: reduce)')).matches) {
      // The real figure shows until the count-up runs (print, PDF and full-page captures read it)
      this.#watched = true;
      (sight ??= new IntersectionObserver((entries) => {
        for (const e of entries) {
          const counter = e.target as DeclarationCounter;
          counter.#visible ||= e.isIntersecting;
          counter.#countUp();
        }
      })).observe(this);
    }
    if (this.hasUpdated) this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    sight?.unobserve(this);
    if (!this.#counted) this.progress = undefined;
  }

  /** Counts up once, from 0: when first visible and the data has settled; never under reduced motion. */
  #countUp(): void {
    if (this.#counted || !this.#visible || !this.isSettled()) return;
    this.#counted = true;
    this.progress = 0;
    sight?.unobserve(this);
    let start: number | undefined;
    const step = (now: number) => {
      // 1200 ms (the --scn-duration-count token), timed from the first frame: a frame's timestamp
      // can precede a performance.now() taken before it
      const t = Math.min((now - (start ??= now)) / 1200, 1);
      // ease out: quick start, gentle landing; undefined shows the exact final text
      this.progress = t < 1 ? 1 - (1 - t) ** 3 : undefined;
      if (t < 1) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }

  /** Loads the feed, then again every `refresh` seconds (at least minRefresh) while on the page. */
  #load(): void {
    if (!this.src) return;
    void this.#feed.load(this.src, {
      timeout: this.timeout,
      every: () => (this.refresh === undefined ? undefined : Math.max(this.refresh || 0, DeclarationCounter.minRefresh) * 1000),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // one already in view starts from 0, so the count-up does not flash the final number first.
    // Rendered near the viewport, the observer has said so already; asked to render before that
    // (print, updateComplete), it measures itself: one layout for this widget, not one per widget
    // as the page's widgets upgrade
    if (!this.hasUpdated && this.#watched && this.#visible === undefined && inView(this)) this.progress = 0;
    const min = DeclarationCounter.minRefresh;
    // the getters already fall back; here an unusable value is named once, with what is used instead
    const attrs = this.#attributes;
    const written = (name: string, value: unknown) => this.getAttribute(name) ?? value;
    if (this.value !== undefined && attrs.count == null) this.warnUnusable('value', this.value, 'a count such as 57 or 40+', 'the feed, inline or built-in count');
    if (this.goal !== undefined && attrs.goal == null) this.warnUnusable('goal', written('goal', this.goal), 'a count above 0', 'no goal');
    if (this.updatedAt !== undefined && attrs.updated == null) this.warnUnusable('updated', this.updatedAt, 'a month or day, YYYY-MM or YYYY-MM-DD', 'no date');
    if (changed.has('notation')) this.#compact = this.choice('notation', this.notation, notations, 'standard') === 'compact';
    if (this.refresh !== undefined && !(this.refresh >= min)) this.warnUnusable('refresh', written('refresh', this.refresh), `at least ${min} seconds`, `${min}`);
    if (changed.has('src')) {
      this.#feed.reset();
      this.feed = undefined;
      this.#changed = false;
      // in the same update: a src shows "Loading…" from the first frame
      this.#load();
    }
  }

  // counting up, the number sits on an invisible copy of the final one, which holds the box at the
  // final width in every script and with every separator: nothing beside it moves
  override render() {
    const d = this.data;
    const format = (n: number) => formatCount(n, this.locale, { approximate: d.approximate, compact: this.#compact });
    const final = format(d.count);
    const sentence = this.#sentence(d);
    const status = this.#feed.status;
    const loading = status === 'pending';
    // no whitespace between the count's inline elements: a space there would be rendered
    // ('' in a child expression renders no node: Lit treats it as `nothing`)
    return html`<div part="base" class="base" aria-busy=${loading}>
      <p><span part="count" class="count" aria-hidden=${!loading}
          >${loading ? html`<span class="pending">${messages.loading()}</span>` : this.progress === undefined ? final : html`<span class="up"><span>${final}</span><span>${format(Math.round(d.count * this.progress))}</span></span>`}</span
        >${loading ? '' : html`<span class="visually-hidden">${final}</span>`} <span part="label">${sentence}</span></p>
      ${d.goal ? this.#progress(d.count, d.goal) : ''}
      ${this.#asOf(d.updated)}
      <p><a part="link" href=${safeUrl(d.url, DEFAULT_URL, `<${this.localName}> url`)}>${msg('Read or endorse the declaration', { id: 'declaration-counter.read' })}</a></p>
      ${d.signatories?.length ? this.#signatories(d.signatories) : ''}
      <div role="status" class="muted">${status === 'error'
        ? messages.feedFailed()
        : // changed only while the feed is complete: set by new data, cleared by a failure or another src
          this.#changed
          ? html`<span class="visually-hidden">${final} ${sentence}</span>`
          : ''}</div>
    </div>`;
  }

  /** "cities have endorsed The Hague Mayoral Declaration on …", in the plural form the count needs. */
  #sentence(d: Declaration & { count: number }): string {
    const title =
      pickText(d.title) ||
      msg('The Hague Mayoral Declaration on Preventing Hate, Extremism and Polarisation, and Safeguarding Local Democracy', {
        id: 'declaration-counter.hague-title',
      });
    return plural(d.count, {
      zero: () => msg(str`cities have endorsed ${title}`, { id: 'declaration-counter.endorsed.zero' }),
      one: () => msg(str`city has endorsed ${title}`, { id: 'declaration-counter.endorsed.one' }),
      two: () => msg(str`cities have endorsed ${title}`, { id: 'declaration-counter.endorsed.two' }),
      few: () => msg(str`cities have endorsed ${title}`, { id: 'declaration-counter.endorsed.few' }),
      many: () => msg(str`cities have endorsed ${title}`, { id: 'declaration-counter.endorsed.many' }),
      other: () => msg(str`cities have endorsed ${title}`, { id: 'declaration-counter.endorsed.other' }),
    });
  }

  /** "As of November 2022": only as precise as `updated` (a month or a day, checked by normalize or the seed's). */
  #asOf(updated: string | undefined) {
    const date = parsePartialDate(updated);
    return date
      ? html`<p part="updated" class="muted">${msg(str`As of ${formatPartialDate(date, this.locale)}`, { id: 'declaration-counter.as-of' })}</p>`
      : '';
  }

  #progress(count: number, goal: number) {
    const now = Math.min(count, goal);
    const text = msg(str`${formatCount(count, this.locale)} of ${formatCount(goal, this.locale)}`, {
      id: 'declaration-counter.of-goal',
    });
    return html`<div part="progress" class="track" role="progressbar" aria-valuemin="0" aria-valuemax=${goal} aria-valuenow=${now}
        aria-valuetext=${text} aria-label=${msg('Progress towards the goal', { id: 'declaration-counter.progress' })}>
        <svg width="${(now / goal) * 100}%"></svg>
      </div>
      <p class="muted" aria-hidden="true">${text}</p>`;
  }

  // a native disclosure: the browser gives it keyboard use and its expanded state, and keeps it open
  // across renders
  #signatories(list: Signatory[]) {
    return html`<details><summary part="toggle">${msg(str`Signatories (${formatCount(list.length, this.locale)})`, { id: 'declaration-counter.signatories' })}</summary>
      <ul part="signatories">${list.map((s) => html`<li>${s.name}${isText(s.country) ? ` (${s.country})` : ''}</li>`)}</ul></details>`;
  }
}

/** Whether any of the element is in the viewport now (its reserved box, before its first render). */
function inView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
}

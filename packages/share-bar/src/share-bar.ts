import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { ScnElement, messages, safeUrl } from '@strong-cities/core';
import { iconCheck, iconStyles } from '@strong-cities/icons';
import { ScnShareEvent, type ShareTarget } from './events.js';
import type { MastodonPrompt } from './mastodon.js';
import { DEFAULT_NETWORKS, cut, mastodonHref, networkIds, parseNetworks, shareTargets, type NetworkId } from './networks.js';
import { built, controlId, iconNode } from './detached.js';
import { pageText, pageUrl } from './page.js';
import { styles } from './share-bar.styles.js';

/** Longest text shared; networks cut it further to their own limits. */
export const MAX_TEXT = 500;
// the first is the default
const layouts = ['horizontal', 'vertical'] as const;
const sizes = ['m', 's', 'l'] as const;
type Layout = (typeof layouts)[number];
type Size = (typeof sizes)[number];

/** Fallback for pages without the Clipboard API: a copy command whose data we supply (no selection, focus stays). */
function copyByCommand(url: string): boolean {
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', url);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    return document.execCommand('copy'); // false when the browser refuses; it does not throw
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}

/**
 * @summary Shares the current page, with no request to any network before a click.
 *
 * Each network is a real link to its share address; Mastodon asks for the visitor's own server
 * in a dialog; "Copy link" uses the clipboard; "Share…" opens the device's share sheet where
 * the browser has one.
 *
 * @csspart list - the row (or column) of share controls
 * @csspart control - each link or button; also `control-<network>`, e.g. `control-linkedin`
 * @csspart label - the visible network name, when `labels` is set
 * @csspart dialog - the Mastodon server prompt
 * @csspart input - the server field in that prompt
 * @csspart button - the prompt's buttons
 *
 * @cssprop [--scn-share-gap=var(--scn-space-2)] - space between controls
 * @cssprop [--scn-share-radius=var(--scn-radius-pill)] - corner radius of controls
 * @cssprop [--scn-share-background=var(--scn-color-surface)] - control background
 * @cssprop [--scn-share-color=var(--scn-color-text)] - control icon and label colour
 * @cssprop [--scn-share-border=var(--scn-color-border)] - control border colour
 * @cssprop [--scn-share-background-hover=var(--scn-color-brand)] - control background on hover
 * @cssprop [--scn-share-color-hover=var(--scn-color-on-brand)] - control colour on hover
 *
 * @fires scn-share - {ScnShareEvent} just before a share opens or the link is copied; cancelable
 *
 * @fallback for example a mail link (the widget itself shares the page it is on):
 * <a href="mailto:?subject=Strong%20Cities%20Network&amp;body=https%3A%2F%2Fstrongcitiesnetwork.org%2F">Tell someone about the Strong Cities Network</a>
 */
export class ShareBar extends ScnElement {
  static override styles = [ScnElement.styles, iconStyles, styles];

  // declared without decorators: the decorator helper alone would cost this widget ~200 bytes gzip
  static override properties = {
    url: {},
    text: {},
    networks: {},
    layout: { reflect: true },
    size: { reflect: true },
    labels: { type: Boolean, reflect: true },
    status: { state: true },
  };

  // No option has a field initializer: run through Lit's accessors for every tag, the defaults of
  // networks, layout, size and labels made a page's thousand bars upgrade in twice the time
  // (bench/ANALYSIS.md). Unset, each option means its default (`@default`).

  /** The address to share. Default: the page's `<link rel=canonical>`, else its URL without the fragment. */
  url?: string;

  /** The text to share with it. Default: the page's `og:title`, else its title. */
  text?: string;

  /**
   * The networks to offer, in order, separated by spaces: facebook, linkedin, x, bluesky,
   * mastodon, threads, whatsapp, telegram, email, copy.
   * @default 'facebook linkedin x bluesky whatsapp email copy'
   */
  networks?: string;

  /**
   * `horizontal` (default) or `vertical`.
   * @default 'horizontal'
   */
  layout?: Layout;

  /**
   * Control size: `s`, `m` (default) or `l`.
   * @default 'm'
   */
  size?: Size;

  /**
   * Show each network's name next to its icon (default: icons only).
   * @default false
   */
  labels?: boolean;

  /** @internal what the live region says: true "Link copied", false "could not be copied", unset nothing */
  private status?: boolean;
  /** The Mastodon server prompt, once its module has loaded (only bars offering Mastodon load it). */
  #prompt?: MastodonPrompt;
  #loading?: Promise<MastodonPrompt>;

  #timer?: ReturnType<typeof setTimeout>;

  /** The address shared: `url` when it is a safe http(s) URL, else the page's address (one warning). */
  get #shareUrl(): string {
    const page = pageUrl(`<${this.localName}>`);
    const url = safeUrl(this.url, page, `<${this.localName}> url`);
    if (/^https?:/.test(url)) return url;
    this.warnUnusable('url', url, 'a web address', page);
    return page;
  }

  /** The text shared: one line, at most MAX_TEXT characters. */
  get #shareText(): string {
    const clean = (value: unknown) => String(value ?? '').replace(/[\p{Cc}\s]+/gu, ' ').trim();
    return cut(clean(this.text) || clean(pageText()), MAX_TEXT);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // a known value written with spaces or capitals is reflected as the stylesheet expects it; an
    // unknown one matches no selector, so the default applies
    if (changed.has('layout')) this.layout = this.choice('layout', this.layout, layouts, undefined, layouts[0]) ?? this.layout;
    if (changed.has('size')) this.size = this.choice('size', this.size, sizes, undefined, sizes[0]) ?? this.size;
  }

  override render() {
    // the list's controls are built in updated(), not by this template (see there)
    return html`<ul part="list" aria-label=${msg('Share this page', { id: 'share-bar.share-page' })} @click=${this.#click}></ul><p class="visually-hidden" role="status">${this.status
        ? msg('Link copied', { id: 'share-bar.copied' })
        : this.status === false ? msg('The link could not be copied', { id: 'share-bar.copy-failed' }) : ''}</p><span id="new-tab" hidden>${messages.opensInNewTab()}</span>${this.#prompt?.render()}`;
  }

  /**
   * The controls, built when the networks change and updated in place (focus stays where it is), as
   * DOM that no template instance holds: rendered by Lit into fragments that are then dropped, icons
   * cloned. Bound by a template of `render()`, the eight controls of a default bar kept 7.6 kB of
   * bindings and values each in the JS heap; built this way, about 0.6 kB (bench/ANALYSIS.md).
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const list = this.renderRoot.querySelector('ul');
    // empty, the list is at its first update
    if (list && (changed.has('networks') || !list.firstChild)) {
      // the networks offered: known names only, in the order given; the default when none is known
      const { ids, unknown } = parseNetworks(String(this.networks ?? DEFAULT_NETWORKS));
      const offered = ids.length ? ids : (DEFAULT_NETWORKS.split(' ') as NetworkId[]);
      if (unknown.length || !ids.length) {
        this.warnUnusable('networks', this.networks, `names from ${networkIds.join(' ')}`, offered.join(' '));
      }
      // a bar that offers Mastodon loads the prompt now, so a click finds it ready; a failure is
      // reported at the click, which tries again
      if (offered.includes('mastodon')) this.#loadPrompt().catch(() => {});
      const targets: ShareTarget[] = typeof navigator.share === 'function' ? ['native', ...offered] : offered;
      // mail opens the visitor's mail program: no blank tab left behind
      list.replaceChildren(built(targets.map((id) => shareTargets[id].href
        ? html`<li><a part="control control-${id}" class="control" rel="noreferrer" target=${id === 'email' ? nothing : '_blank'} aria-describedby=${id === 'email' ? nothing : 'new-tab'}></a></li>`
        : html`<li><button type="button" part="control control-${id}" class="control" aria-haspopup=${id === 'mastodon' ? 'dialog' : nothing}></button></li>`)));
    }
    const url = this.#shareUrl;
    const text = this.#shareText;
    for (const control of this.renderRoot.querySelectorAll('.control')) {
      const id = controlId(control);
      const { href, icon, name: visible, label: spoken } = shareTargets[id];
      const name = visible();
      const label = spoken();
      // with labels, a control whose full name ("Share on X") contains its visible name ("X") is
      // named by its content: the visible name and the rest of the sentence, visually hidden. Its name
      // then contains what is seen by construction, also for a one-letter name, which neither a speech
      // user nor axe can match against an `aria-label` (WCAG 2.5.3, Label in Name).
      const at = this.labels ? label.toLocaleLowerCase().indexOf(name.toLocaleLowerCase()) : -1;
      if (href) (control as HTMLAnchorElement).href = href(url, text);
      // null removes the attribute
      control.ariaLabel = at < 0 ? label : null;
      control.replaceChildren(iconNode(id === 'copy' && this.status ? iconCheck : icon));
      if (this.labels) {
        const [before, after] = at < 0 ? [] : [label.slice(0, at), label.slice(at + name.length)];
        control.append(built(html`<span class="visually-hidden">${before}</span><span part="label">${name}</span><span class="visually-hidden">${after}</span>`));
      }
    }
  }

  /** One listener for every control: a listener per control would cost each bar eight closures. */
  #click(event: Event) {
    const control = (event.target as Element).closest('.control');
    if (!control) return;
    const id = controlId(control);
    const { href } = shareTargets[id];
    if (id === 'copy') this.#copy();
    else if (id === 'mastodon') this.#ask();
    else if (!href) this.#native();
    else {
      // a single-page app may have moved on since the last render: share the page shown now
      const current = this.#announce(id);
      if (current) (control as HTMLAnchorElement).href = href(current, this.#shareText);
      else event.preventDefault();
    }
  }

  /** Tells the host a share is about to happen: the address shared, or undefined when the host cancelled it. */
  #announce(network: ShareTarget): string | undefined {
    const url = this.#shareUrl;
    // a variable, not dispatchEvent(new …): the manifest analyzer would list `network` as an event name
    const event = new ScnShareEvent(network, url);
    return this.dispatchEvent(event) ? url : undefined;
  }

  async #native() {
    const url = this.#announce('native');
    if (!url) return;
    try {
      await navigator.share({ text: this.#shareText, url });
    } catch (error) {
      // AbortError: the visitor closed the share sheet, which is their choice, not a failure
      // (the browser rejects with a DOMException, an Error)
      if ((error as Error).name !== 'AbortError') this.reportError(error as Error, 'navigator.share');
    }
  }

  async #copy() {
    const url = this.#announce('copy');
    if (!url) return;
    let copied = true;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      copied = copyByCommand(url);
    }
    // empty the live region first so a second copy is announced again
    this.status = undefined;
    await this.updateComplete;
    this.status = copied;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.status = undefined), 4000);
  }

  /** Loads the prompt's module once; after a failure, the next call tries again. */
  #loadPrompt(): Promise<MastodonPrompt> {
    return (this.#loading ??= import('./mastodon.js').then(
      ({ MastodonPrompt }) => (this.#prompt = new MastodonPrompt(this, (server) => this.#toMastodon(server))),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    ));
  }

  async #ask() {
    try {
      // no await once loaded: the dialog opens within the click
      await (this.#prompt ?? (await this.#loadPrompt())).open();
    } catch (error) {
      this.reportError(error as Error, 'mastodon-prompt');
      // without the dialog, the browser's own prompt asks the same question; what is not a
      // server's address opens nothing, as in the dialog (cancelled, the host is "undefined")
      try {
        const server = new URL(`https://${prompt(msg('Your Mastodon server', { id: 'share-bar.instance' }))?.trim()}`).host;
        if (server.includes('.')) this.#toMastodon(server);
      } catch {
        // not an address
      }
    }
  }

  #toMastodon(server: string) {
    const url = this.#announce('mastodon');
    if (url) window.open(mastodonHref(server, url, this.#shareText), '_blank', 'noopener,noreferrer');
  }
}

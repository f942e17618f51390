// The Mastodon server prompt, in its own module: the share bar loads it only when it offers Mastodon.
import { adoptStyles, css, html, type ReactiveElement } from 'lit';
import { msg, str } from '@lit/localize';
import { rememberInstance, rememberedInstance, toInstance } from './instance.js';

const styles = css`
  dialog {
    inline-size: min(calc(24 * var(--scn-rem)), 100vw - calc(2 * var(--scn-rem)));
    padding: var(--scn-space-5);
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-l);
    background: var(--scn-color-surface);
    color: var(--scn-color-text);
    box-shadow: var(--scn-shadow-l);
  }
  h2 {
    margin: 0 0 var(--scn-space-4);
    font-size: var(--scn-font-size-l);
  }

  /* the server field and the two buttons */
  input,
  form button {
    min-block-size: var(--scn-size-target-comfortable);
    padding: 0 var(--scn-space-3);
    border: 1px solid var(--scn-color-border);
    border-radius: var(--scn-radius-s);
    background: var(--scn-color-surface);
    color: inherit;
    font: inherit;
  }
  input {
    display: block;
    inline-size: 100%;
    margin-block-start: var(--scn-space-1);
  }
  [aria-invalid='true'] {
    border-color: var(--scn-color-error);
  }

  /* the hint under the field, which turns into the error */
  p {
    margin: var(--scn-space-2) 0 var(--scn-space-4);
    font-size: var(--scn-font-size-s);
    color: var(--scn-color-text-muted);
  }
  .error {
    color: var(--scn-color-error);
  }
  form div {
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: var(--scn-share-gap, var(--scn-space-2));
  }
  .primary {
    background: var(--scn-color-brand);
    color: var(--scn-color-on-brand);
  }
`;

/**
 * Asks for the visitor's server in a modal dialog drawn in the host's shadow root, checks it,
 * remembers it, and hands it to `share`.
 */
export class MastodonPrompt {
  /** the server typed is not a host name: the field says so */
  private rejected = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly share: (server: string) => void,
  ) {
    const root = host.renderRoot;
    // added to the host's own sheets (constructable, so a strict CSP allows them)
    if (root instanceof ShadowRoot) {
      const sheet = styles.styleSheet;
      if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      else adoptStyles(root, [styles]);
    }
    host.requestUpdate();
  }

  private get dialog() {
    return this.host.renderRoot.querySelector('dialog');
  }

  private get input() {
    return this.host.renderRoot.querySelector('input');
  }

  async open(): Promise<void> {
    // loaded by this very click: the dialog appears with the host's next render
    if (!this.dialog) await this.host.updateComplete;
    this.#setRejected(false);
    if (this.input) this.input.value = rememberedInstance();
    this.dialog?.showModal();
  }

  #setRejected(value: boolean) {
    this.rejected = value;
    this.host.requestUpdate();
  }

  render() {
    // the same message as the bar's Mastodon control (networks.ts, `brand`), written here so that
    // this chunk imports nothing from the bar's: shared through a module, it made the bar's chunk
    // export it, 115 B more (measured)
    const name = 'Mastodon';
    return html`<dialog part="dialog" aria-labelledby="prompt-title">
      <form method="dialog" novalidate @submit=${this.#submit}>
        <h2 id="prompt-title">${msg(str`Share on ${name}`, { id: 'share-bar.share-on' })}</h2>
        <label for="instance">${msg('Your Mastodon server', { id: 'share-bar.instance' })}</label>
        <input id="instance" part="input" autocapitalize="none" spellcheck="false" inputmode="url"
          aria-describedby="instance-hint" aria-invalid=${this.rejected} />
        <p id="instance-hint" class=${this.rejected ? 'error' : ''} aria-live="polite">${this.rejected
          ? msg('Enter a server name such as mastodon.social.', { id: 'share-bar.instance-invalid' })
          : msg('The server where you have your account, such as mastodon.social.', { id: 'share-bar.instance-hint' })}</p>
        <div><button part="button" class="primary">${msg('Share', { id: 'share-bar.submit' })}</button>
        <button part="button" type="button" @click=${() => this.dialog?.close()}>${msg('Cancel', { id: 'share-bar.cancel' })}</button></div>
      </form>
    </dialog>`;
  }

  #submit = (event: SubmitEvent) => {
    event.preventDefault();
    const server = toInstance(this.input?.value ?? '');
    if (!server) {
      this.#setRejected(true);
      this.input?.focus();
      return;
    }
    rememberInstance(server);
    this.dialog?.close();
    this.share(server);
  };
}

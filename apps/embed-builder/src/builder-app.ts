import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { baseStyles, isSafeUrl, styleProps } from '@strong-cities/core';
import { tokens } from '@strong-cities/tokens';
import { valueLabel } from '../../wordpress-plugin/scripts/widget-model.js';
import { loadCatalogue, shownDefault, type Attribute, type Catalogue, type WidgetInfo } from './catalogue.js';
import { checkFeed, type CheckResult } from './feed-check.js';
import { output, outputIds, reservePixels, type OutputId, type Values } from './outputs.js';
import { PREVIEW_SANDBOX, previewDocument } from './preview.js';
import { DEFAULT_BACKGROUND, previewLocales, readConfig, writeConfig, type Config } from './state.js';
import { styles } from './builder.styles.js';
import { dirOf, initialUiLocale, localeNames, uiLocales, useUiLocale, type UiLocale } from './ui-locale.js';
import { problemText, translated, verdictText } from './words.js';

/**
 * The embed builder: pick a widget, set its attributes through controls generated from its
 * custom-elements.json, see it in a sandboxed strict-CSP preview, copy the snippet.
 */
export class EmbedBuilder extends LitElement {
  static override styles = [tokens, baseStyles, styles];

  // declared without decorators, as the widgets are: the house builds with no decorator support
  static override properties = {
    catalogue: { state: true },
    failure: { state: true },
    config: { state: true },
    ui: { state: true },
    rejected: { state: true },
    tab: { state: true },
    copied: { state: true },
    check: { state: true },
  };

  private catalogue: Catalogue | undefined;
  private failure = '';
  private config: Config = readConfig(location.hash);
  private ui: UiLocale = initialUiLocale(new URLSearchParams(location.hash.replace(/^#/, '')).get('ui'));
  /** URL fields whose text would not pass safeUrl: name → the text, kept in the field only */
  private rejected: Record<string, string> = {};
  private tab: OutputId = 'module';
  private copied = '';
  private check: { src: string; result: CheckResult | 'pending' } | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void useUiLocale(this.ui);
    addEventListener('hashchange', this.#onHash);
    loadCatalogue(new URL('.', location.href)).then(
      (catalogue) => {
        this.catalogue = catalogue;
        if (!this.widget) this.config = { ...this.config, widget: catalogue.widgets[0]?.tag, values: {} };
      },
      (error: unknown) => {
        this.failure = String(error);
      },
    );
  }

  override disconnectedCallback(): void {
    removeEventListener('hashchange', this.#onHash);
    super.disconnectedCallback();
  }

  #onHash = (): void => {
    const next = readConfig(location.hash);
    if (writeConfig(next) !== writeConfig(this.config)) this.config = next;
  };

  private get widget(): WidgetInfo | undefined {
    return this.catalogue?.widgets.find((w) => w.tag === this.config.widget);
  }

  /** The values that apply: only attributes the widget declares. */
  private get values(): Values {
    const widget = this.widget;
    if (!widget) return {};
    return Object.fromEntries(Object.entries(this.config.values).filter(([name]) => widget.attributes.some((a) => a.name === name)));
  }

  private configure(config: Partial<Config>): void {
    this.config = { ...this.config, ...config };
    const hash = writeConfig(this.config);
    const ui = this.ui === initialUiLocale(null) ? '' : `ui=${this.ui}`;
    const full = hash && ui ? `${hash}&${ui}` : hash || (ui ? `#${ui}` : '');
    history.replaceState(null, '', `${location.pathname}${location.search}${full}`);
  }

  private setValue(name: string, value: string | true | undefined): void {
    const values = { ...this.config.values };
    if (value === undefined || value === '') delete values[name];
    else values[name] = value;
    this.configure({ values });
  }

  private t(text: string, context = ''): string {
    return this.catalogue ? translated(this.catalogue.texts, text, context) : text;
  }

  protected override updated(): void {
    document.title = msg('Embed a Strong Cities widget', { id: 'builder.title' });
  }

  override render(): TemplateResult {
    return html`<main class="page" lang=${this.ui} dir=${dirOf(this.ui)}>
      <header>
        <div>
          <h1>${msg('Embed a Strong Cities widget', { id: 'builder.title' })}</h1>
          <p class="intro">
            ${msg('Choose a widget, set it up, check it in the preview, then copy the code for your site.', { id: 'builder.intro' })}
          </p>
        </div>
        <div class="field">
          <label for="ui-locale">${msg('Language of this page', { id: 'builder.ui-locale' })}</label>
          <select id="ui-locale" @change=${this.onUiLocale}>
            ${uiLocales.map((l) => html`<option value=${l} lang=${l} ?selected=${l === this.ui}>${localeNames[l]}</option>`)}
          </select>
        </div>
      </header>
      ${this.failure
        ? html`<p role="alert">${msg('The widgets could not be loaded:', { id: 'builder.load-failed' })} ${this.failure}</p>`
        : this.catalogue
          ? this.renderBuilder(this.catalogue)
          : html`<p role="status">${msg('Loading the widgets…', { id: 'builder.loading' })}</p>`}
    </main>`;
  }

  private async onUiLocale(event: Event): Promise<void> {
    const value = (event.target as HTMLSelectElement).value as UiLocale;
    this.ui = value;
    await useUiLocale(value);
    this.configure({});
  }

  private renderBuilder(catalogue: Catalogue): TemplateResult {
    const widget = this.widget;
    return html`<div class="layout">
      <div>
        <section aria-labelledby="pick-title">
          <h2 id="pick-title">${msg('1. Widget', { id: 'builder.pick' })}</h2>
          <fieldset class="widgets">
            <legend class="visually-hidden">${msg('Widget', { id: 'builder.pick-legend' })}</legend>
            ${catalogue.widgets.map(
              (w) => html`<label class="widget-choice">
                <input type="radio" name="widget" value=${w.tag} .checked=${w.tag === widget?.tag} @change=${this.onPick} />
                <span>${this.t(w.title, 'block title')} <code>&lt;${w.tag}&gt;</code></span>
                <small>${this.t(w.description, 'block description')}</small>
              </label>`,
            )}
          </fieldset>
        </section>
        ${widget ? this.renderSettings(widget) : nothing}
      </div>
      <div>${widget ? html`${this.renderPreview(catalogue, widget)}${this.renderOutputs(catalogue, widget)}` : nothing}</div>
    </div>`;
  }

  private onPick(event: Event): void {
    this.rejected = {};
    this.check = undefined;
    this.configure({ widget: (event.target as HTMLInputElement).value, values: {} });
  }

  private renderSettings(widget: WidgetInfo): TemplateResult {
    return html`<section aria-labelledby="settings-title">
      <h2 id="settings-title">${msg('2. Settings', { id: 'builder.settings' })}</h2>
      ${widget.attributes.length === 0
        ? html`<p>${msg('This widget has no settings.', { id: 'builder.no-settings' })}</p>`
        : widget.attributes.map((a) => this.renderControl(widget, a))}
    </section>`;
  }

  private renderControl(widget: WidgetInfo, attribute: Attribute): TemplateResult {
    const id = `f-${attribute.name}`;
    const value = this.config.values[attribute.name];
    const documented = attribute.kind === 'enum' ? attribute.default : shownDefault(widget.defaults[attribute.name]);
    // a switch's default reads as on or off, not as the code's true or false
    const shown =
      attribute.kind === 'boolean' && documented !== undefined
        ? documented === 'true'
          ? msg('on', { id: 'builder.switch-on' })
          : msg('off', { id: 'builder.switch-off' })
        : documented;
    const label = this.t(attribute.label);
    const help = attribute.help ? this.t(attribute.help) : '';
    const described = [help ? `${id}-help` : '', shown !== undefined ? `${id}-default` : '', this.rejected[attribute.name] !== undefined ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    const helpText = help ? html`<span class="help" id="${id}-help">${help}</span>` : nothing;
    const defaultText =
      shown !== undefined
        ? html`<span class="default" id="${id}-default"
            >${msg(str`Default: ${attribute.kind === 'enum' ? this.t(valueLabel(shown), 'attribute value') : shown}`, { id: 'builder.default' })}</span
          >`
        : nothing;
    const name = html`<code>${attribute.name}</code>`;
    switch (attribute.kind) {
      case 'boolean':
        return html`<div class="field" data-attribute=${attribute.name}>
          <span class="switch">
            <input id=${id} type="checkbox" role="switch" .checked=${value === true} aria-describedby=${described || nothing}
              @change=${(e: Event) => this.setValue(attribute.name, (e.target as HTMLInputElement).checked ? true : undefined)} />
            <label for=${id}>${label} ${name}</label>
          </span>
          ${helpText}${defaultText}
        </div>`;
      case 'enum': {
        const current = typeof value === 'string' && attribute.values?.includes(value) ? value : (attribute.default ?? '');
        return html`<div class="field" data-attribute=${attribute.name}>
          <label for=${id}>${label} ${name}</label>
          <select id=${id} aria-describedby=${described || nothing}
            @change=${(e: Event) => {
              const chosen = (e.target as HTMLSelectElement).value;
              this.setValue(attribute.name, chosen === attribute.default ? undefined : chosen);
            }}>
            ${attribute.default === undefined ? html`<option value="" ?selected=${current === ''}>${msg('Not set', { id: 'builder.not-set' })}</option>` : nothing}
            ${(attribute.values ?? []).map((v) => html`<option value=${v} ?selected=${v === current}>${this.t(valueLabel(v), 'attribute value')} (${v})</option>`)}
          </select>
          ${helpText}${defaultText}
        </div>`;
      }
      default: {
        const text = this.rejected[attribute.name] ?? (typeof value === 'string' ? value : '');
        const type = attribute.kind === 'url' ? 'url' : attribute.kind === 'number' ? 'number' : 'text';
        const feed = attribute.name === 'src' && widget.schema !== undefined;
        return html`<div class="field" data-attribute=${attribute.name}>
          <label for=${id}>${label} ${name}</label>
          <div class="row">
            <input class="grow" id=${id} type=${type} .value=${text} dir="ltr" spellcheck="false"
              placeholder=${shown ?? nothing}
              aria-invalid=${this.rejected[attribute.name] !== undefined ? 'true' : 'false'}
              aria-describedby=${described || nothing}
              @change=${(e: Event) => this.onText(attribute, (e.target as HTMLInputElement).value)} />
            ${feed
              ? html`<button type="button" class="secondary" @click=${() => this.onCheck(widget)}>${msg('Check the feed', { id: 'builder.check' })}</button>`
              : nothing}
          </div>
          ${this.rejected[attribute.name] !== undefined
            ? html`<span class="error" id="${id}-error">${msg('Only http, https and mailto addresses are accepted: the widget would ignore this one.', { id: 'builder.url-rejected' })}</span>`
            : nothing}
          ${helpText}${defaultText}${feed ? this.renderCheck() : nothing}
        </div>`;
      }
    }
  }

  private onText(attribute: Attribute, raw: string): void {
    const text = raw.trim();
    const rejected = { ...this.rejected };
    delete rejected[attribute.name];
    if (attribute.kind === 'url' && text !== '' && !isSafeUrl(text)) {
      // what the widget would refuse never reaches the preview or the code
      rejected[attribute.name] = raw;
      this.rejected = rejected;
      this.setValue(attribute.name, undefined);
      return;
    }
    this.rejected = rejected;
    this.setValue(attribute.name, text);
  }

  private async onCheck(widget: WidgetInfo): Promise<void> {
    const src = this.config.values['src'];
    const field = this.renderRoot.querySelector<HTMLInputElement>('#f-src');
    const text = typeof src === 'string' ? src : (field?.value.trim() ?? '');
    if (!widget.schema) return;
    this.check = { src: text, result: 'pending' };
    const result = await checkFeed(text, widget.schema);
    if (this.check.src === text) this.check = { src: text, result };
  }

  private renderCheck(): TemplateResult {
    const check = this.check;
    const body = (): TemplateResult | typeof nothing => {
      if (!check) return nothing;
      if (check.result === 'pending') return html`<p>${msg('Checking the feed…', { id: 'builder.checking' })}</p>`;
      const result = check.result;
      const good = result.status === 'valid';
      return html`<div class="check ${good ? 'ok' : 'bad'}">
        <p>${verdictText(result)}</p>
        ${result.status === 'invalid'
          ? html`<ul>
              ${result.problems.map((p) => html`<li class="problem" dir="ltr">${problemText(p)}</li>`)}
            </ul>`
          : nothing}
        ${result.status === 'cors' ? html`<p><code dir="ltr">Access-Control-Allow-Origin: *</code></p>` : nothing}
      </div>`;
    };
    return html`<div role="status" aria-live="polite" class="check-result">${body()}</div>`;
  }

  private renderPreview(catalogue: Catalogue, widget: WidgetInfo): TemplateResult {
    const { lang, bg } = this.config;
    const doc = previewDocument({
      widget,
      values: this.values,
      manifest: catalogue.manifest,
      base: catalogue.previewBase,
      locale: lang,
      dir: dirOf(lang),
      title: this.t(widget.title, 'block title'),
    });
    const height = `${Math.max(reservePixels(widget.reserve) + 48, 160)}px`;
    return html`<section aria-labelledby="preview-title">
      <h2 id="preview-title">${msg('3. Preview', { id: 'builder.preview' })}</h2>
      <div class="preview-settings">
        <div class="field">
          <label for="preview-lang">${msg('Language of the page', { id: 'builder.preview-lang' })}</label>
          <select id="preview-lang" @change=${(e: Event) => this.configure({ lang: (e.target as HTMLSelectElement).value })}>
            ${previewLocales.map((l) => html`<option value=${l} lang=${l} ?selected=${l === lang}>${localeNames[l]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="preview-bg">${msg('Background of the page', { id: 'builder.preview-bg' })}</label>
          <input id="preview-bg" type="color" .value=${bg} @input=${(e: Event) => this.configure({ bg: (e.target as HTMLInputElement).value })} />
        </div>
        ${bg !== DEFAULT_BACKGROUND
          ? html`<button type="button" class="secondary" @click=${() => this.configure({ bg: DEFAULT_BACKGROUND })}>
              ${msg('White background', { id: 'builder.preview-bg-reset' })}
            </button>`
          : nothing}
      </div>
      <p class="note">
        ${msg('The real published files, in a sandboxed frame under the strict Content-Security-Policy the widgets promise to work with.', { id: 'builder.preview-note' })}
      </p>
      <iframe
        title=${msg(str`Preview: ${this.t(widget.title, 'block title')}`, { id: 'builder.preview-frame' })}
        sandbox=${PREVIEW_SANDBOX}
        .srcdoc=${doc}
        ${styleProps({ 'background-color': bg, 'block-size': height })}
      ></iframe>
    </section>`;
  }

  private outputLabel(id: OutputId): string {
    switch (id) {
      case 'module':
        return msg('Script (module)', { id: 'builder.out.module' });
      case 'classic':
        return msg('Script (classic)', { id: 'builder.out.classic' });
      case 'iframe':
        return msg('iframe', { id: 'builder.out.iframe' });
      case 'shortcode':
        return msg('WordPress shortcode', { id: 'builder.out.shortcode' });
      case 'block':
        return msg('WordPress block', { id: 'builder.out.block' });
      case 'drupal':
        return msg('Drupal', { id: 'builder.out.drupal' });
      case 'csp':
        return msg('Content-Security-Policy', { id: 'builder.out.csp' });
    }
  }

  private outputNote(id: OutputId): string {
    switch (id) {
      case 'module':
        return msg('Paste the script once, in the head section of the page, and the tag where the widget goes. Pinned to this version; integrity makes the browser refuse any other file.', { id: 'builder.note.module' });
      case 'classic':
        return msg('For editors that remove type="module": one classic script with every widget.', { id: 'builder.note.classic' });
      case 'iframe':
        return msg('For sites that allow no script at all: the widget in a frame, from the same files.', { id: 'builder.note.iframe' });
      case 'shortcode':
        return msg('With the Strong Cities widgets plugin installed: paste into a Shortcode block or a classic editor.', { id: 'builder.note.shortcode' });
      case 'block':
        return msg('With the plugin installed: paste into the block editor’s code editor.', { id: 'builder.note.block' });
      case 'drupal':
        return msg('Add the library to your theme’s *.libraries.yml, attach it, then place the tag in a Full HTML text.', { id: 'builder.note.drupal' });
      case 'csp':
        return msg('If your site sends a Content-Security-Policy, add these lines (the feed’s address is included when you set one).', { id: 'builder.note.csp' });
    }
  }

  private renderOutputs(catalogue: Catalogue, widget: WidgetInfo): TemplateResult {
    const context = { widget, values: this.values, manifest: catalogue.manifest, locale: this.config.lang };
    const text = output(this.tab, context);
    return html`<section aria-labelledby="code-title">
      <h2 id="code-title">${msg('4. Code for your site', { id: 'builder.code' })}</h2>
      <div role="tablist" aria-labelledby="code-title" @keydown=${this.onTabKey}>
        ${outputIds.map(
          (id) => html`<button type="button" role="tab" id="tab-${id}" aria-controls="panel" aria-selected=${id === this.tab ? 'true' : 'false'}
            tabindex=${id === this.tab ? '0' : '-1'} @click=${() => this.selectTab(id)}>${this.outputLabel(id)}</button>`,
        )}
      </div>
      <div role="tabpanel" id="panel" aria-labelledby="tab-${this.tab}">
        <p class="note">${this.outputNote(this.tab)}</p>
        <pre><code class="output" data-output=${this.tab}>${text}</code></pre>
        <button type="button" class="copy" @click=${() => this.copy(text, this.outputLabel(this.tab))}>
          ${msg(str`Copy: ${this.outputLabel(this.tab)}`, { id: 'builder.copy' })}
        </button>
        <p class="status" role="status" aria-live="polite">${this.copied}</p>
      </div>
    </section>`;
  }

  private selectTab(id: OutputId, focus = false): void {
    this.tab = id;
    this.copied = '';
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${id}`)?.focus());
  }

  private onTabKey(event: KeyboardEvent): void {
    const index = outputIds.indexOf(this.tab);
    const rtl = dirOf(this.ui) === 'rtl';
    const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, Home: -index, End: outputIds.length - 1 - index };
    const by = step[event.key];
    if (by === undefined) return;
    event.preventDefault();
    const next = outputIds[(index + by + outputIds.length) % outputIds.length];
    if (next) this.selectTab(next, true);
  }

  private async copy(text: string, what: string): Promise<void> {
    this.copied = '';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(text);
      this.copied = msg(str`Copied: ${what}. Paste it into your page.`, { id: 'builder.copied' });
    } catch {
      this.copied = msg('Your browser did not allow copying: select the code above and copy it with the keyboard.', { id: 'builder.copy-failed' });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'scn-embed-builder': EmbedBuilder;
  }
}

// the builder's own page is the only place it runs: no second copy or version to reconcile
// eslint-disable-next-line no-restricted-syntax
customElements.define('scn-embed-builder', EmbedBuilder);

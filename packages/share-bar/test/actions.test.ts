import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { iconCheck, renderIcon } from '@strong-cities/icons';
import { resetLocale, setLocale } from '@strong-cities/core';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, nextEvent, until } from '../../../config/test-utils.js';
import type { ShareBar } from '../src/index.js';
import { bar, control, settle, status, stubNavigator } from './helpers.js';

const NEWS = 'https://city.example/news/1';
const STORAGE_KEY = 'scn-mastodon-instance';

describe('<scn-share-bar> copy link', function () {
  this.timeout(30_000); // axe and real key presses are slow on a busy machine
  const restores: (() => void)[] = [];
  beforeEach(() => restores.push(stubNavigator('share', undefined)));
  afterEach(async () => {
    restores.splice(0).forEach((r) => r());
    await resetLocale();
  });

  it('copies the shared URL and says so in a polite live region', async () => {
    const written: string[] = [];
    restores.push(stubNavigator('clipboard', { writeText: async (t: string) => void written.push(t) }));
    const el = await bar(html`<scn-share-bar url=${NEWS}></scn-share-bar>`);
    const seen = nextEvent(el, 'scn-share');
    control(el, 'copy').click();
    expect((await seen).network).to.equal('copy');
    await until(() => status(el) !== '', 'status');
    expect(written).to.deep.equal([NEWS]);
    expect(status(el)).to.equal('Link copied');
    const region = el.shadowRoot?.querySelector('[role="status"]');
    expect(region?.getAttribute('aria-live') ?? 'polite').to.equal('polite');
    // the check mark: the control now shows the same paths as the icon itself
    const check = document.createElement('div');
    render(renderIcon(iconCheck), check);
    expect(control(el, 'copy').querySelector('svg')?.innerHTML.replace(/<!--.*?-->/g, '')).to.equal(check.querySelector('svg')?.innerHTML.replace(/<!--.*?-->/g, ''));
  });

  it('says it in the active language', async () => {
    restores.push(stubNavigator('clipboard', { writeText: async () => undefined }));
    const el = await bar(html`<scn-share-bar url=${NEWS}></scn-share-bar>`);
    await setLocale('fr');
    await settle(el);
    control(el, 'copy').click();
    await until(() => status(el) !== '', 'status');
    expect(status(el)).to.equal('Lien copié');
  });

  it('falls back to the copy command without the Clipboard API, keeping focus', async () => {
    restores.push(stubNavigator('clipboard', undefined));
    const original = document.execCommand;
    const copied: string[] = [];
    // what the browser does on execCommand('copy'): a copy event whose data becomes the clipboard
    document.execCommand = (command: string) => {
      const event = new ClipboardEvent(command, { clipboardData: new DataTransfer(), cancelable: true });
      document.dispatchEvent(event);
      copied.push(event.clipboardData?.getData('text/plain') ?? '');
      return event.defaultPrevented;
    };
    try {
      const el = await bar(html`<scn-share-bar url=${NEWS}></scn-share-bar>`);
      const button = control(el, 'copy');
      button.focus();
      button.click();
      await until(() => status(el) !== '', 'status');
      expect(copied).to.deep.equal([NEWS]);
      expect(status(el)).to.equal('Link copied');
      expect(el.shadowRoot?.activeElement === button).to.equal(true);
    } finally {
      document.execCommand = original;
    }
  });

  it('says when the link could not be copied', async () => {
    restores.push(stubNavigator('clipboard', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }));
    const original = document.execCommand;
    document.execCommand = () => false;
    try {
      const el = await bar(html`<scn-share-bar url=${NEWS}></scn-share-bar>`);
      control(el, 'copy').click();
      await until(() => status(el) !== '', 'status');
      expect(status(el)).to.equal('The link could not be copied');
    } finally {
      document.execCommand = original;
    }
  });

  it('announces a second copy again', async () => {
    restores.push(stubNavigator('clipboard', { writeText: async () => undefined }));
    const el = await bar(html`<scn-share-bar url=${NEWS}></scn-share-bar>`);
    control(el, 'copy').click();
    await until(() => status(el) !== '', 'first status');
    const texts: string[] = [];
    const region = el.shadowRoot?.querySelector('[role="status"]');
    if (!region) throw new Error('no live region');
    const observer = new MutationObserver(() => texts.push(region.textContent?.trim() ?? ''));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    control(el, 'copy').click();
    await until(() => texts.includes('') && status(el) === 'Link copied', 'second status');
    observer.disconnect();
  });

  it('puts the copy icon back after a few seconds, also when the bar was moved meanwhile', async () => {
    restores.push(stubNavigator('clipboard', { writeText: async () => undefined }));
    const el = await bar(html`<scn-share-bar url=${NEWS}></scn-share-bar>`);
    const copyIcon = control(el, 'copy').querySelector('path')?.getAttribute('d');
    control(el, 'copy').click();
    await until(() => status(el) === 'Link copied', 'status');
    expect(control(el, 'copy').querySelector('path')?.getAttribute('d')).to.equal(iconCheck.path);
    // a single-page app moving the bar (disconnected, then connected again) must not freeze the check mark
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el);
    try {
      await until(() => status(el) === '', 'the status cleared', 8000);
      await el.updateComplete;
      expect(control(el, 'copy').querySelector('path')?.getAttribute('d')).to.equal(copyIcon);
    } finally {
      elsewhere.remove();
    }
  });

  it('copies nothing when the scn-share event is cancelled', async () => {
    const written: string[] = [];
    restores.push(stubNavigator('clipboard', { writeText: async (t: string) => void written.push(t) }));
    const el = await bar(html`<scn-share-bar url=${NEWS}></scn-share-bar>`);
    el.addEventListener('scn-share', (e) => e.preventDefault());
    control(el, 'copy').click();
    await new Promise((r) => setTimeout(r, 50));
    expect(written).to.deep.equal([]);
    expect(status(el)).to.equal('');
  });
});

describe('<scn-share-bar> Web Share', function () {
  this.timeout(30_000); // axe and real key presses are slow on a busy machine
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('offers no "Share…" button without navigator.share', async () => {
    restore = stubNavigator('share', undefined);
    const el = await bar(html`<scn-share-bar></scn-share-bar>`);
    expect(el.shadowRoot?.querySelector('[part~="control-native"]') === null, 'absent').to.equal(true);
  });

  it('offers "Share…" first and opens the share sheet with text and URL', async () => {
    const shared: ShareData[] = [];
    restore = stubNavigator('share', async (data: ShareData) => void shared.push(data));
    const el = await bar(html`<scn-share-bar url=${NEWS} text="City news"></scn-share-bar>`);
    const button = el.shadowRoot?.querySelector('.control');
    expect(button?.getAttribute('aria-label')).to.equal('Share…');
    const seen = nextEvent(el, 'scn-share');
    (button as HTMLElement).click();
    expect((await seen).network).to.equal('native');
    await until(() => shared.length > 0, 'share');
    expect(shared[0]).to.deep.equal({ text: 'City news', url: NEWS });
    await expect(el).to.be.accessible();
  });

  it('treats a dismissed share sheet (AbortError) as no error', async () => {
    restore = stubNavigator('share', () => Promise.reject(new DOMException('dismissed', 'AbortError')));
    const el = await bar(html`<scn-share-bar url=${NEWS}></scn-share-bar>`);
    let errors = 0;
    el.addEventListener('scn-error', () => errors++);
    const warnings = await captureWarnings(async () => {
      control(el, 'native').click();
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(warnings).to.deep.equal([]);
    expect(errors).to.equal(0);
  });

  it('reports another failure with one warning and scn-error', async () => {
    restore = stubNavigator('share', () => Promise.reject(new DOMException('blocked', 'NotAllowedError')));
    const el = await bar(html`<scn-share-bar url=${NEWS}></scn-share-bar>`);
    const warnings = await captureWarnings(async () => {
      const failed = nextEvent(el, 'scn-error');
      control(el, 'native').click();
      expect((await failed).source).to.equal('navigator.share');
    });
    expect(warnings).to.have.length(1);
  });
});

describe('<scn-share-bar> Mastodon', function () {
  this.timeout(30_000); // axe and real key presses are slow on a busy machine
  let opened: string[];
  const originalOpen = window.open;
  let restoreShare: () => void;

  beforeEach(() => {
    opened = [];
    window.open = ((address?: string | URL) => {
      opened.push(String(address));
      return null;
    }) as typeof window.open;
    localStorage.removeItem(STORAGE_KEY);
    restoreShare = stubNavigator('share', undefined);
  });
  afterEach(async () => {
    window.open = originalOpen;
    localStorage.removeItem(STORAGE_KEY);
    restoreShare();
    await resetLocale();
  });

  /** The prompt, once its module (loaded after the first render) has drawn it. */
  const parts = async (el: ShareBar) => {
    await until(() => !!el.shadowRoot?.querySelector('dialog'), 'Mastodon prompt loaded');
    const dialog = el.shadowRoot?.querySelector('dialog');
    const input = el.shadowRoot?.querySelector('input');
    if (!dialog || !input) throw new Error('no Mastodon prompt');
    return { dialog, input, button: control(el, 'mastodon') };
  };

  it('is a button, not a link to any third party', async () => {
    const el = await bar(html`<scn-share-bar networks="mastodon"></scn-share-bar>`);
    const { button, dialog } = await parts(el);
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-label')).to.equal('Share on Mastodon');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(dialog.open).to.equal(false);
  });

  it('draws the button at once and loads the prompt before any click', async () => {
    const el = await bar(html`<scn-share-bar networks="mastodon"></scn-share-bar>`);
    expect(control(el, 'mastodon').getAttribute('aria-haspopup')).to.equal('dialog');
    const { dialog } = await parts(el);
    expect(dialog.open).to.equal(false);
  });

  it('opens from the keyboard right after the first render, and gives focus back', async () => {
    const el = await bar(html`<scn-share-bar networks="mastodon"></scn-share-bar>`);
    const button = control(el, 'mastodon');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!el.shadowRoot?.querySelector('dialog')?.open, 'dialog open');
    expect(el.shadowRoot?.activeElement === el.shadowRoot?.querySelector('input'), 'focus on input').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !el.shadowRoot?.querySelector('dialog')?.open, 'dialog closed');
    expect(el.shadowRoot?.activeElement === button, 'focus on button').to.equal(true);
  });

  it('shows and says nothing of the prompt once networks drop Mastodon', async () => {
    const el = await bar(html`<scn-share-bar networks="mastodon x"></scn-share-bar>`);
    const { dialog } = await parts(el);
    el.networks = 'x';
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part~="control-mastodon"]')).to.equal(null);
    expect(dialog.open).to.equal(false);
    expect(dialog.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('loads no prompt where Mastodon is not offered', async () => {
    const el = await bar(html`<scn-share-bar></scn-share-bar>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(el.shadowRoot?.querySelector('dialog')).to.equal(null);
  });

  it('asks for the server in a modal dialog, opens its share page and remembers it', async () => {
    const el = await bar(html`<scn-share-bar url=${NEWS} text="City news" networks="mastodon"></scn-share-bar>`);
    const { dialog, input, button } = await parts(el);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(el.shadowRoot?.activeElement === input, 'focus on input').to.equal(true);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('prompt-title');
    expect(el.shadowRoot?.getElementById('prompt-title')?.textContent).to.equal('Share on Mastodon');
    await expect(el).to.be.accessible();
    const seen = nextEvent(el, 'scn-share');
    await sendKeys({ type: 'https://Mastodon.Example/@me' });
    await sendKeys({ press: 'Enter' });
    const event = await seen;
    expect(event.network).to.equal('mastodon');
    expect(event.url).to.equal(NEWS);
    expect(opened).to.deep.equal([`https://mastodon.example/share?text=${encodeURIComponent(`City news ${NEWS}`)}`]);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('mastodon.example');
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot?.activeElement === button, 'focus on button').to.equal(true);
  });

  it('offers the remembered server next time', async () => {
    localStorage.setItem(STORAGE_KEY, 'fosstodon.org');
    const el = await bar(html`<scn-share-bar networks="mastodon"></scn-share-bar>`);
    const { input, button } = await parts(el);
    button.click();
    expect(input.value).to.equal('fosstodon.org');
  });

  it('ignores a tampered remembered value', async () => {
    localStorage.setItem(STORAGE_KEY, 'javascript:alert(1)');
    const el = await bar(html`<scn-share-bar networks="mastodon"></scn-share-bar>`);
    const { input, button } = await parts(el);
    button.click();
    expect(input.value).to.equal('');
  });

  it('refuses a value that is not a host name, saying why', async () => {
    const el = await bar(html`<scn-share-bar networks="mastodon"></scn-share-bar>`);
    const { dialog, input, button } = await parts(el);
    button.click();
    await sendKeys({ type: 'not a server' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(opened).to.deep.equal([]);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const hint = el.shadowRoot?.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent?.trim()).to.equal('Enter a server name such as mastodon.social.');
    expect(el.shadowRoot?.activeElement === input, 'focus on input').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('closes on Escape and on Cancel, returning focus, opening nothing', async () => {
    const el = await bar(html`<scn-share-bar networks="mastodon"></scn-share-bar>`);
    const { dialog, button } = await parts(el);
    button.focus();
    button.click();
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'dialog closed');
    expect(el.shadowRoot?.activeElement === button, 'focus on button').to.equal(true);
    button.click();
    const cancel = [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Cancel');
    cancel?.click();
    await until(() => !dialog.open, 'dialog closed');
    expect(el.shadowRoot?.activeElement === button, 'focus on button').to.equal(true);
    expect(opened).to.deep.equal([]);
  });

  it('speaks the active language', async () => {
    const el = await bar(html`<scn-share-bar networks="mastodon"></scn-share-bar>`);
    await setLocale('es');
    await settle(el);
    (await parts(el)).button.click();
    expect(el.shadowRoot?.querySelector('label')?.textContent).to.equal('Tu servidor de Mastodon');
    expect(el.shadowRoot?.getElementById('prompt-title')?.textContent).to.equal('Compartir en Mastodon');
  });

  it('opens nothing when the scn-share event is cancelled', async () => {
    const el = await bar(html`<scn-share-bar networks="mastodon"></scn-share-bar>`);
    el.addEventListener('scn-share', (e) => e.preventDefault());
    const { input, button } = await parts(el);
    button.click();
    input.value = 'mastodon.social';
    input.form?.requestSubmit();
    expect(opened).to.deep.equal([]);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('mastodon.social');
  });
});

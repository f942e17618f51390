import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent, renderedIn } from '../../../config/test-utils.js';
import { html as litHtml } from 'lit';
import {
  ScnElement,
  currentLocale,
  messages,
  resetLocale,
  resolveLocale,
  setLocale,
  applyPageLocale,
  toLocale,
} from '../src/index.js';

class LocaleProbe extends ScnElement {
  override render() {
    return litHtml`<p>${messages.loading()}</p>`;
  }
}
customElements.define('locale-probe', LocaleProbe);

const text = (el: Element) => el.shadowRoot?.querySelector('p')?.textContent ?? '';

describe('locale runtime', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await resetLocale();
  });

  it('maps language tags to the locales we speak', () => {
    expect(toLocale('fr-CA')).to.equal('fr');
    expect(toLocale('AR')).to.equal('ar');
    expect(toLocale('es_MX')).to.equal('es');
    expect(toLocale('xx-YY')).to.equal(undefined);
    expect(toLocale('')).to.equal(undefined);
    expect(toLocale(undefined)).to.equal(undefined);
  });

  it('follows <html lang> (primary subtag) when nobody chose', async () => {
    document.documentElement.lang = 'fr-CA';
    await applyPageLocale();
    expect(currentLocale()).to.equal('fr');
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    await renderedIn(el, 'fr');
    expect(text(el)).to.equal('Chargement…');
    expect(el.lang).to.equal('fr');
    expect(el.dir).to.equal('ltr');
  });

  it('falls back to the browser languages, then English, for an unknown <html lang>', async () => {
    document.documentElement.lang = 'xx-YY';
    const expected = navigator.languages.map(toLocale).find(Boolean) ?? 'en';
    expect(resolveLocale()).to.equal(expected);
  });

  it('re-renders widgets and sets rtl when <html lang> changes later', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    await renderedIn(el, 'en');
    const seen = nextEvent(document, 'scn-locale-change');
    document.documentElement.lang = 'ar';
    const event = await seen;
    expect(event.locale).to.equal('ar');
    expect(event.cancelable).to.equal(false);
    expect(el.lang, 'lang changes only once the Arabic strings are loaded').to.equal('en');
    await renderedIn(el, 'ar');
    expect(text(el)).to.equal('جارٍ التحميل…');
    expect(el.dir).to.equal('rtl');
    expect(getComputedStyle(el).direction).to.equal('rtl');
  });

  it('lets a chosen locale beat <html lang>, and a listener cancel it', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect(await setLocale('es')).to.equal(true);
    document.documentElement.lang = 'fr';
    await new Promise((r) => setTimeout(r, 20));
    await renderedIn(el, 'es');
    expect(currentLocale()).to.equal('es');
    expect(text(el)).to.equal('Cargando…');

    const stop = (e: Event) => e.preventDefault();
    document.addEventListener('scn-locale-change', stop);
    try {
      expect(await setLocale('ar')).to.equal(false);
    } finally {
      document.removeEventListener('scn-locale-change', stop);
    }
    expect(currentLocale()).to.equal('es');
  });

  it('refuses an unknown locale with one warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      expect(await setLocale('de')).to.equal(false);
      expect(await setLocale('de')).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"de"');
  });

  it('remembers a choice when asked, and forgets it on reset', async () => {
    await setLocale('fr', { remember: true });
    expect(localStorage.getItem('scn-locale')).to.equal('fr');
    await resetLocale();
    expect(localStorage.getItem('scn-locale')).to.equal(null);
    localStorage.setItem('scn-locale', 'ar');
    expect(resolveLocale()).to.equal('ar');
    localStorage.removeItem('scn-locale');
  });

  it('dispatches the cancelable event from the origin it is given', async () => {
    const origin = document.createElement('div');
    document.body.append(origin);
    const seen = nextEvent(origin, 'scn-locale-change');
    void setLocale('fr', { origin });
    const event = await seen;
    expect(event.cancelable).to.equal(true);
    expect(event.dir).to.equal('ltr');
    origin.remove();
  });
});

describe('first render', () => {
  it('waits for the page locale, so an Arabic page never paints English first', async () => {
    document.documentElement.lang = 'ar';
    const el = document.createElement('locale-probe') as LocaleProbe;
    const painted: string[] = [];
    const observer = new MutationObserver(() => painted.push(text(el)));
    document.body.append(el);
    if (el.shadowRoot) observer.observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
    await el.updateComplete;
    await renderedIn(el, 'ar');
    observer.disconnect();
    expect(text(el)).to.equal('جارٍ التحميل…');
    expect(painted.filter((t) => t === 'Loading…')).to.deep.equal([]);
    el.remove();
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { currentLocale, resetLocale, type ScnLocaleChangeEvent } from '@strong-cities/core';
import { nextEvent, until } from '../../../config/test-utils.js';
import '../src/define.js';
import type { LanguageToggle } from '../src/language-toggle.js';
import { type LocaleProbe, choices, settle } from './helpers.js';

async function page(attrs = '') {
  const root = await fixture<HTMLDivElement>(
    attrs === 'remember'
      ? html`<div><scn-language-toggle remember></scn-language-toggle><locale-probe></locale-probe></div>`
      : attrs === 'sync-document'
        ? html`<div><scn-language-toggle sync-document></scn-language-toggle><locale-probe></locale-probe></div>`
        : html`<div><scn-language-toggle></scn-language-toggle><locale-probe></locale-probe></div>`,
  );
  const toggle = root.querySelector('scn-language-toggle') as LanguageToggle;
  const probe = root.querySelector('locale-probe') as LocaleProbe;
  await settle(probe);
  const choose = async (code: string) => {
    const choice = choices(toggle).find((c) => c.lang === code);
    if (!choice) throw new Error(`no ${code} choice`);
    choice.click();
    await new Promise((r) => setTimeout(r, 0));
    await settle(probe);
    await settle(toggle);
  };
  return { toggle, probe, choose, probeText: () => probe.shadowRoot?.querySelector('button')?.textContent };
}

describe('<scn-language-toggle> switching locale', () => {
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });
  afterEach(async () => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
    localStorage.removeItem('scn-locale');
    await resetLocale();
  });

  it('switches another widget on the page to French', async () => {
    const { toggle, choose, probeText } = await page();
    expect(probeText()).to.equal('Loading…');
    await choose('fr');
    expect(currentLocale()).to.equal('fr');
    expect(probeText()).to.equal('Chargement…');
    const marked = choices(toggle).filter((c) => c.hasAttribute('aria-current'));
    expect(marked.map((c) => c.lang)).to.deep.equal(['fr']);
    // its own label follows too
    expect(toggle.shadowRoot?.querySelector('[role=group]')?.getAttribute('aria-label')).to.equal('Langue');
  });

  it('turns widgets right to left for Arabic', async () => {
    const { toggle, probe, choose, probeText } = await page();
    await choose('ar');
    expect(probeText()).to.equal('جارٍ التحميل…');
    expect(probe.dir).to.equal('rtl');
    expect(getComputedStyle(probe).direction).to.equal('rtl');
    expect(getComputedStyle(toggle).direction).to.equal('rtl');
    // the page itself is left alone unless asked
    expect(document.documentElement.lang).to.equal('en');
    expect(document.documentElement.dir).to.equal('');
  });

  it('fires a cancelable scn-locale-change from itself first', async () => {
    const { toggle } = await page();
    const seen = nextEvent(document, 'scn-locale-change');
    choices(toggle)[2].click();
    const event: ScnLocaleChangeEvent = await seen;
    expect(event.locale).to.equal('es');
    expect(event.cancelable).to.equal(true);
    expect(event.target === toggle, 'dispatched from the toggle').to.equal(true);
  });

  it('lets a single-page app cancel the switch and route instead', async () => {
    const { toggle, choose, probeText } = await page();
    const routed: string[] = [];
    const route = (e: ScnLocaleChangeEvent) => {
      e.preventDefault();
      routed.push(e.locale);
    };
    toggle.addEventListener('scn-locale-change', route);
    await choose('fr');
    expect(routed).to.deep.equal(['fr']);
    expect(currentLocale()).to.equal('en');
    expect(probeText()).to.equal('Loading…');
    expect(choices(toggle)[0].getAttribute('aria-current')).to.equal('true');
  });

  it('follows the page when a single-page app routes and sets <html lang> itself', async () => {
    const { toggle, choose, probeText } = await page();
    toggle.addEventListener('scn-locale-change', (e) => {
      e.preventDefault();
      document.documentElement.lang = e.locale; // what a router does after loading the French view
    });
    await choose('fr');
    await until(() => probeText() === 'Chargement…', 'the page-driven French');
    await settle(toggle);
    expect(choices(toggle)[1].getAttribute('aria-current')).to.equal('true');
  });

  it('sets <html lang> and dir with sync-document, firing the event once', async () => {
    const { choose, probeText } = await page('sync-document');
    const events: string[] = [];
    const count = (e: ScnLocaleChangeEvent) => events.push(e.locale);
    document.addEventListener('scn-locale-change', count);
    try {
      await choose('ar');
      await new Promise((r) => setTimeout(r, 20)); // let core's <html lang> observer run
    } finally {
      document.removeEventListener('scn-locale-change', count);
    }
    expect(document.documentElement.lang).to.equal('ar');
    expect(document.documentElement.dir).to.equal('rtl');
    expect(events).to.deep.equal(['ar']);
    expect(currentLocale()).to.equal('ar');
    expect(probeText()).to.equal('جارٍ التحميل…');
  });

  it('leaves <html lang> alone when the switch is cancelled', async () => {
    const { toggle, choose } = await page('sync-document');
    toggle.addEventListener('scn-locale-change', (e) => e.preventDefault());
    await choose('fr');
    expect(document.documentElement.lang).to.equal('en');
  });

  it('remembers the choice only when asked', async () => {
    const plain = await page();
    await plain.choose('es');
    expect(localStorage.getItem('scn-locale')).to.equal(null);
    await resetLocale();
    const remembering = await page('remember');
    await remembering.choose('fr');
    expect(localStorage.getItem('scn-locale')).to.equal('fr');
  });

  it('keeps focus on the chosen button', async () => {
    const { toggle, choose } = await page();
    const fr = choices(toggle)[1];
    fr.focus();
    await choose('fr');
    expect(toggle.shadowRoot?.activeElement).to.equal(choices(toggle)[1]);
  });
});

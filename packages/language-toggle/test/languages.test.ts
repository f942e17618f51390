import { expect, fixture, html } from '@open-wc/testing';
import { resetLocale } from '@strong-cities/core';
import { captureWarnings } from '../../../config/test-utils.js';
import '../src/define.js';
import type { LanguageToggle } from '../src/language-toggle.js';
import { addAlternates, catchNavigation, choices } from './helpers.js';

const texts = (el: Element) => choices(el).map((c) => c.textContent?.trim());

describe('<scn-language-toggle> languages', () => {
  let removeLinks = () => {};
  afterEach(async () => {
    removeLinks();
    document.documentElement.lang = 'en';
    await resetLocale();
  });

  it('names each language in its own language and marks the current one', async () => {
    const el = await fixture<LanguageToggle>(html`<scn-language-toggle languages="en fr es ar"></scn-language-toggle>`);
    expect(texts(el)).to.deep.equal(['English', 'Français', 'Español', 'العربية']);
    expect(choices(el).map((c) => c.lang)).to.deep.equal(['en', 'fr', 'es', 'ar']);
    expect(choices(el).map((c) => c.getAttribute('aria-current'))).to.deep.equal(['true', null, null, null]);
    expect(choices(el).every((c) => c instanceof HTMLButtonElement)).to.equal(true);
    expect(el.shadowRoot?.querySelector('[role=group]')?.getAttribute('aria-label')).to.equal('Language');
  });

  it('offers every locale the widgets speak when given nothing', async () => {
    const el = await fixture<LanguageToggle>(html`<scn-language-toggle></scn-language-toggle>`);
    expect(texts(el)).to.deep.equal(['English', 'Français', 'Español', 'العربية']);
  });

  it('names our locales as Intl.DisplayNames does in this browser, without asking it (its first use costs ~200 ms on a phone)', async () => {
    const fromIntl = ['en', 'fr', 'es', 'ar'].map((code) => {
      const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
      return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
    });
    removeLinks = addAlternates({ de: '/de/page' });
    const real = Intl.DisplayNames;
    const asked: string[] = [];
    // Intl's properties are writable; TypeScript declares them read-only
    Reflect.set(Intl, 'DisplayNames', new Proxy(real, {
      construct(target, args: ConstructorParameters<typeof Intl.DisplayNames>) {
        asked.push(String(args[0]));
        return new target(...args);
      },
    }));
    try {
      const el = await fixture<LanguageToggle>(html`<scn-language-toggle languages="en fr es ar de"></scn-language-toggle>`);
      expect(texts(el)).to.deep.equal([...fromIntl, 'Deutsch']);
      // only the language we do not speak is named by Intl
      expect(asked).to.deep.equal(['de']);
    } finally {
      Reflect.set(Intl, 'DisplayNames', real);
    }
  });

  it("reads the page's hreflang links, leaves out x-default and links to each translation", async () => {
    const here = location.href.split('#')[0];
    removeLinks = addAlternates({ en: here, 'fr-ca': '/fr/page', ar: '/ar/page', 'x-default': '/choose', de: '/de/page' });
    const warnings = await captureWarnings(async () => {
      const el = await fixture<LanguageToggle>(html`<scn-language-toggle></scn-language-toggle>`);
      const links = choices(el) as HTMLAnchorElement[];
      expect(texts(el)).to.deep.equal(['English', 'Français canadien', 'العربية', 'Deutsch']);
      expect(links.map((a) => new URL(a.href).pathname)).to.deep.equal([new URL(here).pathname, '/fr/page', '/ar/page', '/de/page']);
      expect(links.map((a) => a.hreflang)).to.deep.equal(['en', 'fr-CA', 'ar', 'de']);
      expect(links[0].getAttribute('aria-current')).to.equal('page');
      expect(el.shadowRoot?.querySelector('nav')?.getAttribute('aria-label')).to.equal('Language');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('mixes links and locale switches when the page has some translations', async () => {
    removeLinks = addAlternates({ 'fr-FR': '/fr/page' });
    const el = await fixture<LanguageToggle>(html`<scn-language-toggle languages="en fr ar"></scn-language-toggle>`);
    const [en, fr, ar] = choices(el);
    expect(en).to.be.instanceOf(HTMLButtonElement);
    expect(fr).to.be.instanceOf(HTMLAnchorElement);
    expect(new URL((fr as HTMLAnchorElement).href).pathname).to.equal('/fr/page');
    expect(ar).to.be.instanceOf(HTMLButtonElement);
    expect(el.shadowRoot?.querySelector('nav')).to.equal(null);
  });

  it('goes to the translation when its link is chosen', async () => {
    removeLinks = addAlternates({ en: '/en/page', fr: '/fr/page' });
    const nav = catchNavigation();
    try {
      const el = await fixture<LanguageToggle>(html`<scn-language-toggle></scn-language-toggle>`);
      choices(el)[1].click();
      expect(nav.hrefs.map((h) => new URL(h).pathname)).to.deep.equal(['/fr/page']);
    } finally {
      nav.stop();
    }
  });

  it('skips unknown codes with one warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<LanguageToggle>(html`<scn-language-toggle languages="en xx fr not_a_tag! de fr"></scn-language-toggle>`);
      expect(texts(el)).to.deep.equal(['English', 'Français']);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('xx, not_a_tag!, de');
  });

  it('never throws on odd codes', async () => {
    const odd = ['x-private', 'i-klingon', 'und', 'en-u-ca-gregory', '<script>', 'ع', 'AR', 'ar', 'a'.repeat(5000), '--', 'es-419'];
    const warnings = await captureWarnings(async () => {
      const el = await fixture<LanguageToggle>(html`<scn-language-toggle languages=${odd.join(' ')}></scn-language-toggle>`);
      expect(texts(el)).to.deep.equal(['English', 'العربية', 'Español latinoamericano']);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0].length).to.be.below(400); // a pasted essay is not echoed whole
  });

  it('falls back to every locale when no code is usable', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<LanguageToggle>(html`<scn-language-toggle languages="klingon zz"></scn-language-toggle>`);
      expect(texts(el)).to.deep.equal(['English', 'Français', 'Español', 'العربية']);
    });
    expect(warnings).to.have.length(1);
  });

  it('never links to a javascript: translation', async () => {
    removeLinks = addAlternates({ fr: 'javascript:alert(1)', es: '/es/page' });
    const warnings = await captureWarnings(async () => {
      const el = await fixture<LanguageToggle>(html`<scn-language-toggle></scn-language-toggle>`);
      const [fr, es] = choices(el);
      expect(fr).to.be.instanceOf(HTMLButtonElement); // fr is still a locale we can switch to
      expect(es).to.be.instanceOf(HTMLAnchorElement);
      expect(el.shadowRoot?.innerHTML).not.to.contain('javascript:');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('javascript:');
  });

  it('skips a malformed hreflang', async () => {
    removeLinks = addAlternates({ 'not a tag': '/x/page', es: '/es/page' });
    const warnings = await captureWarnings(async () => {
      const el = await fixture<LanguageToggle>(html`<scn-language-toggle></scn-language-toggle>`);
      expect(texts(el)).to.deep.equal(['Español']);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('not a tag');
  });

  it('shows codes named in full in the compact variant', async () => {
    const el = await fixture<LanguageToggle>(html`<scn-language-toggle variant="compact" languages="en fr ar"></scn-language-toggle>`);
    expect(texts(el)).to.deep.equal(['EN', 'FR', 'AR']);
    expect(choices(el).map((c) => c.getAttribute('aria-label'))).to.deep.equal(['English, EN', 'Français, FR', 'العربية, AR']);
    expect(choices(el).map((c) => c.lang)).to.deep.equal(['en', 'fr', 'ar']);
  });

  it('shows a list, with one warning, for an unknown variant', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<LanguageToggle>(html`<scn-language-toggle variant="carousel"></scn-language-toggle>`);
      expect(el.shadowRoot?.querySelector('.list')).to.not.equal(null);
      expect(texts(el)).to.have.length(4);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('variant="carousel"');
  });

  it('keeps choices at least 24 px square', async () => {
    const el = await fixture<LanguageToggle>(html`<scn-language-toggle variant="compact"></scn-language-toggle>`);
    for (const c of choices(el)) {
      const box = c.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { resetLocale, setLocale } from '@strong-cities/core';
import '../src/define.js';
import type { LanguageToggle } from '../src/language-toggle.js';
import { addAlternates, settle } from './helpers.js';

const open = async (el: LanguageToggle) => {
  el.shadowRoot?.querySelector<HTMLButtonElement>('[part=button]')?.click();
  await el.updateComplete;
};

for (const locale of ['en', 'fr', 'es', 'ar']) {
  describe(`<scn-language-toggle> accessibility in ${locale}`, function () {
    this.timeout(30_000); // axe is slow on a busy machine
    before(async () => {
      await setLocale(locale);
    });
    after(async () => {
      await resetLocale();
    });

    it('is accessible as a list', async () => {
      const el = await fixture<LanguageToggle>(html`<scn-language-toggle></scn-language-toggle>`);
      await settle(el);
      expect(el.lang).to.equal(locale);
      await expect(el).to.be.accessible();
    });

    it('is accessible as codes', async () => {
      const el = await fixture<LanguageToggle>(html`<scn-language-toggle variant="compact" theme="dark"></scn-language-toggle>`);
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible as an open menu', async () => {
      const el = await fixture<LanguageToggle>(html`<scn-language-toggle variant="dropdown"></scn-language-toggle>`);
      await settle(el);
      await open(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible as an open disclosure of translations', async () => {
      const remove = addAlternates({ en: '/en/page', fr: '/fr/page', es: '/es/page', ar: '/ar/page' });
      try {
        const el = await fixture<LanguageToggle>(html`<scn-language-toggle variant="dropdown" theme="dark"></scn-language-toggle>`);
        await settle(el);
        await open(el);
        await expect(el).to.be.accessible();
      } finally {
        remove();
      }
    });
  });
}

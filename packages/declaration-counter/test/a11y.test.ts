import { expect, fixture, html } from '@open-wc/testing';
import { locales, resetLocale, setLocale } from '@strong-cities/core';
import { emulateReducedMotion, until } from '../../../config/test-utils.js';
import { type DeclarationCounter } from '../src/index.js';
import '../src/define.js';
import { feed, liveText, part, shownCount } from './helpers.js';

const full = (theme: string) => html`<scn-declaration-counter theme=${theme} goal="100" updated="2024-03-15">
  <script type="application/json">
    { "count": 42, "approximate": true, "url": "https://city.example/declaration",
      "signatories": [{ "name": "The Hague", "country": "NL" }, { "name": "Denver", "country": "US" }] }
  </script>
</scn-declaration-counter>`;

describe('<scn-declaration-counter> accessibility', () => {
  before(function () {
    return emulateReducedMotion('reduce', this);
  });
  after(() => emulateReducedMotion('no-preference'));
  afterEach(() => resetLocale());

  for (const locale of locales) {
    for (const theme of ['light', 'dark']) {
      it(`passes axe in ${locale}, ${theme} theme, with goal and open signatory list`, async function () {
        this.timeout(30_000);
        await setLocale(locale);
        const el = await fixture<DeclarationCounter>(full(theme));
        await expect(el).to.be.accessible();
        part(el, 'toggle')?.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }

  it('passes axe while loading and after a failed feed', async function () {
    this.timeout(30_000);
    const slow = await fixture<DeclarationCounter>(html`<scn-declaration-counter src=${feed({ delay: '3000' })}></scn-declaration-counter>`);
    await expect(slow).to.be.accessible();
    const failed = await fixture<DeclarationCounter>(html`<scn-declaration-counter src=${feed({ status: '500' })} theme="dark"></scn-declaration-counter>`);
    await until(() => liveText(failed) !== '', 'the failure note');
    await expect(failed).to.be.accessible();
  });

  it('gives the link and toggle at least a 24 px target', async () => {
    const el = await fixture<DeclarationCounter>(full('light'));
    expect(shownCount(el)).to.equal('42+');
    for (const name of ['link', 'toggle']) {
      const box = part(el, name)?.getBoundingClientRect();
      expect(box?.height, name).to.be.at.least(24);
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { resetLocale } from '@strong-cities/core';
import '@strong-cities/share-bar/define.js';
import '../src/define.js';
import type { LanguageToggle } from '../src/language-toggle.js';
import { until } from '../../../config/test-utils.js';
import { choices } from './helpers.js';

// The issue's own example: the toggle and the real share bar on one page.
describe('<scn-language-toggle> with <scn-share-bar>', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await resetLocale();
  });

  it("switches the share bar's accessible names to French, then Arabic and right to left", async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <scn-language-toggle></scn-language-toggle>
      <scn-share-bar url="https://city.example/news/1" networks="linkedin"></scn-share-bar>
    </div>`);
    const toggle = root.querySelector('scn-language-toggle') as LanguageToggle;
    const bar = root.querySelector('scn-share-bar');
    if (!bar) throw new Error('no share bar');
    // widgets render when they come near the viewport, a task after it reports; awaiting renders them now
    await Promise.all([toggle.updateComplete, bar.updateComplete]);
    const name = () => bar.shadowRoot?.querySelector('a[href*="linkedin"]')?.getAttribute('aria-label');
    expect(name()).to.equal('Share on LinkedIn');

    choices(toggle)[1].click();
    await until(() => name() === 'Partager sur LinkedIn', 'the French name');
    expect(bar.lang).to.equal('fr');

    choices(toggle)[3].click();
    await until(() => name() === 'مشاركة على LinkedIn', 'the Arabic name');
    expect(bar.dir).to.equal('rtl');
    expect(getComputedStyle(bar).direction).to.equal('rtl');
  });
});

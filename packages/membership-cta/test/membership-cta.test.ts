import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineElement, resetLocale, setLocale } from '@strong-cities/core';
import { captureWarnings, nextEvent, requestedUrls } from '../../../config/test-utils.js';
import '../src/define.js';
import { MEMBERSHIP_SOURCES, MEMBERSHIP_URL, MembershipCta, type ScnCtaClickEvent } from '../src/index.js';
import { version } from '../src/version.js';

const TRACKING = 'utm_source=lyon&utm_medium=widget&utm_campaign=membership-cta';

const shadow = (el: MembershipCta, selector: string): HTMLElement => {
  const found = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const defaultLink = (el: MembershipCta) => shadow(el, 'a[part=action]') as HTMLAnchorElement;
const visible = (node: Element) => {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
};

/** Stops real navigation away from the test page, after the widget has seen the click. */
function holdNavigation(): { restore: () => void; prevented: () => boolean | undefined } {
  let seen: boolean | undefined;
  const stop = (e: Event) => {
    seen = e.defaultPrevented;
    e.preventDefault();
  };
  window.addEventListener('click', stop);
  return { restore: () => window.removeEventListener('click', stop), prevented: () => seen };
}

describe('<scn-membership-cta>', () => {
  afterEach(async () => {
    await resetLocale();
  });

  it('says what the network says about membership, and links to its Member Cities page', async () => {
    const el = await fixture<MembershipCta>(html`<scn-membership-cta></scn-membership-cta>`);
    expect(shadow(el, 'h2').textContent?.trim()).to.equal('Is your city a Strong City?');
    expect(shadow(el, 'p').textContent?.trim()).to.equal(
      'Membership is open to local authorities at the city, municipal or other sub-national level. Membership is free.',
    );
    expect(defaultLink(el).textContent?.trim()).to.equal('Find out about membership');
    expect(defaultLink(el).href).to.equal('https://strongcitiesnetwork.org/about-us/city-directory/');
    expect(MEMBERSHIP_URL).to.equal('https://strongcitiesnetwork.org/about-us/city-directory/');
  });

  it('names the page each default text comes from', () => {
    // the heading and text are the network's words on its French Transatlantic Dialogue page
    for (const [what, source] of Object.entries(MEMBERSHIP_SOURCES)) {
      expect(source, what).to.match(/^https:\/\/strongcitiesnetwork\.org\/./);
    }
    expect(Object.keys(MEMBERSHIP_SOURCES).sort()).to.deep.equal(['body', 'heading', 'link']);
    expect(MEMBERSHIP_SOURCES.link).to.equal(MEMBERSHIP_URL);
  });

  it('speaks French, Spanish and Arabic (right to left)', async () => {
    const el = await fixture<MembershipCta>(html`<scn-membership-cta></scn-membership-cta>`);
    await setLocale('fr');
    await el.updateComplete;
    expect(shadow(el, 'h2').textContent?.trim()).to.equal('Votre ville est-elle une ville forte ?');
    expect(shadow(el, 'p').textContent).to.contain('L’adhésion est gratuite.');
    expect(defaultLink(el).textContent?.trim()).to.equal('En savoir plus sur l’adhésion');
    await setLocale('es');
    await el.updateComplete;
    expect(defaultLink(el).textContent?.trim()).to.equal('Más información sobre la membresía');
    await setLocale('ar');
    await el.updateComplete;
    expect(defaultLink(el).textContent?.trim()).to.equal('تعرّف على العضوية');
    expect(el.dir).to.equal('rtl');
  });

  describe('link', () => {
    it('adds utm_source, utm_medium and utm_campaign for a source', async () => {
      const el = await fixture<MembershipCta>(html`<scn-membership-cta source="lyon"></scn-membership-cta>`);
      expect(defaultLink(el).href).to.equal(`${MEMBERSHIP_URL}?${TRACKING}`);
    });

    it('leaves the URL untouched with no-tracking', async () => {
      const el = await fixture<MembershipCta>(
        html`<scn-membership-cta source="lyon" no-tracking href="https://city.example/join?x=1#form"></scn-membership-cta>`,
      );
      expect(defaultLink(el).getAttribute('href')).to.equal('https://city.example/join?x=1#form');
    });

    it('keeps a custom href with its own query and fragment when tracking', async () => {
      const el = await fixture<MembershipCta>(
        html`<scn-membership-cta source="lyon" href="https://city.example/join?x=1#form"></scn-membership-cta>`,
      );
      expect(defaultLink(el).href).to.equal(`https://city.example/join?x=1&${TRACKING}#form`);
    });

    it('tracks nothing on a mailto: link', async () => {
      const el = await fixture<MembershipCta>(
        html`<scn-membership-cta source="lyon" href="mailto:join@city.example"></scn-membership-cta>`,
      );
      expect(defaultLink(el).href).to.equal('mailto:join@city.example');
    });

    it('refuses a javascript: href with one warning and links to the membership page', async () => {
      let el: MembershipCta | undefined;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MembershipCta>(html`<scn-membership-cta href="javascript:alert('cta')"></scn-membership-cta>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      if (!el) throw new Error('no element');
      expect(defaultLink(el).href).to.equal(MEMBERSHIP_URL);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain("javascript:alert('cta')");
    });

    it('cleans a source with spaces or symbols and warns once', async () => {
      let el: MembershipCta | undefined;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MembershipCta>(html`<scn-membership-cta source="  Ville de Lyon <3 "></scn-membership-cta>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      if (!el) throw new Error('no element');
      expect(new URL(defaultLink(el).href).searchParams.get('utm_source')).to.equal('Ville-de-Lyon-3');
      expect(warnings).to.have.length(1);
    });

    it('shortens an over-long source to 64 characters', async () => {
      const el = await fixture<MembershipCta>(html`<scn-membership-cta source=${'a'.repeat(300)}></scn-membership-cta>`);
      expect(new URL(defaultLink(el).href).searchParams.get('utm_source')).to.equal('a'.repeat(64));
    });

    it('adds no tracking when nothing usable is left of the source', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<MembershipCta>(html`<scn-membership-cta source=" «»! "></scn-membership-cta>`);
        expect(defaultLink(el).href).to.equal(MEMBERSHIP_URL);
      });
      expect(warnings).to.have.length(1);
    });

    it('trims a source without complaint', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<MembershipCta>(html`<scn-membership-cta source="  lyon "></scn-membership-cta>`);
        expect(defaultLink(el).href).to.equal(`${MEMBERSHIP_URL}?${TRACKING}`);
      });
      expect(warnings).to.deep.equal([]);
    });

    it('requests nothing before a click', async () => {
      await fixture(html`<scn-membership-cta source="lyon"></scn-membership-cta>`);
      expect(requestedUrls().filter((u) => u.includes('strongcitiesnetwork') || u.includes('utm_'))).to.deep.equal([]);
    });
  });

  describe('slots', () => {
    it('puts partner heading, body and action in place of the defaults', async () => {
      const el = await fixture<MembershipCta>(html`<scn-membership-cta source="lyon">
        <h3 slot="heading">Lyon is a Strong City</h3>
        <p slot="body">Ask the mayor's office how we work with the network.</p>
        <a slot="action" href="https://lyon.example/network">Our membership</a>
      </scn-membership-cta>`);
      // slot fallbacks stay in the shadow tree but are not rendered
      expect([...(el.shadowRoot?.querySelectorAll('h2, p, a') ?? [])].some(visible)).to.equal(false, 'defaults still shown');
      const assigned = (name: string) =>
        (el.shadowRoot?.querySelector<HTMLSlotElement>(`slot[name=${name}]`)?.assignedElements() ?? []).map((e) => e.textContent);
      expect(assigned('heading')).to.deep.equal(['Lyon is a Strong City']);
      expect(assigned('body')).to.deep.equal(["Ask the mayor's office how we work with the network."]);
      expect(assigned('action')).to.deep.equal(['Our membership']);
      // the partner's link is checked and tracked like the default one
      expect(el.querySelector('a')?.href).to.equal(`https://lyon.example/network?${TRACKING}`);
    });

    it('replaces a javascript: partner link with the widget href', async () => {
      const el = await fixture<MembershipCta>(html`<scn-membership-cta href="https://city.example/join">
        <a slot="action" href="javascript:alert('slotted')">Join</a>
      </scn-membership-cta>`);
      expect(el.querySelector('a')?.href).to.equal('https://city.example/join');
    });

    it('keeps a partner link readable as a button when the page styles its links', async () => {
      const page = await fixture<HTMLElement>(html`<div class="cms">
        <style>
          .cms a { color: rgb(204, 0, 0); background: rgb(255, 255, 0); }
        </style>
        <scn-membership-cta><a href="https://lyon.example/network">Join</a></scn-membership-cta>
      </div>`);
      const el = page.querySelector('scn-membership-cta') as MembershipCta;
      await el.updateComplete;
      const link = getComputedStyle(el.querySelector('a') as HTMLAnchorElement);
      expect(link.color).to.equal('rgb(255, 255, 255)');
      expect(link.backgroundColor).to.equal('rgb(12, 60, 110)');
    });

    it('drops tracking from a partner link when no-tracking is set later', async () => {
      const el = await fixture<MembershipCta>(html`<scn-membership-cta source="lyon">
        <a slot="action" href="https://lyon.example/network">Join</a>
      </scn-membership-cta>`);
      el.noTracking = true;
      await el.updateComplete;
      expect(el.querySelector('a')?.href).to.equal('https://lyon.example/network');
    });
  });

  it('shows the partner link before definition and makes it the action after', async () => {
    // a tag nobody has defined yet, as on a page whose script has not loaded (or never will)
    const tag = 'scn-membership-cta-late';
    const wrapper = await fixture<HTMLElement>(html`<div>
      <scn-membership-cta-late source="lyon"><a href="https://strongcitiesnetwork.org/about-us/city-directory/">Find out about membership</a></scn-membership-cta-late>
    </div>`);
    const link = wrapper.querySelector('a');
    if (!link) throw new Error('no link');
    expect(visible(link)).to.equal(true, 'the link shows before definition');
    expect(link.getAttribute('href')).to.equal('https://strongcitiesnetwork.org/about-us/city-directory/');

    defineElement(tag, class LateCta extends MembershipCta {}, version);
    const el = wrapper.querySelector(tag) as MembershipCta;
    await el.updateComplete;
    expect(link.assignedSlot?.name).to.equal('action');
    expect(visible(link)).to.equal(true, 'the link shows after definition');
    expect(link.href).to.equal(`${MEMBERSHIP_URL}?${TRACKING}`);
    expect(shadow(el, 'h2').textContent?.trim()).to.equal('Is your city a Strong City?');
  });

  describe('variants', () => {
    it('sets text and button side by side in a banner (the default)', async () => {
      const el = await fixture<MembershipCta>(html`<scn-membership-cta></scn-membership-cta>`);
      el.style.width = '900px';
      const text = shadow(el, '.text').getBoundingClientRect();
      const action = defaultLink(el).getBoundingClientRect();
      expect(action.left).to.be.greaterThan(text.right - 1);
    });

    it('stacks text above the button in a card', async () => {
      const el = await fixture<MembershipCta>(html`<scn-membership-cta variant="card"></scn-membership-cta>`);
      el.style.width = '900px';
      const text = shadow(el, '.text').getBoundingClientRect();
      expect(defaultLink(el).getBoundingClientRect().top).to.be.greaterThan(text.bottom - 1);
      expect(shadow(el, '[part=base]').getBoundingClientRect().width).to.be.lessThan(900);
    });

    it('is one button when compact', async () => {
      const el = await fixture<MembershipCta>(html`<scn-membership-cta variant="compact"></scn-membership-cta>`);
      expect(el.shadowRoot?.querySelectorAll('h2, p')).to.have.length(0);
      expect(el.shadowRoot?.querySelectorAll('a')).to.have.length(1);
      expect(defaultLink(el).textContent?.trim()).to.equal('Find out about membership');
    });

    it('draws a banner and warns once for an unknown variant', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<MembershipCta>(html`<scn-membership-cta variant="popup"></scn-membership-cta>`);
        expect(shadow(el, '[part=base]').className).to.equal('banner');
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('variant="popup"');
    });

    it('fits a 320px screen without scrolling sideways, in Arabic too', async () => {
      await setLocale('ar');
      const el = await fixture<MembershipCta>(html`<scn-membership-cta style="width: 320px"></scn-membership-cta>`);
      const base = shadow(el, '[part=base]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(base.getBoundingClientRect().width).to.be.at.most(320);
    });

    it('uses the brand colours with theme="brand"', async () => {
      const el = await fixture<MembershipCta>(html`<scn-membership-cta theme="brand"></scn-membership-cta>`);
      const base = getComputedStyle(shadow(el, '[part=base]'));
      expect(base.backgroundColor).to.equal('rgb(15, 74, 134)');
      expect(getComputedStyle(defaultLink(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
    });
  });

  describe('scn-cta-click', () => {
    it('fires with the tracked href and lets the link navigate', async () => {
      const el = await fixture<MembershipCta>(html`<scn-membership-cta source="lyon"></scn-membership-cta>`);
      const held = holdNavigation();
      try {
        const fired = nextEvent(el, 'scn-cta-click');
        defaultLink(el).click();
        const event: ScnCtaClickEvent = await fired;
        expect(event.href).to.equal(`${MEMBERSHIP_URL}?${TRACKING}`);
        expect(held.prevented()).to.equal(false);
      } finally {
        held.restore();
      }
    });

    it('stops the navigation when cancelled', async () => {
      const el = await fixture<MembershipCta>(html`<scn-membership-cta></scn-membership-cta>`);
      el.addEventListener('scn-cta-click', (e) => e.preventDefault());
      const held = holdNavigation();
      try {
        defaultLink(el).click();
        expect(held.prevented()).to.equal(true);
      } finally {
        held.restore();
      }
    });

    it('fires for a partner link in the action slot', async () => {
      const el = await fixture<MembershipCta>(html`<scn-membership-cta>
        <a slot="action" href="https://lyon.example/network">Join</a>
      </scn-membership-cta>`);
      el.addEventListener('scn-cta-click', (e) => e.preventDefault());
      const held = holdNavigation();
      try {
        const fired = nextEvent(el, 'scn-cta-click');
        el.querySelector('a')?.click();
        expect((await fired).href).to.equal('https://lyon.example/network');
        expect(held.prevented()).to.equal(true);
      } finally {
        held.restore();
      }
    });
  });

  it('is reached with Tab and followed with Enter', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button>before</button><scn-membership-cta></scn-membership-cta></div>`);
    const el = wrapper.querySelector('scn-membership-cta') as MembershipCta;
    await el.updateComplete;
    wrapper.querySelector('button')?.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot?.activeElement).to.equal(defaultLink(el));
    expect(getComputedStyle(defaultLink(el)).outlineStyle).to.equal('solid');
    const held = holdNavigation();
    try {
      const fired = nextEvent(el, 'scn-cta-click');
      await sendKeys({ press: 'Enter' });
      expect((await fired).href).to.equal(MEMBERSHIP_URL);
    } finally {
      held.restore();
    }
  });

  describe('accessibility', function () {
    // axe walks the whole page: give it room on a busy CI machine
    this.timeout(30_000);
    for (const locale of ['en', 'fr', 'es', 'ar']) {
      for (const theme of ['light', 'dark', 'brand']) {
        it(`passes axe in ${locale}, ${theme} theme`, async () => {
          await setLocale(locale);
          const el = await fixture<MembershipCta>(html`<scn-membership-cta theme=${theme}></scn-membership-cta>`);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('passes axe as a card and compact', async () => {
      const card = await fixture<MembershipCta>(html`<scn-membership-cta variant="card"></scn-membership-cta>`);
      await expect(card).to.be.accessible();
      const compact = await fixture<MembershipCta>(html`<scn-membership-cta variant="compact" theme="dark"></scn-membership-cta>`);
      await expect(compact).to.be.accessible();
    });

    it('keeps the button at least 24px tall', async () => {
      const el = await fixture<MembershipCta>(html`<scn-membership-cta variant="compact"></scn-membership-cta>`);
      expect(defaultLink(el).getBoundingClientRect().height).to.be.at.least(24);
    });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { currentLocale, resetLocale } from '@strong-cities/core';
import '../src/define.js';
import type { LanguageToggle } from '../src/language-toggle.js';
import { until } from '../../../config/test-utils.js';
import { addAlternates, catchNavigation, choices, settle } from './helpers.js';

const parts = (el: LanguageToggle) => {
  const trigger = el.shadowRoot?.querySelector<HTMLButtonElement>('[part=button]');
  const menu = el.shadowRoot?.querySelector<HTMLElement>('[part=menu]');
  if (!trigger || !menu) throw new Error('no dropdown');
  return { trigger, menu };
};
const focused = (el: LanguageToggle) => el.shadowRoot?.activeElement?.textContent?.trim();
const press = async (el: LanguageToggle, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};
const isOpen = (el: LanguageToggle) => {
  const { trigger, menu } = parts(el);
  return trigger.getAttribute('aria-expanded') === 'true' && menu.checkVisibility();
};

describe('<scn-language-toggle variant="dropdown"> keyboard', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await resetLocale();
  });

  async function menu() {
    const el = await fixture<LanguageToggle>(html`<scn-language-toggle variant="dropdown"></scn-language-toggle>`);
    parts(el).trigger.focus();
    return el;
  }

  it('is a menu button naming the current language', async () => {
    const el = await menu();
    const { trigger, menu: list } = parts(el);
    expect(trigger.getAttribute('aria-haspopup')).to.equal('menu');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(trigger.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Language English');
    expect(list.getAttribute('role')).to.equal('menu');
    expect(list.checkVisibility()).to.equal(false);
    const items = choices(el);
    expect(items.map((i) => i.getAttribute('role'))).to.deep.equal(Array(4).fill('menuitemradio'));
    expect(items.map((i) => i.getAttribute('aria-checked'))).to.deep.equal(['true', 'false', 'false', 'false']);
    expect(items.map((i) => i.tabIndex)).to.deep.equal([-1, -1, -1, -1]);
  });

  it('opens with ArrowDown on the first item and moves with arrows, Home and End', async () => {
    const el = await menu();
    await press(el, 'ArrowDown');
    expect(isOpen(el)).to.equal(true);
    expect(focused(el)).to.equal('English');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('Français');
    await press(el, 'End');
    expect(focused(el)).to.equal('العربية');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('English');
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal('العربية');
    await press(el, 'Home');
    expect(focused(el)).to.equal('English');
  });

  it('opens with ArrowUp on the last item, and with Enter on the first', async () => {
    const el = await menu();
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal('العربية');
    await press(el, 'Escape');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(isOpen(el)).to.equal(true);
    expect(focused(el)).to.equal('English');
  });

  it('closes on Escape and returns focus to the button', async () => {
    const el = await menu();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await press(el, 'Escape');
    expect(isOpen(el)).to.equal(false);
    expect(el.shadowRoot?.activeElement).to.equal(parts(el).trigger);
  });

  it('moves to the language typed, by name or by code', async () => {
    const el = await menu();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown'); // Français
    await sendKeys({ type: 'en' }); // "e" alone would land on Español; "en" is English
    expect(focused(el)).to.equal('English');
    await new Promise((r) => setTimeout(r, 1100)); // the typed prefix is forgotten
    await sendKeys({ type: 'a' }); // a Latin keyboard reaches العربية by its code
    expect(focused(el)).to.equal('العربية');
    await new Promise((r) => setTimeout(r, 1100));
    await sendKeys({ type: 'q' });
    expect(focused(el)).to.equal('العربية');
  });

  it('switches locale with Enter, closes and returns focus', async () => {
    const el = await menu();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await until(() => parts(el).trigger.textContent?.includes('Langue') === true, 'the French label');
    expect(currentLocale()).to.equal('fr');
    expect(isOpen(el)).to.equal(false);
    expect(el.shadowRoot?.activeElement).to.equal(parts(el).trigger);
    expect(parts(el).trigger.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Langue Français');
    expect(choices(el)[1].getAttribute('aria-checked')).to.equal('true');
  });

  it('switches locale with Space', async () => {
    const el = await menu();
    await press(el, 'ArrowUp');
    await press(el, ' '); // the space bar (Puppeteer names it ' ' in every engine)
    await settle(el);
    expect(currentLocale()).to.equal('ar');
    expect(el.dir).to.equal('rtl');
    expect(el.shadowRoot?.activeElement).to.equal(parts(el).trigger);
  });

  it('closes when Tab moves focus away', async () => {
    const before = await fixture<HTMLDivElement>(html`<div><scn-language-toggle variant="dropdown"></scn-language-toggle><button>after</button></div>`);
    const el = before.querySelector('scn-language-toggle') as LanguageToggle;
    await el.updateComplete;
    parts(el).trigger.focus();
    await press(el, 'ArrowDown');
    await press(el, 'Tab');
    expect(isOpen(el)).to.equal(false);
    expect(document.activeElement?.textContent).to.equal('after');
  });

  it('opens on click with focus on the first item, and closes on a click outside', async () => {
    const el = await menu();
    parts(el).trigger.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(isOpen(el)).to.equal(true);
    expect(focused(el)).to.equal('English');
    parts(el).trigger.click(); // a second click closes
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
    parts(el).trigger.click();
    await el.updateComplete;
    (el.shadowRoot?.activeElement as HTMLElement).blur(); // a click on the page elsewhere
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
  });

  it('ignores Home, End and letters while closed', async () => {
    const el = await menu();
    await press(el, 'Home');
    await press(el, 'End');
    await sendKeys({ type: 'f' });
    expect(isOpen(el)).to.equal(false);
    expect(el.shadowRoot?.activeElement).to.equal(parts(el).trigger);
  });
});

describe('<scn-language-toggle variant="dropdown"> of translations', () => {
  let removeLinks = () => {};
  afterEach(() => removeLinks());

  it('is a disclosure of links, reachable by Tab and by arrows', async () => {
    removeLinks = addAlternates({ en: location.href.split('#')[0], fr: '/fr/page', es: '/es/page' });
    const el = await fixture<LanguageToggle>(html`<scn-language-toggle variant="dropdown"></scn-language-toggle>`);
    const { trigger, menu } = parts(el);
    expect(trigger.hasAttribute('aria-haspopup')).to.equal(false);
    expect(menu.hasAttribute('role')).to.equal(false);
    expect(el.shadowRoot?.querySelector('nav')?.getAttribute('aria-label')).to.equal('Language');
    const links = choices(el);
    expect(links.every((l) => l instanceof HTMLAnchorElement && l.tabIndex === 0)).to.equal(true);
    expect(links[0].getAttribute('aria-current')).to.equal('page');

    trigger.focus();
    await press(el, 'Enter');
    expect(isOpen(el)).to.equal(true);
    expect(el.shadowRoot?.activeElement).to.equal(trigger); // a disclosure leaves focus on its button
    await press(el, 'Tab');
    expect(focused(el)).to.equal('English');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('Français');
    await press(el, 'Escape');
    expect(isOpen(el)).to.equal(false);
    expect(el.shadowRoot?.activeElement).to.equal(trigger);
  });

  it('goes to the translation with Enter', async () => {
    removeLinks = addAlternates({ en: '/en/page', fr: '/fr/page' });
    const nav = catchNavigation();
    try {
      const el = await fixture<LanguageToggle>(html`<scn-language-toggle variant="dropdown"></scn-language-toggle>`);
      parts(el).trigger.focus();
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      expect(nav.hrefs.map((h) => new URL(h).pathname)).to.deep.equal(['/fr/page']);
    } finally {
      nav.stop();
    }
  });

  it('activates a link menu item with Space in a mixed menu', async () => {
    removeLinks = addAlternates({ fr: '/fr/page' });
    const nav = catchNavigation();
    try {
      const el = await fixture<LanguageToggle>(html`<scn-language-toggle variant="dropdown" languages="en fr"></scn-language-toggle>`);
      parts(el).trigger.focus();
      await press(el, 'ArrowUp');
      expect(choices(el)[1].getAttribute('role')).to.equal('menuitemradio');
      await press(el, ' '); // the space bar (Puppeteer names it ' ' in every engine)
      expect(nav.hrefs.map((h) => new URL(h).pathname)).to.deep.equal(['/fr/page']);
    } finally {
      nav.stop();
    }
  });
});

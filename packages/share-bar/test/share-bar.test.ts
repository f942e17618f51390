import { expect, html } from '@open-wc/testing';
import { resetLocale, setLocale } from '@strong-cities/core';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { captureWarnings, nextEvent, requestedUrls, until } from '../../../config/test-utils.js';
import { ScnShareEvent, networks } from '../src/index.js';
import { ALL, bar, control, controls, holdNavigation, link, settle, status, stubNavigator } from './helpers.js';

const NEWS = 'https://city.example/news/1';
const param = (a: HTMLAnchorElement, name: string) => new URL(a.href).searchParams.get(name);

describe('<scn-share-bar>', function () {
  this.timeout(30_000); // axe and real key presses are slow on a busy machine
  let restoreShare: () => void;
  beforeEach(() => {
    // the bar's own controls only; the Web Share button has its own tests
    restoreShare = stubNavigator('share', undefined);
  });
  afterEach(async () => {
    restoreShare();
    await resetLocale();
  });

  describe('what it shares', () => {
    afterEach(() => {
      document.head.querySelectorAll('[data-test]').forEach((n) => n.remove());
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('offers the default networks, in order, as real links', async () => {
      const el = await bar(html`<scn-share-bar url=${NEWS}></scn-share-bar>`);
      const names = controls(el).map((c) => c.getAttribute('part')?.split(' ')[1]);
      expect(names).to.deep.equal(['control-facebook', 'control-linkedin', 'control-x', 'control-bluesky', 'control-whatsapp', 'control-email', 'control-copy']);
      for (const id of ['facebook', 'linkedin', 'x', 'bluesky', 'whatsapp']) {
        const a = link(el, id);
        expect(a.target, id).to.equal('_blank');
        // noreferrer: no Referer sent, and (HTML) no window.opener either, as noopener would
        expect(a.relList.contains('noreferrer'), id).to.equal(true);
      }
      expect(link(el, 'email').protocol).to.equal('mailto:');
      expect(link(el, 'email').hasAttribute('target')).to.equal(false);
      expect(control(el, 'copy').localName).to.equal('button');
    });

    it('builds every network address from url and text', async () => {
      const el = await bar(html`<scn-share-bar url=${NEWS} text="City news" networks=${ALL}></scn-share-bar>`);
      for (const [id, network] of Object.entries(networks)) {
        if (!network.href) continue;
        expect(link(el, id).href, id).to.equal(new URL(network.href(NEWS, 'City news')).href);
      }
      expect(param(link(el, 'linkedin'), 'url')).to.equal(NEWS);
      expect(param(link(el, 'x'), 'text')).to.equal('City news');
    });

    it("shares the page's canonical URL and og:title by default", async () => {
      document.head.insertAdjacentHTML(
        'beforeend',
        '<link data-test rel="canonical" href="/canonical/page?id=3"><meta data-test property="og:title" content="  Open graph title ">',
      );
      const el = await bar(html`<scn-share-bar></scn-share-bar>`);
      expect(param(link(el, 'linkedin'), 'url')).to.equal(`${location.origin}/canonical/page?id=3`);
      expect(param(link(el, 'x'), 'text')).to.equal('Open graph title');
    });

    it('without canonical or og:title, shares the location without its fragment and the title', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}#section-2`);
      const title = document.title;
      document.title = 'Page title';
      try {
        const el = await bar(html`<scn-share-bar></scn-share-bar>`);
        expect(param(link(el, 'linkedin'), 'url')).to.equal(location.href.replace(/#.*$/, ''));
        expect(param(link(el, 'x'), 'text')).to.equal('Page title');
      } finally {
        document.title = title;
      }
    });

    it('falls back to the page URL with one warning for a javascript: url', async () => {
      let warnings: string[] = [];
      let el = undefined as unknown as Awaited<ReturnType<typeof bar>>;
      warnings = await captureWarnings(async () => {
        el = await bar(html`<scn-share-bar url="javascript:alert(1)"></scn-share-bar>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('javascript:alert(1)');
      const shared = param(link(el, 'linkedin'), 'url') ?? '';
      expect(shared).to.equal(location.href.replace(/#.*$/, ''));
      for (const c of controls(el)) expect(c.getAttribute('href') ?? '').not.to.match(/^javascript:/i);
    });

    it('falls back to the page URL with one warning for a data: url', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await bar(html`<scn-share-bar url="data:text/html,<script>alert(1)</script>"></scn-share-bar>`);
        expect(param(link(el, 'facebook'), 'u')).to.equal(location.href.replace(/#.*$/, ''));
      });
      expect(warnings).to.have.length(1);
    });

    it('does not share a mailto: url as a page', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await bar(html`<scn-share-bar url="mailto:someone@city.example"></scn-share-bar>`);
        expect(param(link(el, 'linkedin'), 'url')).to.equal(location.href.replace(/#.*$/, ''));
      });
      expect(warnings).to.have.length(1);
    });

    it('refuses an over-long url', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await bar(html`<scn-share-bar url=${`https://city.example/${'a'.repeat(3000)}`}></scn-share-bar>`);
        expect(param(link(el, 'linkedin'), 'url')).to.equal(location.href.replace(/#.*$/, ''));
      });
      expect(warnings).to.have.length(1);
    });

    it('ignores a hostile canonical link', async () => {
      document.head.insertAdjacentHTML('beforeend', '<link data-test rel="canonical" href="javascript:alert(2)">');
      const warnings = await captureWarnings(async () => {
        const el = await bar(html`<scn-share-bar></scn-share-bar>`);
        expect(param(link(el, 'linkedin'), 'url')).to.equal(location.href.replace(/#.*$/, ''));
      });
      expect(warnings).to.have.length(1);
    });

    it('resolves a relative url against the page', async () => {
      const el = await bar(html`<scn-share-bar url="/news/2"></scn-share-bar>`);
      expect(param(link(el, 'linkedin'), 'url')).to.equal(`${location.origin}/news/2`);
    });

    it('shares text on one line, without control characters, at most 500 characters', async () => {
      const el = await bar(html`<scn-share-bar url=${NEWS} text=${'Line one\n\tline\u0000two  '}></scn-share-bar>`);
      expect(param(link(el, 'x'), 'text')).to.equal('Line one line two');
      el.text = 'é'.repeat(2000);
      el.networks = 'telegram';
      await el.updateComplete;
      const text = param(link(el, 'telegram'), 'text') ?? '';
      expect([...text].length).to.equal(500);
      expect(text.endsWith('…')).to.equal(true);
    });

    it('treats markup in text as text', async () => {
      const hostile = '"><img src=x onerror="alert(1)"><script>alert(2)</script>';
      const el = await bar(html`<scn-share-bar url=${NEWS} text=${hostile}></scn-share-bar>`);
      expect(el.shadowRoot?.querySelector('img, script') === null, 'no injected element').to.equal(true);
      expect(param(link(el, 'x'), 'text')).to.equal(hostile);
    });

    it('falls back to the page title for empty text', async () => {
      const el = await bar(html`<scn-share-bar url=${NEWS} text="   "></scn-share-bar>`);
      expect(param(link(el, 'x'), 'text')).to.equal(document.title.trim());
    });
  });

  describe('networks attribute', () => {
    it('offers the networks given, in that order', async () => {
      const el = await bar(html`<scn-share-bar networks="telegram threads email"></scn-share-bar>`);
      expect(controls(el).map((c) => c.getAttribute('part'))).to.deep.equal([
        'control control-telegram',
        'control control-threads',
        'control control-email',
      ]);
    });

    it('skips unknown names with one warning', async () => {
      let count = 0;
      const warnings = await captureWarnings(async () => {
        const el = await bar(html`<scn-share-bar networks="linkedin myspace x orkut"></scn-share-bar>`);
        count = controls(el).length;
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(count).to.equal(2);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('myspace').and.contain('orkut');
    });

    it('offers the default set with one warning when no name is known', async () => {
      let count = 0;
      const warnings = await captureWarnings(async () => {
        count = controls(await bar(html`<scn-share-bar networks="  "></scn-share-bar>`)).length;
      });
      expect(count).to.equal(7);
      expect(warnings).to.have.length(1);
    });
  });

  describe('accessible names', () => {
    const expected = {
      en: ['Share on LinkedIn', 'Share by email', 'Copy link', 'Share this page'],
      fr: ['Partager sur LinkedIn', 'Partager par e-mail', 'Copier le lien', 'Partager cette page'],
      es: ['Compartir en LinkedIn', 'Compartir por correo', 'Copiar enlace', 'Compartir esta página'],
      ar: ['مشاركة على LinkedIn', 'مشاركة عبر البريد الإلكتروني', 'نسخ الرابط', 'مشاركة هذه الصفحة'],
    };
    for (const [locale, [linkedin, email, copy, list]] of Object.entries(expected)) {
      it(`names every control in ${locale} and passes axe`, async () => {
        const el = await bar(html`<scn-share-bar url=${NEWS} networks=${ALL}></scn-share-bar>`);
        await setLocale(locale);
        await settle(el);
        expect(control(el, 'linkedin').getAttribute('aria-label')).to.equal(linkedin);
        expect(control(el, 'email').getAttribute('aria-label')).to.equal(email);
        expect(control(el, 'copy').getAttribute('aria-label')).to.equal(copy);
        expect(el.shadowRoot?.querySelector('ul')?.getAttribute('aria-label')).to.equal(list);
        for (const c of controls(el)) expect(c.getAttribute('aria-label'), c.getAttribute('part') ?? '').to.not.equal('');
        expect(el.dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        await expect(el).to.be.accessible();
      });
    }

    it('hides every icon from assistive technology', async () => {
      const el = await bar(html`<scn-share-bar networks=${ALL}></scn-share-bar>`);
      const icons = [...(el.shadowRoot?.querySelectorAll('svg') ?? [])];
      expect(icons).to.have.length(10);
      for (const icon of icons) expect(icon.getAttribute('aria-hidden')).to.equal('true');
    });

    for (const locale of ['en', 'fr', 'es', 'ar']) {
      it(`names a one-letter network (X) by a sentence that contains the visible letter, in ${locale}`, async () => {
        const el = await bar(html`<scn-share-bar labels networks="x linkedin"></scn-share-bar>`);
        await setLocale(locale);
        await settle(el);
        const x = control(el, 'x');
        expect(x.querySelector('[part="label"]')?.textContent).to.equal('X');
        // no aria-label for axe (or a speech user) to compare the single letter with: the name is the content
        expect(x.hasAttribute('aria-label')).to.equal(false);
        const name = x.textContent?.trim() ?? '';
        expect(name).to.contain('X');
        expect(name.length).to.be.greaterThan(3);
        await expect(el).to.be.accessible();
      });
    }

    it('tells that links open in a new tab', async () => {
      const el = await bar(html`<scn-share-bar></scn-share-bar>`);
      const id = link(el, 'linkedin').getAttribute('aria-describedby') ?? '';
      expect(el.shadowRoot?.getElementById(id)?.textContent).to.equal('(opens in a new tab)');
    });

    it('shows names next to icons with labels, keeping "Share on …" as the accessible name', async () => {
      const el = await bar(html`<scn-share-bar labels networks="linkedin email copy"></scn-share-bar>`);
      const labels = [...(el.shadowRoot?.querySelectorAll('[part="label"]') ?? [])].map((l) => l.textContent);
      expect(labels).to.deep.equal(['LinkedIn', 'Email', 'Copy link']);
      // named by its content: the visible name inside the whole sentence
      expect(control(el, 'linkedin').hasAttribute('aria-label')).to.equal(false);
      expect(control(el, 'linkedin').textContent?.trim()).to.equal('Share on LinkedIn');
      await expect(el).to.be.accessible();
      const bare = await bar(html`<scn-share-bar networks="linkedin"></scn-share-bar>`);
      expect(bare.shadowRoot?.querySelector('[part="label"]') === null, 'absent').to.equal(true);
    });
  });

  describe('keyboard and focus', () => {
    it('reaches every control with Tab, in order, with a visible focus ring', async () => {
      const el = await bar(html`<scn-share-bar networks="linkedin x copy"></scn-share-bar>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const reached: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot?.activeElement as HTMLElement | null;
        reached.push(active?.getAttribute('part') ?? '');
        expect(active && getComputedStyle(active).outlineStyle).to.equal('solid');
      }
      before.remove();
      expect(reached).to.deep.equal(['control control-linkedin', 'control control-x', 'control control-copy']);
    });

    it('keeps focus on the copy control while it shows the check and while it goes back', async () => {
      const restoreClipboard = stubNavigator('clipboard', { writeText: async () => undefined });
      try {
        const el = await bar(html`<scn-share-bar networks="linkedin copy"></scn-share-bar>`);
        const copy = control(el, 'copy');
        const icon = () => copy.querySelector('path')?.getAttribute('d');
        const before = icon();
        copy.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => status(el) !== '', 'status');
        expect(control(el, 'copy'), 'the same element').to.equal(copy);
        expect(el.shadowRoot?.activeElement, 'focused').to.equal(copy);
        expect(icon()).to.not.equal(before);
        expect(getComputedStyle(copy).outlineStyle, 'focus ring').to.equal('solid');
      } finally {
        restoreClipboard();
      }
    });

    it('updates its controls in place when the language, the labels or the address change', async () => {
      const el = await bar(html`<scn-share-bar url=${NEWS} networks="linkedin email copy"></scn-share-bar>`);
      const before = controls(el);
      before[0]?.focus();
      await setLocale('fr');
      await settle(el);
      expect(control(el, 'linkedin').getAttribute('aria-label')).to.equal('Partager sur LinkedIn');
      el.labels = true;
      el.url = 'https://city.example/news/2';
      await el.updateComplete;
      expect(control(el, 'email').querySelector('[part="label"]')?.textContent).to.equal('E-mail');
      expect(param(link(el, 'linkedin'), 'url')).to.equal('https://city.example/news/2');
      expect(controls(el), 'the same elements').to.deep.equal(before);
      expect(el.shadowRoot?.activeElement, 'focus stayed').to.equal(before[0]);
      await expect(el).to.be.accessible();
    });

    it('does nothing on a click between controls', async () => {
      const el = await bar(html`<scn-share-bar networks="linkedin copy"></scn-share-bar>`);
      const shares: Event[] = [];
      el.addEventListener('scn-share', (event) => shares.push(event));
      el.shadowRoot?.querySelector('ul')?.click();
      el.shadowRoot?.querySelector('li')?.click();
      await el.updateComplete;
      expect(shares).to.have.length(0);
    });
  });

  describe('privacy', () => {
    it('makes no request to any network when rendered, hovered and focused', async () => {
      const before = new Set(requestedUrls());
      const el = await bar(html`<scn-share-bar labels networks=${ALL}></scn-share-bar>`);
      for (const c of controls(el)) {
        const r = c.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
        expect(c.matches(':hover'), c.getAttribute('part') ?? '').to.equal(true);
        c.focus();
      }
      await resetMouse();
      await new Promise((r) => setTimeout(r, 300));
      const made = requestedUrls().filter((u) => !before.has(u));
      expect(made.filter((u) => new URL(u).origin !== location.origin)).to.deep.equal([]);
      expect(made.filter((u) => /facebook|linkedin|x\.com|bsky|threads|wa\.me|t\.me|mastodon/.test(u))).to.deep.equal([]);
    });
  });

  describe('scn-share event', () => {
    it('fires with network and url before a link opens', async () => {
      const el = await bar(html`<scn-share-bar url=${NEWS}></scn-share-bar>`);
      const nav = holdNavigation();
      try {
        const seen = nextEvent(document, 'scn-share');
        link(el, 'linkedin').click();
        const event = await seen;
        expect(event).to.be.instanceOf(ScnShareEvent);
        expect(event.network).to.equal('linkedin');
        expect(event.url).to.equal(NEWS);
        expect(event.cancelable).to.equal(true);
        expect(nav.allowed).to.deep.equal([true]);
      } finally {
        nav.release();
      }
    });

    it('shares the page shown at the click, after a single-page app navigated', async () => {
      const start = location.href;
      const el = await bar(html`<scn-share-bar></scn-share-bar>`);
      const nav = holdNavigation();
      history.pushState(null, '', '/spa/next-page');
      try {
        const seen = nextEvent(el, 'scn-share');
        link(el, 'linkedin').click();
        expect((await seen).url).to.equal(`${location.origin}/spa/next-page`);
        expect(param(link(el, 'linkedin'), 'url')).to.equal(`${location.origin}/spa/next-page`);
      } finally {
        nav.release();
        history.replaceState(null, '', start);
      }
    });

    it('stops the share when a listener cancels it', async () => {
      const el = await bar(html`<scn-share-bar url=${NEWS}></scn-share-bar>`);
      const nav = holdNavigation();
      const cancel = (e: Event) => e.preventDefault();
      el.addEventListener('scn-share', cancel);
      try {
        link(el, 'facebook').click();
        expect(nav.allowed).to.deep.equal([false]);
      } finally {
        el.removeEventListener('scn-share', cancel);
        nav.release();
      }
    });
  });

  describe('layout, size and direction', () => {
    const boxes = (el: Awaited<ReturnType<typeof bar>>) => controls(el).map((c) => c.getBoundingClientRect());

    it('lays controls in a row by default, in a column when vertical', async () => {
      const row = boxes(await bar(html`<scn-share-bar networks="linkedin x"></scn-share-bar>`));
      expect(row[1]?.left).to.be.greaterThan(row[0]?.right ?? Infinity);
      expect(row[1]?.top).to.equal(row[0]?.top);
      const column = boxes(await bar(html`<scn-share-bar layout="vertical" networks="linkedin x"></scn-share-bar>`));
      expect(column[1]?.top).to.be.greaterThan(column[0]?.bottom ?? Infinity);
    });

    it('mirrors the order in Arabic', async () => {
      const el = await bar(html`<scn-share-bar networks="linkedin x"></scn-share-bar>`);
      await setLocale('ar');
      await settle(el);
      const [first, second] = boxes(el);
      expect(first?.left).to.be.greaterThan(second?.right ?? Infinity);
    });

    it('sizes controls s, m and l, each at least 24px', async () => {
      const height = async (size: string) =>
        boxes(await bar(html`<scn-share-bar size=${size} networks="x"></scn-share-bar>`))[0]?.height ?? 0;
      const [s, m, l] = [await height('s'), await height('m'), await height('l')];
      expect(s).to.be.at.least(24);
      expect(m).to.be.greaterThan(s);
      expect(l).to.be.at.least(44);
    });

    it('keeps icons and labels at the body size in every size: only the control grows', async () => {
      const sizes: number[][] = [];
      for (const size of ['s', 'm', 'l']) {
        const el = await bar(html`<scn-share-bar size=${size} labels networks="x"></scn-share-bar>`);
        const label = el.shadowRoot?.querySelector('[part="label"]');
        const icon = el.shadowRoot?.querySelector('svg');
        if (!label || !icon) throw new Error('no label or icon');
        sizes.push([parseFloat(getComputedStyle(label).fontSize), icon.getBoundingClientRect().height]);
      }
      expect(sizes[0]).to.deep.equal(sizes[1]);
      expect(sizes[2]).to.deep.equal(sizes[1]);
    });

    it('warns once and uses the default for an unknown layout or size', async () => {
      let height = 0;
      let direction = '';
      const warnings = await captureWarnings(async () => {
        const el = await bar(html`<scn-share-bar layout="diagonal" size="xxl" networks="x linkedin"></scn-share-bar>`);
        height = boxes(el)[0]?.height ?? 0;
        direction = getComputedStyle(el.shadowRoot?.querySelector('ul') ?? el).flexDirection;
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(2);
      expect(warnings.join(' ')).to.contain('diagonal').and.contain('xxl');
      expect(direction).to.equal('row');
      expect(height).to.equal(36);
    });

    it("writes nothing onto the partner's tag: unset, each option is its default", async () => {
      const el = await bar(html`<scn-share-bar url=${NEWS}></scn-share-bar>`);
      // reflected defaults (layout="horizontal" size="m") would restyle a page whose CSS selects on them
      expect(el.getAttributeNames().sort()).to.deep.equal(['dir', 'lang', 'url']);
      expect([el.networks, el.layout, el.size, el.labels]).to.deep.equal([undefined, undefined, undefined, undefined]);
      expect(controls(el)).to.have.length(7);
      expect(boxes(el)[0]?.height).to.equal(36);
    });

    it('goes back to the default networks, silently, when the attribute is removed', async () => {
      let names: string[] = [];
      const warnings = await captureWarnings(async () => {
        const el = await bar(html`<scn-share-bar networks="x"></scn-share-bar>`);
        el.removeAttribute('networks');
        await settle(el);
        names = controls(el).map((c) => c.getAttribute('part')?.split(' ')[1]?.slice(8) ?? '');
      });
      expect(names).to.deep.equal(['facebook', 'linkedin', 'x', 'bluesky', 'whatsapp', 'email', 'copy']);
      expect(warnings).to.deep.equal([]);
    });

    it('can be themed with --scn-* properties and ::part', async () => {
      const el = await bar(html`<scn-share-bar networks="x" style="--scn-share-background: rgb(1, 2, 3); --scn-share-gap: 13px"></scn-share-bar>`);
      expect(getComputedStyle(control(el, 'x')).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(el.shadowRoot?.querySelector('[part="list"]') ?? el).columnGap).to.equal('13px');
      const sheet = document.createElement('style');
      sheet.textContent = '.parted::part(control-x) { outline: 4px dashed rgb(9, 9, 9); }';
      document.head.append(sheet);
      el.classList.add('parted');
      try {
        expect(getComputedStyle(control(el, 'x')).outlineStyle).to.equal('dashed');
      } finally {
        sheet.remove();
      }
    });
  });
});

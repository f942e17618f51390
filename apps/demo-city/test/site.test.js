/* global NodeFilter, getComputedStyle, innerHeight */
// Valmont, the demo city, as a visitor sees it: every page in every language at a small phone, a
// large phone and a laptop width. Each must fit the screen (no sideways scroll), log no error,
// break no rule of its strict CSP, set body text at 16 px or more, speak its language in its
// direction, link only to pages that exist, and show each of its widgets where a city would put it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { locales, pages, text } from '../site/content.js';
import { pagePath, widgetsOn } from '../site/render.js';
import { pagePath as stressPath, locales as stressLocales, pages as stressPages } from '../site/stress/hostile.js';
import { BROKEN_TEXT, brief, cspOf, emptyBox, inspectWidgets, openRecorded, useHarness } from '../../../packages/embed/test-support/helpers.js';
import { widgetByShort } from '../../../packages/embed/scripts/widgets.js';

const WIDTHS = [320, 390, 1280];
const tagOf = (short) => widgetByShort(short).tag;

/** Where a city puts each widget: the element it must sit in. */
const PLACES = { toggle: 'header.masthead', share: 'main article', cta: 'main aside', map: 'main section', counter: 'main section' };

const harness = useHarness();
const site = () => harness.server.siteUrl.slice(0, -1);

/** Each same-origin address is fetched once for the whole file. */
const statuses = new Map();
async function statusOf(href) {
  if (!statuses.has(href)) statuses.set(href, fetch(href, { redirect: 'follow' }).then((r) => r.status));
  return statuses.get(href);
}

/** Light-DOM text the page itself sets smaller than 16 px (the widgets' own type is theirs). */
function smallText(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || !el.checkVisibility()) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 16) out.push(`${size}px <${el.localName}> "${node.textContent.trim().slice(0, 40)}"`);
    }
    return out;
  });
}

for (const width of WIDTHS) {
  describe(`Valmont at ${width} px`, () => {
    let context;
    before(async () => {
      context = await harness.browser.newContext({ viewport: { width, height: 800 } });
    });
    after(() => context?.close());

    for (const locale of locales) {
      for (const page of pages) {
        const expected = widgetsOn[page].map(tagOf);
        test(`${locale} ${page}: fits, no errors, strict CSP kept, 16 px text, ${locale === 'ar' ? 'rtl' : 'ltr'}, links resolve, ${expected.length} widget(s) shown`, async () => {
          const url = `${site()}${pagePath(locale, page)}`;
          const { page: tab, log } = await openRecorded(context, url, { waitFor: expected });
          try {
            const problems = [];
            const check = (ok, message) => ok || problems.push(message);
            const dir = locale === 'ar' ? 'rtl' : 'ltr';
            // settled in the page's language (a widget may paint in English while its locale loads)
            await tab
              .waitForFunction((l) => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('scn-')).every((e) => e.getAttribute('lang') === l), locale, { timeout: 5000, polling: 100 })
              .catch(() => {});
            await tab.waitForTimeout(500);

            const doc = await tab.evaluate(() => ({
              lang: document.documentElement.lang,
              dir: document.documentElement.dir,
              scrollWidth: document.documentElement.scrollWidth,
              clientWidth: document.documentElement.clientWidth,
              bodyFont: parseFloat(getComputedStyle(document.body).fontSize),
              h1: document.querySelector('h1')?.textContent ?? '',
              label: document.querySelector('.demo-note')?.textContent ?? '',
              skip: (() => {
                const first = document.querySelector('a[href], button');
                return first ? { href: first.getAttribute('href'), target: Boolean(document.getElementById('main')) } : undefined;
              })(),
            }));
            check(doc.lang === locale && doc.dir === dir, `<html lang="${doc.lang}" dir="${doc.dir}">, not ${locale}/${dir}`);
            check(doc.scrollWidth <= doc.clientWidth, `scrolls sideways: ${doc.scrollWidth} px of content in ${doc.clientWidth} px`);
            check(doc.bodyFont >= 16, `body text is ${doc.bodyFont} px`);
            const small = await smallText(tab);
            check(small.length === 0, `text under 16 px: ${brief(small, 3)}`);
            check(doc.h1.trim().length > 0, 'no <h1>');
            check(doc.label.includes(text[locale].demo), 'the page does not say Valmont is a fictional demo city');
            check(doc.skip?.href === '#main' && doc.skip.target, `the first link is not a skip link to #main: ${JSON.stringify(doc.skip)}`);

            // widgets: present where a city puts them, rendered, in the page's language and direction
            const seen = await inspectWidgets(tab, expected);
            for (const short of widgetsOn[page]) {
              const tag = tagOf(short);
              const mine = seen.filter((w) => w.tag === tag);
              check(mine.length === 1, `${tag}: ${mine.length} on the page, not 1`);
              for (const w of mine) {
                check(w.defined && w.rendered && w.elements > 0, `${tag} did not render`);
                const empty = emptyBox(w);
                check(!empty, `${tag} is an empty box: it ${empty}`);
                check(!BROKEN_TEXT.test(w.text), `${tag} shows broken text: ${w.text.slice(0, 120)}`);
                check(w.lang === locale && w.dir === dir, `${tag} renders in ${w.lang} ${w.dir}`);
                check(w.width <= doc.clientWidth, `${tag} is ${w.width} px wide in a ${doc.clientWidth} px window`);
              }
              const placed = await tab.evaluate(([t, where]) => Boolean(document.querySelector(t)?.closest(where)), [tag, PLACES[short]]);
              check(placed, `${tag} is not in ${PLACES[short]}`);
            }
            const extra = (await tab.evaluate(() => [...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('scn-'))))
              .filter((t) => !expected.includes(t));
            check(extra.length === 0, `widgets this page should not carry: ${extra.join(', ')}`);

            // errors and the strict CSP
            check(log.pageErrors.length === 0, `uncaught errors: ${brief(log.pageErrors)}`);
            const csp = await cspOf(tab);
            check(csp.length === 0, `CSP violations: ${brief(csp, 2)}`);
            const errors = log.errors.filter((e) => !/Content Security Policy/.test(e));
            check(errors.length === 0, `console errors: ${brief(errors)}`);

            // every link and stylesheet on the site's own origin answers 200
            const hrefs = await tab.$$eval('a[href], link[href], img[src]', (els) => els.map((e) => /** @type {any} */ (e).href || /** @type {any} */ (e).src));
            for (const href of new Set(hrefs.filter((h) => h.startsWith(site())).map((h) => h.split('#')[0]))) {
              const status = await statusOf(href);
              check(status === 200, `${href} answers ${status}`);
            }
            assert.equal(problems.length, 0, `${url} at ${width} px:\n  - ${problems.join('\n  - ')}`);
          } finally {
            await tab.close();
          }
        });
      }
    }
  });
}

describe('Valmont for keyboard users', () => {
  for (const locale of locales) {
    test(`${locale}: the first Tab shows the skip link, which moves focus to the content`, async () => {
      const context = await harness.browser.newContext({ viewport: { width: 390, height: 800 } });
      const { page } = await openRecorded(context, `${site()}${pagePath(locale, 'events')}`, { waitFor: [tagOf('toggle')] });
      try {
        await page.keyboard.press('Tab');
        // it slides in (unless the visitor asks for reduced motion)
        await page.waitForFunction(() => document.activeElement?.getBoundingClientRect().top >= 0, undefined, { timeout: 2000, polling: 50 }).catch(() => {});
        const skip = await page.evaluate(() => {
          const el = /** @type {HTMLElement} */ (document.activeElement);
          const r = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return { text: el.textContent, href: el.getAttribute('href'), onScreen: r.top >= 0 && r.bottom <= innerHeight && r.width > 1, outline: style.outlineStyle };
        });
        assert.equal(skip.text, text[locale].skip);
        assert.equal(skip.href, '#main');
        assert.ok(skip.onScreen, 'the focused skip link is not on screen');
        assert.notEqual(skip.outline, 'none', 'the focused skip link has no focus outline');
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
      } finally {
        await context.close();
      }
    });
  }
});

describe('the stress pages', () => {
  test('/stress/ lists every hostile page, each labelled as a stress page and not the demo site', async () => {
    const index = await fetch(`${site()}/stress/`).then((r) => r.text());
    for (const locale of stressLocales) {
      for (const page of stressPages) {
        const path = stressPath(locale, page);
        assert.ok(index.includes(`href="${path}"`), `/stress/ does not link to ${path}`);
        const res = await fetch(`${site()}${path}`);
        assert.equal(res.status, 200, path);
        const html = await res.text();
        assert.match(html, /class="stress-label"[^>]*>Stress page:/, `${path} is not labelled`);
        assert.ok(html.includes(`href="/${locale}/"`), `${path} does not lead to the demo site`);
        assert.ok(res.headers.get('content-security-policy')?.includes("require-trusted-types-for 'script'"), `${path} lost the strict CSP`);
        assert.ok(html.includes('href="/stress/hostile/assets/reset.css"'), `${path} lost its hostile reset`);
      }
    }
    // still as hostile as the tests need: the global reset reaches every element, the hosts included
    const reset = await fetch(`${site()}/stress/hostile/assets/reset.css`).then((r) => r.text());
    for (const rule of ['html { font-size: 62.5%', 'box-sizing: content-box; font: inherit', 'button, input, select, textarea { all: unset; }', '[hidden] { display: block; }']) {
      assert.ok(reset.includes(rule), `the hostile reset lost \`${rule}\``);
    }
  });

  test('an unknown address answers 404 with a page that leads home', async () => {
    const res = await fetch(`${site()}/en/no-such-page.html`);
    assert.equal(res.status, 404);
    assert.match(await res.text(), /href="\/en\/"/);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { resetLocale, setLocale } from '@strong-cities/core';
import { emulateReducedMotion, until } from '../../../config/test-utils.js';
import { type DeclarationCounter } from '../src/index.js';
import '../src/define.js';
import { feed, liveText, part, shownCount, spokenStatement } from './helpers.js';

/** Every (shown, spoken) pair seen, frame by frame, until the final number shows. */
async function watch(el: DeclarationCounter, final: string, timeout = 4000) {
  const shown = new Set<string>();
  const spoken = new Set<string>();
  const start = performance.now();
  await until(
    () => {
      shown.add(shownCount(el));
      spoken.add(spokenStatement(el));
      return shownCount(el) === final;
    },
    `"${final}"`,
    timeout,
  );
  return { shown, spoken, took: performance.now() - start };
}

describe('<scn-declaration-counter> count-up', () => {
  before(function () {
    return emulateReducedMotion('no-preference', this);
  });
  afterEach(() => window.scrollTo(0, 0));

  it('counts up once, in about 1.2 s, while screen readers get only the final number', async () => {
    const el = await fixture<DeclarationCounter>(html`<scn-declaration-counter value="1000" label="the Pact"></scn-declaration-counter>`);
    const { shown, spoken, took } = await watch(el, '1,000');
    expect(shown.size, 'intermediate numbers').to.be.greaterThan(3);
    expect([...shown].every((v) => /^[\d,]+$/.test(v)), [...shown].join(' ')).to.equal(true);
    // 1.2 s of animation; the margin is for a loaded test machine
    expect(took).to.be.below(2500);
    expect([...spoken]).to.deep.equal(['1,000 cities have endorsed the Pact']);
    expect(liveText(el)).to.equal('');
    await new Promise((r) => setTimeout(r, 300));
    expect(shownCount(el)).to.equal('1,000');
  });

  it('keeps the number where it is as it counts up, in Arabic too (no layout shift)', async () => {
    await setLocale('ar');
    try {
      const el = await fixture<DeclarationCounter>(html`<scn-declaration-counter value="1000"></scn-declaration-counter>`);
      const count = part(el, 'count');
      if (!count) throw new Error('no count');
      // the left edge of the digits shown (the whole count when it is plain text)
      const lefts = new Set<number>();
      const range = document.createRange();
      await until(() => {
        range.selectNodeContents(count.querySelector('.up > :last-child') ?? count);
        lefts.add(Math.round(range.getBoundingClientRect().left));
        return shownCount(el) === '١٬٠٠٠';
      }, 'the final number', 4000);
      range.selectNodeContents(count);
      lefts.add(Math.round(range.getBoundingClientRect().left));
      expect([...lefts]).to.have.length(1);
    } finally {
      await resetLocale();
    }
  });

  it('shows the real figure until scrolled into view (print, PDF, captures), then counts up from 0', async () => {
    // below the fold but within a viewport of it: rendered ahead of the scroll (near-viewport.ts)
    const wrapper = await fixture(html`<div><div style="block-size: 150vh"></div><scn-declaration-counter value="500"></scn-declaration-counter></div>`);
    const el = wrapper.querySelector('scn-declaration-counter');
    if (!el) throw new Error('no element');
    await new Promise((r) => setTimeout(r, 300));
    expect(shownCount(el)).to.equal('500');
    expect(spokenStatement(el)).to.match(/^500 /);
    el.scrollIntoView();
    await until(() => shownCount(el) !== '500', 'the count-up to start', 2000);
    const { shown } = await watch(el, '500');
    expect(shown.size).to.be.greaterThan(2);
  });

  it('counts up to the feed number once it has arrived', async () => {
    const src = feed({ delay: '300', body: '{"count": 800}' });
    const el = await fixture<DeclarationCounter>(html`<scn-declaration-counter src=${src} value="5000"></scn-declaration-counter>`);
    const { shown } = await watch(el, '800');
    // the fallback (above anything the count-up passes through) never shows
    expect(shown.has('5,000')).to.equal(false);
    expect(shown.has('Loading…')).to.equal(true);
  });
});

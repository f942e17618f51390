import { expect, fixture, html } from '@open-wc/testing';
import { type LoadError, type ScnErrorEvent } from '@strong-cities/core';
import { captureWarnings, emulateReducedMotion, nextEvent, until } from '../../../config/test-utils.js';
import { DeclarationCounter } from '../src/index.js';
import '../src/define.js';
import { liveText, shownCount, uid } from './helpers.js';

interface Seen {
  requests: number;
  ifNoneMatch: (string | null)[];
}
const seen = async (key: string): Promise<Seen> => (await fetch(`/__sequence/seen?key=${key}`)).json() as Promise<Seen>;

/** A feed on the test server answering `counts` in turn (see sequence-responder.js). */
const sequence = (counts: string, etag = false) => {
  const key = uid();
  return { key, src: `/__sequence?key=${key}&counts=${counts}${etag ? '&etag=1' : ''}` };
};

describe('<scn-declaration-counter refresh>', () => {
  before(async function () {
    // the testing hook: refresh every 0.2 s instead of at least every 60 s
    DeclarationCounter.minRefresh = 0.2;
    await emulateReducedMotion('reduce', this);
  });
  after(async () => {
    DeclarationCounter.minRefresh = 60;
    await emulateReducedMotion('no-preference');
  });

  it('refetches and politely announces a changed count, once', async () => {
    const { key, src } = sequence('40,45');
    const el = await fixture<DeclarationCounter>(html`<scn-declaration-counter src=${src} refresh="0.2"></scn-declaration-counter>`);
    const region = el.shadowRoot?.querySelector('[role="status"]');
    expect(region, 'a live region from the start').not.to.equal(null);
    await until(() => shownCount(el) === '40', 'the first count');
    expect(liveText(el)).to.equal('');
    await until(() => shownCount(el) === '45', 'the refreshed count');
    expect(liveText(el)).to.equal('45 cities have endorsed the Test Declaration');
    // later refreshes bring the same count: the region's text stays as it is, nothing is re-announced
    const before = region?.innerHTML;
    await new Promise((r) => setTimeout(r, 600));
    expect(region?.innerHTML).to.equal(before);
    expect((await seen(key)).requests).to.be.greaterThan(2);
  });

  it('sends the ETag back and keeps the count when the feed has not changed (304)', async () => {
    const { key, src } = sequence('40,40', true);
    const el = await fixture<DeclarationCounter>(html`<scn-declaration-counter src=${src} refresh="0.2"></scn-declaration-counter>`);
    let log = await seen(key);
    const poll = setInterval(() => void seen(key).then((l) => (log = l)), 50);
    try {
      await until(() => log.requests >= 3, 'three requests', 4000);
    } finally {
      clearInterval(poll);
    }
    expect(log.ifNoneMatch[0]).to.equal(null);
    expect(log.ifNoneMatch[1]).to.equal('"c40"');
    expect(shownCount(el)).to.equal('40');
    expect(liveText(el)).to.equal('');
  });

  it('keeps the last feed count when a refresh fails', async () => {
    const { src } = sequence('41,x');
    const el = await fixture<DeclarationCounter>(html`<scn-declaration-counter src=${src} refresh="0.2" value="57"></scn-declaration-counter>`);
    await until(() => shownCount(el) === '41', 'the first count');
    const error = await nextEvent(el, 'scn-error');
    await el.updateComplete;
    expect((error as ScnErrorEvent).error).to.have.property('status', 500);
    expect(((error as ScnErrorEvent).error as LoadError).kind).to.equal('http');
    expect(shownCount(el)).to.equal('41');
    expect(liveText(el)).to.contain('could not be loaded');
  });

  it('stops refreshing when removed from the page', async () => {
    const { key, src } = sequence('40');
    const el = await fixture<DeclarationCounter>(html`<scn-declaration-counter src=${src} refresh="0.2"></scn-declaration-counter>`);
    await until(() => shownCount(el) === '40', 'the first count');
    el.remove();
    const { requests } = await seen(key);
    await new Promise((r) => setTimeout(r, 600));
    expect((await seen(key)).requests).to.equal(requests);
  });

  describe('below the minimum', () => {
    before(() => {
      DeclarationCounter.minRefresh = 60;
    });
    after(() => {
      DeclarationCounter.minRefresh = 0.2;
    });

    it('clamps refresh to 60 s with a warning', async () => {
      const { key, src } = sequence('40,45');
      let el: DeclarationCounter | undefined;
      const warnings = await captureWarnings(async () => {
        el = await fixture<DeclarationCounter>(html`<scn-declaration-counter src=${src} refresh="10"></scn-declaration-counter>`);
        await until(() => shownCount(el as DeclarationCounter) === '40', 'the first count');
      });
      expect(warnings).to.deep.equal(['[strong-cities] <scn-declaration-counter> refresh="10" is not usable (expected at least 60 seconds); using 60.']);
      expect((await seen(key)).requests).to.equal(1);
    });

    it('waits the minimum, not the smaller value asked for', async () => {
      DeclarationCounter.minRefresh = 0.8;
      const { key, src } = sequence('40');
      const el = await fixture<DeclarationCounter>(html`<scn-declaration-counter src=${src} refresh="0.1"></scn-declaration-counter>`);
      await until(() => shownCount(el) === '40', 'the first count');
      await new Promise((r) => setTimeout(r, 400));
      expect((await seen(key)).requests).to.equal(1);
      let log = await seen(key);
      const poll = setInterval(() => void seen(key).then((l) => (log = l)), 50);
      try {
        await until(() => log.requests >= 2, 'the refresh', 3000);
      } finally {
        clearInterval(poll);
        DeclarationCounter.minRefresh = 60;
      }
    });

    it('refreshes at the minimum when refresh is not a number, and warns', async () => {
      const warnings = await captureWarnings(() =>
        fixture<DeclarationCounter>(html`<scn-declaration-counter refresh="often"></scn-declaration-counter>`),
      );
      expect(warnings).to.deep.equal(['[strong-cities] <scn-declaration-counter> refresh="often" is not usable (expected at least 60 seconds); using 60.']);
    });
  });
});

import { expect, html } from '@open-wc/testing';
import { resetLocale, setLocale, type ScnErrorEvent } from '@strong-cities/core';
import { captureWarnings, nextEvent, requestedUrls, until } from '../../../config/test-utils.js';
import type { EventMap } from '../src/event-map.js';
import { entry, feedUrl, items, mapFixture, markedEvents, markers, root } from './helpers.js';

const feed = [
  entry({ id: 'f1' }),
  entry({ id: 'f2', title: 'Mayors in Montreal', city: 'Montréal', country: 'Canada', lat: 45.5, lon: -73.57, start: '2025-06-10', end: undefined, type: 'dialogue' }),
  entry({ id: 'f3', title: 'Nairobi summit', city: 'Nairobi', country: 'Kenya', lat: -1.29, lon: 36.82, start: '2025-10-01', end: undefined }),
];

async function failing(query: string, timeout?: number): Promise<{ el: EventMap; error: ScnErrorEvent; warnings: string[] }> {
  let el: EventMap | undefined;
  let error: ScnErrorEvent | undefined;
  const warnings = await captureWarnings(async () => {
    const seen = nextEvent(document, 'scn-error');
    el = await mapFixture(html`<scn-event-map src=${`/__feed?${query}`} timeout=${timeout ?? 8000}></scn-event-map>`);
    error = await seen;
    await el.updateComplete;
  });
  if (!el || !error) throw new Error('no element or no error');
  return { el, error, warnings };
}

const note = (el: EventMap) => root(el).querySelector('.note')?.textContent;

describe('scn-event-map feed', () => {
  afterEach(() => resetLocale());

  it('shows the feed’s events on the map and in the list, and requests nothing else', async () => {
    const before = requestedUrls().length;
    const src = feedUrl(feed);
    const el = await mapFixture(html`<scn-event-map src=${src}></scn-event-map>`);
    await until(() => items(el).length === 3, 'feed events');
    await el.updateComplete;
    expect(markedEvents(el)).to.equal(3);
    expect(markers(el)).to.have.length(3);
    const requested = requestedUrls().slice(before);
    expect(requested).to.have.length(1);
    expect(requested[0]).to.equal(new URL(src, location.href).href);
  });

  it('skips the feed’s bad entries with one warning each', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await mapFixture(
        html`<scn-event-map src=${feedUrl([entry({ id: 'feed-good' }), entry({ id: 'feed-no-lat', lat: null }), entry({ id: 'feed-js', url: 'javascript:void 0' })])}></scn-event-map>`,
      );
      await until(() => items(el).length === 1, 'one good event');
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('feed-no-lat');
    expect(warnings[1]).to.contain('feed-js');
  });

  const faults: [string, string, string][] = [
    ['a 404', 'status=404&body=nope', 'http'],
    ['a 500', 'status=500&body=x', 'http'],
    ['invalid JSON', `body=${encodeURIComponent('{ "events": [')}`, 'invalid-json'],
    ['the wrong shape', `body=${encodeURIComponent('{"items":[]}')}`, 'invalid-shape'],
    ['only bad entries', `body=${encodeURIComponent(JSON.stringify([{ id: 'x', title: 'x' }]))}`, 'invalid-shape'],
    ['a dropped connection', 'drop=1', 'network'],
    ['an oversized body', 'bytes=300000', 'too-large'],
  ];
  for (const [what, query, kind] of faults) {
    it(`keeps the built-in events and says so on ${what}`, async () => {
      const { el, error, warnings } = await failing(`${query}&case=${encodeURIComponent(what)}`);
      expect((error.error as { kind?: string }).kind).to.equal(kind);
      expect(items(el)).to.have.length(12);
      expect(note(el)).to.equal('The latest information could not be loaded. Showing the last known information.');
      expect(warnings).to.have.length(1);
    });
  }

  it('gives up on a slow feed after its timeout', async () => {
    const { el, error } = await failing('delay=2000&case=slow', 300);
    expect((error.error as { kind?: string }).kind).to.equal('timeout');
    expect(items(el)).to.have.length(12);
  });

  it('refuses a javascript: feed address without a request', async () => {
    const before = requestedUrls().length;
    let seenError: ScnErrorEvent | undefined;
    const warnings = await captureWarnings(async () => {
      const seen = nextEvent(document, 'scn-error');
      const bad = await mapFixture(html`<scn-event-map src="javascript:alert(1)"></scn-event-map>`);
      seenError = await seen;
      await bad.updateComplete;
      expect(items(bad)).to.have.length(12);
    });
    expect((seenError?.error as { kind?: string }).kind).to.equal('unsafe-url');
    expect(warnings).to.have.length(1);
    expect(requestedUrls().slice(before).filter((u) => u.includes('javascript'))).to.deep.equal([]);
  });

  it('keeps the previous feed’s events when the next one fails', async () => {
    const el = await mapFixture(html`<scn-event-map src=${feedUrl(feed)}></scn-event-map>`);
    await until(() => items(el).length === 3, 'first feed');
    await captureWarnings(async () => {
      const seen = nextEvent(el, 'scn-error');
      el.src = '/__feed?status=503&case=previous';
      await seen;
      await el.updateComplete;
    });
    expect(items(el)).to.have.length(3);
    expect(note(el)).to.contain('could not be loaded');
  });

  it('says so in French', async () => {
    await setLocale('fr');
    const { el } = await failing('status=404&case=fr');
    expect(note(el)).to.equal('Les dernières informations n’ont pas pu être chargées. Affichage des dernières informations connues.');
  });

  it('moved on the page while its feed loads, still shows the feed’s events and settles', async () => {
    const el = await mapFixture(html`<scn-event-map src=${feedUrl(feed, '&delay=300')}></scn-event-map>`);
    expect(el.matches(':state(settled)')).to.equal(false);
    // a CMS moving the block, or a framework re-rendering around it
    const box = el.parentElement;
    if (!box) throw new Error('no parent');
    el.remove();
    box.append(el);
    await until(() => items(el).length === 3, 'the feed’s events after the move');
    await el.updateComplete;
    expect(el.matches(':state(settled)')).to.equal(true);
  });

  it('shows an empty feed as no events, without a fault', async () => {
    const el = await mapFixture(html`<scn-event-map src=${feedUrl([])}></scn-event-map>`);
    // while the feed loads there is no list either: wait for the answer's empty state
    await until(() => root(el).querySelector('.empty') !== null, 'the empty state');
    expect(items(el)).to.have.length(0);
    expect(root(el).querySelector('.empty')?.textContent?.trim()).to.equal('No events to show.');
    expect(note(el)).to.equal(undefined);
  });

  it('falls back to inline JSON while the feed fails', async () => {
    await captureWarnings(async () => {
      const seen = nextEvent(document, 'scn-error');
      const el = await mapFixture(
        html`<scn-event-map src="/__feed?status=404&case=inline"><script type="application/json">${JSON.stringify([entry({ id: 'inline-fallback' })])}</script></scn-event-map>`,
      );
      await seen;
      await el.updateComplete;
      expect(items(el).map((li) => li.dataset.id)).to.deep.equal(['inline-fallback']);
    });
  });
});

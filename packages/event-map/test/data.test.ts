import { expect, html } from '@open-wc/testing';
import type { LoadError, ScnErrorEvent } from '@strong-cities/core';
import { captureWarnings } from '../../../config/test-utils.js';
import { MAX_EVENTS, parseEvents } from '../src/index.js';
import { entry, items, mapFixture, markedEvents, root } from './helpers.js';

const inline = (data: unknown) =>
  mapFixture(html`<scn-event-map><script type="application/json">${JSON.stringify(data)}</script></scn-event-map>`);

describe('scn-event-map data', () => {
  it('shows inline JSON instead of the built-in events', async () => {
    const el = await inline([entry({ id: 'inline-1' }), entry({ id: 'inline-2', city: 'Porto', lat: 41.15, lon: -8.61 })]);
    expect(items(el)).to.have.length(2);
    expect(markedEvents(el)).to.equal(2);
  });

  it('accepts { "events": [...] } as well as an array', async () => {
    const el = await inline({ events: [entry({ id: 'wrapped-1' })] });
    expect(items(el)).to.have.length(1);
    expect(root(el).querySelector('.item-title')?.textContent).to.equal('Mayors meet in Lisbon');
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['no coordinates', { id: 'bad-nocoords', lat: undefined, lon: undefined }, 'no coordinates'],
    ['a latitude out of range', { id: 'bad-lat', lat: 91 }, 'out of range'],
    ['a longitude out of range', { id: 'bad-lon', lon: -181 }, 'out of range'],
    ['coordinates that are strings', { id: 'bad-string-coords', lat: '38.7' }, 'out of range'],
    ['a malformed start date', { id: 'bad-date', start: 'next Tuesday' }, 'bad start date'],
    ['a day that does not exist', { id: 'bad-day', start: '2022-02-30', end: undefined }, 'bad start date'],
    ['a malformed end date', { id: 'bad-end', end: '2024-13-01' }, 'bad end date'],
    ['a month that does not exist', { id: 'bad-month', start: '2024-13', end: undefined }, 'bad start date'],
    ['a year of two digits', { id: 'bad-year', start: '24', end: undefined }, 'bad start date'],
    ['an end month before the start', { id: 'bad-month-order', start: '2024-05', end: '2024-04' }, 'ends before it starts'],
    ['an end before the start', { id: 'bad-order', end: '2024-05-01' }, 'ends before it starts'],
    ['a javascript: URL', { id: 'bad-url', url: 'javascript:alert(1)' }, 'unsafe URL'],
    ['a data: URL', { id: 'bad-data-url', url: 'data:text/html,<b>x</b>' }, 'unsafe URL'],
    ['no title', { id: 'bad-title', title: { en: '  ' } }, 'no title'],
    ['no city', { id: 'bad-city', city: '' }, 'no city'],
  ];
  for (const [what, over, reason] of bad) {
    it(`skips an entry with ${what}, with one warning`, async () => {
      let el: Awaited<ReturnType<typeof inline>> | undefined;
      const warnings = await captureWarnings(async () => {
        el = await inline([entry({ id: `good-${String(over.id)}` }), entry(over)]);
      });
      expect(el && items(el)).to.have.length(1);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(String(over.id)).and.contain(reason);
    });
  }

  it('skips a second entry with the same id', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await inline([entry({ id: 'twice' }), entry({ id: 'twice' })]);
      expect(items(el)).to.have.length(1);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('duplicate id');
  });

  it('keeps the built-in events when inline JSON is broken, and says so as the counter does', async () => {
    const errors: ScnErrorEvent[] = [];
    const onError = (e: ScnErrorEvent) => errors.push(e);
    document.addEventListener('scn-error', onError);
    const warnings = await captureWarnings(async () => {
      const el = await mapFixture(html`<scn-event-map><script type="application/json">{ nope</script></scn-event-map>`);
      expect(items(el)).to.have.length(12);
    });
    document.removeEventListener('scn-error', onError);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('not valid JSON');
    expect(errors.map((e) => (e.error as LoadError).kind)).to.deep.equal(['invalid-json']);
  });

  it('keeps the built-in events when no inline entry can be shown', async () => {
    const errors: ScnErrorEvent[] = [];
    const onError = (e: ScnErrorEvent) => errors.push(e);
    document.addEventListener('scn-error', onError);
    const warnings = await captureWarnings(async () => {
      const el = await inline([{ id: 'only-bad', title: 'x' }]);
      expect(items(el)).to.have.length(12);
    });
    document.removeEventListener('scn-error', onError);
    expect(warnings.some((w) => w.includes('not a usable event feed'))).to.equal(true);
    expect(errors.map((e) => (e.error as LoadError).kind)).to.deep.equal(['invalid-shape']);
  });

  it('never renders an unsafe link: the entry is dropped', () => {
    const parsed = parseEvents([entry({ id: 'vb', url: 'vbscript:msgbox(1)' }), entry({ id: 'ok', url: 'mailto:events@example.org' })]);
    expect(parsed?.events.map((e) => e.url)).to.deep.equal(['mailto:events@example.org']);
  });

  it('reads years, months, days and date-times, and refuses other shapes', () => {
    const parsed = parseEvents([
      entry({ id: 'y', start: '2023', end: undefined }),
      entry({ id: 'm', start: '2022-04', end: undefined }),
      entry({ id: 'd', start: '2022-11-17', end: undefined }),
      entry({ id: 't', start: '2022-11-17T09:30:00+01:00', end: undefined }),
      entry({ id: 'slash', start: '17/11/2022' }),
      entry({ id: 'number', start: 20221117 }),
    ]);
    expect(parsed?.events.map((e) => [e.id, e.start.precision])).to.deep.equal([['m', 'month'], ['d', 'day'], ['t', 'time'], ['y', 'year']]);
    expect(parsed?.events.find((e) => e.id === 't')?.start.first.toISOString()).to.equal('2022-11-17T08:30:00.000Z');
    expect(parsed?.skipped.map((s) => s.split(':')[0])).to.deep.equal(['event "slash" skipped', 'event "number" skipped']);
  });

  it('rejects a feed that is not a list of events', () => {
    expect(parseEvents({ items: [] })).to.equal(undefined);
    expect(parseEvents('events')).to.equal(undefined);
    expect(parseEvents([])?.events).to.deep.equal([]);
  });

  it('cuts a feed longer than the limit, with one note', () => {
    const many = Array.from({ length: MAX_EVENTS + 3 }, (_, i) => entry({ id: `n${i}` }));
    const parsed = parseEvents(many);
    expect(parsed?.events).to.have.length(MAX_EVENTS);
    expect(parsed?.skipped).to.have.length(1);
  });
});

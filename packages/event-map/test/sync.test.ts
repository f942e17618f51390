import { expect, html } from '@open-wc/testing';
import { captureWarnings, nextEvent } from '../../../config/test-utils.js';
import type { EventMap } from '../src/event-map.js';
import { entry, items, mapFixture, markedEvents, markers, one, root } from './helpers.js';

const mixed = [
  entry({ id: 's-1', city: 'Lisbon', lat: 38.7, lon: -9.1, type: 'workshop', start: '2022-03-01', end: undefined }),
  entry({ id: 's-2', city: 'Helsinki', lat: 60.2, lon: 24.9, type: 'summit', start: '2023-06-01', end: undefined }),
  entry({ id: 's-3', city: 'Reykjavik', lat: 64.1, lon: -21.9, type: 'workshop', start: '2023-09-01', end: undefined }),
  entry({ id: 's-4', city: 'Athens', lat: 37.98, lon: 23.7, type: 'dialogue', start: '2026-02-01', end: '2026-02-02' }),
];
const mixedMap = (attrs = '') => {
  const template = html`<scn-event-map today="2025-01-01"><script type="application/json">${JSON.stringify(mixed)}</script></scn-event-map>`;
  return mapFixture(template).then(async (el) => {
    for (const pair of attrs.split(' ').filter(Boolean)) {
      const [name = '', value = ''] = pair.split('=');
      el.setAttribute(name, value);
    }
    await el.updateComplete;
    return el;
  });
};
const marker = (el: EventMap, city: string) => markers(el).find((m) => m.getAttribute('aria-label')?.startsWith(city));
const ids = (el: EventMap) => items(el).map((li) => li.dataset.id);
const choose = async (el: EventMap, selector: string, value: string) => {
  const select = one<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
};

describe('scn-event-map list and map together', () => {
  it('highlights the list item of the marker opened on the map', async () => {
    const el = await mixedMap();
    const selected = nextEvent(el, 'scn-event-select');
    marker(el, 'Athens')?.click();
    expect((await selected).eventId).to.equal('s-4');
    await el.updateComplete;
    const item = items(el).find((li) => li.dataset.id === 's-4');
    expect(item?.querySelector('.summary')?.getAttribute('aria-current')).to.equal('true');
    expect(items(el).filter((li) => li.querySelector('[aria-current]'))).to.have.length(1);
  });

  it('opens a list item as a disclosure and highlights its marker', async () => {
    const el = await mixedMap();
    const summary = items(el).find((li) => li.dataset.id === 's-2')?.querySelector<HTMLButtonElement>('.summary');
    if (!summary) throw new Error('no summary');
    expect(summary.getAttribute('aria-expanded')).to.equal('false');
    const selected = nextEvent(el, 'scn-event-select');
    summary.click();
    expect((await selected).from).to.equal('list');
    await el.updateComplete;
    expect(summary.getAttribute('aria-expanded')).to.equal('true');
    const panel = root(el).getElementById(summary.getAttribute('aria-controls') ?? '');
    expect(panel?.hidden).to.equal(false);
    expect(panel?.textContent).to.contain('June 1, 2023').and.contain('summit');
    expect(marker(el, 'Helsinki')?.getAttribute('aria-current')).to.equal('true');
    summary.click();
    await el.updateComplete;
    expect(summary.getAttribute('aria-expanded')).to.equal('false');
    expect(panel?.hidden).to.equal(true);
  });

  it('brings a list selection that is off the map into view', async () => {
    const el = await mixedMap();
    for (let i = 0; i < 6; i++) one<HTMLButtonElement>(el, '.zoom-in').click();
    await el.updateComplete;
    expect(marker(el, 'Athens')).to.equal(undefined);
    items(el).find((li) => li.dataset.id === 's-4')?.querySelector<HTMLButtonElement>('.summary')?.click();
    await el.updateComplete;
    expect(marker(el, 'Athens')?.getAttribute('aria-current')).to.equal('true');
  });
});

describe('scn-event-map filters', () => {
  it('filters by type from the attribute and the control', async () => {
    const el = await mixedMap('type=workshop');
    expect(ids(el)).to.deep.equal(['s-1', 's-3']);
    expect(markedEvents(el)).to.equal(2);
    expect(one(el, '.count').textContent).to.equal('Showing 2 of 4 events');
    await choose(el, '.filter-type', 'dialogue');
    expect(ids(el)).to.deep.equal(['s-4']);
    await choose(el, '.filter-type', '');
    expect(ids(el)).to.have.length(4);
  });

  it('filters by year from the attribute and the control', async () => {
    const el = await mixedMap('year=2023');
    expect(ids(el)).to.deep.equal(['s-2', 's-3']);
    await choose(el, '.filter-year', '2022');
    expect(ids(el)).to.deep.equal(['s-1']);
    expect(markedEvents(el)).to.equal(1);
  });

  it('shows upcoming or past events, counted from today', async () => {
    const el = await mixedMap('when=upcoming');
    expect(ids(el)).to.deep.equal(['s-4']);
    await choose(el, '.filter-when', 'past');
    expect(ids(el)).to.deep.equal(['s-1', 's-2', 's-3']);
    await choose(el, '.filter-when', 'all');
    expect(ids(el)).to.have.length(4);
  });

  it('says when nothing matches and clears the filters on request', async () => {
    const el = await mixedMap('type=workshop year=2026');
    expect(items(el)).to.have.length(0);
    expect(markers(el)).to.have.length(0);
    expect(one(el, '.empty').textContent).to.contain('No events match these filters.');
    one<HTMLButtonElement>(el, '.clear').click();
    await el.updateComplete;
    expect(items(el)).to.have.length(4);
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(one(el, '.filter-type'));
  });

  it('closes a popover whose event the filters hide', async () => {
    const el = await mixedMap();
    marker(el, 'Athens')?.click();
    await el.updateComplete;
    expect(root(el).querySelector('.popover')).to.not.equal(null);
    await choose(el, '.filter-when', 'past');
    expect(root(el).querySelector('.popover')).to.equal(null);
  });

  it('reads when=" Past " as past, with no warning', async () => {
    const warnings = await captureWarnings(async () => {
      const spaced = await mixedMap();
      spaced.setAttribute('when', ' Past ');
      await spaced.updateComplete;
      const past = await mixedMap('when=past');
      expect(ids(spaced)).to.deep.equal(ids(past));
      expect(ids(spaced)).to.not.deep.equal(ids(await mixedMap()));
    });
    expect(warnings).to.deep.equal([]);
  });

  for (const [name, value] of [['year', 'twenty'], ['when', 'soon'], ['today', 'tomorrow']] as const) {
    it(`ignores ${name}="${value}" with one warning`, async () => {
      const warnings = await captureWarnings(() => mixedMap(`${name}=${value}`));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`${name}="${value}"`);
    });
  }
});

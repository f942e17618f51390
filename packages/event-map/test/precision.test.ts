import { expect, html } from '@open-wc/testing';
import { resetLocale, setLocale } from '@strong-cities/core';
import type { EventMap } from '../src/event-map.js';
import { until } from '../../../config/test-utils.js';
import { entry, feedUrl, items, mapFixture, markers, one, root } from './helpers.js';

/** Dates as precise as their sources: a year, months, days, a range of months. */
const partial = [
  entry({ id: 'year', city: 'Oslo', lat: 59.91, lon: 10.75, type: 'workshop', start: '2023', end: undefined }),
  entry({ id: 'month', city: 'Helsinki', lat: 60.17, lon: 24.94, type: 'workshop', start: '2022-04', end: undefined }),
  entry({ id: 'day', city: 'Berlin', lat: 52.52, lon: 13.4, type: 'workshop', start: '2023-06-15', end: '2023-06-16' }),
  entry({ id: 'june', city: 'London', lat: 51.5, lon: -0.13, type: 'meeting', start: '2023-06', end: undefined }),
  entry({ id: 'months', city: 'Lisbon', lat: 38.72, lon: -9.14, type: 'summit', start: '2024-03', end: '2024-05' }),
];
const partialMap = (attrs = '') =>
  mapFixture(html`<scn-event-map><script type="application/json">${JSON.stringify(partial)}</script></scn-event-map>`).then(async (el) => {
    for (const pair of attrs.split(' ').filter(Boolean)) {
      const [name = '', value = ''] = pair.split('=');
      el.setAttribute(name, value);
    }
    await el.updateComplete;
    return el;
  });
const ids = (el: EventMap) => items(el).map((li) => li.dataset.id);
const meta = (el: EventMap, id: string) => items(el).find((li) => li.dataset.id === id)?.querySelector('.item-meta')?.textContent ?? '';
const dates = (el: EventMap, id: string) => meta(el, id).split(' · ')[0];

describe('scn-event-map: dates only as precise as the data', () => {
  afterEach(() => resetLocale());

  it('sorts mixed precisions by the first day each can mean', async () => {
    const el = await partialMap();
    expect(ids(el)).to.deep.equal(['month', 'year', 'june', 'day', 'months']);
  });

  it('writes each precision in English, French, Spanish and Arabic, with no day it does not have', async () => {
    const expected = {
      en: { year: '2023', month: 'April 2022', june: 'June 2023', day: 'June 15 – 16, 2023', months: 'March – May 2024' },
      fr: { year: '2023', month: 'avril 2022', june: 'juin 2023', day: '15–16 juin 2023', months: 'mars – mai 2024' },
      es: { year: '2023', month: 'abril de 2022', june: 'junio de 2023', day: '15–16 de junio de 2023', months: 'marzo–mayo de 2024' },
      ar: { year: '٢٠٢٣', month: 'أبريل ٢٠٢٢', june: 'يونيو ٢٠٢٣', day: '١٥–١٦ يونيو ٢٠٢٣', months: 'مارس – مايو ٢٠٢٤' },
    };
    for (const [locale, byId] of Object.entries(expected)) {
      await setLocale(locale);
      const el = await partialMap();
      for (const [id, text] of Object.entries(byId)) expect(dates(el, id), `${id} in ${locale}`).to.equal(text);
    }
  });

  it('puts the date as given in the details’ <time datetime>, and the year in the marker’s name', async () => {
    const el = await partialMap();
    const oslo = markers(el).find((m) => m.getAttribute('aria-label')?.startsWith('Oslo'));
    expect(oslo?.getAttribute('aria-label')).to.equal('Oslo — workshop, 2023');
    for (const id of ['year', 'month']) {
      items(el).find((li) => li.dataset.id === id)?.querySelector<HTMLButtonElement>('.summary')?.click();
    }
    await el.updateComplete;
    const times = [...root(el).querySelectorAll('.panel time')].map((t) => [t.getAttribute('datetime'), t.textContent]);
    expect(times).to.deep.equal([
      ['2022-04', 'April 2022'],
      ['2023', '2023'],
    ]);
  });

  it('filters mixed precisions by year', async () => {
    const el = await partialMap('year=2023');
    expect(ids(el)).to.deep.equal(['year', 'june', 'day']);
  });

  it('keeps a year or month upcoming until it is over', async () => {
    const el = await partialMap('today=2023-06-20 when=upcoming');
    // 15–16 June is over; June 2023 and 2023 may still be to come
    expect(ids(el)).to.deep.equal(['year', 'june', 'months']);
    el.setAttribute('when', 'past');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['month', 'day']);
  });

  it('counts upcoming and past from today when no day is given', async () => {
    const year = new Date().getUTCFullYear();
    const feed = [
      entry({ id: 'next-year', start: String(year + 1), end: undefined }),
      entry({ id: 'last-year', start: `${year - 1}-06`, end: undefined }),
    ];
    const el = await mapFixture(html`<scn-event-map when="upcoming"><script type="application/json">${JSON.stringify(feed)}</script></scn-event-map>`);
    expect(ids(el)).to.deep.equal(['next-year']);
    // the built-in events all lie in the past
    const bare = await mapFixture(html`<scn-event-map when="upcoming"></scn-event-map>`);
    expect(items(bare)).to.have.length(0);
    expect(one(bare, '.empty').textContent).to.contain('No events match these filters.');
  });
});

describe('scn-event-map: plural forms', () => {
  afterEach(() => resetLocale());

  const withEvents = (n: number, where = {}) =>
    mapFixture(
      html`<scn-event-map><script type="application/json">${JSON.stringify(
        Array.from({ length: n }, (_, i) => entry({ id: `p${i}`, end: undefined, ...where })),
      )}</script></scn-event-map>`,
    );

  it('agrees with the number of events in the status line', async () => {
    const cases: Record<string, [number, string][]> = {
      en: [[1, 'Showing 1 of 1 event'], [2, 'Showing 2 of 2 events']],
      fr: [[1, 'Affichage de 1 sur 1 événement'], [2, 'Affichage de 2 des 2 événements']],
      es: [[1, 'Mostrando 1 de 1 evento'], [2, 'Mostrando 2 de 2 eventos']],
      ar: [
        [1, 'عرض ١ من أصل ١ فعالية'],
        [2, 'عرض ٢ من أصل ٢ فعاليتين'],
        [3, 'عرض ٣ من أصل ٣ فعاليات'],
        [11, 'عرض ١١ من أصل ١١ فعالية'],
      ],
    };
    for (const [locale, list] of Object.entries(cases)) {
      await setLocale(locale);
      for (const [n, text] of list) expect(one(await withEvents(n), '.count').textContent, `${n} in ${locale}`).to.equal(text);
    }
  });

  it('agrees with the total, not with the number shown', async () => {
    await setLocale('fr');
    const el = await withEvents(3);
    el.setAttribute('year', '2030');
    await el.updateComplete;
    expect(one(el, '.count').textContent).to.equal('Affichage de 0 des 3 événements');
  });

  it('names a cluster in the form its size needs', async () => {
    const cases: Record<string, [number, string][]> = {
      en: [[2, '2 events around Lisbon']],
      fr: [[2, '2 événements autour de Lisbon']],
      es: [[2, '2 eventos en torno a Lisbon']],
      ar: [[2, '٢ فعاليتان حول Lisbon'], [3, '٣ فعاليات حول Lisbon'], [12, '١٢ فعالية حول Lisbon']],
    };
    for (const [locale, list] of Object.entries(cases)) {
      await setLocale(locale);
      for (const [n, text] of list) {
        const cluster = markers(await withEvents(n)).find((m) => m.classList.contains('cluster'));
        expect(cluster?.getAttribute('aria-label'), `${n} in ${locale}`).to.equal(text);
      }
    }
  });

  it('says how many are left behind "Show more" in the form the number needs', async () => {
    const cases: Record<string, [number, string][]> = {
      en: [[51, 'Show more (1 left)'], [53, 'Show more (3 left)']],
      fr: [[51, 'Afficher plus (1 restant)'], [53, 'Afficher plus (3 restants)']],
      es: [[51, 'Mostrar más (queda 1)'], [53, 'Mostrar más (quedan 3)']],
      ar: [[52, 'عرض المزيد (تبقّت ٢ فعاليتان)'], [53, 'عرض المزيد (تبقّت ٣ فعاليات)'], [61, 'عرض المزيد (تبقّت ١١ فعالية)']],
    };
    for (const [locale, list] of Object.entries(cases)) {
      await setLocale(locale);
      for (const [n, text] of list) {
        const el = await withEvents(n, { lat: 10, lon: 10 });
        expect(one(el, '.more-items').textContent?.trim(), `${n} in ${locale}`).to.equal(text);
      }
    }
  });
});

describe('scn-event-map: a status line that never shifts', () => {
  afterEach(() => resetLocale());

  it('writes a new count line rather than rewriting the old one, so Arabic text of another width shifts nothing', async () => {
    await setLocale('ar');
    const el = await mapFixture(html`<scn-event-map today="2023-06-20"><script type="application/json">${JSON.stringify(partial)}</script></scn-event-map>`);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as PerformanceEntry & { value: number }).value)));
    observer.observe({ type: 'layout-shift' });
    const before = one(el, '.count');
    expect(before.textContent).to.equal('عرض ٥ من أصل ٥ فعاليات');
    // a feed of 11 events ("فعالية") of the same types and years, so the filters keep their width:
    // only the count line's width changes, and its right edge stays
    const kinds = [['workshop', '2022-05'], ['meeting', '2023'], ['summit', '2024-01-10']];
    const eleven = Array.from({ length: 11 }, (_, i) => {
      const [type, start] = kinds[i % 3] ?? [];
      return entry({ id: `eleven-${i}`, type, start, end: undefined, lat: 40 + i, lon: i });
    });
    el.src = feedUrl(eleven);
    await until(() => items(el).length === 11, 'the feed');
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    observer.disconnect();
    expect(one(el, '.count').textContent).to.equal('عرض ١١ من أصل ١١ فعالية');
    expect(shifts).to.deep.equal([]);
    expect(one(el, '.count')).not.to.equal(before);
  });
});

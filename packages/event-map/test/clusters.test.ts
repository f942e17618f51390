import { expect, fixture, html } from '@open-wc/testing';
// registers window.axe
import 'axe-core/axe.min.js';
import type * as AxeCore from 'axe-core';
import { formatCount, resetLocale, setLocale, type Locale } from '@strong-cities/core';
import type { EventMap } from '../src/event-map.js';
import { CLUSTER_RADIUS } from '../src/map-view.js';
import { entry, items, mapFixture, markedEvents, markers, one, root, shownCount } from './helpers.js';
import { until } from '../../../config/test-utils.js';

/** 1,000 events scattered over Europe and North America, from a fixed seed. */
function thousand(): Record<string, unknown>[] {
  let seed = 42;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  return Array.from({ length: 1000 }, (_, i) =>
    entry({ id: `t${i}`, city: `City ${i}`, lat: 30 + random() * 30, lon: -120 + random() * 150, start: `20${10 + (i % 15)}-01-15`, end: undefined }),
  );
}

const zoomInOn = async (el: EventMap, cluster: HTMLButtonElement) => {
  cluster.click();
  await el.updateComplete;
  await el.updateComplete;
};

describe('scn-event-map clusters', () => {
  afterEach(() => resetLocale());

  it('groups markers closer than a touch target and parts them when activated', async () => {
    const el = await mapFixture();
    // the Low Countries' events (Brussels 2021 first) share one marker at the default zoom
    const cluster = markers(el).find((m) => m.classList.contains('cluster') && m.getAttribute('aria-label')?.endsWith(' around Brussels'));
    if (!cluster) throw new Error('no cluster around Brussels in the default view');
    const count = Number(shownCount(cluster));
    expect(cluster.getAttribute('aria-label')).to.match(new RegExp(`^${count} events around `));
    await zoomInOn(el, cluster);
    expect(markers(el).some((m) => m.getAttribute('aria-label') === cluster.getAttribute('aria-label'))).to.equal(false);
    expect(root(el).activeElement?.classList.contains('marker')).to.equal(true);
    // keep parting until every event has its own marker
    for (let i = 0; i < 5; i++) {
      const next = markers(el).find((m) => m.classList.contains('cluster'));
      if (!next) break;
      await zoomInOn(el, next);
    }
    expect(markers(el).some((m) => m.getAttribute('aria-label') === 'The Hague — dialogue, 2022')).to.equal(true);
    expect(markers(el).some((m) => m.getAttribute('aria-label') === 'Brussels — workshop, 2021')).to.equal(true);
  });

  it('clusters for the frame’s real width from its first paint: no marker moves a frame later', async () => {
    // 736 px: not the 640 px assumed before the first measurement, and a width at which the
    // built-in events cluster differently from 640 px
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 736px"><scn-event-map></scn-event-map></div>`);
    const el = wrapper.querySelector('scn-event-map');
    if (!el) throw new Error('no scn-event-map');
    while (!(await el.updateComplete));
    const labels = () => markers(el).map((m) => `${m.getAttribute('aria-label')} @ ${m.style.left},${m.style.top}`);
    const first = labels();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.updateComplete;
    expect(labels()).to.deep.equal(first);
  });

  for (const locale of ['en', 'fr', 'es', 'ar']) {
    it(`shows a cluster's count as the start of its name, in the same digits, in ${locale}`, async () => {
      await setLocale(locale);
      const same = [entry({ id: 'same-1', title: 'First' }), entry({ id: 'same-2', title: 'Second' })];
      const el = await mapFixture(html`<scn-event-map><script type="application/json">${JSON.stringify(same)}</script></scn-event-map>`);
      const [cluster] = markers(el);
      if (!cluster) throw new Error('no marker');
      const count = formatCount(2, locale as Locale);
      expect(shownCount(cluster)).to.equal(count); // ٢ in Arabic
      expect(cluster.getAttribute('aria-label')?.startsWith(`${count} `)).to.equal(true);
      // axe's "label in name" takes a one-character text that is not 0–9 for a symbol it cannot match
      const { axe } = window as unknown as { axe: typeof AxeCore };
      const result = await axe.run(cluster, { runOnly: ['label-content-name-mismatch'], resultTypes: ['violations', 'incomplete'] });
      expect([...result.violations, ...result.incomplete].map((r) => r.id)).to.deep.equal([]);
    });
  }

  it('lists events at the very same place in one popover', async () => {
    const same = [entry({ id: 'same-1', title: 'First' }), entry({ id: 'same-2', title: 'Second' })];
    const el = await mapFixture(html`<scn-event-map><script type="application/json">${JSON.stringify(same)}</script></scn-event-map>`);
    expect(markers(el)).to.have.length(1);
    await zoomInOn(el, markers(el)[0] as HTMLButtonElement);
    const popover = one(el, '.popover');
    expect([...popover.querySelectorAll('.group .title')].map((t) => t.textContent)).to.deep.equal(['First', 'Second']);
    expect(root(el).activeElement).to.equal(popover);
  });

  it('keeps 1,000 events usable: a bounded number of marker buttons and a paged list', async () => {
    const el = await mapFixture(html`<scn-event-map><script type="application/json">${JSON.stringify(thousand())}</script></scn-event-map>`);
    await until(() => markedEvents(el) === 1000, '1,000 events on the map', 8000);
    await el.updateComplete;
    const count = markers(el).length;
    expect(count).to.be.lessThan(200);
    expect(count).to.be.greaterThan(5);
    expect(markers(el).filter((m) => m.tabIndex === 0)).to.have.length(1);
    expect(items(el)).to.have.length(50);
    one<HTMLButtonElement>(el, '.more-items').click();
    await el.updateComplete;
    expect(items(el)).to.have.length(100);
    expect(one(el, '.more-items').textContent?.trim()).to.equal('Show more (900 left)');
    // zooming in shows fewer events, each marker still a 24px target apart
    one<HTMLButtonElement>(el, '.zoom-in').click();
    await el.updateComplete;
    expect(markedEvents(el)).to.be.lessThan(1000);
  });

  it('never lets one marker cover another’s count, at any zoom', async () => {
    const el = await mapFixture(html`<scn-event-map><script type="application/json">${JSON.stringify(thousand())}</script></scn-event-map>`);
    await until(() => markedEvents(el) === 1000, '1,000 events on the map', 8000);
    const closest = () => {
      const centres = markers(el).map((m) => {
        const box = m.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      });
      let min = Infinity;
      centres.forEach((a, i) => centres.slice(i + 1).forEach((b) => (min = Math.min(min, Math.hypot(a.x - b.x, a.y - b.y)))));
      return min;
    };
    for (let zoom = 0; zoom < 4; zoom++) {
      // a group's marker stands at the centre of its events, which drifts: groups that drift together merge
      expect(closest(), `zoom step ${zoom}`).to.be.at.least(CLUSTER_RADIUS - 0.5);
      one<HTMLButtonElement>(el, '.zoom-in').click();
      await el.updateComplete;
    }
  });

  it('opens the list far enough to show an event selected on the map', async () => {
    const el = await mapFixture(html`<scn-event-map><script type="application/json">${JSON.stringify(thousand())}</script></scn-event-map>`);
    await until(() => markedEvents(el) === 1000, '1,000 events on the map', 8000);
    // part clusters until single markers appear, then open one
    for (let i = 0; i < 10 && markers(el).every((m) => m.classList.contains('cluster')); i++) {
      await zoomInOn(el, markers(el)[0] as HTMLButtonElement);
    }
    const single = markers(el).find((m) => !m.classList.contains('cluster'));
    if (!single) throw new Error('no single marker');
    single.click();
    await el.updateComplete;
    expect(items(el).some((li) => li.querySelector('[aria-current="true"]'))).to.equal(true);
  });
});

import { expect, html } from '@open-wc/testing';
import { resetLocale, setLocale } from '@strong-cities/core';
import { requestedUrls } from '../../../config/test-utils.js';
import { defaultEvents, project } from '../src/index.js';
import { landScale } from '../src/generated/land.js';
import { items, mapFixture, markedEvents, markers, one, root } from './helpers.js';

describe('scn-event-map: a bare tag', () => {
  afterEach(() => resetLocale());

  it('shows the eight transatlantic dialogue events on the map and in the list', async () => {
    const el = await mapFixture();
    expect(items(el)).to.have.length(8);
    expect(markedEvents(el)).to.equal(8);
    expect(markers(el).length).to.be.within(4, 8);
    const names = markers(el).map((m) => m.getAttribute('aria-label'));
    expect(names).to.include('Oslo — workshop, 2022');
    expect(names).to.include('Denver — workshop, 2022');
    expect(one(el, '.count').textContent).to.equal('Showing 8 of 8 events');
    const titles = items(el).map((li) => li.querySelector('.item-title')?.textContent);
    expect(titles).to.include('Transatlantic Mayors’ Dialogue at the Peace Palace');
  });

  it('dates the mayors’ dialogue in The Hague to November 2022', async () => {
    const el = await mapFixture();
    const hague = items(el).find((li) => li.dataset.id === 'tad-the-hague');
    expect(hague?.querySelector('.item-meta')?.textContent).to.contain('November').and.contain('2022').and.contain('The Hague, Netherlands');
  });

  it('draws the land as one SVG path, hidden from assistive technology', async () => {
    const el = await mapFixture();
    const svg = one<SVGSVGElement>(el, 'svg.land');
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.querySelector('path')?.getAttribute('d')?.length).to.be.greaterThan(1000);
    // fitted to Europe and North America: Denver (105°W) and Helsinki (25°E) are both inside
    const [x, , w] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const denver = defaultEvents.find((e) => e.id === 'tad-denver');
    const helsinki = defaultEvents.find((e) => e.id === 'tad-helsinki');
    if (!denver || !helsinki || x === undefined || w === undefined) throw new Error('missing data');
    expect(denver.x).to.be.greaterThan(x);
    expect(helsinki.x).to.be.lessThan(x + w);
    expect(w).to.be.lessThan(5000); // not the whole world
  });

  it('puts every default event on land, projected as the land was at build time', async () => {
    const el = await mapFixture();
    const path = one<SVGPathElement>(el, 'svg.land path');
    // the path's own coordinates are on a grid of landScale world units (it is drawn scaled up)
    const onGrid = ({ x, y }: { x: number; y: number }) => new DOMPoint(x / landScale, y / landScale);
    // coastal cities may sit just off the 1:110m coast: land within about 40 km will do
    const nearLand = (lon: number, lat: number) =>
      [[0, 0], [0.4, 0], [-0.4, 0], [0, 0.4], [0, -0.4]].some(([dx = 0, dy = 0]) => {
        const p = project(lon + dx, lat + dy);
        return path.isPointInFill(onGrid(p));
      });
    for (const event of defaultEvents) expect(nearLand(event.lon, event.lat), event.id).to.equal(true);
    for (const [lon, lat] of [[-30, 40], [-150, 0], [70, -20]] as const) {
      const sea = project(lon, lat);
      expect(path.isPointInFill(onGrid(sea)), `${lon},${lat}`).to.equal(false);
    }
    // Africa and Eurasia are one big outline that must survive simplification
    for (const [lon, lat] of [[20, 10], [90, 55], [-3, 40]] as const) {
      const land = project(lon, lat);
      expect(path.isPointInFill(onGrid(land)), `${lon},${lat}`).to.equal(true);
    }
  });

  it('makes no request at all', async () => {
    const before = requestedUrls().length;
    const el = await mapFixture();
    markers(el)[0]?.click();
    await el.updateComplete;
    expect(requestedUrls().slice(before)).to.deep.equal([]);
  });

  it('speaks French, with per-locale titles and dates', async () => {
    await setLocale('fr');
    const el = await mapFixture();
    const names = markers(el).map((m) => m.getAttribute('aria-label'));
    expect(names).to.include('Oslo — atelier, 2022');
    const hague = items(el).find((li) => li.dataset.id === 'tad-the-hague');
    expect(hague?.querySelector('.item-title')?.textContent).to.equal('Dialogue transatlantique des maires au Palais de la Paix');
    expect(hague?.querySelector('.item-meta')?.textContent).to.contain('novembre 2022').and.contain('La Haye');
    expect(one(el, '.count').textContent).to.equal('Affichage de 8 événements sur 8');
  });

  it('speaks Spanish', async () => {
    await setLocale('es');
    const el = await mapFixture();
    const hague = items(el).find((li) => li.dataset.id === 'tad-the-hague');
    expect(hague?.querySelector('.item-title')?.textContent).to.equal('Diálogo transatlántico de alcaldes en el Palacio de la Paz');
    expect(hague?.querySelector('.item-meta')?.textContent).to.contain('noviembre');
  });

  it('lays out right to left in Arabic', async () => {
    await setLocale('ar');
    const el = await mapFixture();
    expect(el.dir).to.equal('rtl');
    const london = items(el).find((li) => li.dataset.id === 'tad-london');
    expect(london?.querySelector('.item-title')?.textContent).to.equal('ورشة عمل الحوار عبر الأطلسي في لندن');
    expect(london?.querySelector('.item-meta')?.textContent).to.contain('لندن، المملكة المتحدة');
    expect(getComputedStyle(one(el, '.summary')).direction).to.equal('rtl');
    // Arabic-Indic digits, as the declaration counter writes them on the same page
    expect(london?.querySelector('.item-meta')?.textContent).to.match(/[٠-٩]{4}/).and.not.match(/[0-9]/);
    expect(one(el, '.summary').textContent).to.match(/[٠-٩]/).and.not.match(/[0-9]/);
  });

  it('follows a dark theme through tokens', async () => {
    const el = await mapFixture(html`<scn-event-map theme="dark"></scn-event-map>`);
    expect(getComputedStyle(one(el, '.frame')).backgroundColor).to.equal('rgb(33, 40, 51)');
    const light = await mapFixture();
    expect(getComputedStyle(one(light, '.frame')).backgroundColor).to.equal('rgb(245, 247, 250)');
  });

  it('exposes its parts for host styling', async () => {
    const el = await mapFixture();
    for (const part of ['base', 'filters', 'status', 'map', 'marker', 'cluster', 'zoom', 'list', 'item']) {
      expect(root(el).querySelector(`[part~="${part}"]`), part).to.not.equal(null);
    }
  });

  it('takes its marker colour from a custom property set by the host', async () => {
    const el = await mapFixture(html`<scn-event-map style="--scn-event-map-marker: rgb(1, 2, 3)"></scn-event-map>`);
    expect(getComputedStyle(markers(el)[0] as Element).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('gives every marker at least a 24px target', async () => {
    const el = await mapFixture();
    for (const m of markers(el)) {
      const box = m.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });

  for (const locale of ['en', 'fr', 'es', 'ar']) {
    it(`is accessible in ${locale}, with a popover and a list item open`, async function () {
      this.timeout(30_000); // axe over the whole widget
      await setLocale(locale);
      const el = await mapFixture();
      markers(el).find((m) => !m.classList.contains('cluster'))?.click();
      root(el).querySelector<HTMLButtonElement>('.summary')?.click();
      await el.updateComplete;
      expect(root(el).querySelector('.popover')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});

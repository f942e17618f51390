import { expect, html } from '@open-wc/testing';
// registers window.axe, to read what axe leaves to review (to.be.accessible() reads violations only)
import 'axe-core/axe.min.js';
import type * as AxeCore from 'axe-core';
import { resetLocale, setLocale } from '@strong-cities/core';
import { requestedUrls } from '../../../config/test-utils.js';
import { defaultEvents } from '../src/index.js';
import { project, WORLD_WIDTH } from '../src/projection.js';
import { landData, landScale } from '../src/generated/land.js';
import { decodeLand, pathOf } from '../src/land-code.js';
import { landPathText } from '../src/generated/land-path.js';
import { items, mapFixture, markedEvents, markers, one, root } from './helpers.js';

describe('scn-event-map: a bare tag', () => {
  afterEach(() => resetLocale());

  it('shows the network’s twelve dated events, October 2021 to December 2024, on the map and in the list', async () => {
    const el = await mapFixture();
    expect(items(el)).to.have.length(12);
    expect(markedEvents(el)).to.equal(12);
    const names = markers(el).map((m) => m.getAttribute('aria-label'));
    expect(names).to.include('Cape Town — summit, 2024');
    expect(names).to.include('Denver — workshop, 2022');
    expect(one(el, '.count').textContent).to.equal('Showing 12 of 12 events');
    const titles = items(el).map((li) => li.querySelector('.item-title')?.textContent);
    expect(titles[0]).to.equal('Violent Extremism and Polarization Workshop Brussels');
    expect(titles.at(-1)).to.equal('Fifth Global Summit');
    expect(titles).to.include('Transatlantic Mayoral Dialogue on Preventing Hate, Extremism and Polarisation, and Safeguarding Local Democracy');
  });

  it('dates the mayors’ dialogue in The Hague to 15–16 November 2022, as its page does', async () => {
    const el = await mapFixture();
    const hague = items(el).find((li) => li.dataset.id === 'the-hague-2022');
    expect(hague?.querySelector('.item-meta')?.textContent).to.equal('November 15 – 16, 2022 · The Hague, Netherlands');
  });

  it('dates the Helsinki workshop to April 2022 and to no day, as its page does', async () => {
    const el = await mapFixture();
    const helsinki = items(el).find((li) => li.dataset.id === 'helsinki-2022');
    expect(helsinki?.querySelector('.item-meta')?.textContent).to.equal('April 2022 · Helsinki, Finland');
    helsinki?.querySelector<HTMLButtonElement>('.summary')?.click();
    await el.updateComplete;
    const time = helsinki?.querySelector('time');
    expect(time?.textContent).to.equal('April 2022');
    expect(time?.getAttribute('datetime')).to.equal('2022-04');
  });

  it('links every built-in event to the page its facts come from', async () => {
    const el = await mapFixture();
    for (const event of defaultEvents) {
      expect(event.source, event.id).to.match(/^https:\/\/strongcitiesnetwork\.org\/./);
      expect(event.url, event.id).to.equal(event.source);
    }
    const hague = items(el).find((li) => li.dataset.id === 'the-hague-2022');
    hague?.querySelector<HTMLButtonElement>('.summary')?.click();
    await el.updateComplete;
    expect(hague?.querySelector<HTMLAnchorElement>('a.more')?.href).to.equal(
      'https://strongcitiesnetwork.org/news/transatlantic-mayoral-dialogue-on-preventing-hate-extremism-and-polarisation-and-safeguarding-local-democracy/',
    );
  });

  it('draws the land as one SVG path, hidden from assistive technology', async () => {
    const el = await mapFixture();
    const svg = one<SVGSVGElement>(el, 'svg.land');
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    // the land ships in a compact form (land-code.ts) that decodes to exactly the rings the build
    // projected and simplified; the map draws the part of them in view (land.ts)
    expect(pathOf(decodeLand(landData))).to.equal(landPathText);
    expect(svg.querySelector('path')?.getAttribute('d')?.length).to.be.greaterThan(1000);
    // fitted to the events: Denver (105°W), Helsinki (25°E) and Cape Town (34°S) are all inside
    const [x, y, w, h] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const denver = defaultEvents.find((e) => e.id === 'denver-2022');
    const helsinki = defaultEvents.find((e) => e.id === 'helsinki-2022');
    const capeTown = defaultEvents.find((e) => e.id === 'global-summit-5');
    if (!denver || !helsinki || !capeTown || x === undefined || y === undefined || w === undefined || h === undefined) throw new Error('missing data');
    expect(denver.x).to.be.greaterThan(x);
    expect(helsinki.x).to.be.lessThan(x + w);
    expect(helsinki.y).to.be.greaterThan(y);
    expect(capeTown.y).to.be.lessThan(y + h);
    expect(w).to.be.lessThan(WORLD_WIDTH * 0.7); // not the whole world
  });

  it('keeps the land inside the map frame, however the map is moved', async () => {
    const el = await mapFixture();
    const frame = one<HTMLElement>(el, '.frame');
    const path = one<SVGPathElement>(el, 'svg.land path');
    const inFrame = () => {
      // the land's own box, not only what the frame shows: tools (axe) read it to find what lies over text
      const land = path.getBoundingClientRect();
      const box = frame.getBoundingClientRect();
      // give or take the coastline: Firefox counts its stroke in the box, 2.5 px out with the cut's margin
      const e = 3;
      return [land.left >= box.left - e, land.top >= box.top - e, land.right <= box.right + e, land.bottom <= box.bottom + e];
    };
    expect(inFrame()).to.deep.equal([true, true, true, true]);
    const before = path.getAttribute('d');
    frame.focus();
    for (const key of ['+', '+', 'ArrowLeft', 'ArrowUp', '-', '-', '-', '-', '-']) {
      frame.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(inFrame(), `after ${key}`).to.deep.equal([true, true, true, true]);
    }
    expect(path.getAttribute('d')).to.not.equal(before);
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
    // only the land in view is drawn: zoomed out to the whole world, all of it
    const frame = one<HTMLElement>(el, '.frame');
    for (let i = 0; i < 4; i++) {
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: '-', bubbles: true, composed: true }));
      await el.updateComplete;
    }
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
    expect(names).to.include('Le Cap — sommet, 2024');
    const hague = items(el).find((li) => li.dataset.id === 'the-hague-2022');
    expect(hague?.querySelector('.item-title')?.textContent).to.equal(
      'Dialogue transatlantique des maires sur la prévention de la haine, de l’extrémisme et de la polarisation, et la sauvegarde de la démocratie locale',
    );
    expect(hague?.querySelector('.item-meta')?.textContent).to.equal('15–16 novembre 2022 · La Haye, Pays-Bas');
    const helsinki = items(el).find((li) => li.dataset.id === 'helsinki-2022');
    expect(helsinki?.querySelector('.item-meta')?.textContent).to.equal('avril 2022 · Helsinki, Finlande');
    expect(one(el, '.count').textContent).to.equal('Affichage de 12 des 12 événements');
  });

  it('speaks Spanish', async () => {
    await setLocale('es');
    const el = await mapFixture();
    const summit = items(el).find((li) => li.dataset.id === 'global-summit-5');
    expect(summit?.querySelector('.item-title')?.textContent).to.equal('Quinta Cumbre Mundial');
    expect(summit?.querySelector('.item-meta')?.textContent).to.equal('3–5 de diciembre de 2024 · Ciudad del Cabo, Sudáfrica');
    const helsinki = items(el).find((li) => li.dataset.id === 'helsinki-2022');
    expect(helsinki?.querySelector('.item-meta')?.textContent).to.equal('abril de 2022 · Helsinki, Finlandia');
  });

  it('lays out right to left in Arabic', async () => {
    await setLocale('ar');
    const el = await mapFixture();
    expect(el.dir).to.equal('rtl');
    const helsinki = items(el).find((li) => li.dataset.id === 'helsinki-2022');
    expect(helsinki?.querySelector('.item-meta')?.textContent).to.equal('أبريل ٢٠٢٢ · هلسنكي، فنلندا');
    const summit = items(el).find((li) => li.dataset.id === 'global-summit-5');
    expect(summit?.querySelector('.item-title')?.textContent).to.equal('القمة العالمية الخامسة');
    expect(summit?.querySelector('.item-meta')?.textContent).to.contain('كيب تاون، جنوب أفريقيا');
    expect(getComputedStyle(one(el, '.summary')).direction).to.equal('rtl');
    // Arabic-Indic digits, as the declaration counter writes them on the same page
    expect(summit?.querySelector('.item-meta')?.textContent).to.match(/[٠-٩]{4}/).and.not.match(/[0-9]/);
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
    it(`leaves axe nothing to review in ${locale}: text beside the map, items scrolled out of the list, cluster counts`, async function () {
      this.timeout(30_000); // axe over the whole widget
      await setLocale(locale);
      // on a section with its own background that ends with the widget (as Storybook's body does):
      // the list's items scrolled out of view lie below it
      const el = await mapFixture(html`<section style="background: #fff"><scn-event-map></scn-event-map></section>`);
      // at the default zoom Arabic shows one-digit clusters (٢) next to two-digit names
      expect(markers(el).some((m) => m.classList.contains('cluster'))).to.equal(true);
      expect(one<HTMLElement>(el, '.events').scrollHeight).to.be.greaterThan(one<HTMLElement>(el, '.events').clientHeight);
      const { axe } = window as unknown as { axe: typeof AxeCore };
      const result = await axe.run(el, { resultTypes: ['incomplete'], rules: { region: { enabled: false } } });
      expect(result.incomplete.map((r) => `${r.id}: ${r.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
    });

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

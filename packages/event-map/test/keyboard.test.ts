import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetLocale, setLocale } from '@strong-cities/core';
import type { EventMap } from '../src/event-map.js';
import { entry, mapFixture, markers, one, root } from './helpers.js';

// Four events far apart, so none cluster: two rows, read left to right.
const spread = [
  entry({ id: 'k-sw', city: 'Lisbon', lat: 38.7, lon: -9.1 }),
  entry({ id: 'k-ne', city: 'Helsinki', lat: 60.2, lon: 24.9 }),
  entry({ id: 'k-nw', city: 'Reykjavik', lat: 60.1, lon: -21.9 }), // moved south: one row with Helsinki
  entry({ id: 'k-se', city: 'Athens', lat: 37.98, lon: 23.7 }),
];
const spreadMap = () =>
  mapFixture(html`<scn-event-map><script type="application/json">${JSON.stringify(spread)}</script></scn-event-map>`);

const focused = (el: EventMap) => root(el).activeElement as HTMLElement | null;
const viewBox = (el: EventMap) => (one(el, 'svg.land').getAttribute('viewBox') ?? '').split(' ').map(Number);
const press = async (el: EventMap, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
};

describe('scn-event-map keyboard', () => {
  afterEach(() => resetLocale());

  it('has one tab stop for all markers; arrows go that way on the map, Home and End in reading order', async () => {
    const el = await spreadMap();
    expect(markers(el).filter((m) => m.tabIndex === 0)).to.have.length(1);
    one<HTMLElement>(el, '.frame').focus();
    await press(el, 'Tab');
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Reykjavik — summit, 2024');
    await press(el, 'ArrowRight');
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Helsinki — summit, 2024');
    await press(el, 'ArrowDown');
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Athens — summit, 2024');
    await press(el, 'ArrowDown'); // nothing further south: focus stays
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Athens — summit, 2024');
    await press(el, 'End');
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Athens — summit, 2024');
    await press(el, 'ArrowLeft');
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Lisbon — summit, 2024');
    await press(el, 'Home');
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Reykjavik — summit, 2024');
    expect(markers(el).filter((m) => m.tabIndex === 0)).to.have.length(1);
    // Tab leaves the markers for the zoom buttons
    await press(el, 'Tab');
    expect(focused(el)?.classList.contains('zoom-in')).to.equal(true);
  });

  it('reads right to left in Arabic: the left arrow goes on', async () => {
    await setLocale('ar');
    const el = await spreadMap();
    one<HTMLElement>(el, '.frame').focus();
    await press(el, 'Tab');
    const first = focused(el);
    expect(first?.getAttribute('aria-label')).to.contain('Helsinki'); // top right comes first
    await press(el, 'ArrowLeft');
    expect(focused(el)?.getAttribute('aria-label')).to.contain('Reykjavik');
  });

  it('moves to the nearest marker in the arrow’s direction, not the next in reading order', async () => {
    const atlantic = [
      entry({ id: 'a-mtl', city: 'Montréal', lat: 45.5, lon: -73.6 }),
      entry({ id: 'a-nyc', city: 'New York', lat: 40.7, lon: -74.0 }),
      entry({ id: 'a-par', city: 'Paris', lat: 48.9, lon: 2.35 }),
      entry({ id: 'a-dkr', city: 'Dakar', lat: 14.7, lon: -17.4 }),
    ];
    const el = await mapFixture(html`<scn-event-map><script type="application/json">${JSON.stringify(atlantic)}</script></scn-event-map>`);
    expect(markers(el)).to.have.length(4);
    const name = () => focused(el)?.getAttribute('aria-label')?.split(' — ')[0];
    markers(el).find((m) => m.getAttribute('aria-label')?.startsWith('Montréal'))?.focus();
    await press(el, 'ArrowRight');
    expect(name()).to.equal('Paris'); // east, where reading order went on to New York
    await press(el, 'ArrowDown');
    expect(name()).to.equal('Dakar');
    await press(el, 'ArrowLeft');
    expect(name()).to.equal('New York');
    await press(el, 'ArrowUp');
    expect(name()).to.equal('Montréal');
    await press(el, 'ArrowLeft'); // New York lies south, not west: focus stays
    expect(name()).to.equal('Montréal');
  });

  it('closes the popover with Escape after focus has moved on, and leaves focus there', async () => {
    const el = await spreadMap();
    one<HTMLElement>(el, '.frame').focus();
    await press(el, 'Tab');
    await press(el, 'Enter');
    expect(root(el).querySelector('.popover')).to.not.equal(null);
    const zoomIn = one<HTMLButtonElement>(el, '.zoom-in');
    zoomIn.focus();
    await press(el, 'Escape');
    expect(root(el).querySelector('.popover')).to.equal(null);
    expect(focused(el)).to.equal(zoomIn);
  });

  it('collapses an expanded list item with Escape and keeps focus on its button', async () => {
    const el = await spreadMap();
    const summary = one<HTMLButtonElement>(el, '.item .summary');
    summary.focus();
    await press(el, 'Enter');
    expect(summary.getAttribute('aria-expanded')).to.equal('true');
    root(el).querySelector<HTMLAnchorElement>('.item .panel a')?.focus();
    await press(el, 'Escape');
    expect(summary.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(summary);
  });

  it('opens the details with Enter, and Escape returns focus to the marker', async () => {
    const el = await spreadMap();
    one<HTMLElement>(el, '.frame').focus();
    await press(el, 'Tab');
    const marker = focused(el);
    await press(el, 'Enter');
    const popover = one<HTMLElement>(el, '.popover');
    expect(popover.getAttribute('role')).to.equal('dialog');
    expect(focused(el)).to.equal(popover);
    expect(popover.querySelector('#popover-title')?.textContent).to.equal('Mayors meet in Lisbon');
    expect(popover.textContent).to.contain('May 2 – 3, 2024').and.contain('Reykjavik, Portugal').and.contain('Two days on local prevention.');
    expect(popover.querySelector('a')?.getAttribute('href')).to.equal('https://example.org/lisbon');
    expect(marker?.getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'Escape');
    expect(root(el).querySelector('.popover')).to.equal(null);
    expect(focused(el)).to.equal(marker);
  });

  it('opens the details with Space and closes them with the close button', async () => {
    const el = await spreadMap();
    one<HTMLElement>(el, '.frame').focus();
    await press(el, 'Tab');
    const marker = focused(el);
    await press(el, ' ');
    one<HTMLButtonElement>(el, '.popover .close').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('.popover')).to.equal(null);
    expect(focused(el)).to.equal(marker);
  });

  it('keeps every marker’s popover inside the map', async () => {
    const el = await spreadMap();
    const frame = one<HTMLElement>(el, '.frame').getBoundingClientRect();
    for (const m of markers(el)) {
      m.click();
      await el.updateComplete;
      const box = one<HTMLElement>(el, '.popover').getBoundingClientRect();
      expect(box.left, m.getAttribute('aria-label') ?? '').to.be.at.least(frame.left);
      expect(box.right).to.be.at.most(frame.right);
      expect(box.top).to.be.at.least(frame.top);
      expect(box.bottom).to.be.at.most(frame.bottom);
    }
  });

  it('pans with the arrow keys and zooms with + and - when the map has focus', async () => {
    const el = await spreadMap();
    one<HTMLElement>(el, '.frame').focus();
    const [x0, y0, w0] = viewBox(el);
    await press(el, 'ArrowRight');
    expect(viewBox(el)[0]).to.be.greaterThan(x0 ?? 0);
    await press(el, 'ArrowDown');
    expect(viewBox(el)[1]).to.be.greaterThan(y0 ?? 0);
    await press(el, '+');
    expect(viewBox(el)[2]).to.be.lessThan(w0 ?? 0);
    await press(el, '-');
    await press(el, '-');
    expect(viewBox(el)[2]).to.be.greaterThan(w0 ?? 0);
    await press(el, '0');
    expect(viewBox(el)[2]).to.be.closeTo(w0 ?? 0, 0.001);
  });

  it('zooms with the buttons and resets to all events', async () => {
    const el = await spreadMap();
    const [, , w0] = viewBox(el);
    one<HTMLButtonElement>(el, '.zoom-in').click();
    await el.updateComplete;
    expect(viewBox(el)[2]).to.be.lessThan(w0 ?? 0);
    one<HTMLButtonElement>(el, '.zoom-out').click();
    one<HTMLButtonElement>(el, '.zoom-out').click();
    await el.updateComplete;
    expect(viewBox(el)[2]).to.be.greaterThan(w0 ?? 0);
    one<HTMLButtonElement>(el, '.reset').click();
    await el.updateComplete;
    expect(viewBox(el)[2]).to.be.closeTo(w0 ?? 0, 0.001);
    expect(one(el, '.zoom-in').getAttribute('aria-label')).to.equal('Zoom in');
  });

  it('zooms with the wheel only while Ctrl is held, leaving page scrolling alone', async () => {
    const el = await spreadMap();
    const frame = one<HTMLElement>(el, '.frame');
    const [, , w0] = viewBox(el);
    const plain = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true, clientX: 100, clientY: 100 });
    frame.dispatchEvent(plain);
    await el.updateComplete;
    expect(plain.defaultPrevented).to.equal(false);
    expect(viewBox(el)[2]).to.equal(w0);
    expect(one(el, '.wheel-hint').textContent).to.match(/^Hold (Ctrl|⌘) and scroll to zoom the map$/);
    const withCtrl = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true, clientX: 100, clientY: 100 });
    frame.dispatchEvent(withCtrl);
    await el.updateComplete;
    expect(withCtrl.defaultPrevented).to.equal(true);
    expect(viewBox(el)[2]).to.be.lessThan(w0 ?? 0);
  });

  it('pans when dragged with a mouse', async () => {
    const el = await spreadMap();
    const frame = one<HTMLElement>(el, '.frame');
    const [x0] = viewBox(el);
    const at = (type: string, x: number) =>
      frame.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType: 'mouse', button: 0, clientX: x, clientY: 50, bubbles: true }));
    at('pointerdown', 200);
    at('pointermove', 100);
    at('pointerup', 100);
    await el.updateComplete;
    expect(viewBox(el)[0]).to.be.greaterThan(x0 ?? 0); // dragged left: the view moved east
    const [x1] = viewBox(el);
    at('pointermove', 0); // no longer dragging
    await el.updateComplete;
    expect(viewBox(el)[0]).to.equal(x1);
  });

  it('keeps focus on the same event’s marker while zooming from a marker', async () => {
    const el = await spreadMap();
    one<HTMLElement>(el, '.frame').focus();
    await press(el, 'Tab');
    await press(el, 'ArrowRight');
    await press(el, '-');
    await press(el, '-');
    await press(el, '-');
    expect(focused(el)?.classList.contains('marker')).to.equal(true);
  });
});

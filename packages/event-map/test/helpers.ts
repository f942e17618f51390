import { fixture, html, nextFrame } from '@open-wc/testing';
import { until } from '../../../config/test-utils.js';
import '../src/define.js';
import type { EventMap } from '../src/event-map.js';

export async function mapFixture(template = html`<scn-event-map></scn-event-map>`): Promise<EventMap> {
  const wrapper = await fixture<HTMLElement>(html`<div class="wrap">${template}</div>`);
  const el = wrapper.querySelector('scn-event-map');
  if (!el) throw new Error('no scn-event-map');
  await el.updateComplete;
  // a frame after the first render, as before any visitor's click: the map's resize observer has
  // reported its frame's size (widgets render near the viewport, so awaiting renders it just now)
  await nextFrame();
  return el;
}

export const root = (el: EventMap): ShadowRoot => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};

export const markers = (el: EventMap): HTMLButtonElement[] => [...root(el).querySelectorAll<HTMLButtonElement>('.marker')];
export const items = (el: EventMap): HTMLLIElement[] => [...root(el).querySelectorAll<HTMLLIElement>('.item')];

/** The count a cluster marker shows (drawn by CSS, not text content); '' for a single event's marker. */
export const shownCount = (marker: Element): string => {
  const content = getComputedStyle(marker, '::after').content;
  // Chromium gives the text drawn, Firefox the declaration (attr(data-count))
  const attribute = /^attr\(([\w-]+)\)$/.exec(content)?.[1];
  if (attribute) return marker.getAttribute(attribute) ?? '';
  return content.startsWith('"') ? (JSON.parse(content) as string) : '';
};

/** How many events the markers stand for: a single marker is one, a cluster shows its count. */
export const markedEvents = (el: EventMap): number =>
  markers(el).reduce((sum, m) => sum + (m.classList.contains('cluster') ? Number(shownCount(m)) : 1), 0);

export function one<T extends Element>(el: EventMap, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** A feed URL on the test server's real responder. */
export const feedUrl = (body: unknown, extra = ''): string =>
  `/__feed?body=${encodeURIComponent(JSON.stringify(body))}${extra}`;

export async function settled(el: EventMap, check: () => boolean, what: string): Promise<void> {
  await until(check, what);
  await el.updateComplete;
}

/** A valid feed entry; override fields per test. */
export const entry = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'e1',
  title: { en: 'Mayors meet in Lisbon', fr: 'Les maires se réunissent à Lisbonne' },
  start: '2024-05-02',
  end: '2024-05-03',
  city: 'Lisbon',
  country: 'Portugal',
  lat: 38.72,
  lon: -9.14,
  type: 'summit',
  url: 'https://example.org/lisbon',
  description: 'Two days on local prevention.',
  ...over,
});

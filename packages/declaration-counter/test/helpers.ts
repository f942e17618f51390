import type { DeclarationCounter } from '../src/index.js';

export const part = <T extends Element = HTMLElement>(el: DeclarationCounter, name: string): T | null =>
  el.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;

/** The animated digits a sighted person sees. */
/** The number a sighted visitor sees (while counting up, not the invisible final number under it). */
export const shownCount = (el: DeclarationCounter): string =>
  ((part(el, 'count')?.querySelector('.up > :last-child') ?? part(el, 'count'))?.textContent ?? '').trim();

/** Text as assistive technology reads it: aria-hidden subtrees and hidden elements skipped. */
export function readable(node: Node | null | undefined): string {
  if (!node) return '';
  const walk = (n: Node): string => {
    if (n instanceof Element && (n.getAttribute('aria-hidden') === 'true' || n.hasAttribute('hidden'))) return '';
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    return [...n.childNodes].map(walk).join('');
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

/** What a screen reader reads of the headline sentence (the paragraph holding the label). */
export const spokenStatement = (el: DeclarationCounter): string => readable(part(el, 'label')?.parentElement);

/** The polite live region's text. */
export const liveText = (el: DeclarationCounter): string => readable(el.shadowRoot?.querySelector('[role="status"]'));

let n = 0;
/** A query parameter that makes every feed URL (and so every warning) distinct. */
export const uid = (): string => `${Date.now()}-${++n}`;

export const feed = (params: Record<string, string>): string =>
  `/__feed?${new URLSearchParams({ ...params, t: uid() })}`;

export const json = (value: unknown): string => feed({ body: JSON.stringify(value) });

import { html as litHtml } from 'lit';
import { ScnElement, currentLocale, localeReady, messages } from '@strong-cities/core';
import { renderedIn } from '../../../config/test-utils.js';

/** Another widget on the same page: renders a core message, so its text follows the locale. */
export class LocaleProbe extends ScnElement {
  override render() {
    return litHtml`<button>${messages.loading()}</button>`;
  }
}
if (!customElements.get('locale-probe')) customElements.define('locale-probe', LocaleProbe);

/** Waits for a widget to re-render in the page's locale (locale modules load asynchronously). */
export async function settle(el: ScnElement): Promise<void> {
  await localeReady();
  await renderedIn(el, currentLocale());
}

/** Adds `<link rel="alternate" hreflang href>` tags to the head; returns a function removing them. */
export function addAlternates(links: Record<string, string>): () => void {
  const added = Object.entries(links).map(([hreflang, href]) => {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.hreflang = hreflang;
    link.href = href;
    document.head.append(link);
    return link;
  });
  return () => added.forEach((l) => l.remove());
}

/** The toggle's choices (links and buttons), in order. */
export const choices = (el: Element): HTMLElement[] => [
  ...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part=item]') ?? []),
];

/** Keeps links from navigating the test page away; returns the hrefs clicked. */
export function catchNavigation(): { hrefs: string[]; stop: () => void } {
  const hrefs: string[] = [];
  const onClick = (e: Event) => {
    const a = e.composedPath().find((t): t is HTMLAnchorElement => t instanceof HTMLAnchorElement);
    if (!a) return;
    e.preventDefault();
    hrefs.push(a.href);
  };
  document.addEventListener('click', onClick);
  return { hrefs, stop: () => document.removeEventListener('click', onClick) };
}

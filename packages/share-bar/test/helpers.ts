import { fixture } from '@open-wc/testing';
import { currentLocale } from '@strong-cities/core';
import type { TemplateResult } from 'lit';
import type { ShareBar } from '../src/index.js';
import '../src/define.js';
import { renderedIn } from '../../../config/test-utils.js';

export const ALL = 'facebook linkedin x bluesky mastodon threads whatsapp telegram email copy';

export async function bar(template: TemplateResult): Promise<ShareBar> {
  const el = await fixture<ShareBar>(template);
  await settle(el);
  return el;
}

/** Waits for the re-render that follows a locale change (locale modules load asynchronously). */
export const settle = (el: ShareBar): Promise<void> => renderedIn(el, currentLocale());

export const controls = (el: ShareBar): HTMLElement[] => [
  ...(el.shadowRoot?.querySelectorAll<HTMLElement>('.control') ?? []),
];

export function control(el: ShareBar, network: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(`[part~="control-${network}"]`);
  if (!found) throw new Error(`no ${network} control`);
  return found;
}

export function link(el: ShareBar, network: string): HTMLAnchorElement {
  const found = control(el, network);
  if (!(found instanceof HTMLAnchorElement)) throw new Error(`${network} is not a link`);
  return found;
}

export const status = (el: ShareBar): string =>
  el.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() ?? '';

/** Stops a link's navigation after the widget has seen the click, recording whether it was let through. */
export function holdNavigation(): { allowed: boolean[]; release: () => void } {
  const allowed: boolean[] = [];
  const onClick = (event: Event) => {
    allowed.push(!event.defaultPrevented);
    event.preventDefault();
  };
  document.addEventListener('click', onClick);
  return { allowed, release: () => document.removeEventListener('click', onClick) };
}

/** Replaces a navigator member for one test; `restore` brings back the browser's own. */
export function stubNavigator(name: 'share' | 'clipboard', value: unknown): () => void {
  Object.defineProperty(navigator, name, { configurable: true, value });
  return () => {
    delete (navigator as unknown as Record<string, unknown>)[name];
  };
}

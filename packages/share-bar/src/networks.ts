import { msg, str } from '@lit/localize';
import {
  iconBluesky,
  iconCopy,
  iconEmail,
  iconFacebook,
  iconLinkedin,
  iconMastodon,
  iconShare,
  iconThreads,
  iconTelegram,
  iconWhatsapp,
  iconX,
  type Icon,
} from '@strong-cities/icons';
import type { ShareTarget } from './events.js';

/** Every network the bar knows. */
export type NetworkId =
  | 'facebook'
  | 'linkedin'
  | 'x'
  | 'bluesky'
  | 'mastodon'
  | 'threads'
  | 'whatsapp'
  | 'telegram'
  | 'email'
  | 'copy';

export const DEFAULT_NETWORKS = 'facebook linkedin x bluesky whatsapp email copy';

/** X and Mastodon count any link as 23 characters, whatever its length. */
const SHORT_LINK = 23;

export interface Network {
  readonly icon: Icon;
  /** The visible label (a brand name, or a localized word for email and copy). */
  name(): string;
  /** The control's accessible name, e.g. "Share on LinkedIn". */
  label(): string;
  /** The network's share address; absent for controls that are not links (Mastodon, copy). */
  href?(url: string, text: string): string;
}

/**
 * encodeURIComponent that never throws: lone surrogates (invalid UTF-16) become U+FFFD.
 * toWellFormed is in every browser the widgets run in (ElementInternals and adopted style sheets
 * set the floor higher: Chrome 111, Safari 16.4, Firefox 119).
 */
const e = (value: string) => encodeURIComponent(value.toWellFormed());

/** `text` shortened to `max` characters (whole code points), ending with "…" when cut. */
export function cut(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return max < 1 ? '' : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** Text and link in one message, the text cut so that both fit in `limit` characters. */
const withLink = (text: string, url: string, limit: number, linkLength = url.length) => {
  const room = cut(text, limit - linkLength - 1);
  return room ? `${room} ${url}` : url;
};

const copyLink = () => msg('Copy link', { id: 'share-bar.copy' });

const brand = (name: string, icon: Icon, href?: Network['href']): Network => ({
  icon,
  name: () => name,
  label: () => msg(str`Share on ${name}`, { id: 'share-bar.share-on' }),
  href,
});

/** What each network needs: icon, names, and its share address with the text cut to its limit. */
export const networks: Record<NetworkId, Network> = {
  facebook: brand('Facebook', iconFacebook, (u) => `https://www.facebook.com/sharer/sharer.php?u=${e(u)}`),
  linkedin: brand('LinkedIn', iconLinkedin, (u) => `https://www.linkedin.com/sharing/share-offsite/?url=${e(u)}`),
  // 280 characters, the link counting 23 and a space
  x: brand('X', iconX, (u, t) => `https://x.com/intent/tweet?text=${e(cut(t, 280 - SHORT_LINK - 1))}&url=${e(u)}`),
  // 300 characters, the link counting in full
  bluesky: brand('Bluesky', iconBluesky, (u, t) => `https://bsky.app/intent/compose?text=${e(withLink(t, u, 300))}`),
  mastodon: brand('Mastodon', iconMastodon),
  // 500 characters, the link counting in full
  threads: brand('Threads', iconThreads, (u, t) => `https://www.threads.com/intent/post?text=${e(cut(t, 500 - u.length - 1))}&url=${e(u)}`),
  whatsapp: brand('WhatsApp', iconWhatsapp, (u, t) => `https://wa.me/?text=${e(withLink(t, u, 1000))}`),
  telegram: brand('Telegram', iconTelegram, (u, t) => `https://t.me/share/url?url=${e(u)}&text=${e(cut(t, 1000))}`),
  email: {
    icon: iconEmail,
    name: () => msg('Email', { id: 'share-bar.email' }),
    label: () => msg('Share by email', { id: 'share-bar.share-email' }),
    // encodeURIComponent, not URLSearchParams: mail clients read "+" literally
    href: (u, t) => `mailto:?subject=${e(cut(t, 200))}&body=${e(`${t}\n\n${u}`)}`,
  },
  copy: { icon: iconCopy, name: copyLink, label: copyLink },
};

const shareSheet = () => msg('Share…', { id: 'share-bar.native' });

/** Every control a bar may show: the networks, and `native`, the browser's own share sheet. */
export const shareTargets: Record<ShareTarget, Network> = { ...networks, native: { icon: iconShare, name: shareSheet, label: shareSheet } };

/** Every network id, in the order a partner may list them (the order of `networks`). */
export const networkIds = Object.keys(networks) as NetworkId[];

/** Mastodon's share address on the visitor's own server: 500 characters, a link counting 23. */
export const mastodonHref = (instance: string, url: string, text: string): string =>
  `https://${instance}/share?text=${e(withLink(text, url, 500, SHORT_LINK))}`;

/** Splits a `networks` attribute into known ids (in order, once each) and unknown names. */
export function parseNetworks(value: string): { ids: NetworkId[]; unknown: string[] } {
  const names: string[] = value.toLowerCase().match(/\S+/g) ?? [];
  const known = (name: string): name is NetworkId => networkIds.includes(name as NetworkId);
  return { ids: [...new Set(names.filter(known))], unknown: names.filter((name) => !known(name)) };
}

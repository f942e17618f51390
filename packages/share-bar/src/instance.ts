/** Helpers for the visitor's Mastodon server: we ask, check and remember it; no third party is told. */

const STORAGE_KEY = 'scn-mastodon-instance';
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * What a person typed → a bare host name, or undefined. Forgives what people paste:
 * `https://mastodon.social/`, `@alice@mastodon.social`, capitals, an internationalized name.
 */
export function toInstance(value: string): string | undefined {
  const typed = value
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .replace(/^@?[^@]*@/, '');
  if (typed.includes(':')) return undefined; // a port, or a scheme we do not open
  try {
    // URL gives IDNs their punycode form and lowercases
    const { hostname } = new URL(`https://${typed}`);
    return HOST.test(hostname) ? hostname : undefined;
  } catch {
    return undefined;
  }
}

/** The server remembered from a previous share, if storage allows. */
export function rememberedInstance(): string {
  try {
    return toInstance(localStorage.getItem(STORAGE_KEY) ?? '') ?? '';
  } catch {
    return '';
  }
}

export function rememberInstance(host: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, host);
  } catch {
    // blocked storage (sandboxed frame, privacy settings): the visitor types it again next time
  }
}

/** Long enough for any partner's name or domain; stops a pasted paragraph becoming a parameter. */
export const MAX_SOURCE_LENGTH = 64;

/**
 * The partner's `source` as it may appear in `utm_source`: trimmed, runs of characters other
 * than ASCII letters, digits, `.`, `_`, `~` and `-` turned into one `-`, at most 64 characters;
 * undefined when nothing usable is left. The widget warns when the value had to change.
 */
export function cleanSource(value: string | null | undefined): string | undefined {
  const trimmed = (value ?? '').trim();
  const clean = trimmed
    .replace(/[^\w.~-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SOURCE_LENGTH);
  return clean || undefined;
}

/**
 * `url` with `utm_source=<source>&utm_medium=widget&utm_campaign=membership-cta`, so the network
 * knows which partner sent the visitor. Only web links get them (never `mailto:`), and nothing is
 * sent until the visitor follows the link.
 */
export function withTracking(url: string, source: string | undefined): string {
  if (!source || !/^https?:/.test(url)) return url;
  const tracked = new URL(url);
  tracked.searchParams.set('utm_source', source);
  tracked.searchParams.set('utm_medium', 'widget');
  tracked.searchParams.set('utm_campaign', 'membership-cta');
  return tracked.href;
}

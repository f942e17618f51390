import { safeUrl } from '@strong-cities/core';

/**
 * The page's own address: its `<link rel=canonical>`, else the location without the fragment.
 * `reader` (e.g. `<scn-share-bar>`) is named in the one warning about an unsafe canonical link.
 */
export const pageUrl = (reader: string): string =>
  safeUrl(
    document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    location.href.replace(/#.*/, ''),
    `${reader} canonical link`,
  );

/** The page's title as a sharer would show it: `og:title`, else `document.title`. */
export const pageText = (): string =>
  document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() || document.title;

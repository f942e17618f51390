/**
 * Where the link goes unless the partner's `href` (or their own slotted link) says otherwise: the
 * network's Member Cities page (its City Directory), which explains how cities take part. No page
 * for joining was found on the network's site; this one exists.
 */
export const MEMBERSHIP_URL = 'https://strongcitiesnetwork.org/about-us/city-directory/';

/**
 * The page each piece of the default text comes from. The heading and the text ("open to local
 * authorities at the city, municipal or other sub-national level", "free") are the network's own
 * words, on its French Transatlantic Dialogue page (our English, Spanish and Arabic follow them).
 */
export const MEMBERSHIP_SOURCES = {
  heading: 'https://strongcitiesnetwork.org/fr/our-themes/dialogue-transatlantique/',
  body: 'https://strongcitiesnetwork.org/fr/our-themes/dialogue-transatlantique/',
  link: MEMBERSHIP_URL,
} as const;

/**
 * The network's membership page: the one place it is written. The link goes here unless the
 * partner's `href` (or their own slotted link) says otherwise.
 */
export const MEMBERSHIP_URL = 'https://strongcitiesnetwork.org/join/';

export { MembershipCta, variants, type Variant } from './membership-cta.js';
export { ScnCtaClickEvent } from './events.js';
export { MEMBERSHIP_URL, MEMBERSHIP_SOURCES } from './membership-url.js';
export { cleanSource, withTracking, MAX_SOURCE_LENGTH } from './tracking.js';

// The deprecated helpers at the end come from these (see there).
import { cleanSource as cleanSourceInternal, withTracking as withTrackingInternal, MAX_SOURCE_LENGTH as MAX_SOURCE_LENGTHInternal } from './tracking.js';
export { MembershipCta, variants, type Variant } from './membership-cta.js';
export { ScnCtaClickEvent } from './events.js';
export { MEMBERSHIP_URL, MEMBERSHIP_SOURCES } from './membership-url.js';

// Internal helpers that 1.0 exported by mistake: kept, deprecated, so that no import breaks before
// 2.0. The package's own tests import them from their modules.
/** @deprecated Internal helper, exported in 1.0 by mistake: it will be removed in 2.0. */
export const cleanSource = cleanSourceInternal;
/** @deprecated Internal helper, exported in 1.0 by mistake: it will be removed in 2.0. */
export const withTracking = withTrackingInternal;
/** @deprecated Internal helper, exported in 1.0 by mistake: it will be removed in 2.0. */
export const MAX_SOURCE_LENGTH = MAX_SOURCE_LENGTHInternal;

// The deprecated helpers at the end come from these (see there).
import { mastodonHref as mastodonHrefInternal, parseNetworks as parseNetworksInternal, cut as cutInternal } from './networks.js';
import { toInstance as toInstanceInternal } from './instance.js';
export { ShareBar, MAX_TEXT } from './share-bar.js';
export { ScnShareEvent, type ShareTarget } from './events.js';
export { networks, networkIds, DEFAULT_NETWORKS, type Network, type NetworkId } from './networks.js';
export { version } from './version.js';

// Internal helpers that 1.0 exported by mistake: kept, deprecated, so that no import breaks before
// 2.0. The package's own tests import them from their modules.
/** @deprecated Internal helper, exported in 1.0 by mistake: it will be removed in 2.0. */
export const mastodonHref = mastodonHrefInternal;
/** @deprecated Internal helper, exported in 1.0 by mistake: it will be removed in 2.0. */
export const parseNetworks = parseNetworksInternal;
/** @deprecated Internal helper, exported in 1.0 by mistake: it will be removed in 2.0. */
export const cut = cutInternal;
/** @deprecated Internal helper, exported in 1.0 by mistake: it will be removed in 2.0. */
export const toInstance = toInstanceInternal;

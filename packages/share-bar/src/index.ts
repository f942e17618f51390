export { ShareBar, MAX_TEXT } from './share-bar.js';
export { ScnShareEvent, type ShareTarget } from './events.js';
export { networks, networkIds, mastodonHref, parseNetworks, cut, DEFAULT_NETWORKS, type Network, type NetworkId } from './networks.js';
export { toInstance } from './instance.js';
export { version } from './version.js';

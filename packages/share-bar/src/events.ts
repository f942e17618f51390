import type { NetworkId } from './networks.js';

/** Where a share goes: a network, or `native` for the browser's own share sheet. */
export type ShareTarget = NetworkId | 'native';

/**
 * Fired (bubbling, composed) just before a share opens or a link is copied. Cancel it
 * (`preventDefault()`) to stop that share, e.g. to show a consent prompt; or just count it.
 */
export class ScnShareEvent extends Event {
  static readonly type = 'scn-share';
  constructor(
    /** e.g. `linkedin`, `mastodon`, `copy`, `native` */
    readonly network: ShareTarget,
    /** the address being shared (not the network's share address) */
    readonly url: string,
  ) {
    super(ScnShareEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'scn-share': ScnShareEvent;
  }
}

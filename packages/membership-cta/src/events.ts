/**
 * Fired (bubbling, composed) when the visitor activates the membership link, before the browser follows
 * it. Cancel it (`preventDefault()`) to stop the navigation, e.g. to open your own form instead.
 */
export class ScnCtaClickEvent extends Event {
  static readonly type = 'scn-cta-click';
  constructor(
    /** where the link goes, with tracking parameters when they apply */
    readonly href: string,
  ) {
    super(ScnCtaClickEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'scn-cta-click': ScnCtaClickEvent;
  }
}

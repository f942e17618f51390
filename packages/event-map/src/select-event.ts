// In this package "event" always means a calendar event (MapEvent, from the feed). DOM events are
// `e` in handlers, and this is the one the widget fires.

/** Fired when a person selects an event, on the map or in the list. */
export class ScnEventSelectEvent extends Event {
  static readonly type = 'scn-event-select';
  constructor(
    /** the event's `id` from the feed */
    readonly eventId: string,
    /** where the selection was made */
    readonly from: 'map' | 'list',
  ) {
    super(ScnEventSelectEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'scn-event-select': ScnEventSelectEvent;
  }
}

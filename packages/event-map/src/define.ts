import { defineElement } from '@strong-cities/core';
import { EventMap } from './event-map.js';
import { version } from './version.js';

defineElement('scn-event-map', EventMap, version);

declare global {
  interface HTMLElementTagNameMap {
    'scn-event-map': EventMap;
  }
}

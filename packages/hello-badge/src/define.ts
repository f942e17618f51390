import { defineElement } from '@strong-cities/core';
import { HelloBadge } from './hello-badge.js';
import { version } from './version.js';

defineElement('scn-hello-badge', HelloBadge, version);

declare global {
  interface HTMLElementTagNameMap {
    'scn-hello-badge': HelloBadge;
  }
}

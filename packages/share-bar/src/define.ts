import { defineElement } from '@strong-cities/core';
import { ShareBar } from './share-bar.js';
import { version } from './version.js';

defineElement('scn-share-bar', ShareBar, version);

declare global {
  interface HTMLElementTagNameMap {
    'scn-share-bar': ShareBar;
  }
}

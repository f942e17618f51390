import { defineElement } from '@strong-cities/core';
import { DeclarationCounter } from './declaration-counter.js';
import { version } from './version.js';

defineElement('scn-declaration-counter', DeclarationCounter, version);

declare global {
  interface HTMLElementTagNameMap {
    'scn-declaration-counter': DeclarationCounter;
  }
}

import { defineElement } from '@strong-cities/core';
import { LanguageToggle } from './language-toggle.js';
import { version } from './version.js';

defineElement('scn-language-toggle', LanguageToggle, version);

declare global {
  interface HTMLElementTagNameMap {
    'scn-language-toggle': LanguageToggle;
  }
}

import { defineElement } from '@strong-cities/core';
import { MembershipCta } from './membership-cta.js';
import { version } from './version.js';

defineElement('scn-membership-cta', MembershipCta, version);

declare global {
  interface HTMLElementTagNameMap {
    'scn-membership-cta': MembershipCta;
  }
}

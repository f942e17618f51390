import { html } from 'lit';
import { msg } from '@lit/localize';
import { ScnElement } from '@strong-cities/core';
import { styles } from './hello-badge.styles.js';

/**
 * @summary Says hello.
 *
 * @csspart base - the badge
 *
 * @fallback a greeting:
 * <p>Hello</p>
 */
export class HelloBadge extends ScnElement {
  static override styles = [ScnElement.styles, styles];

  override render() {
    return html`<p part="base">${msg('Hello', { id: 'hello-badge.hello' })}</p>`;
  }
}

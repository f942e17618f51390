import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement } from 'lit';
import { iconStyles, iconsByName, renderIcon } from '../src/index.js';

const icons = Object.entries(iconsByName)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, icon]) => ({ name, ...icon }));

/** Every icon we ship, with its name; directional ones are marked and mirror in RTL. */
class IconGallery extends LitElement {
  static override styles = [
    iconStyles,
    css`
      :host { display: block; padding: 1rem; font-family: system-ui, sans-serif; color: inherit; }
      ul { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: 0.5rem; }
      li { display: flex; flex-direction: column; align-items: center; gap: 0.5rem; padding: 0.75rem; border: 1px solid color-mix(in srgb, currentColor 20%, transparent); border-radius: 0.5rem; font-size: 0.8rem; }
      .big { font-size: 2rem; }
    `,
  ];
  override render() {
    return html`<ul>
      ${icons.map((icon) => html`<li><span class="big">${renderIcon(icon, icon.name)}</span><code>${icon.name}</code>${icon.mirror ? html`<small>mirrors in RTL</small>` : ''}</li>`)}
    </ul>`;
  }
}
if (!customElements.get('sb-icon-gallery')) customElements.define('sb-icon-gallery', IconGallery);

const meta: Meta = {
  title: 'Design system/Icons',
  parameters: { docs: { description: { component: 'The icon set, taken from Tabler Icons (MIT) at build time. Switch the locale to Arabic to see directional icons mirror.' } } },
};
export default meta;

export const Gallery: StoryObj = { render: () => html`<sb-icon-gallery></sb-icon-gallery>` };
export const RightToLeft: StoryObj = { render: () => html`<sb-icon-gallery dir="rtl"></sb-icon-gallery>` };
